import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from '../../shared/commands/command';
import { createActor, createRelation } from '../../shared/domain/factories';
import { parseCsv } from '../../shared/forcefield/csv-table';

/** The Lindenhof fixture folder (realistic wijk exported from Dutch Excel). */
export const LINDENHOF = '/work/shared/fixtures/lindenhof';

const KIND_IDS: Readonly<Record<string, string>> = { lid: 'lid-van', 'informeel contact': 'informeel-contact' };

function rows(file: string): string[][] {
  const { rows: parsed } = parseCsv(readFileSync(join(LINDENHOF, file), 'utf8'));
  return parsed.slice(1).map((r) => r.cells.map((c) => c.trim()));
}

/**
 * The commands that put the Lindenhof actors and relations on a map. A small stand-in for the
 * CSV import wizard (built in parallel), only for tests.
 */
export function lindenhofCommands(): Command[] {
  const ids = new Map<string, string>();
  const commands: Command[] = [];
  rows('actoren.csv').forEach(([name = '', type, category = 'overig', note = '', area = '', influence = '3', tags = '', person], i) => {
    const id = `a${i + 1}`;
    ids.set(name, id);
    const actor = createActor({
      id,
      name,
      kind: type === 'informeel' ? 'informeel' : 'formeel',
      category,
      note,
      area,
      influence: Number(influence),
      tags: tags ? tags.split(',').map((t) => t.trim()).filter(Boolean) : [],
      isPerson: person === 'ja',
    });
    commands.push({ type: 'actor.add', actor });
  });
  rows('relaties.csv').forEach(([from = '', to = '', kind = '', strength = '2', note = ''], i) => {
    const a = ids.get(from);
    const b = ids.get(to);
    if (!a || !b) throw new Error(`relaties.csv regel ${i + 2}: onbekende actor`);
    commands.push({ type: 'relation.add', relation: createRelation({ id: `r${i + 1}`, from: a, to: b, kind: KIND_IDS[kind] ?? kind, strength: Number(strength), note }) });
  });
  return commands;
}

/** Creates the Lindenhof map through the bridge API (as the app would) and returns its id. */
export async function createLindenhofMap(url: string): Promise<string> {
  const base = new URL(url);
  const token = base.searchParams.get('token') ?? '';
  const call = async (channel: string, input: unknown): Promise<unknown> => {
    const response = await fetch(new URL(`rpc/${channel}`, base), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Wijkweb-Token': token, Origin: base.origin },
      body: JSON.stringify(input),
    });
    const body = (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
    if (!body.ok) throw new Error(`${channel}: ${body.error?.message ?? response.status}`);
    return body.value;
  };
  const summary = (await call('maps.create', { name: 'Lindenhof' })) as { id: string };
  await call('map.apply', { id: summary.id, command: { type: 'batch', commands: lindenhofCommands() } });
  return summary.id;
}
