import type { Actor, MapDocument, Relation } from '../../../shared/domain/map-document';

/** The filter dimensions; an empty list means "no restriction" on that dimension. */
export interface MapFilter {
  readonly kinds: readonly string[];
  readonly categories: readonly string[];
  readonly areas: readonly string[];
  readonly tags: readonly string[];
  readonly relationKinds: readonly string[];
  readonly strengths: readonly number[];
}

/** One filter dimension. */
export type FilterKey = keyof MapFilter;

/** No filter at all. */
export const NO_FILTER: MapFilter = { kinds: [], categories: [], areas: [], tags: [], relationKinds: [], strengths: [] };

/** How the map reads right now: filter, fade or hide, focus on one actor, search text. */
export interface Reading {
  readonly filter: MapFilter;
  /** What happens to what the filter leaves out. */
  readonly mode: 'fade' | 'hide';
  /** Focus mode: one actor and its neighbours up to `depth` steps (1–3). */
  readonly focus: { readonly id: string; readonly depth: 1 | 2 | 3 } | null;
  readonly search: string;
  /** Groups shown folded up: their members are hidden. */
  readonly collapsed: readonly string[];
}

/** The starting point: everything shown. */
export const PLAIN_READING: Reading = { filter: NO_FILTER, mode: 'fade', focus: null, search: '', collapsed: [] };

/** What the canvas should do with each element. */
export interface Marks {
  readonly hidden: ReadonlySet<string>;
  readonly dimmed: ReadonlySet<string>;
  /** Actors whose name (or tag, buurt) matches the search. */
  readonly matched: ReadonlySet<string>;
  /** Folded groups (drawn with a double border). */
  readonly collapsed: ReadonlySet<string>;
}

/** True when any filter dimension restricts something. */
export function isFiltered(filter: MapFilter): boolean {
  return Object.values(filter).some((list: readonly unknown[]) => list.length > 0);
}

/** The filter with one value switched on or off in one dimension. */
export function toggleFilter<K extends FilterKey>(filter: MapFilter, key: K, value: MapFilter[K][number]): MapFilter {
  const list = filter[key] as readonly (string | number)[];
  const next = list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
  return { ...filter, [key]: next };
}

function actorPasses(a: Actor, f: MapFilter): boolean {
  if (f.kinds.length > 0 && !f.kinds.includes(a.kind)) return false;
  if (f.categories.length > 0 && !f.categories.includes(a.category)) return false;
  if (f.areas.length > 0 && !f.areas.includes(a.area)) return false;
  if (f.tags.length > 0 && !a.tags.some((t) => f.tags.includes(t))) return false;
  return true;
}

function relationPasses(r: Relation, f: MapFilter): boolean {
  if (f.relationKinds.length > 0 && !f.relationKinds.includes(r.kind)) return false;
  if (f.strengths.length > 0 && !f.strengths.includes(r.strength)) return false;
  return true;
}

/** The actors within `depth` steps of `start` (ties in either direction), `start` included. */
export function neighbourhood(doc: MapDocument, start: string, depth: number): Set<string> {
  const next = new Map<string, string[]>();
  for (const r of doc.relations) {
    next.set(r.from, [...(next.get(r.from) ?? []), r.to]);
    next.set(r.to, [...(next.get(r.to) ?? []), r.from]);
  }
  const seen = new Set([start]);
  let ring = [start];
  for (let step = 0; step < depth; step++) {
    const out: string[] = [];
    for (const id of ring) {
      for (const n of next.get(id) ?? []) {
        if (seen.has(n)) continue;
        seen.add(n);
        out.push(n);
      }
    }
    ring = out;
  }
  return seen;
}

/** Normalises text for search: case and accents do not count. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The actors whose name, buurt or a tag contains the search text (nothing for empty text). */
export function searchMatches(doc: MapDocument, search: string): string[] {
  const q = fold(search.trim());
  if (!q) return [];
  return doc.actors.filter((a) => fold(a.name).includes(q) || fold(a.area).includes(q) || a.tags.some((t) => fold(t).includes(q))).map((a) => a.id);
}

/** All members of a group, also members of its sub-groups. */
export function membersOf(doc: MapDocument, id: string): Set<string> {
  const out = new Set<string>();
  let ring = [id];
  while (ring.length > 0) {
    const next = doc.actors.filter((a) => a.parentId != null && ring.includes(a.parentId) && !out.has(a.id)).map((a) => a.id);
    for (const m of next) out.add(m);
    ring = next;
  }
  return out;
}

/**
 * What to hide, fade and highlight. Folded groups hide their members; focus mode hides everything
 * outside the neighbourhood; the filter hides or fades what it leaves out (a relation goes with
 * either end); a search fades what does not match. Pure, so it is tested without a canvas.
 */
export function marksFor(doc: MapDocument, reading: Reading): Marks {
  const hidden = new Set<string>();
  const collapsed = new Set(reading.collapsed.filter((id) => doc.actors.some((a) => a.parentId === id)));
  for (const id of collapsed) for (const m of membersOf(doc, id)) hidden.add(m);
  const dimmed = new Set<string>();
  const out = reading.mode === 'hide' ? hidden : dimmed;
  const focus = reading.focus && doc.actors.some((a) => a.id === reading.focus?.id) ? neighbourhood(doc, reading.focus.id, reading.focus.depth) : null;
  for (const a of doc.actors) {
    if (focus && !focus.has(a.id)) hidden.add(a.id);
    else if (!actorPasses(a, reading.filter)) out.add(a.id);
  }
  for (const r of doc.relations) {
    if (hidden.has(r.from) || hidden.has(r.to)) hidden.add(r.id);
    else if (!relationPasses(r, reading.filter)) out.add(r.id);
    else if (dimmed.has(r.from) || dimmed.has(r.to)) dimmed.add(r.id);
  }
  const matched = new Set(searchMatches(doc, reading.search).filter((id) => !hidden.has(id)));
  if (matched.size > 0) {
    for (const a of doc.actors) if (!matched.has(a.id) && !hidden.has(a.id)) dimmed.add(a.id);
    for (const r of doc.relations) if (!hidden.has(r.id) && !(matched.has(r.from) && matched.has(r.to))) dimmed.add(r.id);
  }
  return { hidden, dimmed, matched, collapsed };
}

/** The values the map actually has per dimension, for the filter panel's choices. */
export function filterChoices(doc: MapDocument): MapFilter {
  const uniq = <T,>(xs: readonly T[]): T[] => [...new Set(xs)];
  return {
    kinds: uniq(doc.actors.map((a) => a.kind)),
    categories: uniq(doc.actors.map((a) => a.category)),
    areas: uniq(doc.actors.map((a) => a.area).filter((x) => x !== '')).sort((a, b) => a.localeCompare(b, 'nl')),
    tags: uniq(doc.actors.flatMap((a) => a.tags)).sort((a, b) => a.localeCompare(b, 'nl')),
    relationKinds: uniq(doc.relations.map((r) => r.kind)),
    strengths: uniq(doc.relations.map((r) => r.strength)).sort(),
  };
}

/** The ids of the actors and relations left in view by these marks, or null when none is left out. */
export function shownIds(doc: MapDocument, marks: Marks): ReadonlySet<string> | null {
  if (marks.hidden.size === 0 && marks.dimmed.size === 0) return null;
  const out = (id: string): boolean => marks.hidden.has(id) || marks.dimmed.has(id);
  return new Set([...doc.actors.map((a) => a.id), ...doc.relations.map((r) => r.id)].filter((id) => !out(id)));
}
