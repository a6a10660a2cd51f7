import type { BaseLayoutOptions } from 'cytoscape';

/** One node as the fcose worker needs it: where it is, its drawn size (label included), its group. */
export interface FcoseNode {
  readonly id: string;
  readonly parent: string | null;
  readonly x: number;
  readonly y: number;
  /** Size of the node with its label; absent for group nodes (their size follows their members). */
  readonly size: { readonly w: number; readonly h: number } | null;
}

/** What the page sends the fcose worker. */
export interface FcoseRequest {
  readonly nodes: readonly FcoseNode[];
  readonly edges: readonly { readonly id: string; readonly source: string; readonly target: string }[];
  /** The fcose options (plain data: no callbacks cross to a worker). */
  readonly options: Omit<BaseLayoutOptions, 'stop' | 'ready'> & Record<string, unknown>;
}

/** What the fcose worker answers: the new positions by id, or why it failed. */
export type FcoseReply = { readonly type: 'done'; readonly positions: readonly [string, number, number][] } | { readonly type: 'failed'; readonly message: string };
