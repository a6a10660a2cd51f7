import type { Actor, Position, Relation } from '../domain/map-document';
import { ACTOR_KIND_SHAPE, GROUP_BOX, INFLUENCE_SIZE, relationStyle, STRENGTH_WIDTH, type LineStyle } from '../visual/encoding';
import type { MapEncoding } from '../visual/map-encoding';
import { boxBorderPoint, groupBoxes } from './group-boxes';
import { MAX_LABEL_LINES, placePrintLabels, type PlacedLabel } from './label-placement';
import { num, xmlText } from './xml-text';
import { maxOf, minOf } from '../big-arrays';
import { LABEL_LINE_HEIGHT, LABEL_PADDING, textWidth } from '../layout/label-box';

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

/**
 * Fits the bounding box of the nodes and their labels (and any group boxes, model pixels) into
 * `box`, centred, never enlarged beyond 1 mm/px.
 */
export function fitNetwork(actors: readonly Actor[], positions: ReadonlyMap<string, Position>, box: Box, extra: readonly Box[] = []): Fit {
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
    maxY = Math.max(maxY, p.y + r + 5 + LABEL_PX * 1.25 * MAX_LABEL_LINES);
  }
  for (const b of extra) {
    minX = Math.min(minX, b.x);
    maxX = Math.max(maxX, b.x + b.width);
    // The group's name stands above its box.
    minY = Math.min(minY, b.y - LABEL_PX * 1.6);
    maxY = Math.max(maxY, b.y + b.height);
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

function nodeSvg(actor: Actor, p: Position, fill: string): string {
  const size = sizeOf(actor);
  const stroke = darkenHex(fill, 0.45);
  const shape =
    ACTOR_KIND_SHAPE[actor.kind] === 'ellipse'
      ? `<circle cx="${num(p.x)}" cy="${num(p.y)}" r="${num(size / 2)}"`
      : `<rect x="${num(p.x - size / 2)}" y="${num(p.y - size / 2)}" width="${size}" height="${size}" rx="${num(size / 5)}"`;
  return `${shape} fill="${fill}" stroke="${stroke}" stroke-width="2"/>`;
}

/** A label as placed, over a pale box per line (a stroke halo would put every label twice into a PDF's text). */
function labelSvg(label: PlacedLabel, fontPx: number): string {
  const lineHeight = fontPx * LABEL_LINE_HEIGHT;
  const tspans = label.lines.map((line, i) => `<tspan x="${num(label.x)}" y="${num(label.y + i * lineHeight)}">${xmlText(line)}</tspan>`).join('');
  const boxes = label.lines
    .map((line, i) => {
      const width = textWidth(line, fontPx) + 2 * LABEL_PADDING;
      const left = label.anchor === 'middle' ? label.x - width / 2 : label.anchor === 'start' ? label.x - fontPx * 0.2 : label.x - width + fontPx * 0.2;
      return `<rect x="${num(left)}" y="${num(label.y + i * lineHeight - fontPx * 0.95)}" width="${num(width)}" height="${num(lineHeight)}" rx="${num(fontPx / 5)}"/>`;
    })
    .join('');
  return `<g fill="#FFFFFF" fill-opacity="0.85">${boxes}</g><text text-anchor="${label.anchor}" font-size="${num(fontPx)}" fill="${INK}">${tspans}</text>`;
}

/** A group's box in its category colour, pale (as on the canvas); drawn under relations and actors. */
function groupSvg(box: Box, fill: string, fontPx: number): string {
  return (
    `<rect x="${num(box.x)}" y="${num(box.y)}" width="${num(box.width)}" height="${num(box.height)}" rx="${num(fontPx * 0.8)}" ` +
    `fill="${fill}" fill-opacity="${GROUP_BOX.fillOpacity}" stroke="${darkenHex(fill, 0.45)}" stroke-width="${GROUP_BOX.borderWidth}"/>`
  );
}

/** A group's name in bold on top of its box's upper edge, over everything (the canvas puts it there too). */
function groupTitleSvg(name: string, box: Box, fontPx: number): string {
  const label: PlacedLabel = { id: '', lines: [name], x: box.x + box.width / 2, y: box.y + fontPx * 0.35, anchor: 'middle' };
  return labelSvg(label, fontPx).replace('<text ', '<text font-weight="bold" ');
}

function edgeSvg(rel: Relation, from: Position, to: Position, toSize: number, markerId: string | null, colour: string): string {
  const style = { ...relationStyle(rel.kind), colour };
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

/** The drawn extent of an actor (shape and a label under it at `fontPx`), model pixels. */
function extentOf(actor: Actor, p: Position, label: string, fontPx: number): Box {
  const r = sizeOf(actor) / 2;
  const half = Math.max(r, (Math.min(Array.from(label).length, 24) * fontPx * 0.56 + fontPx * 0.4) / 2);
  const lines = Math.min(MAX_LABEL_LINES, Math.ceil(Array.from(label).length / 24) || 1);
  return { x: p.x - half, y: p.y - r, width: 2 * half, height: 2 * r + 5 + fontPx * 1.25 * lines };
}

/**
 * Draws the network into `box` on the page: group boxes, relations, then actors with their
 * labels, in the map's own colours (`encoding`). `nameOf` gives the printed name (a pseudonym for
 * anonymised persons). No actor id or name is written anywhere except the printed label.
 */
export function networkSvg(
  actors: readonly Actor[],
  relations: readonly Relation[],
  nameOf: (actor: Actor) => string,
  encoding: MapEncoding,
  box: Box,
  viewport: Box | null = null,
): string {
  const positions = printPositions(actors);
  const drawn = viewport ? actorsInViewport(actors, viewport) : actors;
  // Group boxes hold their members' labels at the printed size, which depends on the scale: estimate it first.
  const roughFit = viewport ? fitViewport(viewport, box) : fitNetwork(drawn, positions, box);
  const groups = groupBoxes(drawn, (a) => {
    const p = positions.get(a.id);
    return p ? extentOf(a, p, nameOf(a), printFontPx(roughFit.scale)) : null;
  });
  const leaves = drawn.filter((a) => !groups.has(a.id));
  const fit = viewport ? roughFit : fitNetwork(leaves, positions, box, [...groups.values()]);
  const fontPx = printFontPx(fit.scale);
  const byId = new Map(actors.map((a) => [a.id, a]));
  const colourOf = (rel: Relation): string => encoding.relationColour(rel.kind);
  const colours = [...new Set(relations.filter((r) => r.directed).map(colourOf))];
  const markerOf = new Map(colours.map((c, i) => [c, `pijl-${i}`]));
  const markers = colours
    .map(
      (c) =>
        `<marker id="${markerOf.get(c) ?? ''}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="5" markerHeight="5" ` +
        `markerUnits="strokeWidth" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="${c}"/></marker>`,
    )
    .join('');
  // A relation of a group ends at its box, as on the canvas.
  const centreOf = (id: string): Position | undefined => {
    const g = groups.get(id);
    return g ? { x: g.x + g.width / 2, y: g.y + g.height / 2 } : positions.get(id);
  };
  const edges = relations
    .map((rel) => {
      let from = centreOf(rel.from);
      let to = centreOf(rel.to);
      const target = byId.get(rel.to);
      if (!from || !to || !target) return '';
      const fromBox = groups.get(rel.from);
      const toBox = groups.get(rel.to);
      if (fromBox) from = boxBorderPoint(to, fromBox);
      if (toBox) to = boxBorderPoint(from, toBox);
      const marker = rel.directed ? (markerOf.get(colourOf(rel)) ?? null) : null;
      return edgeSvg(rel, from, to, toBox ? 0 : sizeOf(target), marker, colourOf(rel));
    })
    .join('');
  const grouped = drawn.flatMap((a) => {
    const g = groups.get(a.id);
    return g ? [{ actor: a, box: g }] : [];
  });
  const groupParts = grouped.map((g) => groupSvg(g.box, encoding.categoryColour(g.actor.category), fontPx)).join('');
  const groupTitles = grouped.map((g) => groupTitleSvg(nameOf(g.actor), g.box, fontPx)).join('');
  const labelNodes = leaves.flatMap((a) => {
    const p = positions.get(a.id);
    return p ? [{ id: a.id, x: p.x, y: p.y, size: sizeOf(a), text: nameOf(a) }] : [];
  });
  // The one call where labels get their place (see label-placement.ts).
  const labels = new Map(placePrintLabels(labelNodes, fontPx).map((l) => [l.id, l]));
  const nodes = leaves
    .map((a) => {
      const p = positions.get(a.id);
      const label = labels.get(a.id);
      return p ? `<g class="actor">${nodeSvg(a, p, encoding.categoryColour(a.category))}${label ? labelSvg(label, fontPx) : ''}</g>` : '';
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
    `<g class="groups">${groupParts}</g><g class="relations" fill="none">${edges}</g><g class="actors">${nodes}</g>` +
    `<g class="group-names">${groupTitles}</g></g>` +
    (viewport ? '</g>' : '')
  );
}
