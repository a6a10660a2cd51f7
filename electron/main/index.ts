/**
 * Electron main (built to out/main/index.js): app lifecycle, one window per app, the MapStore in the
 * userData folder, the contract's handlers over IPC (sender-checked), store events to all windows.
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, Menu, protocol, session } from 'electron';
import { eventChannel } from '../../shared/ipc/channels';
import { WijkwebError } from '../../shared/result';
import { APP_NAME, dataDirFromArgv } from '../server/args';
import { createHandlers, MapStore, type StoreEvent } from '../store/index';
import { installIpcHandlers } from './ipc/install';
import { createSenderCheck } from './ipc/register';
import { electronPdf } from './electron-pdf';
import { buildMenuTemplate } from './menu';
import { openElectronPrefs, openWindowStateStore } from './prefs';
import { APP_URL, installAppProtocol, registerAppScheme } from './app-protocol';
import { contentSecurityPolicy, hardenAllSessions, hardenWebContents, isAppUrl, PRINT_PARTITION } from './security';
import { createMainWindow } from './window';

/** A hidden window for printToPDF: its own in-memory session (hardened like the app's), no preload, no scripts, sandboxed. */
function openPrintWindow(): BrowserWindow {
  return new BrowserWindow({
    show: false,
    webPreferences: { partition: PRINT_PARTITION, sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false },
  });
}

const devUrl = (!app.isPackaged && process.env.ELECTRON_RENDERER_URL) || undefined;
const preloadPath = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));
const rendererDir = fileURLToPath(new URL('../renderer/', import.meta.url));
// The built app is served from app://wijkweb/ (a secure standard origin), never from file://.
const appUrl = devUrl ?? APP_URL;
registerAppScheme(protocol);

// The data folder: WIJKWEB_DATA_DIR (tests: a fresh temp folder per run) or --data DIR, else
// "<appData>/Wijkweb" — exactly the folder browser mode (`npm run web`) uses by default. It must be
// set before the single-instance lock, which is held per data folder.
app.setName(APP_NAME);
const dataOverride = process.env.WIJKWEB_DATA_DIR || dataDirFromArgv(process.argv);
app.setPath('userData', dataOverride ? resolve(dataOverride) : join(app.getPath('appData'), APP_NAME));

let store: MapStore | null = null;
let quitState: 'running' | 'flushing' | 'flushed' = 'running';

/** Sends a store event to every open window. */
function broadcast(event: StoreEvent): void {
  for (const win of BrowserWindow.getAllWindows()) {
    if (!win.isDestroyed() && !win.webContents.isDestroyed()) win.webContents.send(eventChannel(event.name), event.payload);
  }
}

/** Opens the main window (or focuses it when it is already open). */
function showMainWindow(): void {
  const existing = BrowserWindow.getAllWindows()[0];
  if (existing) {
    if (existing.isMinimized()) existing.restore();
    existing.focus();
    return;
  }
  createMainWindow({ preloadPath, url: appUrl, stateStore: openWindowStateStore(app.getPath('userData')) });
}

/** Everything that needs the app to be ready: store, handlers, IPC, session, menu, window. */
async function start(): Promise<void> {
  await app.whenReady();
  const dataDir = app.getPath('userData');
  try {
    store = MapStore.open({ dataDir, onEvent: broadcast });
  } catch (error) {
    const message = error instanceof WijkwebError ? [error.message, ...(error.details ?? [])].join('\n') : String(error);
    dialog.showErrorBox('Wijkweb kan niet starten', `De gegevensmap ${dataDir} kon niet worden geopend.\n\n${message}`);
    app.exit(1);
    return;
  }
  const handlers = createHandlers({ store, prefs: openElectronPrefs(dataDir), info: { version: app.getVersion(), mode: 'electron', dataDir }, makePdf: (request) => electronPdf(request, openPrintWindow) });

  const csp = contentSecurityPolicy(devUrl);
  installAppProtocol(protocol, rendererDir, csp);
  hardenAllSessions(session, csp);
  const isOurWindow = (id: number): boolean => BrowserWindow.getAllWindows().some((win) => win.webContents.id === id);
  installIpcHandlers(handlers, createSenderCheck(isOurWindow, (url) => isAppUrl(url, appUrl)));

  app.setAboutPanelOptions({ applicationName: 'Wijkweb', applicationVersion: app.getVersion(), copyright: 'MIT-licentie' });
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(buildMenuTemplate({ isDev: !app.isPackaged, platform: process.platform, onAbout: () => app.showAboutPanel() })),
  );
  showMainWindow();
  app.on('activate', showMainWindow);
}

if (!app.requestSingleInstanceLock()) {
  // Another Wijkweb already has this data folder open; it gets focus via 'second-instance'.
  app.quit();
} else {
  app.on('second-instance', showMainWindow);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, appUrl));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('before-quit', (event) => {
    if (store === null || quitState === 'flushed') return;
    // Hold the quit until every pending save is on disk, then quit for real.
    event.preventDefault();
    if (quitState === 'flushing') return;
    quitState = 'flushing';
    Promise.resolve()
      .then(() => store?.close())
      .catch((error: unknown) => console.error('[wijkweb] Opslaan bij afsluiten mislukt:', error))
      .finally(() => {
        quitState = 'flushed';
        app.quit();
      });
  });
  start().catch((error: unknown) => {
    console.error('[wijkweb] Starten mislukt:', error);
    dialog.showErrorBox('Wijkweb kan niet starten', error instanceof Error ? error.message : String(error));
    app.exit(1);
  });
}
