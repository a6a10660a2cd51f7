/**
 * `node out/main/server.js [--data DIR] [--port N] [--open]`: Wijkweb in the browser. Opens the
 * same MapStore the Electron app uses, serves the built UI and the contract's handlers on
 * 127.0.0.1 behind a per-launch token, and flushes everything on Ctrl+C. Never imports electron.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { version } from '../../package.json';
import { WijkwebError } from '../../shared/result';
import { chromiumPdf } from '../print/chromium-pdf';
import { createHandlers, MapStore, openConfPrefs, type StoreEvent } from '../store/index';
import { parseArgs, USAGE_EXIT_CODE } from './args';
import { startBridge, type Bridge } from './http-bridge';
import { openBrowser } from './open-browser';
import { createToken } from './request-guards';

const log = (message: string, error?: unknown): void => {
  process.stderr.write(`${message}${error === undefined ? '' : `\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}`}\n`);
};

/** Runs the server until a signal stops it. */
async function main(): Promise<void> {
  const parsed = parseArgs(process.argv.slice(2));
  if (parsed.kind === 'help') {
    process.stdout.write(`${parsed.text}\n`);
    return;
  }
  if (parsed.kind === 'error') {
    log(parsed.message);
    process.exitCode = USAGE_EXIT_CODE;
    return;
  }
  const { dataDir, port, open } = parsed.options;
  const staticDir = fileURLToPath(new URL('../renderer/', import.meta.url));
  if (!existsSync(staticDir)) log(`Let op: de gebouwde interface ontbreekt (${staticDir}). Bouw eerst met: npm run build`);

  let bridge: Bridge | undefined;
  let store: MapStore;
  try {
    store = MapStore.open({ dataDir, onEvent: (event: StoreEvent) => bridge?.broadcast(event) });
  } catch (error) {
    if (!(error instanceof WijkwebError)) throw error;
    log([`Wijkweb kon de gegevensmap niet openen: ${error.message}`, ...(error.details ?? [])].join('\n'));
    process.exitCode = 1;
    return;
  }
  const prefs = openConfPrefs(dataDir);
  const handlers = createHandlers({ store, prefs, info: { version, mode: 'browser', dataDir }, makePdf: (request) => chromiumPdf(request) });
  const token = createToken();

  try {
    bridge = await startBridge({
      handlers,
      staticDir,
      port,
      host: '127.0.0.1',
      token,
      onInternalError: (error) => log('Onverwachte fout bij het afhandelen van een aanvraag:', error),
    });
  } catch (error) {
    store.close();
    const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
    if (code === 'EADDRINUSE') log(`Poort ${port} is al in gebruik. Kies een andere met --port N, of --port 0 voor een vrije poort.`);
    else if (code === 'EACCES') log(`Poort ${port} mag niet worden gebruikt. Kies een poort boven 1024, of --port 0.`);
    else log('Wijkweb kon de server niet starten:', error);
    process.exitCode = 1;
    return;
  }

  const address = `${bridge.url}?token=${token}`;
  process.stdout.write(`Wijkweb draait op ${address}\n`);
  if (open) openBrowser(address);

  const running = bridge;
  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) {
      log(`Tweede ${signal}: Wijkweb stopt meteen.`);
      process.exit(1);
    }
    stopping = true;
    // Stop accepting calls first, then write every pending save (synchronously: no call can run
    // in between), then wait — bounded — for the last connections to end.
    const closing = running.close();
    try {
      store.close();
    } catch (error) {
      log('Opslaan bij het afsluiten mislukt:', error);
      process.exit(1);
    }
    setTimeout(() => process.exit(0), 3_000).unref();
    closing.then(
      () => process.exit(0),
      (error: unknown) => {
        log('Fout bij het afsluiten van de server:', error);
        process.exit(0);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  // Logged, the maps flushed, then a non-zero exit: a crash is never swallowed.
  const crash = (error: unknown): void => {
    log('Onverwachte fout in Wijkweb:', error);
    try {
      store.close();
    } finally {
      process.exit(1);
    }
  };
  process.on('uncaughtException', crash);
  process.on('unhandledRejection', crash);
}

main().catch((error: unknown) => {
  log('Wijkweb kon niet starten:', error);
  process.exit(1);
});
