import type { ForceField } from '../domain/force-field';
import type { MapDocument } from '../domain/map-document';
import { balanceOf, type ActorForce } from './balance';

/** Someone whose move towards "for" would shift the balance, and by how much. */
export interface Swing {
  readonly actorId: string;
  readonly name: string;
  readonly stance: number | null;
  readonly influence: number;
  /** How much the net balance rises when this actor moves to +1 (from unknown counted as 0). */
  readonly gain: number;
  /** True when this one move alone makes the driving forces outweigh the restraining ones. */
  readonly tipsBalance: boolean;
}

/** The coalition suggestion of a force field. */
export interface Coalition {
  /** The fewest supporters whose combined force exceeds the opposition's total; strongest first. */
  readonly members: readonly ActorForce[];
  readonly memberForce: number;
  readonly opposition: number;
  /** False when all supporters together do not outweigh the opposition. */
  readonly outweighs: boolean;
  /** Non-supporters ranked by how much winning them over (to +1) would shift the balance. */
  readonly swings: readonly Swing[];
}

/**
 * Suggests a coalition. Members: supporters taken strongest force first (influence × stance)
 * until their sum is larger than the total force against; taking the largest first gives the
 * smallest such set. Swings: for every actor not for, the gain of moving to +1 is
 * influence × (1 − stance) (unknown counts as 0), largest first.
 */
export function coalitionOf(doc: MapDocument, field: ForceField): Coalition {
  const balance = balanceOf(doc, field);
  const opposition = balance.totalAgainst;
  const members: ActorForce[] = [];
  let memberForce = 0;
  for (const supporter of balance.driving) {
    if (memberForce > opposition) break;
    members.push(supporter);
    memberForce += supporter.force;
  }
  const others = [...balance.restraining, ...balance.neutral, ...balance.unknown];
  const swings = others
    .map((e) => {
      const gain = e.influence * (1 - (e.stance ?? 0));
      return { actorId: e.actorId, name: e.name, stance: e.stance, influence: e.influence, gain, tipsBalance: balance.net <= 0 && balance.net + gain > 0 };
    })
    .sort((a, b) => b.gain - a.gain || b.influence - a.influence || a.name.localeCompare(b.name, 'nl'));
  return { members, memberForce, opposition, outweighs: memberForce > opposition, swings };
}
