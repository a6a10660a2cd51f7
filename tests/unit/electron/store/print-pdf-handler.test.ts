import { beforeEach, describe, expect, it } from 'vitest';
import { createHandlers, NO_PDF_MESSAGE } from '../../../../electron/store/handlers';
import { openConfPrefs } from '../../../../electron/store/prefs-store';
import { PdfError } from '../../../../electron/print/chromium-pdf';
import { dispatch } from '../../../../shared/ipc/dispatch';
import { useDataDir } from './store-fixtures';

describe('print.pdf: a PDF of printed sheets over IPC and the bridge', () => {
  const data = useDataDir();
  const ctx = { origin: 'http' } as const;
  const input = { pages: ['<svg xmlns="http://www.w3.org/2000/svg"/>'], paper: 'A4', orientation: 'landscape', title: 'Lindenhof' };
  // One store per test: a data folder takes one Wijkweb at a time.
  let store: ReturnType<typeof data.open> | undefined;
  beforeEach(() => {
    store = undefined;
  });
  const handlers = (makePdf?: (r: unknown) => Promise<Uint8Array>) =>
    createHandlers({ store: (store ??= data.open()), prefs: openConfPrefs(data.dir()), info: { version: '0', mode: 'browser', dataDir: data.dir() }, makePdf });

  it('returns the PDF as base64', async () => {
    const seen: unknown[] = [];
    const result = await dispatch(handlers(async (r) => (seen.push(r), new TextEncoder().encode('%PDF-1.4'))), 'print.pdf', input, ctx);
    expect(result).toEqual({ ok: true, value: { pdfBase64: Buffer.from('%PDF-1.4').toString('base64') } });
    expect(seen[0]).toMatchObject({ paper: 'A4', orientation: 'landscape', title: 'Lindenhof' });
  });

  it('says in Dutch what to do when no PDF can be made here', async () => {
    expect(await dispatch(handlers(), 'print.pdf', input, ctx)).toEqual({ ok: false, error: { code: 'io-error', message: NO_PDF_MESSAGE } });
    const none = await dispatch(handlers(async () => { throw new PdfError('Geen Chromium gevonden.'); }), 'print.pdf', input, ctx);
    expect(none).toMatchObject({ ok: false, error: { code: 'io-error', message: 'Geen Chromium gevonden.' } });
  });

  it('refuses an unknown paper size at the door', async () => {
    expect(await dispatch(handlers(), 'print.pdf', { ...input, paper: 'A5' }, ctx)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});
