/** Relation kinds that mean tension rather than connection: left out unless the user includes them. */
export const TENSION_KINDS: readonly string[] = ['spanning'];

/** How a map is read as a network for the measures. */
export interface AnalysisOptions {
  /** Use a tie's strength (1–3) as weight: weighted paths (distance 1/strength) and Louvain weights. */
  readonly weighted: boolean;
  /** Count "spanning/conflict" ties as connections too. */
  readonly includeSpanning: boolean;
  /**
   * Follow arrows: a directed relation only leads from `from` to `to` in paths, betweenness and
   * closeness. Off by default: in a wijk a referral or a subsidy still means both sides know each other.
   */
  readonly respectDirection: boolean;
}

/** The defaults of the panel and the command line. */
export const DEFAULT_ANALYSIS_OPTIONS: AnalysisOptions = {
  weighted: false,
  includeSpanning: false,
  respectDirection: false,
};

/** Whether a relation of this kind counts as a connection under these options. */
export function countsAsConnection(kind: string, options: AnalysisOptions): boolean {
  return options.includeSpanning || !TENSION_KINDS.includes(kind);
}
