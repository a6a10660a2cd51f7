import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Actor, Relation } from '../../shared/domain/map-document';

/** Where the shared test data lives (outside the repository, shared by all worktrees). */
export const FIXTURES_DIR = process.env.WIJKWEB_FIXTURES ?? '/work/shared/fixtures';

/** Splits one line of a Dutch Excel CSV (semicolons, double-quoted cells). Enough for the fixture. */
function splitLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ';') {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}

function rows(file: string): string[][] {
  const text = readFileSync(join(FIXTURES_DIR, 'lindenhof', file), 'utf8').replace(/^\uFEFF/, '');
  return text
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .slice(1)
    .map(splitLine);
}

/** The Lindenhof kinds of relation as Wijkweb's vocabulary ids. */
const KIND_IDS: Record<string, string> = { lid: 'lid-van', 'informeel contact': 'informeel-contact' };

/**
 * The Lindenhof wijk (42 actors, 66 relations) from the fixture CSVs, with ids `a1…` and `r1…` in file
 * order. A small test helper, not the app's importer.
 */
export function lindenhof(): { actors: Actor[]; relations: Relation[] } {
  const actors: Actor[] = rows('actoren.csv').map((c, i) => ({
    id: `a${i + 1}`,
    name: c[0]!.trim(),
    kind: c[1]!.trim() === 'informeel' ? 'informeel' : 'formeel',
    category: c[2]!.trim(),
    isPerson: c[7]?.trim() === 'ja',
    influence: Number(c[5]) || 3,
    area: c[4]!.trim(),
    note: c[3] ?? '',
    tags: (c[6] ?? '').split(',').map((t) => t.trim()).filter((t) => t !== ''),
    position: null,
  }));
  const idOf = new Map(actors.map((a) => [a.name, a.id]));
  const relations: Relation[] = rows('relaties.csv').map((c, i) => {
    const from = idOf.get(c[0]!.trim());
    const to = idOf.get(c[1]!.trim());
    if (!from || !to) throw new Error(`relaties.csv regel ${i + 2}: onbekende actor`);
    const kind = c[2]!.trim();
    return {
      id: `r${i + 1}`,
      from,
      to,
      kind: KIND_IDS[kind] ?? kind,
      strength: Number(c[3]) || 2,
      directed: false,
      note: c[4] ?? '',
      since: '',
    };
  });
  return { actors, relations };
}
