import type { DefaultCategory } from './vocabulary';

/**
 * The one table of words that mean a built-in category, as Dutch teams write them in their own
 * spreadsheets (and a few English ones). The importer maps a file's categories with it and the
 * Woordenlijst uses it to point out own categories that duplicate a built-in one. Singular and
 * plural forms ("ondernemers", "gemeenten") are matched by `singularForms`, so list one form.
 */
export const CATEGORY_SYNONYMS: Readonly<Record<DefaultCategory, readonly string[]>> = {
  gemeente: ['gemeentelijk', 'overheid', 'lokale overheid', 'municipality', 'government', 'deelgemeente', 'stadsdeel'],
  wijkteam: ['sociaal wijkteam', 'buurtteam', 'sociaal team', 'wijkteams', 'jeugdteam', 'social team'],
  welzijn: [
    'welzijnsorganisatie', 'welzijnswerk', 'opbouwwerk', 'jongerenwerk', 'maatschappelijk werk', 'buurtwerk',
    'sociaal werk', 'steunpunt', 'vrijwilligerscentrale', 'buurthuis', 'wijkcentrum', 'buurtcentrum', 'accommodatie',
    'welfare', 'community work',
  ],
  woningcorporatie: ['corporatie', 'woningbouwvereniging', 'woningstichting', 'verhuurder', 'housing', 'housing association', 'wonen'],
  zorg: ['gezondheidszorg', 'huisarts', 'huisartsenpraktijk', 'ggd', 'ggz', 'thuiszorg', 'wijkverpleging', 'care', 'health', 'healthcare', 'gezondheid'],
  onderwijs: ['school', 'basisschool', 'kinderopvang', 'voortgezet onderwijs', 'education'],
  veiligheid: ['politie', 'wijkagent', 'handhaving', 'boa', 'buurtpreventie', 'police', 'safety', 'security'],
  religie: ['levensbeschouwing', 'geloof', 'geloofsgemeenschap', 'kerk', 'moskee', 'religieuze organisatie', 'religion', 'faith'],
  'sport-cultuur': ['sport', 'cultuur', 'sport en cultuur', 'sportvereniging', 'sportclub', 'vereniging', 'kunst', 'bibliotheek', 'culture'],
  ondernemer: ['winkelier', 'bedrijf', 'middenstand', 'winkeliersvereniging', 'bedrijfsleven', 'zzp', 'business', 'entrepreneur', 'shop'],
  bewonersinitiatief: [
    'bewonersgroep', 'bewonersorganisatie', 'bewonerscommissie', 'huurdersvereniging', 'buurtinitiatief', 'burgerinitiatief',
    'vrijwilligersgroep', 'vrijwilligersorganisatie', 'ontmoetingsplek', 'huiskamer', 'huiskamerproject', 'buurtvereniging',
    'online netwerk', 'buurtapp', 'whatsapp groep', 'residents initiative',
  ],
  bewoner: [
    'sleutelfiguur', 'buurtbewoner', 'inwoner', 'vrijwilliger', 'mantelzorger', 'burger', 'resident', 'key figure', 'volunteer',
    'bewoner sleutelfiguur',
  ],
  overig: ['anders', 'onbekend', 'other', 'overige', 'divers'],
};

/** A category name reduced for comparing: lower case, no accents, words separated by one space. */
export function categoryKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * The forms a (Dutch or English) word may have in the singular: itself and, for a plural, the
 * singular ("ondernemers" → "ondernemer", "gemeenten" → "gemeente", "scholen" → "school",
 * "bedrijven" → "bedrijf", "ggd's" → "ggd"). Only the end of a phrase changes. Over-generating is
 * harmless: a form only counts when it is the name of a category.
 */
export function singularForms(key: string): string[] {
  const forms = new Set([key]);
  const add = (s: string): void => void (s.length >= 3 && forms.add(s));
  if (key.endsWith(' s')) add(key.slice(0, -2)); // "ggd's" is "ggd s" as a key
  if (key.endsWith('s')) add(key.slice(0, -1));
  if (key.endsWith('n')) add(key.slice(0, -1));
  if (key.endsWith('en')) {
    const stem = key.slice(0, -2);
    add(stem);
    if (/([bdfgklmnprst])\1$/.test(stem)) add(stem.slice(0, -1));
    if (stem.endsWith('v')) add(`${stem.slice(0, -1)}f`);
    if (stem.endsWith('z')) add(`${stem.slice(0, -1)}s`);
    const open = /^(.*[^aeiou])([aeiou])([^aeiou])$/.exec(stem);
    if (open) add(`${open[1] ?? ''}${open[2] ?? ''}${open[2] ?? ''}${open[3] ?? ''}`);
  }
  return [...forms];
}

/** How a file's category was matched to the vocabulary. */
export type CategoryMatchHow = 'same' | 'plural' | 'synonym';

/** A category of a file matched to an entry of the map's vocabulary. */
export interface CategoryMatch {
  readonly id: string;
  readonly how: CategoryMatchHow;
}

/** An entry the matcher may pick: the vocabulary's id and the name the user sees. */
export interface MatchableEntry {
  readonly id: string;
  readonly label: string;
}

const overlaps = (a: readonly string[], b: readonly string[]): boolean => a.some((x) => b.includes(x));

/**
 * The vocabulary entry a category from a file stands for: the same id or name; a singular or
 * plural of one; a part of a name like "Bewoner / sleutelfiguur"; or a known synonym of a
 * built-in category (which must be among `entries`). Null when nothing matches: then the user
 * decides (map it onto an entry, or keep it as a new category).
 */
export function matchCategory(raw: string, entries: readonly MatchableEntry[]): CategoryMatch | null {
  const key = categoryKey(raw);
  if (key === '') return null;
  const names = (e: MatchableEntry): string[] => [categoryKey(e.id), categoryKey(e.label)];
  const parts = (e: MatchableEntry): string[] => e.label.split('/').map(categoryKey).filter((k) => k !== '');
  const exact = entries.find((e) => names(e).includes(key));
  if (exact) return { id: exact.id, how: 'same' };
  const forms = singularForms(key);
  const plural = entries.find((e) => names(e).some((n) => overlaps(singularForms(n), forms)));
  if (plural) return { id: plural.id, how: 'plural' };
  const part = entries.find((e) => parts(e).some((n) => overlaps(singularForms(n), forms)));
  if (part) return { id: part.id, how: 'synonym' };
  const known = new Set(entries.map((e) => e.id));
  for (const [id, words] of Object.entries(CATEGORY_SYNONYMS)) {
    if (known.has(id) && words.some((w) => overlaps(singularForms(categoryKey(w)), forms))) return { id, how: 'synonym' };
  }
  return null;
}
