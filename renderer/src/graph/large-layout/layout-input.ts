/** One actor as the large-map layout sees it: where it is now and how big it is drawn (px). */
export interface LayoutNode {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly size: number;
}

/** One relation as the layout sees it; `weight` is the strength (1–3). */
export interface LayoutEdge {
  readonly source: string;
  readonly target: string;
  readonly weight: number;
}

/** What the layout works on: plain data, so it can cross to a Web Worker unchanged. */
export interface LayoutInput {
  readonly nodes: readonly LayoutNode[];
  readonly edges: readonly LayoutEdge[];
}

/** A computed position per actor id. */
export type LayoutPositions = ReadonlyMap<string, { readonly x: number; readonly y: number }>;
