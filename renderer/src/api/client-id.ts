import { newId } from '../../../shared/domain/ids';

/**
 * This window's own client id (an Electron window and a browser tab each load the page, so each
 * gets its own). Sent with map.open/apply/undo/redo: main keeps undo/redo per client, so Ctrl+Z
 * here undoes this window's edits only. New on every page load (undo history is in memory anyway).
 */
export const WINDOW_CLIENT_ID: string = newId();
