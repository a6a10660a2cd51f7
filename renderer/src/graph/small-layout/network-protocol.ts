import type { NetworkLayoutInput } from '../../../../shared/layout/network-layout';

/** What the page sends the network-layout worker (plain data; `fixed` as a list). */
export interface NetworkRequest extends Omit<NetworkLayoutInput, 'fixed'> {
  readonly fixed: readonly string[];
}

/** What the worker answers: the new positions by id, or why it failed. */
export type NetworkReply = { readonly type: 'done'; readonly positions: readonly [string, number, number][] } | { readonly type: 'failed'; readonly message: string };
