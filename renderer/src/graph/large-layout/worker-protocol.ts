import type { LayoutInput } from './layout-input';

/** What the page sends the layout worker: one map to lay out. */
export interface LayoutRequest {
  readonly input: LayoutInput;
}

/** What the layout worker sends back: progress while it runs, then the positions (or an error). */
export type LayoutReply =
  | { readonly type: 'progress'; readonly fraction: number }
  | { readonly type: 'done'; readonly positions: readonly (readonly [string, number, number])[] }
  | { readonly type: 'failed'; readonly message: string };
