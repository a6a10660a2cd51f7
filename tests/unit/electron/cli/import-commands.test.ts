import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../../electron/cli/commands/index';
import { runCli } from '../../../../electron/cli/run-cli';
import { FIXTURES_DIR } from '../../../support/lindenhof-fixture';
import { memoryIo } from './memory-io';

const FIXTURES = FIXTURES_DIR;
const external = readdirSync(`${FIXTURES}/external`).filter((f) => !f.endsWith('.md'));
const lindenhof = () => ({
  'actoren.csv': readFileSync(`${FIXTURES}/lindenhof/actoren.csv`),
  'relaties.csv': readFileSync(`${FIXTURES}/lindenhof/relaties.csv`),
});
const text = (bytes: Uint8Array | undefined): string => new TextDecoder().decode(bytes);

describe('wijkweb convert', () => {
  it('--anoniem: none of the 9 persons of actoren.csv in the CSV, GEXF or .wijkweb output', async () => {
    const persons = readFileSync(`${FIXTURES}/lindenhof/actoren.csv`, 'utf8')
      .split(/\r?\n/)
      .filter((line) => line.trim().endsWith(';ja'))
      .map((line) => line.replace(/^\uFEFF/, '').split(';')[0] ?? '');
    expect(persons).toHaveLength(9);
    for (const out of ['kaart.csv', 'kaart.gexf', 'kaart.wijkweb']) {
      const io = memoryIo(lindenhof());
      expect(await runCli(['convert', 'actoren.csv', '--relations', 'relaties.csv', out, '--anoniem'], io, COMMANDS)).toBe(0);
      const written = [...io.files.entries()].filter(([name]) => name.startsWith('kaart')).map(([, bytes]) => text(bytes)).join('\n');
      expect(written).toContain('Sleutelfiguur 1');
      expect(persons.filter((name) => written.includes(name))).toEqual([]);
    }
  });

  it.each(external)('converts %s to .wijkweb and back to GEXF, exit 0', async (file) => {
    const io = memoryIo({ [file]: readFileSync(`${FIXTURES}/external/${file}`) });
    expect(await runCli(['convert', file, 'uit.wijkweb'], io, COMMANDS)).toBe(0);
    const doc = JSON.parse(text(io.files.get('uit.wijkweb'))) as { actors: unknown[]; relations: unknown[] };
    const words = (n: number, one: string, other: string) => `${n} ${n === 1 ? one : other}`;
    expect(io.stdout).toContain(`${words(doc.actors.length, 'actor', 'actoren')} en ${words(doc.relations.length, 'relatie', 'relaties')} geschreven naar uit.wijkweb`);
    expect(await runCli(['convert', 'uit.wijkweb', 'uit.gexf'], io, COMMANDS)).toBe(0);
    expect(text(io.files.get('uit.gexf'))).toContain('<gexf');
  });

  it('reads actors and --relations CSV and writes two CSV files for .csv output', async () => {
    const io = memoryIo(lindenhof());
    expect(await runCli(['convert', 'actoren.csv', '--relations', 'relaties.csv', 'kaart.csv'], io, COMMANDS)).toBe(0);
    expect(io.stdout).toBe('42 actoren en 66 relaties geschreven naar kaart.csv en kaart-relaties.csv.\n');
    expect(text(io.files.get('kaart-relaties.csv')).split('\r\n').filter(Boolean)).toHaveLength(67);
    expect(io.stderr).toBe('');
  });

  it.each(['graphml', 'gexf', 'cyjs', 'json', 'gml', 'net', 'wijkweb'])('writes Lindenhof as .%s that reads back with 42 actors and 66 relations', async (ext) => {
    const io = memoryIo(lindenhof());
    expect(await runCli(['convert', 'actoren.csv', '--relations', 'relaties.csv', `kaart.${ext}`], io, COMMANDS)).toBe(0);
    const back = memoryIo({ [`kaart.${ext}`]: io.files.get(`kaart.${ext}`) ?? new Uint8Array() });
    expect(await runCli(['stats', `kaart.${ext}`, '--json'], back, COMMANDS)).toBe(0);
    const stats = JSON.parse(back.stdout) as { actors: { total: number }; relations: { total: number } };
    expect([stats.actors.total, stats.relations.total]).toEqual([42, 66]);
  });

  it('exit 1 with file and place on bad input, exit 2 on wrong usage', async () => {
    const io = memoryIo({ 'kapot.json': '{\n "elements": [ }' });
    expect(await runCli(['convert', 'kapot.json', 'uit.gexf'], io, COMMANDS)).toBe(1);
    expect(io.stderr).toBe('kapot.json: geen geldige JSON (regel 2, kolom 16).\n');
    const missing = memoryIo();
    expect(await runCli(['convert', 'weg.csv', 'uit.gexf'], missing, COMMANDS)).toBe(1);
    expect(missing.stderr).toBe('weg.csv: het bestand bestaat niet.\n');
    const unwritable = memoryIo(lindenhof());
    unwritable.writeFile = () => {
      throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
    };
    expect(await runCli(['convert', 'actoren.csv', 'weg/uit.gexf'], unwritable, COMMANDS)).toBe(1);
    expect(unwritable.stderr).toBe('weg/uit.gexf: kan niet schrijven (de map bestaat niet).\n');
    const usage = memoryIo();
    expect(await runCli(['convert', 'a.csv'], usage, COMMANDS)).toBe(2);
    expect(await runCli(['convert', 'a.csv', 'b.docx'], usage, COMMANDS)).toBe(2);
    expect(usage.stderr).toContain("Onbekend uitvoerformaat 'b.docx'");
    expect(await runCli(['convert', 'a.csv', 'b.gexf', '--snel'], usage, COMMANDS)).toBe(2);
  });
});

describe('wijkweb validate', () => {
  it('exit 0 and a summary for the clean Lindenhof files', async () => {
    const io = memoryIo(lindenhof());
    expect(await runCli(['validate', 'actoren.csv', '--relations', 'relaties.csv'], io, COMMANDS)).toBe(0);
    expect(io.stdout).toBe('42 actoren, 66 relaties gelezen; geen problemen.\n');
  });

  it('lists problems with line and column, exit 1', async () => {
    const io = memoryIo({ 'a.csv': 'Naam;Invloed\nA;3\nB;veel\n', 'r.csv': 'Van;Naar;Sterkte\nA;B;2\nA;C;1\n' });
    expect(await runCli(['validate', 'a.csv', '--relations', 'r.csv'], io, COMMANDS)).toBe(1);
    expect(io.stderr).toContain("a.csv, regel 3, kolom Invloed: 'veel' is geen getal (1–5); invloed 3 gebruikt.");
    expect(io.stderr).toContain("r.csv, regel 3: onbekende actor 'C' (1× in relaties); die relaties worden overgeslagen.");
  });

  it('reports a GraphML from Gephi whose relations share the actors\' ids (they get their own), exit 1', async () => {
    const file = 'graphology_miserables.graphml';
    const io = memoryIo({ [file]: readFileSync(`${FIXTURES}/external/${file}`) });
    expect(await runCli(['validate', file], io, COMMANDS)).toBe(1);
    expect(io.stderr).toContain(`${file}: 77 relaties hadden hetzelfde id als een actor (zo nummert bijvoorbeeld Gephi); die krijgen een eigen id, de verbindingen blijven gelijk.`);
  });

  it('refuses a map whose groups hold each other, in Dutch, naming the actor, exit 1', async () => {
    const actor = (id: string, parentId: string) => ({ id, name: `Actor ${id}`, kind: 'informeel', category: 'bewoners', isPerson: false, influence: 3, area: '', note: '', tags: [], position: null, parentId });
    const doc = { format: 'wijkweb', version: 2, id: 'm', name: 'Lindenhof', createdAt: '', updatedAt: '', actors: [actor('a', 'b'), actor('b', 'a')], relations: [] };
    const io = memoryIo({ 'kaart.wijkweb': new TextEncoder().encode(JSON.stringify(doc)) });
    expect(await runCli(['validate', 'kaart.wijkweb'], io, COMMANDS)).toBe(1);
    expect(io.stderr).toContain('actors[0].parentId: "Actor a" kan niet (via een ander) onderdeel van zichzelf zijn');
  });

  it.each(external)('%s: exit 0 or 1, never a crash', async (file) => {
    const io = memoryIo({ [file]: readFileSync(`${FIXTURES}/external/${file}`) });
    expect([0, 1]).toContain(await runCli(['validate', file], io, COMMANDS));
    expect(io.stderr).not.toContain('onverwachte fout');
  });
});

describe('wijkweb stats', () => {
  it('counts actors, relations by kind and components', async () => {
    const io = memoryIo(lindenhof());
    expect(await runCli(['stats', 'actoren.csv', '--relations', 'relaties.csv'], io, COMMANDS)).toBe(0);
    expect(io.stdout).toContain('Actoren: 42 (formeel 22, informeel 20; personen 9; in een groep 0)');
    expect(io.stdout).toContain('  samenwerking: 15');
    expect(io.stdout).toContain('Samenhangende delen: 1');
  });
});

describe('wijkweb convert with Excel', () => {
  it('writes Lindenhof as .xlsx and reads the workbook back: 42 actors, 66 relations', async () => {
    const io = memoryIo(lindenhof());
    expect(await runCli(['convert', 'actoren.csv', '--relations', 'relaties.csv', 'kaart.xlsx'], io, COMMANDS)).toBe(0);
    expect(io.stdout).toBe('42 actoren en 66 relaties geschreven naar kaart.xlsx.\n');
    const back = memoryIo({ 'kaart.xlsx': io.files.get('kaart.xlsx') ?? new Uint8Array() });
    expect(await runCli(['validate', 'kaart.xlsx'], back, COMMANDS)).toBe(0);
    expect(back.stdout).toBe('42 actoren, 66 relaties gelezen; geen problemen.\n');
  });
});
