import type { Position } from '../domain/map-document';
import { maxOf, minOf } from '../big-arrays';
import { fitViewport, type FitView } from './fit';
import { LABEL_FONT_PX, type Rect } from './label-box';
import { nodeRect, placeLabels, type LabelledNode } from './label-placement';
import { countCrossings, countLabelOverlaps, type Segment } from './readability';

/** Labels smaller than this on screen are not drawn at all (the canvas's `min-zoomed-font-size`). */
export const MIN_DRAWN_FONT_PX = 6;
/** The smallest label size on screen that counts as readable. */
export const READABLE_FONT_PX = 10;

/** How readable one drawing of a map is, at the view that fits it. */
export interface Readability {
  readonly actors: number;
  /** Labels drawn at the fitted view (the canvas hides labels below MIN_DRAWN_FONT_PX). */
  readonly labelsDrawn: number;
  /** Labels at the fitted view that are at least READABLE_FONT_PX. */
  readonly labelsReadable: number;
  /** On-screen label font size at the fitted view, px (all labels share one size). */
  readonly labelPx: number;
  readonly zoom: number;
  readonly labelLabelOverlaps: number;
  readonly labelNodeOverlaps: number;
  /** Labels that were shortened to fit (full name on hover/focus). */
  readonly shortened: number;
  /** Actors whose node lies (partly) in the part of the view kept free for panels, or off the canvas. */
  readonly underPanels: number;
  readonly crossings: number;
}

/** The model box of nodes and labels together. */
function extent(rects: readonly Rect[]): { x1: number; y1: number; w: number; h: number } {
  const x1 = minOf(rects.map((r) => r.x - r.w / 2));
  const y1 = minOf(rects.map((r) => r.y - r.h / 2));
  const x2 = maxOf(rects.map((r) => r.x + r.w / 2));
  const y2 = maxOf(rects.map((r) => r.y + r.h / 2));
  return { x1, y1, w: x2 - x1, h: y2 - y1 };
}

/**
 * Measures a layout as a person sees it on the canvas: labels placed (placeLabels), the view fitted
 * (fitViewport), then the label size on screen, label overlaps, actors under the panels and
 * relation crossings. Pure: the bench and the tests use it on any positions.
 */
export function readability(
  actors: readonly Omit<LabelledNode, 'x' | 'y'>[],
  relations: readonly Segment[],
  positions: ReadonlyMap<string, Position>,
  view: FitView,
  fontPx = LABEL_FONT_PX,
): Readability {
  const nodes: LabelledNode[] = actors.flatMap((a) => {
    const p = positions.get(a.id);
    return p ? [{ ...a, x: p.x, y: p.y }] : [];
  });
  const placements = placeLabels(nodes, fontPx);
  const labels = new Map([...placements].map(([id, p]) => [id, p.rect]));
  const nodeRects = new Map(nodes.map((n) => [n.id, nodeRect(n)]));
  const { labelLabel, labelNode } = countLabelOverlaps({ labels, nodes: nodeRects });
  const fit = nodes.length > 0 ? fitViewport(extent([...labels.values(), ...nodeRects.values()]), view) : { zoom: 1, pan: { x: 0, y: 0 } };
  const labelPx = Math.round(fontPx * fit.zoom * 10) / 10;
  const drawn = labelPx >= MIN_DRAWN_FONT_PX ? nodes.length : 0;
  const underPanels = [...nodeRects.values()].filter((r) => {
    const left = fit.pan.x + (r.x - r.w / 2) * fit.zoom;
    const right = fit.pan.x + (r.x + r.w / 2) * fit.zoom;
    const top = fit.pan.y + (r.y - r.h / 2) * fit.zoom;
    const bottom = fit.pan.y + (r.y + r.h / 2) * fit.zoom;
    return left < view.left || right > view.width || top < 0 || bottom > view.height - view.bottom;
  }).length;
  return {
    actors: nodes.length,
    labelsDrawn: drawn,
    labelsReadable: labelPx >= READABLE_FONT_PX ? drawn : 0,
    labelPx,
    zoom: Math.round(fit.zoom * 1000) / 1000,
    labelLabelOverlaps: labelLabel,
    labelNodeOverlaps: labelNode,
    shortened: [...placements.values()].filter((p) => p.shortened).length,
    underPanels,
    crossings: countCrossings(relations, positions),
  };
}
