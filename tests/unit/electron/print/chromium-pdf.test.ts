import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromiumPdf, findChromium, NO_CHROMIUM_MESSAGE, PdfError } from '../../../../electron/print/chromium-pdf';
import { printHtml } from '../../../../electron/print/print-html';
import { DUTCH_PRINT_LABELS, renderPrint } from '../../../../shared/print';
import { lindenhofMap } from '../../../helpers/lindenhof-map';

const SAMPLES = join(import.meta.dirname, '..', '..', '..', '..', 'test-results', 'print');
const chromium = findChromium();
const hasPoppler = existsSync('/usr/bin/pdfinfo');

describe('making a PDF with the Chromium that is present', () => {
  it('says clearly, in Dutch, when there is no Chromium', async () => {
    await expect(chromiumPdf({ pages: [], paper: 'A4', orientation: 'portrait', title: 't' }, null)).rejects.toThrow(PdfError);
    await expect(chromiumPdf({ pages: [], paper: 'A4', orientation: 'portrait', title: 't' }, null)).rejects.toThrow(NO_CHROMIUM_MESSAGE);
    expect(findChromium({ WIJKWEB_CHROMIUM: '/bestaat/niet' })).toBeNull();
  });

  it('puts each sheet on its own page of the chosen size, with a title that cannot break out', () => {
    const html = printHtml(['<svg/>', '<svg/>'], 'A3', 'landscape', '</title><script>x</script>');
    expect(html).toContain('@page { size: A3 landscape; margin: 0; }');
    expect(html.match(/<img class="sheet"/g)).toHaveLength(2);
    expect(html).not.toContain('<script>');
  });

  it.skipIf(!chromium || !hasPoppler)('prints the Lindenhof map to an A3 landscape PDF with real text', { timeout: 60_000 }, async () => {
    const doc = lindenhofMap();
    const [page] = renderPrint(doc, {
      paper: 'A3', orientation: 'landscape', marginMm: 12, title: 'Netwerk Lindenhof', subtitle: '', date: '26 november 2026',
      author: 'Opbouwwerk', note: '', anonymise: false, visibleIds: null, poster: null, labels: DUTCH_PRINT_LABELS,
    });
    const pdf = await chromiumPdf({ pages: [page?.svg ?? ''], paper: 'A3', orientation: 'landscape', title: 'Netwerk Lindenhof' }, chromium);
    mkdirSync(SAMPLES, { recursive: true });
    const file = join(SAMPLES, 'lindenhof-a3-liggend.pdf');
    writeFileSync(file, pdf);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Pages:\s+1\n/);
    expect(info).toMatch(/Page size:\s+1191\.\d+ x 841\.\d+ pts \(A3\)/);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Netwerk Lindenhof');
    expect(text).toContain('Stip Lindenhof');
    expect(text).toContain('Legenda');
  });
});
