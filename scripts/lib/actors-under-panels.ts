import type { Page } from '@playwright/test';
import type { CoveredActor } from '../../renderer/src/graph/panel-overlap';

/** What the map screen hides of the map right now: actors drawn, and those under a panel. */
export interface PanelCoverage {
  /** Visible actors on the canvas. */
  readonly actors: number;
  /** The actors (node or label) under a panel, toast or outside the canvas, with what covers them. */
  readonly covered: readonly CoveredActor[];
}

/**
 * Measures in the page how many actors lie under panels: every actor's drawn box against every
 * panel's DOM rect (see renderer/src/graph/panel-boxes.ts). For E2E tests and the readability bench;
 * the map must be open on the "Kaart" tab.
 */
export async function actorsUnderPanels(page: Page): Promise<PanelCoverage> {
  return page.evaluate(() => {
    const hook = window.__wijkwebCanvas;
    if (!hook) throw new Error('Het kaartcanvas is niet open: open een kaart op het tabblad Kaart voordat u meet.');
    return { actors: hook.drawnActors(), covered: hook.actorsUnderPanels() };
  });
}
