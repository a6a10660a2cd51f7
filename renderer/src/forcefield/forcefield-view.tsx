import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createForceField } from '../../../shared/domain/force-field';
import { newId } from '../../../shared/domain/ids';
import type { MapViewProps } from '../map/map-views';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { AlliancePanel } from './alliance-panel';
import { ComparePanel } from './compare-panel';
import { CsvImport } from './csv-import';
import { EntryTable } from './entry-table';
import { FieldHeader } from './field-header';
import { LewinDiagram } from './lewin-diagram';
import { EngagementGrid } from './engagement-grid';
import { StanceMatrix } from './stance-matrix';
import { downloadText } from './download';
import { forceFieldToCsv } from '../../../shared/forcefield/csv';
import { todayIso as today } from '../ui/local-date';
import { fileStem } from './names';
import { viewMemory } from './overlay-store';
import './forcefield.css';

const SECTIONS = ['table', 'lewin', 'matrix', 'routes', 'compare'] as const;
type Section = (typeof SECTIONS)[number];

/** The "Krachtenveld" tab: the force fields of a map, their table, diagrams, routes and comparison. */
export function ForceFieldView({ doc, controller, showOnMap }: MapViewProps) {
  const { t } = useTranslation();
  const [selectedId, setSelectedIdState] = useState<string | null>(viewMemory.fieldId ?? doc.forceFields[0]?.id ?? null);
  const [section, setSectionState] = useState<Section>(SECTIONS.find((s) => s === viewMemory.section) ?? 'table');
  const setSelectedId = (id: string | null): void => {
    viewMemory.fieldId = id;
    setSelectedIdState(id);
  };
  const setSection = (next: Section): void => {
    viewMemory.section = next;
    setSectionState(next);
  };
  const [confirmRemove, setConfirmRemove] = useState(false);
  const [importing, setImporting] = useState(false);
  const selectId = useId();
  const field = doc.forceFields.find((f) => f.id === selectedId) ?? doc.forceFields[0] ?? null;

  const create = async (): Promise<void> => {
    const id = newId();
    const created = createForceField(id, t('forcefield.newQuestion'), today());
    if (await controller.run({ type: 'forcefield.add', forceField: created })) {
      setSelectedId(id);
      setSection('table');
    }
  };
  const duplicate = async (): Promise<void> => {
    if (!field) return;
    const id = newId();
    const question = t('forcefield.copyOf', { question: field.question });
    if (await controller.run({ type: 'forcefield.duplicate', id: field.id, newId: id, question, date: today() })) setSelectedId(id);
  };
  const remove = async (): Promise<void> => {
    setConfirmRemove(false);
    if (field) await controller.run({ type: 'forcefield.remove', id: field.id });
  };

  return (
    <div className="ff-view" data-testid="forcefield-view">
      <div className="ff-bar">
        {doc.forceFields.length > 0 ? (
          <div className="ff-pick">
            <label htmlFor={selectId}>{t('forcefield.choose')}</label>
            <select id={selectId} value={field?.id ?? ''} onChange={(e) => setSelectedId(e.target.value)}>
              {doc.forceFields.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.date ? `${f.question} (${f.date})` : f.question}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <button type="button" className="button-primary" onClick={() => void create()}>
          {t('forcefield.create')}
        </button>
        <button type="button" onClick={() => setImporting(!importing)} aria-expanded={importing}>
          {t('forcefield.import.open')}
        </button>
        {field ? (
          <>
            <button type="button" onClick={() => void duplicate()}>
              {t('forcefield.duplicate')}
            </button>
            <button type="button" onClick={() => downloadText(`${fileStem(field)}.csv`, forceFieldToCsv(doc, field), 'text/csv')}>
              {t('forcefield.exportCsv')}
            </button>
            <button type="button" className="button-danger-quiet" onClick={() => setConfirmRemove(true)}>
              {t('forcefield.remove')}
            </button>
          </>
        ) : null}
      </div>
      {importing ? (
        <CsvImport
          doc={doc}
          controller={controller}
          onImported={setSelectedId}
          onClose={() => setImporting(false)}
        />
      ) : null}
      {!field ? (
        <p className="ff-empty">{t('forcefield.empty')}</p>
      ) : (
        <>
          <FieldHeader key={field.id} field={field} controller={controller} />
          <div className="ff-sections" role="tablist" aria-label={t('forcefield.sections.label')}>
            {SECTIONS.map((s) => (
              <button
                key={s}
                type="button"
                role="tab"
                aria-selected={s === section}
                className={s === section ? 'view-tab view-tab-current' : 'view-tab'}
                onClick={() => setSection(s)}
              >
                {t(`forcefield.sections.${s}`)}
              </button>
            ))}
          </div>
          <div className="ff-section" role="tabpanel" aria-label={t(`forcefield.sections.${section}`)}>
            {section === 'table' ? <EntryTable doc={doc} field={field} controller={controller} /> : null}
            {section === 'lewin' ? <LewinDiagram doc={doc} field={field} /> : null}
            {section === 'matrix' ? (
              <>
                <StanceMatrix doc={doc} field={field} controller={controller} />
                <EngagementGrid doc={doc} field={field} />
              </>
            ) : null}
            {section === 'routes' ? <AlliancePanel doc={doc} field={field} showOnMap={showOnMap} /> : null}
            {section === 'compare' ? <ComparePanel doc={doc} field={field} /> : null}
          </div>
        </>
      )}
      {confirmRemove && field ? (
        <ConfirmDialog
          title={t('forcefield.removeTitle')}
          body={t('forcefield.removeBody', { question: field.question })}
          confirmLabel={t('forcefield.remove')}
          cancelLabel={t('forcefield.cancel')}
          onConfirm={() => void remove()}
          onCancel={() => setConfirmRemove(false)}
        />
      ) : null}
    </div>
  );
}
