import { ACTOR_KINDS, type ActorKind } from '../domain/vocabulary';
import { DUTCH_PSEUDONYMS, type PseudonymWords } from './anonymise';

/** Every word the printed page uses, so the renderer itself holds no language. */
export interface PrintLabels {
  readonly legend: string;
  readonly kinds: string;
  readonly categories: string;
  readonly relations: string;
  readonly strength: string;
  readonly strengthLevel: (strength: number) => string;
  readonly directed: string;
  readonly size: string;
  /** Legend row for a group box (an organisation with its members). */
  readonly group: string;
  readonly actorKind: (kind: ActorKind) => string;
  readonly category: (id: string) => string;
  readonly relationKind: (id: string) => string;
  /** Footer line shown when persons are anonymised. */
  readonly anonymised: string;
  /** Tile caption in poster mode, e.g. "Rij 1, kolom 2 (van 2 × 2)". */
  readonly tile: (row: number, column: number, rows: number, columns: number) => string;
  readonly pseudonyms: PseudonymWords;
}

/** A translate function: returns the text for a key, or the key itself when there is none (i18next's way). */
export type Translate = (key: string, values?: Readonly<Record<string, string | number>>) => string;

/** Builds the print labels from a translate function over the app's locale files. */
export function printLabels(t: Translate): PrintLabels {
  const orId = (key: string, id: string): string => {
    const text = t(key);
    return text === key ? id : text;
  };
  return {
    legend: t('legend.title'),
    kinds: t('legend.kinds'),
    categories: t('legend.categories'),
    relations: t('legend.relations'),
    strength: t('legend.strength'),
    strengthLevel: (s) => t(`print.strength.${s}`),
    directed: t('legend.directed'),
    size: t('legend.size'),
    group: t('print.legendGroup'),
    actorKind: (kind) => orId(`print.actorKind.${kind}`, kind),
    category: (id) => orId(`category.${id}`, id),
    relationKind: (id) => orId(`relationKind.${id}`, id),
    anonymised: t('print.page.anonymised'),
    tile: (row, column, rows, columns) => t('print.page.tile', { row, column, rows, columns }),
    pseudonyms: { resident: t('print.page.resident'), keyFigure: t('print.page.keyFigure') },
  };
}

/** Dutch labels without any locale file, for tests and as the CLI's fallback. */
export const DUTCH_PRINT_LABELS: PrintLabels = {
  legend: 'Legenda',
  kinds: 'Soort actor',
  categories: 'Categorie',
  relations: 'Soort relatie',
  strength: 'Sterkte',
  strengthLevel: (s) => ['', 'zwak', 'middel', 'sterk'][s] ?? String(s),
  directed: 'Gericht (pijl)',
  size: 'Groter = meer invloed',
  group: 'Groep met leden',
  actorKind: (kind) => (kind === ACTOR_KINDS[0] ? 'Formeel' : 'Informeel'),
  category: (id) => id,
  relationKind: (id) => id,
  anonymised: 'Personen zijn geanonimiseerd.',
  tile: (row, column, rows, columns) => `Rij ${row}, kolom ${column} (van ${rows} × ${columns})`,
  pseudonyms: DUTCH_PSEUDONYMS,
};
