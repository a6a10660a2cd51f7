/**
 * The sandboxed preload (built to out/preload/index.cjs). It exposes exactly one object,
 * `window.wijkweb`, built from the contract's channel list; ipcRenderer itself never leaves this file.
 * Imports stay minimal: a sandboxed preload can only require('electron'), everything else is bundled.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { buildApi, type Invoke, type Subscribe } from '../../shared/ipc/api';
import { EVENTS, eventChannel, type EventName } from '../../shared/ipc/channels';
import type { Result } from '../../shared/result';

const unreachable: Result<never> = {
  ok: false,
  error: { code: 'io-error', message: 'Wijkweb kon de aanvraag niet afhandelen. Start Wijkweb opnieuw als dit blijft gebeuren.' },
};

const invoke: Invoke = async (channel, input) => {
  try {
    // Main answers every channel with a Result (see electron/main/ipc/register.ts).
    return (await ipcRenderer.invoke(channel, input)) as Result<unknown>;
  } catch {
    return unreachable;
  }
};

const on: Subscribe = (event, listener) => {
  if (!(EVENTS as readonly string[]).includes(event)) return () => undefined;
  const channel = eventChannel(event as EventName);
  // Only the payload is passed on: the IpcRendererEvent (which holds ipcRenderer) never reaches the page.
  const wrapped = (_event: IpcRendererEvent, payload: unknown): void => {
    (listener as (payload: unknown) => void)(payload);
  };
  ipcRenderer.on(channel, wrapped);
  return () => {
    ipcRenderer.removeListener(channel, wrapped);
  };
};

contextBridge.exposeInMainWorld('wijkweb', buildApi(invoke, on));
