import { useModal } from '../ui/use-modal';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapDocument } from '../../../shared/domain/map-document';
import { planIsEmpty, planToCommand, planVocabulary } from '../../../shared/io/plan';
import { formatProblem } from '../../../shared/io/problems';
import { useApi } from '../app/use-api';
import { useToast } from '../feedback/toast-context';
import type { MapController } from '../map/use-map-state';
import { CategoryStep } from './category-step';
import { TableMapping } from './table-mapping';
import { useImportModel, type PickedFile } from './use-import-model';
import './exchange.css';

/** Props of the import wizard: into a new map (`target` null) or merged into the open map. */
export interface ImportWizardProps {
  readonly target: { readonly doc: MapDocument; readonly controller: MapController } | null;
  readonly onClose: () => void;
  /** After a new map was made from the import. */
  readonly onCreated?: (id: string) => void;
}

const FORMAT_NAMES: Record<string, string> = {
  graphml: 'GraphML',
  gexf: 'GEXF',
  cytoscape: 'Cytoscape JSON',
  gml: 'GML',
  pajek: 'Pajek',
  kumu: 'Kumu JSON',
  wijkweb: 'Wijkweb',
  csv: 'CSV',
};
const DELIMITER_NAMES: Record<string, string> = { ';': '";"', ',': '","', '\t': 'tab', '|': '"|"' };
const MAX_UNKNOWN_SHOWN = 20;

function FileBlock({ file, model }: { file: PickedFile; model: ReturnType<typeof useImportModel> }) {
  const { t } = useTranslation();
  const read = file.read;
  return (
    <section className="import-file card" aria-label={file.name}>
      <div className="import-file-head">
        <h3>{file.name}</h3>
        <button type="button" className="button-quiet button-small" onClick={() => model.removeFile(file.key)} aria-label={t('exchange.removeFile', { name: file.name })}>
          ✕
        </button>
      </div>
      {file.refusal ? (
        <div className="import-refusal" role="alert">
          <strong>{t('exchange.refused')}</strong>
          <p>{formatProblem(file.refusal)}</p>
        </div>
      ) : null}
      {read?.kind === 'graph' ? (
        <p className="hint">
          {t('exchange.graphInfo', { format: FORMAT_NAMES[read.draft.format] ?? read.draft.format, actors: read.draft.actors.length, relations: read.draft.relations.length })}
        </p>
      ) : null}
      {read?.kind === 'table' ? (
        <>
          <p className="hint">
            {t('exchange.fileInfoCsv', {
              delimiter: DELIMITER_NAMES[read.table.delimiter] ?? read.table.delimiter,
              encoding: read.table.encoding === 'utf-8-bom' ? 'UTF-8 (BOM)' : read.table.encoding.toUpperCase(),
              rows: read.table.rows.length,
            })}
          </p>
          <TableMapping
            table={read.table}
            role={read.role}
            mapping={read.mapping}
            onRole={(role) => model.setRole(file.key, role)}
            onMapping={(mapping) => model.setMapping(file.key, mapping)}
          />
        </>
      ) : null}
    </section>
  );
}

/**
 * The import wizard: pick files, correct the column mapping, map the file's categories onto the
 * map's vocabulary, see a preview, every problem (with
 * file, line and column) and what would be added / updated / left alone, decide about unknown
 * actors, then confirm. A merge is one undoable step; a new map is created in one call.
 */
export function ImportWizard({ target, onClose, onCreated }: ImportWizardProps) {
  const { t } = useTranslation();
  const api = useApi();
  const toast = useToast();
  const model = useImportModel(target?.doc ?? null);
  const ref = useModal();
  const titleId = useId();
  const inputId = useId();
  const nameId = useId();
  const [name, setName] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { plan, draft } = model;
  const mapName = name ?? draft?.title ?? '';
  const refused = model.files.some((f) => f.refusal);
  const canImport = !!plan && !planIsEmpty(plan) && plan.overLimit === null && !refused && !busy && (target !== null || mapName.trim() !== '');


  const confirm = async () => {
    if (!plan) return;
    setBusy(true);
    const added = { actors: plan.newActors.length, relations: plan.newRelations.length };
    if (target) {
      const ok = await target.controller.run(planToCommand(plan, target.doc.vocabulary));
      setBusy(false);
      if (!ok) return;
      toast.info(t('exchange.imported', added));
      onClose();
      return;
    }
    const vocabulary = planVocabulary(plan, undefined);
    const result = await api.maps.import({ name: mapName.trim(), actors: plan.newActors, relations: plan.newRelations, ...(vocabulary ? { vocabulary } : {}) });
    setBusy(false);
    if (!result.ok) {
      toast.error(t('exchange.importFailed'), result.error);
      return;
    }
    toast.info(t('exchange.imported', added));
    onClose();
    onCreated?.(result.value.id);
  };

  const problems = plan?.problems ?? [];
  const unknown = plan?.unknownRefs ?? [];
  return (
    <dialog
      ref={ref}
      className="dialog import-wizard"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{target ? t('exchange.titleMerge', { name: target.doc.name }) : t('exchange.titleNew')}</h2>
      <p className="hint">{t('exchange.intro')}</p>
      <div className="import-pick">
        <input
          id={inputId}
          className="visually-hidden"
          type="file"
          multiple
          accept=".csv,.tsv,.txt,.xlsx,.graphml,.xml,.gexf,.json,.cyjs,.gml,.net,.paj,.wijkweb"
          onChange={(e) => {
            const list = e.target.files ? [...e.target.files] : [];
            e.target.value = '';
            if (list.length) void model.addFiles(list);
          }}
        />
        {/* The native file button speaks the browser's language; this label is the Dutch, visible control. */}
        <label htmlFor={inputId} className="import-pick-button">
          {t('exchange.pickFiles')}
        </label>
      </div>
      {model.reading ? <p role="status">{t('exchange.reading')}</p> : null}
      {model.files.map((file) => (
        <FileBlock key={file.key} file={file} model={model} />
      ))}
      {plan ? (
        <>
          {plan.categoryMapping.length > 0 ? <CategoryStep mapping={plan.categoryMapping} own={target?.doc.vocabulary} onChoose={model.setCategoryChoice} /> : null}
          <section className="import-problems" aria-labelledby={`${titleId}-problems`}>
            <h3 id={`${titleId}-problems`}>{t('exchange.problems', { count: problems.length })}</h3>
            {problems.length === 0 ? (
              <p className="hint">{t('exchange.noProblems')}</p>
            ) : (
              <ul data-testid="import-problems">
                {problems.map((p, i) => (
                  <li key={i} className={`problem-${p.level}`}>
                    {formatProblem(p)}
                  </li>
                ))}
              </ul>
            )}
          </section>
          {unknown.length > 0 ? (
            <section className="import-unknown" aria-labelledby={`${titleId}-unknown`}>
              <h3 id={`${titleId}-unknown`}>{t('exchange.unknownTitle', { count: unknown.length })}</h3>
              <p className="hint">{t('exchange.unknownHint')}</p>
              <p className="import-unknown-names">
                {unknown
                  .slice(0, MAX_UNKNOWN_SHOWN)
                  .map((u) => `${u.ref} (${u.count}×)`)
                  .join(', ')}
                {unknown.length > MAX_UNKNOWN_SHOWN ? ` ${t('exchange.moreUnknown', { count: unknown.length - MAX_UNKNOWN_SHOWN })}` : ''}
              </p>
              <label className="choice">
                <input type="checkbox" checked={model.createUnknown} onChange={(e) => model.setCreateUnknown(e.target.checked)} />
                {t('exchange.createUnknown')}
              </label>
            </section>
          ) : null}
          <section className="import-summary" aria-labelledby={`${titleId}-summary`} data-testid="import-summary">
            <h3 id={`${titleId}-summary`}>{t('exchange.summary')}</h3>
            {planIsEmpty(plan) ? <p>{t('exchange.nothing')}</p> : null}
            <p>{t('exchange.summaryAdd', { actors: plan.newActors.length, relations: plan.newRelations.length })}</p>
            {target ? <p>{t('exchange.summaryUpdate', { actors: plan.updates.length })}</p> : null}
            {target ? <p>{t('exchange.summaryUnchanged', { actors: plan.unchangedActors, relations: plan.unchangedRelations })}</p> : null}
            {plan.skippedRelations > 0 ? <p>{t('exchange.summarySkipped', { relations: plan.skippedRelations })}</p> : null}
          </section>
          {target ? null : (
            <div className="field">
              <label htmlFor={nameId}>{t('exchange.mapName')}</label>
              <input id={nameId} type="text" value={mapName} maxLength={200} onChange={(e) => setName(e.target.value)} />
            </div>
          )}
        </>
      ) : null}
      <div className="form-actions dialog-actions">
        <button type="button" className="button-quiet" onClick={onClose}>
          {t('exchange.cancel')}
        </button>
        <button type="button" className="button-primary" disabled={!canImport} onClick={() => void confirm()}>
          {t('exchange.confirm')}
        </button>
      </div>
    </dialog>
  );
}
