import { CHANNELS } from '../../../shared/ipc/channels';
import { dispatch, type Handlers } from '../../../shared/ipc/dispatch';
import { err, type Result } from '../../../shared/result';

/** The frame that sent an IPC call, as far as the sender check needs it. */
export interface SenderFrameLike {
  readonly url: string;
  readonly parent: unknown;
}

/** An `ipcMain.handle` event, as far as registration needs it (Electron's IpcMainInvokeEvent fits). */
export interface InvokeEventLike {
  readonly senderFrame: SenderFrameLike | null;
  readonly sender: { readonly id: number };
}

/** The part of `ipcMain` used here, so tests can pass a fake. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

/** Decides whether an IPC call comes from the main frame of one of our windows showing our page. */
export type SenderCheck = (event: InvokeEventLike) => boolean;

/** The refusal sent back to an untrusted sender (it learns nothing else). */
export const UNTRUSTED_SENDER: Result<never> = err('unauthorized', 'Deze aanvraag komt niet van een Wijkweb-venster en is geweigerd.');

/**
 * Builds the standard sender check: the call must come from a top-level frame (not an iframe), of a
 * WebContents that is one of our windows, whose URL is our app page.
 */
export function createSenderCheck(isOurWebContents: (id: number) => boolean, isAppUrl: (url: string) => boolean): SenderCheck {
  return (event) => {
    const frame = event.senderFrame;
    return frame !== null && frame.parent === null && isOurWebContents(event.sender.id) && isAppUrl(frame.url);
  };
}

/**
 * Registers one `ipcMain.handle` per contract channel. Each call is dropped (logged, answered with
 * an 'unauthorized' Result) unless `isTrustedSender` accepts it; otherwise it is validated and run
 * by `dispatch`, which never throws. Returns a function that removes all handlers again.
 */
export function registerIpcHandlers(
  ipcMain: IpcMainLike,
  handlers: Handlers,
  isTrustedSender: SenderCheck,
  log: (message: string, error?: unknown) => void = (message, error) => console.error(`[wijkweb] ${message}`, error ?? ''),
): () => void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event, input) => {
      let trusted = false;
      try {
        trusted = isTrustedSender(event);
      } catch (error) {
        log(`Afzendercontrole mislukt voor ${channel}`, error);
      }
      if (!trusted) {
        log(`IPC-aanroep ${channel} geweigerd: onbekende afzender ${event.senderFrame?.url ?? '(geen frame)'}`);
        return UNTRUSTED_SENDER;
      }
      return dispatch(handlers, channel, input, { origin: 'ipc' }, (error) => log(`Onverwachte fout in ${channel}`, error));
    });
  }
  return () => {
    for (const channel of CHANNELS) ipcMain.removeHandler(channel);
  };
}
