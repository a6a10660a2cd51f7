import type { ForceField } from '../domain/force-field';
import type { MapDocument } from '../domain/map-document';
import { balanceOf, namedEntries, type ActorForce } from './balance';

/** How one actor differs between two force fields. */
export interface ActorChange {
  readonly actorId: string;
  readonly name: string;
  /** `moved`: stance changed; `changed`: only influence or interest; `added`/`removed`: in one field only. */
  readonly change: 'moved' | 'changed' | 'added' | 'removed';
  readonly before: ActorForce | null;
  readonly after: ActorForce | null;
}

/** The difference between two force fields (e.g. two dates of one question). */
export interface Comparison {
  readonly changes: readonly ActorChange[];
  readonly before: { readonly totalFor: number; readonly totalAgainst: number; readonly net: number };
  readonly after: { readonly totalFor: number; readonly totalAgainst: number; readonly net: number };
  /** after.net − before.net */
  readonly netChange: number;
}

/** Compares two force fields: who moved, who was added or dropped, how the balance changed. */
export function compareForceFields(doc: MapDocument, a: ForceField, b: ForceField): Comparison {
  const before = new Map(namedEntries(doc, a).map((e) => [e.actorId, e]));
  const after = new Map(namedEntries(doc, b).map((e) => [e.actorId, e]));
  const changes: ActorChange[] = [];
  for (const [id, x] of before) {
    const y = after.get(id);
    if (!y) changes.push({ actorId: id, name: x.name, change: 'removed', before: x, after: null });
    else if (x.stance !== y.stance) changes.push({ actorId: id, name: x.name, change: 'moved', before: x, after: y });
    else if (x.influence !== y.influence || x.interest !== y.interest) {
      changes.push({ actorId: id, name: x.name, change: 'changed', before: x, after: y });
    }
  }
  for (const [id, y] of after) if (!before.has(id)) changes.push({ actorId: id, name: y.name, change: 'added', before: null, after: y });
  const order = { moved: 0, added: 1, removed: 2, changed: 3 } as const;
  changes.sort((p, q) => order[p.change] - order[q.change] || p.name.localeCompare(q.name, 'nl'));
  const sum = (f: ForceField) => {
    const bal = balanceOf(doc, f);
    return { totalFor: bal.totalFor, totalAgainst: bal.totalAgainst, net: bal.net };
  };
  const sa = sum(a);
  const sb = sum(b);
  return { changes, before: sa, after: sb, netChange: sb.net - sa.net };
}
