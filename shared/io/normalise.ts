import { INFLUENCE_MAX, INFLUENCE_MIN, STRENGTH_MAX, STRENGTH_MIN, type ActorKind } from '../domain/vocabulary';

/** Reads a number written the Dutch ("1,33") or English ("1.33") way; null when it is not one. */
export function parseNumber(raw: string): number | null {
  const s = raw.trim().replace(/\s/g, '');
  if (s === '') return null;
  let t = s;
  // "1.234,5" and "1.234.567" are Dutch thousands; a lone "1.234" is read as a decimal point.
  if (/^[+-]?\d{1,3}(\.\d{3})+,\d+$/.test(t) || /^[+-]?\d{1,3}(\.\d{3}){2,}$/.test(t)) t = t.replace(/\./g, '').replace(',', '.');
  else if (/^[+-]?\d*,\d+$/.test(t)) t = t.replace(',', '.');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

const YES = new Set(['ja', 'j', 'yes', 'y', 'true', 'waar', '1', 'x', 'persoon', 'person']);
const NO = new Set(['nee', 'n', 'no', 'false', 'onwaar', '0', '', '-']);

/** Reads ja/nee, yes/no, true/false, 1/0, x; null when it is none of those. */
export function parseBoolean(raw: string): boolean | null {
  const s = raw.trim().toLowerCase();
  if (YES.has(s)) return true;
  if (NO.has(s)) return false;
  return null;
}

const FORMAL = new Set(['formeel', 'formal', 'organisatie', 'organization', 'organisation', 'instelling', 'f']);
const INFORMAL = new Set(['informeel', 'informal', 'groep', 'group', 'bewoner', 'resident', 'netwerk', 'i']);

/** Reads an actor kind (formeel/informeel and English or descriptive synonyms); null when unknown. */
export function parseKind(raw: string): ActorKind | null {
  const s = raw.trim().toLowerCase();
  if (FORMAL.has(s)) return 'formeel';
  if (INFORMAL.has(s)) return 'informeel';
  return null;
}

/** Turns a label into a vocabulary id: lower case, spaces and underscores to dashes. */
export function toVocabularyId(raw: string): string {
  return raw
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
    .replace(/-+/g, '-')
    .slice(0, 60);
}

const RELATION_SYNONYMS: Record<string, string> = {
  lid: 'lid-van',
  member: 'lid-van',
  'member-of': 'lid-van',
  collaboration: 'samenwerking',
  cooperation: 'samenwerking',
  meeting: 'overleg',
  consultation: 'overleg',
  informeel: 'informeel-contact',
  'informal-contact': 'informeel-contact',
  contact: 'informeel-contact',
  referral: 'verwijzing',
  funding: 'financiering',
  subsidie: 'financiering',
  support: 'ondersteuning',
  steun: 'ondersteuning',
  advice: 'advies',
  tension: 'spanning',
  conflict: 'spanning',
};

/** Reads a relation kind: a vocabulary id, a label ("informeel contact") or an English synonym. */
export function parseRelationKind(raw: string): string {
  const id = toVocabularyId(raw);
  return RELATION_SYNONYMS[id] ?? id;
}

/** A whole number within [min, max], rounding halves; null when outside or not a number. */
export function parseScale(raw: string, min: number, max: number): number | null {
  const n = parseNumber(raw);
  if (n === null) return null;
  const r = Math.round(n);
  return r >= min && r <= max ? r : null;
}

/** Influence 1–5 from text. */
export const parseInfluence = (raw: string): number | null => parseScale(raw, INFLUENCE_MIN, INFLUENCE_MAX);
/** Strength 1–3 from text. */
export const parseStrength = (raw: string): number | null => parseScale(raw, STRENGTH_MIN, STRENGTH_MAX);

/** Maps an edge weight of any range (research files: 0.1, 7, 120) onto strength 1–3. */
export function weightToStrength(weight: number, maxWeight: number): number {
  if (!Number.isFinite(weight) || weight <= 0) return STRENGTH_MIN;
  if (weight <= STRENGTH_MAX && Number.isInteger(weight) && maxWeight <= STRENGTH_MAX) return Math.max(STRENGTH_MIN, weight);
  const ratio = maxWeight > 0 ? weight / maxWeight : 0;
  return ratio > 2 / 3 ? 3 : ratio > 1 / 3 ? 2 : 1;
}


/** Cuts text to a maximum length (names 200, notes 20 000). */
export function clip(raw: string, max: number): string {
  return raw.length > max ? raw.slice(0, max) : raw;
}
