/**
 * The built-in vocabulary of a wijk map: actor kinds, categories and relation kinds.
 * Labels live in the locale files (`category.<id>`, `relationKind.<id>`); this file holds the ids.
 */

/** Formal organisations versus informal groups and residents. */
export const ACTOR_KINDS = ['formeel', 'informeel'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** Default actor categories, from DESIGN.md (user-extendable later). */
export const DEFAULT_CATEGORIES = [
  'gemeente',
  'wijkteam',
  'welzijn',
  'woningcorporatie',
  'zorg',
  'onderwijs',
  'veiligheid',
  'religie',
  'sport-cultuur',
  'ondernemer',
  'bewonersinitiatief',
  'bewoner',
  'overig',
] as const;
export type DefaultCategory = (typeof DEFAULT_CATEGORIES)[number];

/** Default relation kinds, from DESIGN.md. */
export const DEFAULT_RELATION_KINDS = [
  'samenwerking',
  'overleg',
  'informeel-contact',
  'verwijzing',
  'financiering',
  'ondersteuning',
  'lid-van',
  'advies',
  'spanning',
] as const;
export type DefaultRelationKind = (typeof DEFAULT_RELATION_KINDS)[number];

/** Influence of an actor: 1 (little) … 5 (decisive). */
export const INFLUENCE_MIN = 1;
export const INFLUENCE_MAX = 5;

/** Strength of a tie: 1 (weak) … 3 (strong). */
export const STRENGTH_MIN = 1;
export const STRENGTH_MAX = 3;
