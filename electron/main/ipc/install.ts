import { ipcMain } from 'electron';
import type { Handlers } from '../../../shared/ipc/dispatch';
import { registerIpcHandlers, type SenderCheck } from './register';

/** Serves the handler table on Electron's real ipcMain (the only place main touches ipcMain). */
export function installIpcHandlers(handlers: Handlers, isTrustedSender: SenderCheck): () => void {
  return registerIpcHandlers(ipcMain, handlers, isTrustedSender);
}
