import type { PrintLabels, PrintOptions } from '../../../shared/print';
import type { Box } from '../../../shared/print/network-svg';
import { MARGIN_LIMITS, POSTER_LIMITS } from '../../../shared/print';

/** What the user chose in the print view: the sheet and title block as printed, and how to lay it out. */
export type PrintSettings = Pick<PrintOptions, 'paper' | 'orientation' | 'marginMm' | 'title' | 'subtitle' | 'date' | 'author' | 'note' | 'anonymise'> & {
  readonly poster: boolean;
  readonly columns: number;
  readonly rows: number;
  readonly dpi: number;
  /** `fit`: the whole map fitted to the page; `view`: the part the map view showed (print what you see). */
  readonly area: 'fit' | 'view';
};

/** The settings a new print starts with: A4 landscape, the map's name as title, today's date. */
export function defaultSettings(mapName: string, language: string, now: Date = new Date()): PrintSettings {
  return {
    paper: 'A4',
    orientation: 'landscape',
    marginMm: MARGIN_LIMITS.default,
    title: mapName,
    subtitle: '',
    date: now.toLocaleDateString(language === 'en' ? 'en-GB' : 'nl-NL', { day: 'numeric', month: 'long', year: 'numeric' }),
    author: '',
    note: '',
    anonymise: false,
    poster: false,
    columns: 2,
    rows: 2,
    dpi: 300,
    area: 'fit',
  };
}

const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, Number.isFinite(value) ? value : min));

/** Turns the settings into renderer options; a poster is always on A4 sheets; `viewport` is used when the area is `view`. */
export function toPrintOptions(settings: PrintSettings, labels: PrintLabels, visibleIds: ReadonlySet<string> | null, viewport: Box | null = null): PrintOptions {
  return {
    paper: settings.poster ? 'A4' : settings.paper,
    orientation: settings.orientation,
    marginMm: clamp(settings.marginMm, MARGIN_LIMITS.min, MARGIN_LIMITS.max),
    title: settings.title,
    subtitle: settings.subtitle,
    date: settings.date,
    author: settings.author,
    note: settings.note,
    anonymise: settings.anonymise,
    visibleIds,
    viewport: settings.area === 'view' ? viewport : null,
    poster: settings.poster
      ? {
          columns: clamp(Math.round(settings.columns), POSTER_LIMITS.min, POSTER_LIMITS.max),
          rows: clamp(Math.round(settings.rows), POSTER_LIMITS.min, POSTER_LIMITS.max),
          overlapMm: POSTER_LIMITS.overlapMm,
        }
      : null,
    labels,
  };
}
