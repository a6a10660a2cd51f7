import { downloadText } from '../ui/download';
import { useModal } from '../ui/use-modal';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapDocument } from '../../../shared/domain/map-document';
import { EXPORT_FORMATS, writeOutput, type OutputFormat } from '../../../shared/io/export/index';
import { anonymiseDocument } from '../../../shared/print/anonymise';
import { useToast } from '../feedback/toast-context';
import './exchange.css';

/** Props of the export dialog. */
export interface ExportDialogProps {
  readonly doc: MapDocument;
  readonly onClose: () => void;
}

const MIME: Record<string, string> = {
  csv: 'text/csv;charset=utf-8',
  graphml: 'application/xml',
  gexf: 'application/xml',
  cyjs: 'application/json',
  wijkweb: 'application/json',
  gml: 'text/plain;charset=utf-8',
  net: 'text/plain;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const FORMATS: readonly OutputFormat[] = ['csv', 'xlsx', ...(Object.keys(EXPORT_FORMATS) as OutputFormat[]).filter((f) => f !== 'csv')];

/** A file name from a map name: letters, digits, spaces and dashes only. */
export function safeFileName(name: string): string {
  return name.replace(/[^\p{L}\p{N} _-]+/gu, '').trim().replace(/\s+/g, '-').slice(0, 80) || 'kaart';
}

/** A checkbox with its hint under it (the hint is its description). */
function CheckField({ checked, onChange, label, hint }: { checked: boolean; onChange: (checked: boolean) => void; label: string; hint: string }) {
  const hintId = useId();
  return (
    <div className="field field-check">
      <label className="choice">
        <input type="checkbox" checked={checked} aria-describedby={hintId} onChange={(e) => onChange(e.target.checked)} />
        {label}
      </label>
      <p id={hintId} className="hint">
        {hint}
      </p>
    </div>
  );
}

/** Export of the open map: pick a format, download the file(s), anonymised and with contact details if asked. */
export function ExportDialog({ doc, onClose }: ExportDialogProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const ref = useModal();
  const titleId = useId();
  const selectId = useId();
  const [format, setFormat] = useState<OutputFormat>('csv');
  const [anonymise, setAnonymise] = useState(false);
  const [contactDetails, setContactDetails] = useState(false);
  const hasPersons = doc.actors.some((a) => a.isPerson);


  const run = async () => {
    const words = { resident: t('print.page.resident'), keyFigure: t('print.page.keyFigure') };
    const source = anonymise ? anonymiseDocument(doc, words) : doc;
    const base = `${safeFileName(source.name)}${anonymise ? `-${t('exchange.anonymousSuffix')}` : ''}`;
    const names: string[] = [];
    for (const file of await writeOutput(source, format, { contactDetails })) {
      const name = `${base}${file.suffix}.${file.extension}`;
      downloadText(name, file.data, MIME[file.extension] ?? 'text/plain');
      names.push(name);
    }
    toast.info(t('exchange.exported', { files: names.join(', ') }));
    onClose();
  };

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{t('exchange.exportTitle')}</h2>
      <div className="field">
        <label htmlFor={selectId}>{t('exchange.exportFormat')}</label>
        <select id={selectId} value={format} onChange={(e) => setFormat(e.target.value as OutputFormat)}>
          {FORMATS.map((f) => (
            <option key={f} value={f}>
              {t(`exchange.formats.${f}`)}
            </option>
          ))}
        </select>
      </div>
      <CheckField checked={anonymise} onChange={setAnonymise} label={t('exchange.anonymise')} hint={hasPersons ? t('exchange.anonymiseHint') : t('exchange.anonymiseNoPersons')} />
      <CheckField checked={contactDetails} onChange={setContactDetails} label={t('exchange.contactDetails')} hint={t('exchange.contactDetailsHint')} />
      <p className="hint">{t('exchange.exportHint')}</p>
      <div className="form-actions dialog-actions">
        <button type="button" className="button-quiet" onClick={onClose}>
          {t('exchange.cancel')}
        </button>
        <button type="button" className="button-primary" onClick={() => void run()}>
          {t('exchange.download')}
        </button>
      </div>
    </dialog>
  );
}
