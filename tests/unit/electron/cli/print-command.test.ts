import { describe, expect, it } from 'vitest';
import { printCommand } from '../../../../electron/cli/commands/print';
import { runCli } from '../../../../electron/cli/run-cli';
import { NO_CHROMIUM_MESSAGE, PdfError } from '../../../../electron/print/chromium-pdf';
import { lindenhofMap, lindenhofPersonNames } from '../../../helpers/lindenhof-map';
import { memoryIo } from './memory-io';

const MAP = JSON.stringify(lindenhofMap(), null, 2);
const text = (data: Uint8Array | undefined): string => new TextDecoder().decode(data);

describe('wijkweb print', () => {
  it('writes an A3 landscape SVG with the Dutch legend and the given title, without a browser', async () => {
    const io = memoryIo({ 'lindenhof.json': MAP });
    const code = await runCli(['print', 'lindenhof.json', 'uit.svg', '--papier', 'A3', '--liggend', '--titel', 'Netwerk & partners'], io, [printCommand()]);
    expect(io.stderr).toBe('');
    expect(code).toBe(0);
    const svg = text(io.files.get('uit.svg'));
    expect(svg).toContain('width="420mm" height="297mm"');
    expect(svg).toContain('Netwerk &amp; partners');
    expect(svg).toContain('>Sociaal wijkteam<');
    expect(svg).toContain('>Henk de Vries<');
    expect(io.stdout).toBe('uit.svg: 1 vel A3 liggend.\n');
  });

  it('--anoniem leaves none of the persons’ names in the file', async () => {
    const io = memoryIo({ 'lindenhof.json': MAP });
    expect(await runCli(['print', 'lindenhof.json', 'uit.svg', '--anoniem'], io, [printCommand()])).toBe(0);
    const svg = text(io.files.get('uit.svg'));
    for (const name of lindenhofPersonNames()) expect(svg).not.toContain(name);
    expect(svg).toContain('Sleutelfiguur 1');
  });

  it('--poster 2x2 writes four A4 sheets', async () => {
    const io = memoryIo({ 'lindenhof.json': MAP });
    expect(await runCli(['print', 'lindenhof.json', 'poster.svg', '--poster', '2x2'], io, [printCommand()])).toBe(0);
    expect([...io.files.keys()].filter((k) => k.startsWith('poster-vel-'))).toHaveLength(4);
  });

  it('hands the sheets to the PDF maker and writes what it returns', async () => {
    const io = memoryIo({ 'lindenhof.json': MAP });
    const requests: unknown[] = [];
    const fake = async (request: unknown): Promise<Uint8Array> => {
      requests.push(request);
      return new TextEncoder().encode('%PDF-1.4 nep');
    };
    expect(await runCli(['print', 'lindenhof.json', 'uit.pdf', '--papier', 'a3'], io, [printCommand(fake)])).toBe(0);
    expect(text(io.files.get('uit.pdf'))).toBe('%PDF-1.4 nep');
    expect(requests[0]).toMatchObject({ paper: 'A3', orientation: 'portrait', title: 'Lindenhof' });
  });

  it('says clearly when there is no Chromium for a PDF (exit 1), and writes nothing', async () => {
    const io = memoryIo({ 'lindenhof.json': MAP });
    const none = async (): Promise<Uint8Array> => {
      throw new PdfError(NO_CHROMIUM_MESSAGE);
    };
    expect(await runCli(['print', 'lindenhof.json', 'uit.pdf'], io, [printCommand(none)])).toBe(1);
    expect(io.stderr).toContain('Geen Chromium, Chrome of Edge gevonden');
    expect(io.files.has('uit.pdf')).toBe(false);
  });

  it('names file, line and column of a broken map file (exit 1)', async () => {
    const io = memoryIo({ 'kapot.json': '{\n  "format": "wijkweb"\n  "actors": []\n}' });
    expect(await runCli(['print', 'kapot.json', 'uit.svg'], io, [printCommand()])).toBe(1);
    expect(io.stderr).toMatch(/^kapot\.json: Het bestand is geen geldige JSON \(regel 3, kolom \d+\)/);
    expect(io.files.has('uit.svg')).toBe(false);
  });

  it('names the field of a map that does not validate (exit 1)', async () => {
    const doc = lindenhofMap();
    const bad = { ...doc, actors: doc.actors.map((a, i) => (i === 2 ? { ...a, influence: 9 } : a)) };
    const io = memoryIo({ 'fout.json': JSON.stringify(bad) });
    expect(await runCli(['print', 'fout.json', 'uit.svg'], io, [printCommand()])).toBe(1);
    expect(io.stderr).toContain('fout.json:');
    expect(io.stderr).toContain('actors[2].influence');
  });

  it('refuses wrong usage with exit 2: missing file, wrong extension, paper or poster', async () => {
    for (const args of [
      ['print', 'kaart.json'],
      ['print', 'kaart.json', 'uit.png'],
      ['print', 'kaart.json', 'uit.svg', '--papier', 'A5'],
      ['print', 'kaart.json', 'uit.svg', '--poster', '9x9'],
      ['print', 'kaart.json', 'uit.svg', '--kleur'],
    ]) {
      const io = memoryIo();
      expect(await runCli(args, io, [printCommand()]), args.join(' ')).toBe(2);
      expect(io.stderr).toContain('wijkweb print KAART');
    }
  });

  it('says a missing map file is not found (exit 1)', async () => {
    const io = memoryIo();
    expect(await runCli(['print', 'weg.json', 'uit.svg'], io, [printCommand()])).toBe(1);
    expect(io.stderr).toBe('weg.json: bestand niet gevonden.\n');
  });
});
