import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from '../../shared/commands/command';
import type { Actor, Relation } from '../../shared/domain/map-document';
import { parseCsv } from '../../shared/forcefield/csv-table';

/** The test data in the repository (`tests/fixtures`, with SOURCES.md and licences), found from this file. */
export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures', import.meta.url));

/** The Lindenhof fixture folder (a realistic wijk exported from Dutch Excel: BOM, CRLF, semicolons). */
export const LINDENHOF_DIR = join(FIXTURES_DIR, 'lindenhof');

/** The data rows of one fixture CSV, cells trimmed. */
function rows(file: string): string[][] {
  const { rows: parsed } = parseCsv(readFileSync(join(LINDENHOF_DIR, file), 'utf8'));
  return parsed.slice(1).map((r) => r.cells.map((c) => c.trim()));
}

/** The Lindenhof kinds of relation as Wijkweb's vocabulary ids. */
const KIND_IDS: Readonly<Record<string, string>> = { lid: 'lid-van', 'informeel contact': 'informeel-contact' };

/**
 * The Lindenhof wijk (42 actors, 66 relations) from the fixture CSVs, with ids `a1…` and `r1…` in
 * file order and the categories as the file names them. The one test reader of the fixture (not
 * the app's importer, which has its own tests against the same files).
 */
export function lindenhof(): { actors: Actor[]; relations: Relation[] } {
  const actors: Actor[] = rows('actoren.csv').map(([name = '', type, category = '', note = '', area = '', influence = '', tags = '', person], i) => ({
    id: `a${i + 1}`,
    name,
    kind: type === 'informeel' ? 'informeel' : 'formeel',
    category: category || 'overig',
    isPerson: person === 'ja',
    influence: Number(influence) || 3,
    area,
    note,
    tags: tags.split(',').map((t) => t.trim()).filter((t) => t !== ''),
    position: null,
  }));
  const idOf = new Map(actors.map((a) => [a.name, a.id]));
  const relations: Relation[] = rows('relaties.csv').map(([fromName = '', toName = '', kind = '', strength = '', note = ''], i) => {
    const from = idOf.get(fromName);
    const to = idOf.get(toName);
    if (!from || !to) throw new Error(`relaties.csv regel ${i + 2}: onbekende actor`);
    return { id: `r${i + 1}`, from, to, kind: KIND_IDS[kind] ?? kind, strength: Number(strength) || 2, directed: false, note, since: '' };
  });
  return { actors, relations };
}

/** The commands that put the Lindenhof actors and relations on a map (send them as one batch). */
export function lindenhofCommands(): Command[] {
  const { actors, relations } = lindenhof();
  return [...actors.map((actor): Command => ({ type: 'actor.add', actor })), ...relations.map((relation): Command => ({ type: 'relation.add', relation }))];
}

/** The actors of actoren.csv that are natural persons (Persoon = ja), by name. */
export function lindenhofPersonNames(): string[] {
  return lindenhof()
    .actors.filter((a) => a.isPerson)
    .map((a) => a.name);
}
