import { downloadBlob } from '../ui/download';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { printLabels, renderPrint, type PrintedPage } from '../../../shared/print';
import { useApi } from '../app/use-api';
import { useToast } from '../feedback/toast-context';
import type { MapViewProps } from '../map/map-views';
import { base64Bytes, fileStem, PngError, sheetToPng, svgDataUrl } from './export-files';
import { PNG_DPI_CHOICES } from './png-size';
import { PrintForm } from './print-form';
import { defaultSettings, toPrintOptions, type PrintSettings } from './print-settings';
import { PrintSheets } from './print-sheets';
import './print.css';

/**
 * The "Afdrukken" view of a map: settings, a live preview of the sheets, and print / SVG / PNG /
 * PDF. What is printed is drawn by the pure SVG renderer in shared/print, so preview, paper and
 * files are the same sheets.
 */
export function PrintView({ doc, visibleIds = null, viewport = null }: MapViewProps) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const toast = useToast();
  const [settings, setSettings] = useState<PrintSettings>(() => defaultSettings(doc.name, i18n.language));
  const [busy, setBusy] = useState(false);
  const labels = useMemo(() => printLabels((key, values) => t(key, values ?? {})), [t]);
  const options = useMemo(() => toPrintOptions(settings, labels, visibleIds, viewport), [settings, labels, visibleIds, viewport]);
  // Typing in a field stays responsive on big maps: the sheets are redrawn when React has time.
  const deferred = useDeferredValue(options);
  const pages: PrintedPage[] = useMemo(() => renderPrint(doc, deferred), [doc, deferred]);
  const title = useMemo(() => /<title>([^<]*)<\/title>/.exec(pages[0]?.svg ?? '')?.[1] ?? '', [pages]);
  const stem = fileStem(settings.anonymise ? `${t('print.tab')}-anoniem` : settings.title || doc.name);
  const change = (patch: Partial<PrintSettings>): void => setSettings((s) => ({ ...s, ...patch }));
  const fileFor = (ext: string, i: number): string => (pages.length > 1 ? `${stem}-vel-${i + 1}.${ext}` : `${stem}.${ext}`);

  const saveSvg = (): void => {
    pages.forEach((page, i) => downloadBlob(fileFor('svg', i), new Blob([page.svg], { type: 'image/svg+xml' })));
    toast.info(t('print.saved', { file: fileFor('svg', 0) }));
  };
  const savePng = async (): Promise<void> => {
    setBusy(true);
    try {
      for (const [i, page] of pages.entries()) downloadBlob(fileFor('png', i), await sheetToPng(page, settings.dpi));
      toast.info(t('print.saved', { file: fileFor('png', 0) }));
    } catch (error) {
      const message =
        error instanceof PngError && error.reason === 'too-large'
          ? t('print.pngTooLarge', { width: error.width, height: error.height, dpi: error.maxDpi })
          : t('print.pngEmpty');
      toast.error(t('print.pngFailed'), { code: 'invalid-input', message });
    } finally {
      setBusy(false);
    }
  };
  const savePdf = async (): Promise<void> => {
    setBusy(true);
    try {
      const result = await api.print.pdf({ pages: pages.map((p) => p.svg), paper: deferred.paper, orientation: deferred.orientation, title });
      if (!result.ok) toast.error(t('print.pdfFailed'), result.error);
      else {
        downloadBlob(`${stem}.pdf`, new Blob([base64Bytes(result.value.pdfBase64)], { type: 'application/pdf' }));
        toast.info(t('print.saved', { file: `${stem}.pdf` }));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="print-view">
      <div>
        <PrintForm settings={settings} onChange={change} hasView={viewport !== null} />
        {visibleIds ? <p className="print-hint">{t('print.filtered', { count: doc.actors.filter((a) => visibleIds.has(a.id)).length })}</p> : null}
        <div className="print-actions">
          <button type="button" className="button-primary" onClick={() => window.print()}>
            {t('print.print')}
          </button>
          <button type="button" onClick={() => void savePdf()} disabled={busy}>
            {busy ? t('print.makingPdf') : t('print.savePdf')}
          </button>
          <button type="button" onClick={saveSvg}>
            {t('print.saveSvg')}
          </button>
          <div className="print-field">
            <label htmlFor="print-dpi">{t('print.resolution')}</label>
            <select id="print-dpi" value={settings.dpi} onChange={(e) => change({ dpi: Number(e.target.value) })}>
              {PNG_DPI_CHOICES.map((dpi) => (
                <option key={dpi} value={dpi}>
                  {t('print.dpi', { dpi })}
                </option>
              ))}
            </select>
          </div>
          <button type="button" onClick={() => void savePng()} disabled={busy}>
            {t('print.savePng')}
          </button>
        </div>
      </div>
      <section className="print-preview" aria-label={t('print.preview')}>
        <p className="print-meta" data-testid="print-meta">
          {t('print.sheetCount', { count: pages.length, paper: `${options.paper} ${t(`print.${options.orientation}`).toLowerCase()}` })}
        </p>
        <div className={pages.length > 1 ? 'print-preview-sheets print-preview-sheets-many' : 'print-preview-sheets'}>
          {pages.map((page, i) => (
            <img
              key={i}
              className="print-preview-sheet"
              src={svgDataUrl(page.svg)}
              alt={t('print.sheetAlt', { n: i + 1, total: pages.length, title })}
              width={Math.round(page.widthMm * 3)}
              height={Math.round(page.heightMm * 3)}
            />
          ))}
        </div>
      </section>
      <PrintSheets pages={pages} paper={deferred.paper} orientation={deferred.orientation} />
    </div>
  );
}
