/** Minimal typings for the Cytoscape extensions Wijkweb uses (the packages ship none). */

declare module 'cytoscape-edgehandles' {
  import type { Ext } from 'cytoscape';

  /** Registers `cy.edgehandles()` via `cytoscape.use(edgehandles)`. */
  const edgehandles: Ext;
  export default edgehandles;
}

declare module 'cytoscape-fcose' {
  import type { Ext } from 'cytoscape';

  /** Registers the `fcose` layout via `cytoscape.use(fcose)`. */
  const fcose: Ext;
  export default fcose;
}
