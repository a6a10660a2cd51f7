import type { ForceField } from '../domain/force-field';
import type { MapDocument } from '../domain/map-document';
import { balanceOf, namedEntries, type ActorForce } from '../forcefield/balance';

/** An actor whose stance on the question changed between two moments (null = unknown). */
export interface StanceMove {
  readonly actorId: string;
  readonly name: string;
  readonly from: number | null;
  readonly to: number | null;
  /** Force (influence × |stance|) before and after. */
  readonly forceFrom: number;
  readonly forceTo: number;
}

/** An actor that entered or left a force field between two moments. */
export interface StanceEntry {
  readonly actorId: string;
  readonly name: string;
  readonly stance: number | null;
}

/** The sums of a force field at one moment. */
export interface BalanceFigures {
  readonly for: number;
  readonly against: number;
  readonly net: number;
}

/** How one force field (present at both moments, matched by id) changed. */
export interface ForceFieldDiff {
  readonly id: string;
  /** The question at the later moment. */
  readonly question: string;
  readonly moved: readonly StanceMove[];
  readonly added: readonly StanceEntry[];
  readonly removed: readonly StanceEntry[];
  /** Influence or interest changed, stance not. */
  readonly changed: readonly { readonly actorId: string; readonly name: string; readonly changes: readonly { readonly field: 'influence' | 'interest'; readonly from: number; readonly to: number }[] }[];
  readonly balance: { readonly before: BalanceFigures; readonly after: BalanceFigures; readonly netChange: number };
}

type WithFields = Pick<MapDocument, 'actors'> & { readonly forceFields?: readonly ForceField[] | undefined };

function figures(doc: WithFields, field: ForceField): BalanceFigures {
  const b = balanceOf(doc, field);
  return { for: b.totalFor, against: b.totalAgainst, net: b.net };
}

const byName = (a: { name: string }, b: { name: string }): number => a.name.localeCompare(b.name, 'nl');

/**
 * Compares the force fields of two moments of a map: for every force field present in both (by
 * id), who moved (stance from → to), who entered or left it, whose influence or interest changed,
 * and the balance before and after. An actor counts at a moment only when it is on that map.
 */
export function diffForceFields(before: WithFields, after: WithFields): ForceFieldDiff[] {
  const earlier = new Map((before.forceFields ?? []).map((f) => [f.id, f]));
  const out: ForceFieldDiff[] = [];
  for (const now of after.forceFields ?? []) {
    const then = earlier.get(now.id);
    if (!then) continue;
    const a = new Map(namedEntries(before, then).map((e) => [e.actorId, e]));
    const b = new Map(namedEntries(after, now).map((e) => [e.actorId, e]));
    const moved: StanceMove[] = [];
    const changed: ForceFieldDiff['changed'][number][] = [];
    const removed: StanceEntry[] = [];
    const entry = (e: ActorForce): StanceEntry => ({ actorId: e.actorId, name: e.name, stance: e.stance });
    for (const [id, x] of a) {
      const y = b.get(id);
      if (!y) removed.push(entry(x));
      else if (x.stance !== y.stance) moved.push({ actorId: id, name: y.name, from: x.stance, to: y.stance, forceFrom: x.force, forceTo: y.force });
      else {
        const changes = (['influence', 'interest'] as const).filter((f) => x[f] !== y[f]).map((field) => ({ field, from: x[field], to: y[field] }));
        if (changes.length > 0) changed.push({ actorId: id, name: y.name, changes });
      }
    }
    const added = [...b.values()].filter((y) => !a.has(y.actorId)).map(entry);
    const fb = figures(before, then);
    const fa = figures(after, now);
    out.push({
      id: now.id,
      question: now.question,
      moved: moved.sort(byName),
      added: added.sort(byName),
      removed: removed.sort(byName),
      changed: changed.sort(byName),
      balance: { before: fb, after: fa, netChange: fa.net - fb.net },
    });
  }
  return out;
}

/** True when no force field has a stance, influence or interest change, or an actor entering or leaving. */
export function forceFieldsUnchanged(diffs: readonly ForceFieldDiff[]): boolean {
  return diffs.every((d) => d.moved.length + d.added.length + d.removed.length + d.changed.length === 0);
}
