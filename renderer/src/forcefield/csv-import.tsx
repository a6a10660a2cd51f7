import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapDocument } from '../../../shared/domain/map-document';
import { forceFieldFromCsv, type ForceFieldCsvResult } from '../../../shared/forcefield/csv';
import type { MapController } from '../map/use-map-state';
import { todayIso as today } from '../ui/local-date';
import { FieldError } from '../ui/field-error';

interface Props {
  readonly doc: MapDocument;
  readonly controller: MapController;
  /** Called with the new force field's id once it is on the map (the report stays open). */
  readonly onImported: (id: string) => void;
  /** Closes the import panel. */
  readonly onClose: () => void;
}

/** Imports a force field from a CSV file (Actor;Houding;Invloed;Belang;Toelichting) and reports what did not match. */
export function CsvImport({ doc, controller, onImported, onClose }: Props) {
  const { t } = useTranslation();
  const ids = { file: useId(), question: useId() };
  const [question, setQuestion] = useState('');
  const [fileName, setFileName] = useState('');
  const [text, setText] = useState<string | null>(null);
  const [result, setResult] = useState<ForceFieldCsvResult | null>(null);
  const [error, setError] = useState('');

  const run = async (): Promise<void> => {
    if (text === null) return setError(t('forcefield.import.noFile'));
    if (question.trim() === '') return setError(t('forcefield.import.noQuestion'));
    const read = forceFieldFromCsv(doc, text, question.trim(), today());
    setResult(read);
    setError('');
    if (read.forceField.entries.length === 0) return setError(t('forcefield.import.nothing', { file: fileName }));
    if (await controller.run({ type: 'forcefield.add', forceField: read.forceField })) onImported(read.forceField.id);
  };

  return (
    <section className="ff-import" aria-label={t('forcefield.import.title')}>
      <h3>{t('forcefield.import.title')}</h3>
      <p className="ff-muted">{t('forcefield.import.hint')}</p>
      <div className="ff-inline">
        <div className="field">
          <label htmlFor={ids.file}>{t('forcefield.import.file')}</label>
          <input
            id={ids.file}
            type="file"
            accept=".csv,text/csv"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (!file) return;
              setFileName(file.name);
              setResult(null);
              void file.text().then(setText);
            }}
          />
        </div>
        <div className="field ff-question">
          <label htmlFor={ids.question}>{t('forcefield.question')}</label>
          <input id={ids.question} type="text" value={question} maxLength={500} onChange={(e) => setQuestion(e.target.value)} />
        </div>
        <button type="button" className="button-primary" onClick={() => void run()}>
          {t('forcefield.import.run')}
        </button>
        <button type="button" className="button-quiet" onClick={onClose}>
          {result ? t('forcefield.import.close') : t('forcefield.cancel')}
        </button>
      </div>
      <FieldError message={error} />
      {result ? (
        <div role="status" data-testid="import-report">
          <p>{t('forcefield.import.done', { count: result.forceField.entries.length, file: fileName })}</p>
          {result.unknownNames.length > 0 ? (
            <>
              <p>{t('forcefield.import.unknown', { count: result.unknownNames.length })}</p>
              <ul>
                {result.unknownNames.map((u) => (
                  <li key={`${u.line}-${u.name}`}>{t('forcefield.import.unknownLine', { file: fileName, line: u.line, name: u.name })}</li>
                ))}
              </ul>
            </>
          ) : null}
          {result.problems.length > 0 ? (
            <ul>
              {result.problems.map((p) => (
                <li key={`${p.line}-${p.column ?? 0}-${p.message}`}>
                  {p.line === 0 ? t('forcefield.import.problemFile', { file: fileName, message: p.message }) : p.column === null ? t('forcefield.import.problemLine', { file: fileName, line: p.line, message: p.message }) : t('forcefield.import.problem', { file: fileName, line: p.line, column: p.column, message: p.message })}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
