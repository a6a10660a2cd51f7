import { existsSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronPdf, type PdfWindow } from '../../../../electron/main/electron-pdf';

type PrintOptions = Parameters<PdfWindow['webContents']['printToPDF']>[0];

/** A stand-in for a hidden BrowserWindow that records what printing asked of it. */
function fakeWindow(fail = false) {
  const seen: { loaded?: string; html?: string; options?: PrintOptions; destroyed: boolean } = { destroyed: false };
  const win: PdfWindow = {
    async loadFile(path) {
      seen.loaded = path;
      seen.html = readFileSync(path, 'utf8');
    },
    webContents: {
      async printToPDF(options) {
        seen.options = options;
        if (fail) throw new Error('printer weg');
        return new TextEncoder().encode('%PDF-1.7');
      },
    },
    destroy() {
      seen.destroyed = true;
    },
  };
  return { win, seen };
}

const request = { pages: ['<svg xmlns="http://www.w3.org/2000/svg"><text>Lindenhof</text></svg>'], paper: 'A3', orientation: 'landscape', title: 'Netwerk Lindenhof' } as const;

describe('PDF in the desktop app (Electron printToPDF)', () => {
  it('prints the sheets on the chosen paper, landscape, and returns the PDF bytes', async () => {
    const { win, seen } = fakeWindow();
    const pdf = await electronPdf(request, () => win);
    expect(new TextDecoder().decode(pdf)).toBe('%PDF-1.7');
    expect(seen.options).toMatchObject({ pageSize: 'A3', landscape: true, preferCSSPageSize: true, printBackground: true });
    expect(seen.html).toContain('<title>Netwerk Lindenhof</title>');
    expect(seen.html).toContain('data:image/svg+xml;base64,');
  });

  it('leaves no window and no temporary file behind, also when printing fails, and says so in Dutch', async () => {
    const { win, seen } = fakeWindow(true);
    await expect(electronPdf(request, () => win)).rejects.toThrow('Wijkweb kon de PDF niet maken: printer weg');
    expect(seen.destroyed).toBe(true);
    expect(existsSync(dirname(seen.loaded ?? '/nergens/x'))).toBe(false);
  });
});
