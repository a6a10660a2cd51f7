import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../../../shared/io/limits';
import { ImportError } from '../../../../shared/io/problems';
import { readDraft, readSource, readSources } from '../../../../shared/io/read';
import { textFile } from './io-helpers';

function refusal(name: string, bytes: Uint8Array | string): string {
  const file = typeof bytes === 'string' ? textFile(name, bytes) : { name, bytes };
  try {
    readDraft([file]);
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return (error as Error).message;
  }
  throw new Error('expected a refusal');
}

describe('hostile and broken files are refused with a clear Dutch message, never a crash', () => {
  it('an empty file', () => {
    expect(refusal('leeg.csv', new Uint8Array())).toBe('leeg.csv: het bestand is leeg.');
  });

  it('a binary file', () => {
    expect(refusal('foto.csv', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]))).toContain('foto.csv: dit lijkt geen tekstbestand');
  });

  it('a damaged Excel workbook and an old .xls are refused with a message', async () => {
    await expect(readSources({ name: 'wijk.xlsx', bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]) })).rejects.toThrow(/^wijk\.xlsx: de Excel-werkmap kon niet worden gelezen/);
    await expect(readSources({ name: 'oud.xls', bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]) })).rejects.toThrow(/oud\.xls: het oude Excel-formaat/);
    await expect(readSources({ name: 'nep.xlsx', bytes: new TextEncoder().encode('Naam;Type') })).rejects.toThrow(/geen Excel-werkmap/);
  });

  it('a file over the size limit is refused before it is parsed', () => {
    const big = new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x41);
    expect(refusal('groot.csv', big)).toContain('te groot');
  });

  it('an unknown format names the formats Wijkweb reads', () => {
    expect(refusal('notities.docx', 'gewoon wat tekst')).toContain('Wijkweb leest: CSV/TSV');
  });

  it('XML external entities (XXE) are never resolved', () => {
    const xxe = '<?xml version="1.0"?><!DOCTYPE g [<!ENTITY x SYSTEM "file:///etc/passwd">]><graphml><graph><node id="&x;"/></graph></graphml>';
    expect(refusal('xxe.graphml', xxe)).toContain('externe entiteiten');
  });

  it('entity expansion ("billion laughs") is not expanded', () => {
    const lol = [
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">',
      ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`),
      ']><graphml><graph><node id="a"><data key="label">&lol9;</data></node></graph></graphml>',
    ].join('');
    const draft = readDraft([textFile('lol.graphml', lol)]);
    expect(draft.actors[0]?.name.length ?? 0).toBeLessThan(1000);
  });

  it('XML that is not well-formed says line and column', () => {
    expect(refusal('kapot.graphml', '<graphml>\n<graph>\n<node id="a">\n</graph></graphml>')).toMatch(/kapot\.graphml, regel \d+, kolom \d+: geen geldige XML/);
  });

  it('JSON with a syntax error says line and column', () => {
    expect(refusal('kapot.json', '{\n  "elements": [\n    {"data": }\n]}')).toMatch(/kapot\.json: geen geldige JSON \(regel 3, kolom \d+\)/);
  });

  it('a .wijkweb file from a newer Wijkweb is refused, naming the version', () => {
    expect(refusal('nieuw.wijkweb', JSON.stringify({ format: 'wijkweb', version: 99 }))).toContain('nieuwere versie');
  });

  it('GML with an unclosed bracket says where it stopped', () => {
    expect(refusal('kapot.gml', 'graph [\n node [ id 1 label "a" ]\n')).toContain('afgebroken');
  });

  it('a CSV with only a header row reads as zero rows; one without header names is refused', () => {
    expect(readDraft([textFile('leeg.csv', 'Naam;Type\r\n')]).actors).toEqual([]);
    expect(refusal('leeg.csv', ';;;\n;;\n')).toContain('geen regels met gegevens');
  });

  it('a JSON file that is neither a map, Cytoscape nor Kumu names the formats', () => {
    expect(refusal('iets.json', '{"hallo": 1}')).toContain('geen Wijkweb-kaart, Cytoscape- of Kumu-export');
  });

  it('readSource refuses before building anything', () => {
    expect(() => readSource(textFile('x.net', 'geen pajek'))).toThrow(ImportError);
  });
});
