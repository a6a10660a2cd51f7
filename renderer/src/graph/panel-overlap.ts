/** A rectangle on the page (CSS pixels, page coordinates), with what it is. */
export interface NamedBox {
  readonly name: string;
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** An actor that something else lies over: its name and the panels over it. */
export interface CoveredActor {
  readonly actor: string;
  readonly panels: readonly string[];
}

/** Rectangles that only touch at an edge do not overlap; a pixel of real overlap does. */
function overlaps(a: NamedBox, b: NamedBox): boolean {
  return a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
}

/**
 * The actors whose drawn box (node and label) lies partly under a panel, each with the panels
 * over it. Pure: the page gathers the boxes (see graph/test-hook.ts), this only counts.
 */
export function actorsUnderPanels(actors: readonly NamedBox[], panels: readonly NamedBox[]): CoveredActor[] {
  const covered: CoveredActor[] = [];
  for (const actor of actors) {
    const over = panels.filter((panel) => overlaps(actor, panel)).map((panel) => panel.name);
    if (over.length > 0) covered.push({ actor: actor.name, panels: [...new Set(over)] });
  }
  return covered;
}
