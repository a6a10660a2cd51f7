import fc from 'fast-check';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportMap } from '../../../../shared/io/export/index';
import { planImport } from '../../../../shared/io/plan';
import { ImportError } from '../../../../shared/io/problems';
import { readDraft, readSources } from '../../../../shared/io/read';
import { mapArb } from '../arbitraries';

/** Hundreds of cases per property in `npm test`; `npm run test:fuzz` sets WIJKWEB_FUZZ_RUNS (10 000). */
const RUNS = Number(process.env.WIJKWEB_FUZZ_RUNS ?? 300);
/**
 * The time box of one case. Parsers are synchronous, so a hang cannot be interrupted; a case that
 * takes longer than this fails with its input (shrunk), which is how a hang or a blow-up shows.
 * Generous on purpose: it is a hang detector, not a speed test (speed lives in `npm run bench`).
 */
const CASE_MS = Number(process.env.WIJKWEB_FUZZ_CASE_MS ?? 5_000);

const EXTENSIONS = ['csv', 'graphml', 'gexf', 'json', 'gml', 'net', 'wijkweb', 'xml', 'txt'];

/** Runs one case and fails it when it does not finish within the time box. */
function timeBoxed(run: () => void): void {
  const start = performance.now();
  run();
  const took = performance.now() - start;
  if (took > CASE_MS) throw new Error(`één geval duurde ${Math.round(took)} ms (grens ${CASE_MS} ms)`);
}

/** Reads and plans; only our own ImportError may come out, and its message starts with the file name. */
function survives(name: string, bytes: Uint8Array): void {
  timeBoxed(() => {
    try {
      const draft = readDraft([{ name, bytes }]);
      planImport(draft, null, { createUnknown: true });
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      expect(error.message.startsWith(name)).toBe(true);
    }
  });
}

/** Text built from the characters that matter to the parsers. */
const syntaxy = fc.string({
  unit: fc.constantFrom(...'<>/="\'[]{}:,;\t\n\r*# &abc1-.'.split(''), '<node id="', '</node>', '<edge source="a" target="b"/>', '*Vertices 3', 'graph [', ']', '"data":', '&#233;', '\uFEFF', '<!DOCTYPE x [<!ENTITY e "aaaa">]>', '&e;'),
  maxLength: 300,
});

describe('the import parsers never crash or hang on arbitrary input', () => {
  it('random bytes under every extension', () => {
    fc.assert(
      fc.property(fc.constantFrom(...EXTENSIONS), fc.uint8Array({ maxLength: 400 }), (ext, bytes) => survives(`x.${ext}`, bytes)),
      { numRuns: RUNS },
    );
  });

  it('syntax-heavy text under every extension', () => {
    fc.assert(
      fc.property(fc.constantFrom(...EXTENSIONS), syntaxy, (ext, text) => survives(`x.${ext}`, new TextEncoder().encode(text))),
      { numRuns: RUNS },
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
      { numRuns: RUNS },
    );
  });

  it('Excel: random bytes and zips with random parts are refused with the file name, within the time box', async () => {
    const part = fc.tuple(fc.constantFrom('[Content_Types].xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml', 'xl/_rels/workbook.xml.rels'), syntaxy);
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 400 }),
      fc.array(part, { maxLength: 5 }).map((parts) => zipSync(Object.fromEntries(parts.map(([name, text]) => [name, new TextEncoder().encode(text)])))),
    );
    await fc.assert(
      fc.asyncProperty(bytes, async (data) => {
        try {
          await readSources({ name: 'x.xlsx', bytes: data });
        } catch (error) {
          if (!(error instanceof ImportError)) throw error;
          expect(error.message.startsWith('x.xlsx')).toBe(true);
        }
      }),
      // Async, so fast-check itself interrupts a case that does not settle in time.
      { numRuns: Math.max(20, Math.round(RUNS / 5)), timeout: CASE_MS },
    );
  });
});
