import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MARGIN_LIMITS, PAPER_SIZES, POSTER_LIMITS, type Orientation, type PaperSize } from '../../../shared/print';
import type { PrintSettings } from './print-settings';

/** Props of the settings form: the current settings and how to change them. */
export interface PrintFormProps {
  readonly settings: PrintSettings;
  readonly onChange: (patch: Partial<PrintSettings>) => void;
  /** Whether the map view's current view is known (the user has been on "Kaart" in this map). */
  readonly hasView?: boolean;
}

function Field({ label, children }: { readonly label: string; readonly children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="print-field">
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  );
}

const POSTER_COUNTS = Array.from({ length: POSTER_LIMITS.max }, (_, i) => i + 1);

/** The print settings: paper, orientation, margin, the texts on the page, anonymising and poster mode. */
export function PrintForm({ settings, onChange, hasView = false }: PrintFormProps) {
  const { t } = useTranslation();
  const hintId = useId();
  const areaHintId = useId();
  const posterHintId = useId();
  return (
    <form className="print-form" aria-label={t('print.settings')} onSubmit={(e) => e.preventDefault()}>
      <div className="print-row">
        <Field label={t('print.paper')}>
          {(id) => (
            <select id={id} value={settings.poster ? 'A4' : settings.paper} disabled={settings.poster} onChange={(e) => onChange({ paper: e.target.value as PaperSize })}>
              {PAPER_SIZES.map((p) => (
                <option key={p} value={p}>
                  {p}
                </option>
              ))}
            </select>
          )}
        </Field>
        <fieldset className="print-orientation">
          <legend>{t('print.orientation')}</legend>
          {(['portrait', 'landscape'] as const satisfies readonly Orientation[]).map((o) => (
            <label key={o}>
              <input type="radio" name="print-orientation" value={o} checked={settings.orientation === o} onChange={() => onChange({ orientation: o })} />{' '}
              {t(`print.${o}`)}
            </label>
          ))}
        </fieldset>
        <Field label={t('print.margin')}>
          {(id) => (
            <input
              id={id}
              type="number"
              min={MARGIN_LIMITS.min}
              max={MARGIN_LIMITS.max}
              value={settings.marginMm}
              onChange={(e) => onChange({ marginMm: Number(e.target.value) })}
            />
          )}
        </Field>
      </div>
      <fieldset className="print-orientation print-area" aria-describedby={areaHintId}>
        <legend>{t('print.area')}</legend>
        {(['fit', 'view'] as const).map((a) => (
          <label key={a}>
            <input type="radio" name="print-area" value={a} checked={settings.area === a} disabled={a === 'view' && !hasView} onChange={() => onChange({ area: a })} />{' '}
            {t(`print.areas.${a}`)}
          </label>
        ))}
      </fieldset>
      <p className="print-hint" id={areaHintId}>
        {t(hasView ? 'print.areaHint' : 'print.areaNoView')}
      </p>
      <Field label={t('print.title')}>{(id) => <input id={id} value={settings.title} onChange={(e) => onChange({ title: e.target.value })} />}</Field>
      <Field label={t('print.subtitle')}>{(id) => <input id={id} value={settings.subtitle} onChange={(e) => onChange({ subtitle: e.target.value })} />}</Field>
      <div className="print-row">
        <Field label={t('print.date')}>{(id) => <input id={id} value={settings.date} onChange={(e) => onChange({ date: e.target.value })} />}</Field>
        <Field label={t('print.author')}>{(id) => <input id={id} value={settings.author} onChange={(e) => onChange({ author: e.target.value })} />}</Field>
      </div>
      <Field label={t('print.note')}>{(id) => <input id={id} value={settings.note} onChange={(e) => onChange({ note: e.target.value })} />}</Field>
      <label className="print-check">
        <input type="checkbox" checked={settings.anonymise} aria-describedby={hintId} onChange={(e) => onChange({ anonymise: e.target.checked })} />{' '}
        {t('print.anonymise')}
      </label>
      <p className="print-hint" id={hintId}>
        {t('print.anonymiseHint')}
      </p>
      <label className="print-check">
        <input type="checkbox" checked={settings.poster} aria-describedby={posterHintId} onChange={(e) => onChange({ poster: e.target.checked })} />{' '}
        {t('print.poster')}
      </label>
      {settings.poster ? (
        <div className="print-row">
          <Field label={t('print.columns')}>
            {(id) => (
              <select id={id} value={settings.columns} onChange={(e) => onChange({ columns: Number(e.target.value) })}>
                {POSTER_COUNTS.map((n) => (
                  <option key={n}>{n}</option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('print.rows')}>
            {(id) => (
              <select id={id} value={settings.rows} onChange={(e) => onChange({ rows: Number(e.target.value) })}>
                {POSTER_COUNTS.map((n) => (
                  <option key={n}>{n}</option>
                ))}
              </select>
            )}
          </Field>
        </div>
      ) : null}
      <p className="print-hint" id={posterHintId} hidden={!settings.poster}>
        {t('print.posterHint')}
      </p>
    </form>
  );
}
