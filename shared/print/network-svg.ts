import type { Actor, Position, Relation } from '../domain/map-document';
import {
  ACTOR_KIND_SHAPE,
  categoryColour,
  INFLUENCE_SIZE,
  relationStyle,
  STRENGTH_WIDTH,
  type LineStyle,
} from '../visual/encoding';
import { maxOf, minOf } from '../big-arrays';
import { LABEL_LINE_HEIGHT, LABEL_MAX_LINES, LABEL_PADDING, textWidth } from '../layout/label-box';
import { placeLabels, type LabelPlacement } from '../layout/label-placement';
import { num, xmlText } from './xml-text';

/** A rectangle in page millimetres. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Label font size on the canvas, in model pixels (as the Cytoscape stylesheet). */
const LABEL_PX = 12;
/** Labels never print smaller than this (millimetres; about 6 pt). */
const MIN_LABEL_MM = 2.1;
const INK = '#222222';
export const PRINT_FONT = "'Noto Sans', 'DejaVu Sans', Arial, sans-serif";

/** Mixes a #RRGGBB colour towards black (the same border rule as the canvas). */
export function darkenHex(hex: string, amount: number): string {
  const n = Number.parseInt(hex.replace('#', '').slice(0, 6), 16);
  if (Number.isNaN(n)) return hex;
  const f = 1 - amount;
  const c = (shift: number): string => Math.round(((n >> shift) & 255) * f).toString(16).padStart(2, '0');
  return `#${c(16)}${c(8)}${c(0)}`.toUpperCase();
}

/** The SVG dash pattern of a line style at a width (the canvas rhythm: dashes scale with the width). */
export function dashArray(line: LineStyle, width: number): string | null {
  if (line === 'dashed') return `${num(Math.max(7, width * 3))} ${num(Math.max(4, width * 1.6))}`;
  if (line === 'dotted') return `0.5 ${num(width * 1.5 + 3)}`;
  return null;
}

function sizeOf(actor: Actor): number {
  return INFLUENCE_SIZE[actor.influence] ?? 40;
}

/** Where each printed actor stands (model pixels); actors never placed get a row below the rest. */
export function printPositions(actors: readonly Actor[]): Map<string, Position> {
  const placed = actors.filter((a) => a.position !== null);
  const out = new Map<string, Position>();
  for (const a of placed) if (a.position) out.set(a.id, a.position);
  const unplaced = actors.filter((a) => a.position === null);
  if (unplaced.length === 0) return out;
  const xs = placed.map((a) => a.position?.x ?? 0);
  const ys = placed.map((a) => a.position?.y ?? 0);
  const left = minOf(xs, 0);
  const top = ys.length ? maxOf(ys) + 120 : 0;
  const perRow = Math.max(4, Math.ceil(Math.sqrt(unplaced.length * 2)));
  unplaced.forEach((a, i) => out.set(a.id, { x: left + (i % perRow) * 170, y: top + Math.floor(i / perRow) * 110 }));
  return out;
}

/** The scale (mm per model pixel) and offset that fit the network into a box on the page. */
export interface Fit {
  readonly scale: number;
  readonly dx: number;
  readonly dy: number;
}

/** The label font size (model px) at a print scale (mm per model px): never below MIN_LABEL_MM on paper. */
export function printFontPx(scale: number): number {
  return Math.max(LABEL_PX, MIN_LABEL_MM / scale);
}

/** Fits the bounding box of the nodes and their labels into `box`, centred, never enlarged beyond 1 mm/px. */
export function fitNetwork(actors: readonly Actor[], positions: ReadonlyMap<string, Position>, box: Box): Fit {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const a of actors) {
    const p = positions.get(a.id);
    if (!p) continue;
    const r = sizeOf(a) / 2;
    minX = Math.min(minX, p.x - Math.max(r, 75));
    maxX = Math.max(maxX, p.x + Math.max(r, 75));
    minY = Math.min(minY, p.y - r);
    maxY = Math.max(maxY, p.y + r + 5 + LABEL_PX * LABEL_LINE_HEIGHT * LABEL_MAX_LINES);
  }
  if (!Number.isFinite(minX)) return { scale: 1, dx: box.x, dy: box.y };
  const w = Math.max(1, maxX - minX);
  const h = Math.max(1, maxY - minY);
  const scale = Math.min(box.width / w, box.height / h, 1);
  return {
    scale,
    dx: box.x + (box.width - w * scale) / 2 - minX * scale,
    dy: box.y + (box.height - h * scale) / 2 - minY * scale,
  };
}

/** Fits a part of the map (model coordinates) into `box`, centred, at whatever scale fills it. */
export function fitViewport(viewport: Box, box: Box): Fit {
  const w = Math.max(1, viewport.width);
  const h = Math.max(1, viewport.height);
  const scale = Math.min(box.width / w, box.height / h);
  return {
    scale,
    dx: box.x + (box.width - w * scale) / 2 - viewport.x * scale,
    dy: box.y + (box.height - h * scale) / 2 - viewport.y * scale,
  };
}

/** The actors whose shape lies (at least partly) inside a part of the map, in model coordinates. */
export function actorsInViewport(actors: readonly Actor[], viewport: Box): Actor[] {
  const positions = printPositions(actors);
  return actors.filter((a) => {
    const p = positions.get(a.id);
    const r = sizeOf(a) / 2;
    return p !== undefined && p.x + r >= viewport.x && p.x - r <= viewport.x + viewport.width && p.y + r >= viewport.y && p.y - r <= viewport.y + viewport.height;
  });
}

function nodeSvg(actor: Actor, p: Position, label: LabelPlacement, fontPx: number): string {
  const size = sizeOf(actor);
  const fill = categoryColour(actor.category);
  const stroke = darkenHex(fill, 0.45);
  const shape =
    ACTOR_KIND_SHAPE[actor.kind] === 'ellipse'
      ? `<circle cx="${num(p.x)}" cy="${num(p.y)}" r="${num(size / 2)}"`
      : `<rect x="${num(p.x - size / 2)}" y="${num(p.y - size / 2)}" width="${size}" height="${size}" rx="${num(size / 5)}"`;
  // The lines and side come from the label placement the canvas uses too (shared/layout).
  const lineHeight = fontPx * LABEL_LINE_HEIGHT;
  const top = label.rect.y - label.rect.h / 2 + LABEL_PADDING;
  const tspans = label.lines
    .map((line, i) => `<tspan x="${num(label.rect.x)}" y="${num(top + i * lineHeight + fontPx * 0.9)}">${xmlText(line)}</tspan>`)
    .join('');
  // A pale box behind each line keeps labels readable over lines (a stroke halo would put every label twice into a PDF's text).
  const boxes = label.lines
    .map((line, i) => {
      const width = textWidth(line, fontPx) + 2 * LABEL_PADDING;
      return `<rect x="${num(label.rect.x - width / 2)}" y="${num(top + i * lineHeight - LABEL_PADDING / 2)}" width="${num(width)}" height="${num(lineHeight + LABEL_PADDING)}" rx="${num(fontPx / 5)}"/>`;
    })
    .join('');
  return (
    `<g class="actor">${shape} fill="${fill}" stroke="${stroke}" stroke-width="2"/>` +
    `<g fill="#FFFFFF" fill-opacity="0.85">${boxes}</g>` +
    `<text text-anchor="middle" font-size="${num(fontPx)}" fill="${INK}">${tspans}</text></g>`
  );
}

function edgeSvg(rel: Relation, from: Position, to: Position, toSize: number, markerId: string | null): string {
  const style = relationStyle(rel.kind);
  const width = STRENGTH_WIDTH[rel.strength] ?? 2;
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy) || 1;
  // An arrow ends at the target's border, not under it.
  const cut = markerId ? toSize / 2 + 2 : 0;
  const end = { x: to.x - (dx / length) * cut, y: to.y - (dy / length) * cut };
  const dash = dashArray(style.line, width);
  return (
    `<line x1="${num(from.x)}" y1="${num(from.y)}" x2="${num(end.x)}" y2="${num(end.y)}" stroke="${style.colour}" ` +
    `stroke-width="${width}"${dash ? ` stroke-dasharray="${dash}"` : ''}${style.line === 'dotted' ? ' stroke-linecap="round"' : ''}` +
    `${markerId ? ` marker-end="url(#${markerId})"` : ''}/>`
  );
}

/**
 * Draws the network into `box` on the page: relations first, then actors with their labels.
 * `nameOf` gives the printed name (a pseudonym for anonymised persons). No actor id or name is
 * written anywhere except the printed label.
 */
export function networkSvg(
  actors: readonly Actor[],
  relations: readonly Relation[],
  nameOf: (actor: Actor) => string,
  box: Box,
  viewport: Box | null = null,
): string {
  const positions = printPositions(actors);
  const fit = viewport ? fitViewport(viewport, box) : fitNetwork(actors, positions, box);
  const drawn = viewport ? actorsInViewport(actors, viewport) : actors;
  const fontPx = printFontPx(fit.scale);
  const byId = new Map(actors.map((a) => [a.id, a]));
  const colours = [...new Set(relations.filter((r) => r.directed).map((r) => relationStyle(r.kind).colour))];
  const markerOf = new Map(colours.map((c, i) => [c, `pijl-${i}`]));
  const markers = colours
    .map(
      (c) =>
        `<marker id="${markerOf.get(c) ?? ''}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="5" markerHeight="5" ` +
        `markerUnits="strokeWidth" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="${c}"/></marker>`,
    )
    .join('');
  const edges = relations
    .map((rel) => {
      const from = positions.get(rel.from);
      const to = positions.get(rel.to);
      const target = byId.get(rel.to);
      if (!from || !to || !target) return '';
      const marker = rel.directed ? (markerOf.get(relationStyle(rel.kind).colour) ?? null) : null;
      return edgeSvg(rel, from, to, sizeOf(target), marker);
    })
    .join('');
  const labelled = drawn.flatMap((a) => {
    const p = positions.get(a.id);
    return p ? [{ id: a.id, x: p.x, y: p.y, size: sizeOf(a), name: nameOf(a) }] : [];
  });
  const placements = placeLabels([...labelled].sort((x, y) => y.size - x.size), fontPx);
  const nodes = drawn
    .map((a) => {
      const p = positions.get(a.id);
      const label = placements.get(a.id);
      return p && label ? nodeSvg(a, p, label, fontPx) : '';
    })
    .join('');
  // The current view is cut at the edge of its box: relations to actors outside end there.
  const clip = viewport
    ? `<clipPath id="uitsnede"><rect x="${num(fit.dx + viewport.x * fit.scale)}" y="${num(fit.dy + viewport.y * fit.scale)}" ` +
      `width="${num(viewport.width * fit.scale)}" height="${num(viewport.height * fit.scale)}"/></clipPath>`
    : '';
  return (
    (markers || clip ? `<defs>${markers}${clip}</defs>` : '') +
    (viewport ? '<g clip-path="url(#uitsnede)">' : '') +
    `<g class="network" transform="translate(${num(fit.dx)} ${num(fit.dy)}) scale(${fit.scale.toPrecision(4)})" font-family="${xmlText(PRINT_FONT)}">` +
    `<g class="relations" fill="none">${edges}</g><g class="actors">${nodes}</g></g>` +
    (viewport ? '</g>' : '')
  );
}
