import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PdfRequest } from '../print/chromium-pdf';
import { PdfError } from '../print/chromium-pdf';
import { printHtml } from '../print/print-html';

/** The part of a BrowserWindow that printing needs (a fake in tests). */
export interface PdfWindow {
  loadFile(path: string): Promise<void>;
  readonly webContents: {
    printToPDF(options: {
      readonly pageSize: 'A4' | 'A3';
      readonly landscape: boolean;
      readonly printBackground: boolean;
      readonly preferCSSPageSize: boolean;
      readonly margins: { readonly top: number; readonly bottom: number; readonly left: number; readonly right: number };
      readonly generateTaggedPDF: boolean;
    }): Promise<Uint8Array>;
  };
  destroy(): void;
}

/**
 * Makes the PDF of printed sheets in the desktop app with Electron's own `printToPDF`, in a hidden,
 * sandboxed window without scripts that loads the sheets from a private temporary folder. The
 * folder and the window are gone afterwards, also when printing fails.
 */
export async function electronPdf(request: PdfRequest, openWindow: () => PdfWindow): Promise<Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), 'wijkweb-pdf-'));
  const win = openWindow();
  try {
    const html = join(dir, 'afdruk.html');
    writeFileSync(html, printHtml(request.pages, request.paper, request.orientation, request.title));
    await win.loadFile(html);
    return await win.webContents.printToPDF({
      pageSize: request.paper,
      landscape: request.orientation === 'landscape',
      printBackground: true,
      preferCSSPageSize: true,
      margins: { top: 0, bottom: 0, left: 0, right: 0 },
      generateTaggedPDF: true,
    });
  } catch (error) {
    throw new PdfError(`Wijkweb kon de PDF niet maken: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    win.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}
