import type { ForceField, ForceFieldEntry } from '../domain/force-field';
import type { MapDocument } from '../domain/map-document';

/** One actor's force: influence × |stance|, on the driving (for) or restraining (against) side. */
export interface ActorForce {
  readonly actorId: string;
  readonly name: string;
  readonly stance: number | null;
  readonly influence: number;
  readonly interest: number;
  readonly force: number;
}

/** The sums of a force field. Neutral (stance 0) and unknown actors carry no force and are listed apart. */
export interface Balance {
  /** Actors for (stance > 0), strongest force first. */
  readonly driving: readonly ActorForce[];
  /** Actors against (stance < 0), strongest force first. */
  readonly restraining: readonly ActorForce[];
  readonly neutral: readonly ActorForce[];
  readonly unknown: readonly ActorForce[];
  readonly totalFor: number;
  readonly totalAgainst: number;
  /** totalFor − totalAgainst: positive means the driving forces are stronger. */
  readonly net: number;
}

/** The force of one entry: influence × |stance| (0 for neutral or unknown). */
export function forceOf(entry: Pick<ForceFieldEntry, 'stance' | 'influence'>): number {
  return entry.stance === null ? 0 : entry.influence * Math.abs(entry.stance);
}

/** The entries of a force field whose actor is on the map, with the actor's name. */
export function namedEntries(doc: Pick<MapDocument, 'actors'>, field: ForceField): ActorForce[] {
  const names = new Map(doc.actors.map((a) => [a.id, a.name]));
  const out: ActorForce[] = [];
  for (const e of field.entries) {
    const name = names.get(e.actorId);
    if (name === undefined) continue;
    out.push({ actorId: e.actorId, name, stance: e.stance, influence: e.influence, interest: e.interest, force: forceOf(e) });
  }
  return out;
}

const byForce = (a: ActorForce, b: ActorForce): number => b.force - a.force || a.name.localeCompare(b.name, 'nl');

/** Driving versus restraining forces of a force field, with totals. */
export function balanceOf(doc: Pick<MapDocument, 'actors'>, field: ForceField): Balance {
  const all = namedEntries(doc, field);
  const driving = all.filter((e) => e.stance !== null && e.stance > 0).sort(byForce);
  const restraining = all.filter((e) => e.stance !== null && e.stance < 0).sort(byForce);
  const neutral = all.filter((e) => e.stance === 0).sort(byForce);
  const unknown = all.filter((e) => e.stance === null).sort(byForce);
  const totalFor = driving.reduce((s, e) => s + e.force, 0);
  const totalAgainst = restraining.reduce((s, e) => s + e.force, 0);
  return { driving, restraining, neutral, unknown, totalFor, totalAgainst, net: totalFor - totalAgainst };
}
