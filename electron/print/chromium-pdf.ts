import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Orientation, PaperSize } from '../../shared/print/paper';
import { printHtml } from './print-html';

/** Where a Chromium or Chrome is usually installed, per platform. */
const CANDIDATES: Readonly<Record<string, readonly string[]>> = {
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'],
  darwin: ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium'],
  win32: [
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
  ],
};

/**
 * Flags that keep the headless Chromium of a print offline: without them one print made some 40
 * DNS look-ups of Google update, time and account hosts (component updater, network time, sync,
 * translate, domain reliability, crash and metrics reporting). Some services in current Chromium
 * (the account cookie check, the component updater) start a request whatever the flags say, so
 * every host name is also resolved to "not found" inside Chromium: no DNS query and no connection
 * leaves the machine. The page is a local file and needs no network. A unit test reads Chromium's
 * own network log of a print and expects no DNS query and no connection.
 */
export const OFFLINE_CHROMIUM_FLAGS: readonly string[] = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--disable-breakpad',
  '--disable-crash-reporter',
  '--disable-client-side-phishing-detection',
  '--disable-component-extensions-with-background-pages',
  '--disable-field-trial-config',
  '--disable-search-engine-choice-screen',
  '--disable-background-timer-throttling',
  '--disable-notifications',
  '--metrics-recording-only',
  '--no-default-browser-check',
  '--no-first-run',
  '--no-pings',
  '--no-service-autorun',
  '--password-store=basic',
  '--use-mock-keychain',
  '--host-resolver-rules=MAP * ~NOTFOUND',
  '--disable-features=Translate,OptimizationHints,MediaRouter,DialMediaRouteProvider,AutofillServerCommunication,CertificateTransparencyComponentUpdater,InterestFeedContentSuggestions,NetworkTimeServiceQuerying,PrivacySandboxSettings4,SafeBrowsing,SignInProfileCreation,AccountConsistency,ChromeWhatsNewUI',
];

/** Said when no browser can make the PDF; names what to do instead. */
export const NO_CHROMIUM_MESSAGE =
  'Geen Chromium, Chrome of Edge gevonden om een PDF te maken. Installeer er een, wijs hem aan met de ' +
  'omgevingsvariabele WIJKWEB_CHROMIUM, of kies Afdrukken → "Opslaan als PDF" of SVG.';

/** The Chromium to use: $WIJKWEB_CHROMIUM, $CHROMIUM_PATH, or a usual install location; null when none is there. */
export function findChromium(env: NodeJS.ProcessEnv = process.env, platform: string = process.platform): string | null {
  for (const fromEnv of [env.WIJKWEB_CHROMIUM, env.CHROMIUM_PATH]) {
    if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  }
  return (CANDIDATES[platform] ?? []).find((path) => existsSync(path)) ?? null;
}

/** What a PDF is made of: the SVG sheets and their paper. */
export interface PdfRequest {
  readonly pages: readonly string[];
  readonly paper: PaperSize;
  readonly orientation: Orientation;
  readonly title: string;
}

/** Thrown when making the PDF failed; the message is Dutch and says why. */
export class PdfError extends Error {
  override readonly name = 'PdfError';
}

/**
 * Prints SVG sheets to a PDF with headless Chromium (`--print-to-pdf`), in a private temporary
 * folder that is removed afterwards. Text stays text; the PDF's title is the print title.
 */
export async function chromiumPdf(request: PdfRequest, chromium: string | null = findChromium(), extraArgs: readonly string[] = []): Promise<Uint8Array> {
  if (!chromium) throw new PdfError(NO_CHROMIUM_MESSAGE);
  const dir = mkdtempSync(join(tmpdir(), 'wijkweb-pdf-'));
  try {
    const html = join(dir, 'afdruk.html');
    const pdf = join(dir, 'afdruk.pdf');
    writeFileSync(html, printHtml(request.pages, request.paper, request.orientation, request.title));
    const args = [
      '--headless',
      '--disable-gpu',
      '--disable-extensions',
      ...OFFLINE_CHROMIUM_FLAGS,
      '--no-pdf-header-footer',
      `--user-data-dir=${join(dir, 'profiel')}`,
      `--print-to-pdf=${pdf}`,
      ...extraArgs,
      pathToFileURL(html).href,
    ];
    // Chromium refuses to run as root without this; the page is our own, with no script.
    if (process.getuid?.() === 0) args.unshift('--no-sandbox');
    await new Promise<void>((resolve, reject) => {
      execFile(chromium, args, { timeout: 90_000, windowsHide: true }, (error, _stdout, stderr) => {
        if (error && !existsSync(pdf)) reject(new PdfError(`Chromium (${chromium}) kon de PDF niet maken: ${String(stderr).trim().split('\n').pop() ?? error.message}`));
        else resolve();
      });
    });
    if (!existsSync(pdf)) throw new PdfError(`Chromium (${chromium}) maakte geen PDF.`);
    return readFileSync(pdf);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
