import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportMap } from '../../../../shared/io/export/index';
import { planImport } from '../../../../shared/io/plan';
import { ImportError } from '../../../../shared/io/problems';
import { readDraft } from '../../../../shared/io/read';
import { mapArb } from '../arbitraries';

const EXTENSIONS = ['csv', 'graphml', 'gexf', 'json', 'gml', 'net', 'wijkweb', 'xml', 'txt'];

/** Reads and plans; only our own ImportError may come out. */
function survives(name: string, bytes: Uint8Array): void {
  try {
    const draft = readDraft([{ name, bytes }]);
    planImport(draft, null, { createUnknown: true });
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    expect(error.message.startsWith(name)).toBe(true);
  }
}

/** Text built from the characters that matter to the parsers. */
const syntaxy = fc.string({
  unit: fc.constantFrom(...'<>/="\'[]{}:,;\t\n\r*# &abc1-.'.split(''), '<node id="', '</node>', '<edge source="a" target="b"/>', '*Vertices 3', 'graph [', ']', '"data":', '&#233;', '\uFEFF'),
  maxLength: 300,
});

describe('the import parsers never crash or hang on arbitrary input', () => {
  it('random bytes under every extension', () => {
    fc.assert(
      fc.property(fc.constantFrom(...EXTENSIONS), fc.uint8Array({ maxLength: 400 }), (ext, bytes) => survives(`x.${ext}`, bytes)),
      { numRuns: 200 },
    );
  });

  it('syntax-heavy text under every extension', () => {
    fc.assert(
      fc.property(fc.constantFrom(...EXTENSIONS), syntaxy, (ext, text) => survives(`x.${ext}`, new TextEncoder().encode(text))),
      { numRuns: 300 },
    );
  });

  it('exports of random maps, cut off at a random point', () => {
    fc.assert(
      fc.property(mapArb, fc.constantFrom('csv', 'graphml', 'gexf', 'cytoscape', 'gml', 'pajek', 'wijkweb') as fc.Arbitrary<'csv'>, fc.nat(), (doc, format, cut) => {
        const file = exportMap(doc, format)[0];
        if (!file) return;
        const text = file.text.slice(0, cut % (file.text.length + 1));
        survives(`x.${file.extension}`, new TextEncoder().encode(text));
      }),
      { numRuns: 200 },
    );
  });
});
