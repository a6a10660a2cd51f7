import type { Result } from '../result';
import { CHANNELS, type Channel, type EventName } from './channels';
import type { EventPayload, In, Out } from './contract';

type DomainOf<C extends string> = C extends `${infer D}.${string}` ? D : never;
type Domain = DomainOf<Channel>;

/** One function per channel: `(input) => Promise<Result<output>>`. */
export type ApiFunction<C extends Channel> = (input: In<C>) => Promise<Result<Out<C>>>;

/** Subscribes to an event; returns a function that unsubscribes. */
export type Subscribe = <E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) => () => void;

/**
 * `window.wijkweb`: the API derived from the contract, namespaced by domain
 * (`wijkweb.maps.create({ name })`), plus `on` for events.
 */
export type WijkwebApi = {
  readonly [D in Domain]: { readonly [C in Channel as C extends `${D}.${infer V}` ? V : never]: ApiFunction<C> };
} & { readonly on: Subscribe };

/** Transport used to build the API: Electron IPC in the preload, fetch in browser mode. */
export type Invoke = (channel: Channel, input: unknown) => Promise<Result<unknown>>;

/** Builds the namespaced API object from the channel list and one transport function. */
export function buildApi(invoke: Invoke, on: Subscribe): WijkwebApi {
  const api: Record<string, Record<string, (input: unknown) => Promise<Result<unknown>>>> = {};
  for (const channel of CHANNELS) {
    const [domain, verb] = channel.split('.') as [string, string];
    api[domain] ??= {};
    api[domain][verb] = (input: unknown) => invoke(channel, input ?? {});
  }
  // The loop above creates exactly the shape WijkwebApi describes, one function per channel.
  return { ...api, on } as unknown as WijkwebApi;
}
