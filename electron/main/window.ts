import { BrowserWindow, screen } from 'electron';
import { secureWebPreferences } from './security';
import { MIN_WINDOW_SIZE, restoreWindowState, type WindowState } from './window-state';

/** Where the saved window position lives (electron-store in main, see prefs.ts). */
export interface WindowStateStore {
  load(): unknown;
  save(state: WindowState): void;
}

/** What the main window needs: the preload, what to load, and where to keep its position. */
export interface MainWindowOptions {
  readonly preloadPath: string;
  /** The app's address: app://wijkweb/index.html, or the dev server (ELECTRON_RENDERER_URL). */
  readonly url: string;
  readonly stateStore: WindowStateStore;
}

/**
 * Creates the main window with the secure preferences, hidden until its first paint is ready, at
 * the size and place it had last time (when that is still on a screen).
 */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const displays = screen.getAllDisplays().map((display) => display.workArea);
  const state = restoreWindowState(options.stateStore.load(), displays);
  const win = new BrowserWindow({
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false,
    title: 'Wijkweb',
    backgroundColor: '#ffffff',
    autoHideMenuBar: false,
    webPreferences: secureWebPreferences(options.preloadPath),
  });
  // Navigation, popups and permissions are locked down for every WebContents in index.ts
  // ('web-contents-created'), so this window needs nothing extra.

  win.once('ready-to-show', () => {
    if (state.maximized) win.maximize();
    win.show();
  });
  win.on('close', () => {
    try {
      const bounds = win.getNormalBounds();
      options.stateStore.save({ ...bounds, maximized: win.isMaximized() });
    } catch (error) {
      console.warn('[wijkweb] Vensterpositie niet bewaard:', error);
    }
  });

  const loading = win.loadURL(options.url);
  loading.catch((error: unknown) => console.error('[wijkweb] Het venster kon de app niet laden:', error));
  return win;
}
