import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../../electron/cli/commands';
import { runCli } from '../../../../electron/cli/run-cli';
import { applyCommand } from '../../../../shared/commands/apply';
import { emptyMap, type MapDocument } from '../../../../shared/domain/map-document';
import { forceFieldFromCsv } from '../../../../shared/forcefield/csv';
import { LINDENHOF_DIR as LINDENHOF, lindenhofCommands } from '../../../support/lindenhof-fixture';
import { memoryIo } from './memory-io';

const QUESTION = 'De huiskamer blijft open na 2027';

function lindenhofWithForceField(): MapDocument {
  const built = applyCommand(emptyMap('m1', 'Lindenhof', '2026-01-01T00:00:00.000Z'), { type: 'batch', commands: lindenhofCommands() });
  if (!built.ok) throw new Error(built.error.message);
  const csv = readFileSync(join(LINDENHOF, 'krachtenveld-huiskamer.csv'), 'utf8');
  const field = { ...forceFieldFromCsv(built.value.doc, csv, QUESTION, '2026-03-01').forceField, id: 'ff1' };
  return { ...built.value.doc, forceFields: [field] };
}

async function run(args: string[], files: Record<string, string> = { 'lindenhof.wijkweb': JSON.stringify(lindenhofWithForceField()) }) {
  const io = memoryIo(files);
  const code = await runCli(['krachtenveld', ...args], io, COMMANDS);
  return { code, out: io.stdout, err: io.stderr };
}

describe('wijkweb krachtenveld', () => {
  it('prints the balance and the coalition of the first force field', async () => {
    const { code, out } = await run(['lindenhof.wijkweb']);
    expect(code).toBe(0);
    expect(out).toContain(`Krachtenveld: ${QUESTION} (2026-03-01)`);
    expect(out).toContain('Voor 31 · tegen 8 · saldo +23');
    expect(out).toContain('Routes: geef --van');
  });

  it('gives ranked routes from the opbouwwerk to the beleidsadviseur as stable JSON', async () => {
    const { code, out } = await run(['lindenhof.wijkweb', '--van', 'Opbouwwerk Samen Sterk', '--naar', 'gemeente – beleidsadviseur sociaal domein', '--json']);
    expect(code).toBe(0);
    const data = JSON.parse(out) as {
      balance: { for: number; against: number; net: number; actors: { name: string; quadrant: string; engagement: string }[] };
      targets: { target: { name: string }; routes: { rank: number; score: number; text: string; path: { name: string }[] }[] }[];
      coalition: { members: { name: string }[]; outweighs: boolean };
    };
    expect([data.balance.for, data.balance.against, data.balance.net]).toEqual([31, 8, 23]);
    expect(data.balance.actors.find((a) => a.name === 'GGD Regio')?.quadrant).toBe('te-winnen');
    // Ria Jansen carries the project (+2, interest 5) with little influence: to inform, not to watch.
    expect(data.balance.actors.find((a) => a.name === 'Ria Jansen')?.engagement).toBe('informeren');
    expect(data.balance.actors.find((a) => a.name === 'GGD Regio')?.engagement).toBe('tevreden-houden');
    const [target] = data.targets;
    expect(target?.target.name).toBe('Gemeente – beleidsadviseur sociaal domein');
    expect(target?.routes.map((r) => r.rank)).toEqual([1, 2, 3]);
    expect(target?.routes[0]?.path[0]?.name).toBe('Opbouwwerk Samen Sterk');
    const scores = target?.routes.map((r) => r.score) ?? [];
    expect([...scores].sort((a, b) => a - b)).toEqual(scores);
    expect(target?.routes[1]?.text).toMatch(/^via .* → Gemeente – beleidsadviseur sociaal domein; /);
    expect(data.coalition.outweighs).toBe(true);
    expect(data.coalition.members.length).toBeGreaterThan(0);
  });

  it('without --naar, routes go to every influential actor who is not for yet', async () => {
    const { code, out } = await run(['lindenhof.wijkweb', '--van', 'Opbouwwerk Samen Sterk', '--json']);
    expect(code).toBe(0);
    const names = (JSON.parse(out) as { targets: { target: { name: string } }[] }).targets.map((t) => t.target.name).sort();
    expect(names).toEqual(['GGD Regio', 'Gemeente – beleidsadviseur sociaal domein', 'Henk de Vries', 'Woningcorporatie Thuis aan de Linde']);
  });

  it('names an actor that is not on the map (exit 1)', async () => {
    const { code, err } = await run(['lindenhof.wijkweb', '--van', 'Niemand']);
    expect(code).toBe(1);
    expect(err).toContain('lindenhof.wijkweb: --van ‘Niemand’ staat niet op de kaart');
  });

  it('lists the questions when --vraag matches none (exit 1)', async () => {
    const { code, err } = await run(['lindenhof.wijkweb', '--vraag', 'Lindenplein']);
    expect(code).toBe(1);
    expect(err).toContain(`- ${QUESTION}`);
  });

  it('says where a damaged map file breaks (exit 1) and refuses wrong usage (exit 2)', async () => {
    const broken = await run(['kapot.wijkweb'], { 'kapot.wijkweb': '{"format": "wijkweb",\n  "version": 1,\n  oeps' });
    expect(broken.code).toBe(1);
    expect(broken.err).toMatch(/kapot\.wijkweb: Het bestand is geen geldige JSON \(regel 3/);
    expect((await run([])).code).toBe(2);
    expect((await run(['lindenhof.wijkweb', '--onbekend'])).code).toBe(2);
    expect((await run(['weg.wijkweb'])).err).toContain('Kan weg.wijkweb niet lezen');
  });
});
