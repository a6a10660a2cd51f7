import type { Actor, Relation } from '../domain/map-document';

/** What actors are grouped by for the silo index. */
export type SiloDimension = 'category' | 'area' | 'kind';

/** Ties that stay inside a group versus ties that cross to another group. */
export interface SiloRow {
  readonly dimension: SiloDimension;
  /** The category id, area name or kind; '' for actors without an area. */
  readonly group: string;
  readonly actors: number;
  readonly inside: number;
  readonly crossing: number;
  /**
   * Krackhardt's E–I index (crossing − inside) / (crossing + inside): −1 all ties stay inside
   * (a silo), +1 all ties go outside; null for a group without ties.
   */
  readonly eiIndex: number | null;
}

/** The silo index of every group along one dimension, most closed first. */
export function siloIndex(actors: readonly Actor[], relations: readonly Relation[], dimension: SiloDimension): SiloRow[] {
  const groupOf = new Map(actors.map((a) => [a.id, a[dimension]]));
  const rows = new Map<string, { actors: number; inside: number; crossing: number }>();
  const row = (group: string) => {
    let r = rows.get(group);
    if (!r) {
      r = { actors: 0, inside: 0, crossing: 0 };
      rows.set(group, r);
    }
    return r;
  };
  for (const a of actors) row(a[dimension]).actors += 1;
  for (const rel of relations) {
    const from = groupOf.get(rel.from);
    const to = groupOf.get(rel.to);
    if (from === undefined || to === undefined) continue;
    if (from === to) row(from).inside += 1;
    else {
      row(from).crossing += 1;
      row(to).crossing += 1;
    }
  }
  return [...rows.entries()]
    .map(([group, r]) => {
      const total = r.inside + r.crossing;
      return { dimension, group, ...r, eiIndex: total === 0 ? null : (r.crossing - r.inside) / total };
    })
    .sort((a, b) => (a.eiIndex ?? 2) - (b.eiIndex ?? 2) || a.group.localeCompare(b.group));
}
