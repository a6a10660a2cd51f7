import { emptyMap } from '../../shared/domain/map-document';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Actor, MapDocument, Relation } from '../../shared/domain/map-document';

/**
 * Test helper: builds the Lindenhof map from the fixture CSVs (Dutch Excel: BOM, CRLF, semicolons,
 * quotes), with a deterministic spring layout, so print tests work on a realistic wijk without the
 * import wizard (built in another issue).
 */

export const LINDENHOF_DIR = '/work/shared/fixtures/lindenhof';

/** Parses semicolon CSV with quoted fields; returns rows of cells (header included). */
export function parseSemicolonCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && body[i + 1] === '\n') i++;
      row.push(cell);
      if (row.some((x) => x.length > 0)) rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  row.push(cell);
  if (row.some((x) => x.length > 0)) rows.push(row);
  return rows;
}

const CATEGORY: Readonly<Record<string, string>> = {
  gemeente: 'gemeente',
  wijkteam: 'wijkteam',
  welzijnsorganisatie: 'welzijn',
  vrijwilligersorganisatie: 'welzijn',
  steunpunt: 'welzijn',
  woningcorporatie: 'woningcorporatie',
  zorg: 'zorg',
  onderwijs: 'onderwijs',
  politie: 'veiligheid',
  levensbeschouwing: 'religie',
  vereniging: 'sport-cultuur',
  ondernemer: 'ondernemer',
  ondernemers: 'ondernemer',
  bewonersinitiatief: 'bewonersinitiatief',
  bewonersgroep: 'bewonersinitiatief',
  bewonersorganisatie: 'bewonersinitiatief',
  ontmoetingsplek: 'bewonersinitiatief',
  bewoner: 'bewoner',
  sleutelfiguur: 'bewoner',
  vrijwilliger: 'bewoner',
  mantelzorger: 'bewoner',
};

const RELATION_KIND: Readonly<Record<string, string>> = { lid: 'lid-van', 'informeel contact': 'informeel-contact' };
const DIRECTED = new Set(['verwijzing', 'financiering', 'ondersteuning', 'lid-van', 'advies']);

/** The actors of actoren.csv that are natural persons (Persoon = ja), by name. */
export function lindenhofPersonNames(): string[] {
  const rows = parseSemicolonCsv(readFileSync(join(LINDENHOF_DIR, 'actoren.csv'), 'utf8')).slice(1);
  return rows.filter((r) => r[7]?.trim() === 'ja').map((r) => (r[0] ?? '').trim());
}

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

/** Actors and relations of the Lindenhof fixture, with ids a1…a42 and r1…r66. */
export function lindenhofContent(): { actors: Actor[]; relations: Relation[] } {
  const actorRows = parseSemicolonCsv(readFileSync(join(LINDENHOF_DIR, 'actoren.csv'), 'utf8')).slice(1);
  const relationRows = parseSemicolonCsv(readFileSync(join(LINDENHOF_DIR, 'relaties.csv'), 'utf8')).slice(1);
  const idByName = new Map<string, string>();
  const actors: Actor[] = actorRows.map((r, i) => {
    const id = `a${i + 1}`;
    const name = (r[0] ?? '').trim();
    idByName.set(name, id);
    return {
      id,
      name,
      kind: r[1]?.trim() === 'formeel' ? 'formeel' : 'informeel',
      category: CATEGORY[(r[2] ?? '').trim()] ?? 'overig',
      isPerson: r[7]?.trim() === 'ja',
      influence: Math.min(5, Math.max(1, Number(r[5]) || 3)),
      area: (r[4] ?? '').trim(),
      note: (r[3] ?? '').trim(),
      tags: (r[6] ?? '').split(';').map((s) => s.trim()).filter((s) => s.length > 0),
      position: null,
    };
  });
  const relations: Relation[] = relationRows.map((r, i) => {
    const kindText = (r[2] ?? '').trim();
    const kind = RELATION_KIND[kindText] ?? kindText;
    return {
      id: `r${i + 1}`,
      from: idByName.get((r[0] ?? '').trim()) ?? '',
      to: idByName.get((r[1] ?? '').trim()) ?? '',
      kind,
      strength: Math.min(3, Math.max(1, Number(r[3]) || 2)),
      directed: DIRECTED.has(kind),
      note: (r[4] ?? '').trim(),
      since: '',
    };
  });
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
