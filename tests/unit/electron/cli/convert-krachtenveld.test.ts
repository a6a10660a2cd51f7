import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../../electron/cli/commands/index';
import { runCli } from '../../../../electron/cli/run-cli';
import { mapDocumentSchema } from '../../../../shared/domain/map-document';
import { LINDENHOF_DIR } from '../../../support/lindenhof-fixture';
import { memoryIo } from './memory-io';

const LINDENHOF = LINDENHOF_DIR;
const files = (extra: Record<string, string | Uint8Array> = {}) => ({
  'actoren.csv': readFileSync(`${LINDENHOF}/actoren.csv`),
  'relaties.csv': readFileSync(`${LINDENHOF}/relaties.csv`),
  'kv.csv': readFileSync(`${LINDENHOF}/krachtenveld-huiskamer.csv`),
  ...extra,
});
const QUESTION = 'De huiskamer Lindenhof blijft open na 2027';
const convert = (...extra: string[]) => ['convert', 'actoren.csv', '--relations', 'relaties.csv', ...extra];

describe('wijkweb convert --krachtenveld', () => {
  it('attaches the Lindenhof huiskamer force field to the converted map, unknown names reported with their line', async () => {
    const io = memoryIo(files());
    expect(await runCli(convert('--krachtenveld', 'kv.csv', '--vraag', QUESTION, '--datum', '2026-03-01', 'kaart.wijkweb'), io, COMMANDS)).toBe(0);
    const doc = mapDocumentSchema.parse(JSON.parse(new TextDecoder().decode(io.files.get('kaart.wijkweb'))));
    expect(doc.actors).toHaveLength(42);
    expect(doc.relations).toHaveLength(66);
    expect(doc.forceFields).toHaveLength(1);
    const field = doc.forceFields[0];
    expect(field?.question).toBe(QUESTION);
    expect(field?.date).toBe('2026-03-01');
    const name = (id: string) => doc.actors.find((a) => a.id === id)?.name;
    const advisor = field?.entries.find((e) => name(e.actorId) === 'Gemeente – beleidsadviseur sociaal domein');
    expect(advisor).toMatchObject({ stance: -1, influence: 5, interest: 3, note: 'Wil bezuinigen, twijfelt over bereik' });
    const rows = readFileSync(`${LINDENHOF}/krachtenveld-huiskamer.csv`, 'utf8').split(/\r?\n/).filter(Boolean).length - 1;
    const unknown = io.stderr.split('\n').filter((l) => l.includes('staat niet op de kaart'));
    expect(field?.entries.length ?? 0).toBe(rows - unknown.length);
    for (const line of unknown) expect(line).toMatch(/^kv\.csv, regel \d+: actor ".+" staat niet op de kaart; rij overgeslagen\.$/);
    expect(io.stdout).toContain(`geschreven naar kaart.wijkweb, met een krachtenveld van ${field?.entries.length} actoren`);
  });

  it('names an unknown actor and a bad stance with file, line and column, keeps the other rows', async () => {
    const csv = '\uFEFFActor;Houding;Invloed;Belang;Toelichting\r\nSociaal Wijkteam Lindenhof;2;3;4;\r\nPietje Puk;1;2;3;\r\nGGD Regio;veel;3;3;\r\n';
    const io = memoryIo(files({ 'kapot.csv': csv }));
    expect(await runCli(convert('--krachtenveld', 'kapot.csv', '--vraag', 'Test', 'kaart.wijkweb'), io, COMMANDS)).toBe(0);
    expect(io.stderr).toContain('kapot.csv, regel 3: actor "Pietje Puk" staat niet op de kaart; rij overgeslagen.');
    expect(io.stderr).toContain('kapot.csv, regel 4, kolom 2: Houding "veel" is geen geheel getal van −2 tot +2; rij overgeslagen.');
    const doc = mapDocumentSchema.parse(JSON.parse(new TextDecoder().decode(io.files.get('kaart.wijkweb'))));
    expect(doc.forceFields[0]?.entries).toHaveLength(1);
    expect(doc.actors).toHaveLength(42);
  });

  it('exit 1 for a force-field file without Houding column or missing, exit 2 without --vraag or for a non-.wijkweb output', async () => {
    const io = memoryIo(files({ 'leeg.csv': 'Naam;Wat\r\nGGD Regio;x\r\n' }));
    expect(await runCli(convert('--krachtenveld', 'leeg.csv', '--vraag', 'V', 'kaart.wijkweb'), io, COMMANDS)).toBe(1);
    expect(io.stderr).toContain('leeg.csv, regel 1: kolom "Houding" ontbreekt in de kopregel; geen krachtenveld gemaakt.');
    expect(io.files.has('kaart.wijkweb')).toBe(false);
    const missing = memoryIo(files());
    expect(await runCli(convert('--krachtenveld', 'weg.csv', '--vraag', 'V', 'kaart.wijkweb'), missing, COMMANDS)).toBe(1);
    expect(missing.stderr).toContain('weg.csv: het bestand bestaat niet.');
    const usage = memoryIo(files());
    expect(await runCli(convert('--krachtenveld', 'kv.csv', 'kaart.wijkweb'), usage, COMMANDS)).toBe(2);
    expect(await runCli(convert('--krachtenveld', 'kv.csv', '--vraag', 'V', 'kaart.gexf'), usage, COMMANDS)).toBe(2);
    expect(await runCli(convert('--vraag', 'V', 'kaart.wijkweb'), usage, COMMANDS)).toBe(2);
    expect(await runCli(convert('--krachtenveld', 'kv.csv', '--vraag', 'V', '--datum', '1-3-2026', 'kaart.wijkweb'), usage, COMMANDS)).toBe(2);
  });
});
