import type { ActorKind } from '../../../shared/domain/vocabulary';

/** One actor most Dutch wijken have, as offered on a new map. */
export interface StarterActor {
  /** Key of its name in the `starter` locale file. */
  readonly key: string;
  readonly category: string;
  readonly kind: ActorKind;
}

/** The starter set: the formal actors an opbouwwerker meets in nearly every wijk. */
export const STARTER_ACTORS: readonly StarterActor[] = [
  { key: 'wijkmanager', category: 'gemeente', kind: 'formeel' },
  { key: 'wijkteam', category: 'wijkteam', kind: 'formeel' },
  { key: 'corporatie', category: 'woningcorporatie', kind: 'formeel' },
  { key: 'wijkagent', category: 'veiligheid', kind: 'formeel' },
  { key: 'ggd', category: 'zorg', kind: 'formeel' },
  { key: 'huisarts', category: 'zorg', kind: 'formeel' },
  { key: 'basisschool', category: 'onderwijs', kind: 'formeel' },
  { key: 'welzijn', category: 'welzijn', kind: 'formeel' },
  { key: 'buurthuis', category: 'welzijn', kind: 'formeel' },
  { key: 'bibliotheek', category: 'sport-cultuur', kind: 'formeel' },
  { key: 'stip', category: 'welzijn', kind: 'formeel' },
];
