import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../../electron/cli/commands/index';
import { runCli } from '../../../../electron/cli/run-cli';
import { emptyMap } from '../../../../shared/domain/map-document';
import { createRelation } from '../../../../shared/domain/factories';
import { lindenhof } from '../../../support/lindenhof-fixture';
import { memoryIo } from './memory-io';

const map = { ...emptyMap('m1', 'Lindenhof', '2026-03-01T00:00:00.000Z'), ...lindenhof() };
const later = {
  ...map,
  relations: [
    ...map.relations.filter((r) => r.id !== 'r1'),
    createRelation({ id: 'n1', from: 'a33', to: 'a3', kind: 'ondersteuning' }),
  ],
};
const files = { 'oud.json': JSON.stringify(map), 'nieuw.json': JSON.stringify(later) };

describe('wijkweb analyse', () => {
  it('prints the brokers of Lindenhof in Dutch, biggest broker first', async () => {
    const io = memoryIo(files);
    expect(await runCli(['analyse', 'oud.json'], io, COMMANDS)).toBe(0);
    expect(io.stdout).toContain('Analyse van Lindenhof');
    expect(io.stdout).toContain('2 niet meegeteld (spanning)');
    expect(io.stdout.split('\n').find((l) => l.startsWith('Opbouwwerk'))).toBeDefined();
  });

  it('gives every per-actor measure and the whole-map figures as JSON', async () => {
    const io = memoryIo(files);
    expect(await runCli(['analyse', 'oud.json', '--json', '--include-spanning', '--weighted'], io, COMMANDS)).toBe(0);
    const out = JSON.parse(io.stdout);
    expect(out.map).toEqual({ id: 'm1', name: 'Lindenhof' });
    expect(out.options).toEqual({ weighted: true, includeSpanning: true, respectDirection: false });
    expect(out.relationCount).toBe(66);
    expect(Object.keys(out.actors[0]).sort()).toEqual(
      ['area', 'betweenness', 'betweennessNormalised', 'category', 'closeness', 'community', 'component', 'degree', 'id', 'kind', 'name', 'weightedDegree'].sort(),
    );
    expect(out).toHaveProperty('silos.category');
    expect(out).toHaveProperty('bridges.informalGroups');
  });

  it('names file and place for a broken file (exit 1) and refuses wrong usage (exit 2)', async () => {
    const io = memoryIo({ 'kapot.json': '{\n  "format": "wijkweb",\n  "version": 1,\n  "actors": [\n' });
    expect(await runCli(['analyse', 'kapot.json'], io, COMMANDS)).toBe(1);
    expect(io.stderr).toMatch(/^kapot\.json: geen geldige JSON \(.*regel/);
    const bad = memoryIo({ 'x.json': JSON.stringify({ ...map, relations: [{ ...map.relations[0], strength: 9 }] }) });
    expect(await runCli(['analyse', 'x.json'], bad, COMMANDS)).toBe(1);
    expect(bad.stderr).toContain('relations[0].strength');
    expect(await runCli(['analyse'], memoryIo(), COMMANDS)).toBe(2);
    expect(await runCli(['analyse', 'a', '--hop'], memoryIo(), COMMANDS)).toBe(2);
    expect(await runCli(['analyse', 'weg.json'], memoryIo(), COMMANDS)).toBe(1);
  });
});

describe('wijkweb diff', () => {
  it('lists the removed and added relations and the change in measures', async () => {
    const io = memoryIo(files);
    expect(await runCli(['diff', 'oud.json', 'nieuw.json'], io, COMMANDS)).toBe(0);
    expect(io.stdout).toContain('Relaties erbij (1)');
    expect(io.stdout).toContain('Relaties eraf (1)');
    expect(io.stdout).toContain('bruggen formeel–informeel: 30 → 31');
  });

  it('reads a snapshot file too and gives JSON', async () => {
    const snapshot = { format: 'wijkweb-momentopname', version: 1, id: 's1', mapId: 'm1', name: 'Voorjaar', date: '2026-03-01', note: '', createdAt: '', map };
    const io = memoryIo({ ...files, 'snap.json': JSON.stringify(snapshot) });
    expect(await runCli(['diff', 'snap.json', 'nieuw.json', '--json'], io, COMMANDS)).toBe(0);
    const out = JSON.parse(io.stdout);
    expect(out.relations.added.map((r: { id: string }) => r.id)).toEqual(['n1']);
    expect(out.relations.removed.map((r: { id: string }) => r.id)).toEqual(['r1']);
    expect(out.measures.find((m: { key: string }) => m.key === 'islands')).toEqual({ key: 'islands', from: 0, to: 0 });
  });

  it('reports stance changes per force field with the balance before and after, in text and JSON', async () => {
    const field = { id: 'k1', question: 'Huiskamer blijft open', date: '2026-03-01', role: null, position: null, entries: [
      { actorId: 'a1', stance: -1, influence: 5, interest: 3, note: '' },
      { actorId: 'a2', stance: 1, influence: 4, interest: 4, note: '' },
    ] };
    const moved = { ...field, entries: [{ ...field.entries[0]!, stance: 1 }, field.entries[1]!] };
    const io = memoryIo({ 'oud.json': JSON.stringify({ ...map, forceFields: [field] }), 'nieuw.json': JSON.stringify({ ...map, forceFields: [moved] }) });
    expect(await runCli(['diff', 'oud.json', 'nieuw.json'], io, COMMANDS)).toBe(0);
    const name = map.actors.find((a) => a.id === 'a1')?.name ?? '';
    expect(io.stdout).toContain('Krachtenveld "Huiskamer blijft open": balans voor 4 / tegen 5 (netto -1) → voor 9 / tegen 0 (netto +9)');
    expect(io.stdout).toContain(`    ${name}: -1 → +1`);
    const json = memoryIo({ 'oud.json': JSON.stringify({ ...map, forceFields: [field] }), 'nieuw.json': JSON.stringify({ ...map, forceFields: [moved] }) });
    expect(await runCli(['diff', 'oud.json', 'nieuw.json', '--json'], json, COMMANDS)).toBe(0);
    const out = JSON.parse(json.stdout);
    expect(out.forceFields).toEqual([{ id: 'k1', question: 'Huiskamer blijft open', moved: [{ actorId: 'a1', name, from: -1, to: 1, forceFrom: 5, forceTo: 5 }],
      added: [], removed: [], changed: [], balance: { before: { for: 4, against: 5, net: -1 }, after: { for: 9, against: 0, net: 9 }, netChange: 10 } }]);
  });
});
