import type { ForceFieldEntry } from '../domain/force-field';
import { HIGH_INFLUENCE } from './quadrants';

/** Interest (belang) from which an actor counts as caring about the question (1–2 low, 3–5 high). */
export const HIGH_INTEREST = 3;

/**
 * Mendelow's power–interest grid, in the words Dutch stakeholder work uses: how closely to involve
 * an actor, from their influence (invloed) and interest (belang).
 * - `nauw-betrekken`: much influence, much interest (manage closely)
 * - `tevreden-houden`: much influence, little interest (keep satisfied)
 * - `informeren`: little influence, much interest (keep informed)
 * - `volgen`: little of both (monitor)
 */
export const ENGAGEMENTS = ['nauw-betrekken', 'tevreden-houden', 'informeren', 'volgen'] as const;
/** One cell of the power–interest grid. */
export type Engagement = (typeof ENGAGEMENTS)[number];

/** Where an actor stands on the question: for (+1/+2), against (−1/−2) or not (yet) known or neutral. */
export type StanceSide = 'voor' | 'neutraal' | 'tegen';

/** What to do with one actor: the grid cell and their side, which together pick the advice text. */
export interface Advice {
  readonly engagement: Engagement;
  readonly side: StanceSide;
  /** Locale key under `forcefield.advice.` of the one-line advice (e.g. `informeren.voor`). */
  readonly key: `${Engagement}.${StanceSide}`;
}

/** The grid cell of an entry, from influence and interest (each 3 or more counts as high). */
export function engagementOf(entry: Pick<ForceFieldEntry, 'influence' | 'interest'>): Engagement {
  const powerful = entry.influence >= HIGH_INFLUENCE;
  const involved = entry.interest >= HIGH_INTEREST;
  if (powerful) return involved ? 'nauw-betrekken' : 'tevreden-houden';
  return involved ? 'informeren' : 'volgen';
}

/** The side of a stance (unknown counts as neutral: someone to talk to first). */
export function sideOf(stance: ForceFieldEntry['stance']): StanceSide {
  if (stance === null || stance === 0) return 'neutraal';
  return stance > 0 ? 'voor' : 'tegen';
}

/**
 * What to do with an actor in a krachtenveld: Mendelow's grid (influence × interest) refined by
 * stance, so a +2 supporter with little influence but interest 5 — who carries the project — is
 * someone to inform and give a role, not someone to "keep an eye on".
 */
export function adviceOf(entry: Pick<ForceFieldEntry, 'stance' | 'influence' | 'interest'>): Advice {
  const engagement = engagementOf(entry);
  const side = sideOf(entry.stance);
  return { engagement, side, key: `${engagement}.${side}` };
}
