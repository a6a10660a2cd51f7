/** Adds `cy.edgehandles()` (cytoscape-edgehandles 4) to Cytoscape's own typings. */
import type {} from 'cytoscape';

declare module 'cytoscape' {
  /** Options of `cy.edgehandles()`; see the package README. */
  interface EdgeHandlesOptions {
    canConnect?: (source: NodeSingular, target: NodeSingular) => boolean;
    edgeParams?: (source: NodeSingular, target: NodeSingular) => ElementDefinition | Record<string, never>;
    hoverDelay?: number;
    snap?: boolean;
    snapThreshold?: number;
    snapFrequency?: number;
    noEdgeEventsInDraw?: boolean;
    disableBrowserGestures?: boolean;
  }

  /** The handle `cy.edgehandles()` returns. */
  interface EdgeHandlesInstance {
    start(source: NodeSingular): void;
    stop(): void;
    enable(): void;
    disable(): void;
    enableDrawMode(): void;
    disableDrawMode(): void;
    destroy(): void;
  }

  interface Core {
    /** Added by cytoscape-edgehandles once registered. */
    edgehandles(options?: EdgeHandlesOptions): EdgeHandlesInstance;
  }
}
