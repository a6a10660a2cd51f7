import { emptyMap, type Actor, type MapDocument, type Relation } from '../../shared/domain/map-document';
import { matchCategory } from '../../shared/domain/category-synonyms';
import { DEFAULT_CATEGORIES } from '../../shared/domain/vocabulary';
import { lindenhof, lindenhofPersonNames } from '../support/lindenhof-fixture';

/**
 * Test helper for printing: the Lindenhof map with the file's categories mapped onto the default
 * vocabulary and a deterministic spring layout, so print tests work on a realistic wijk.
 */

export { lindenhofPersonNames };

const BUILT_IN = DEFAULT_CATEGORIES.map((id) => ({ id, label: id }));

/** The file's category mapped the way the importer does (the shared synonym table); the rest to "overig". */
const categoryOf = (raw: string): string => matchCategory(raw, BUILT_IN)?.id ?? 'overig';

const DIRECTED = new Set(['verwijzing', 'financiering', 'ondersteuning', 'lid-van', 'advies']);

/** Deterministic Fruchterman–Reingold layout, enough for a readable print of a few dozen actors. */
function springLayout(ids: readonly string[], edges: readonly (readonly [string, string])[]): Map<string, { x: number; y: number }> {
  const n = ids.length;
  const pos = ids.map((_, i) => ({ x: 400 * Math.cos((2 * Math.PI * i) / n), y: 400 * Math.sin((2 * Math.PI * i) / n) }));
  const index = new Map(ids.map((id, i) => [id, i]));
  const k = 150;
  for (let step = 0; step < 300; step++) {
    const disp = pos.map(() => ({ x: 0, y: 0 }));
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const a = pos[i]!;
        const b = pos[j]!;
        const dx = a.x - b.x;
        const dy = a.y - b.y;
        const d = Math.max(1, Math.hypot(dx, dy));
        const f = (k * k) / d;
        disp[i]!.x += (dx / d) * f;
        disp[i]!.y += (dy / d) * f;
        disp[j]!.x -= (dx / d) * f;
        disp[j]!.y -= (dy / d) * f;
      }
    }
    for (const [from, to] of edges) {
      const i = index.get(from)!;
      const j = index.get(to)!;
      const a = pos[i]!;
      const b = pos[j]!;
      const dx = a.x - b.x;
      const dy = a.y - b.y;
      const d = Math.max(1, Math.hypot(dx, dy));
      const f = (d * d) / k;
      disp[i]!.x -= (dx / d) * f;
      disp[i]!.y -= (dy / d) * f;
      disp[j]!.x += (dx / d) * f;
      disp[j]!.y += (dy / d) * f;
    }
    const t = 60 * (1 - step / 300) + 1;
    pos.forEach((p, i) => {
      const d = disp[i]!;
      const len = Math.max(1, Math.hypot(d.x, d.y));
      p.x += (d.x / len) * Math.min(len, t) - p.x * 0.01;
      p.y += (d.y / len) * Math.min(len, t) - p.y * 0.01;
    });
  }
  return new Map(ids.map((id, i) => [id, { x: Math.round(pos[i]!.x), y: Math.round(pos[i]!.y) }]));
}

/** Actors and relations of the Lindenhof fixture, with ids a1…a42 and r1…r66, categories mapped and laid out. */
export function lindenhofContent(): { actors: Actor[]; relations: Relation[] } {
  const raw = lindenhof();
  const actors: Actor[] = raw.actors.map((a) => ({
    ...a,
    category: categoryOf(a.category),
    influence: Math.min(5, Math.max(1, a.influence)),
  }));
  const relations: Relation[] = raw.relations.map((r) => ({ ...r, strength: Math.min(3, Math.max(1, r.strength)), directed: DIRECTED.has(r.kind) }));
  const layout = springLayout(
    actors.map((a) => a.id),
    relations.map((r) => [r.from, r.to] as const),
  );
  return { actors: actors.map((a) => ({ ...a, position: layout.get(a.id) ?? null })), relations };
}

/** The whole Lindenhof map as a document. */
export function lindenhofMap(): MapDocument {
  const { actors, relations } = lindenhofContent();
  const now = '2026-11-26T00:00:00.000Z';
  return { ...emptyMap('lindenhof', 'Lindenhof', now), actors, relations };
}
