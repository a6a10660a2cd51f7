import type { Actor, MapDocument } from '../domain/map-document';
import { nameScrubber, printedName, pseudonyms } from './anonymise';
import { legendBlock, legendRows, LEGEND } from './legend-svg';
import { actorsInViewport, networkSvg, PRINT_FONT, type Box } from './network-svg';
import { sheetSize, type SheetSize } from './paper';
import type { PrintOptions } from './print-options';
import { selectForPrint } from './print-selection';
import { num, wrap, xmlText } from './xml-text';
import { mapEncoding } from '../visual/map-encoding';

/** One printed sheet: a complete standalone SVG document and its paper size. */
export interface PrintedPage {
  readonly svg: string;
  readonly widthMm: number;
  readonly heightMm: number;
}

const TEXT = '#222222';
const MUTED = '#555555';

interface Content {
  readonly title: string;
  readonly body: string;
}

/** The texts of the page, with persons' names replaced when anonymising. */
function pageTexts(options: PrintOptions, docName: string, scrub: ((text: string) => string) | null) {
  const clean = (text: string): string => (scrub ? scrub(text) : text).trim();
  return {
    title: clean(options.title) || clean(docName),
    subtitle: clean(options.subtitle),
    meta: [clean(options.date), clean(options.author)].filter((s) => s.length > 0).join(' · '),
    note: clean(options.note),
  };
}

/** Draws the whole page (header, network, legend, footer) on a sheet of the given size. */
function pageContent(doc: MapDocument, options: PrintOptions, sheet: SheetSize): Content {
  const names = options.anonymise ? pseudonyms(doc, options.labels.pseudonyms) : null;
  const scrub = names ? nameScrubber(doc, names) : null;
  const texts = pageTexts(options, doc.name, scrub);
  const m = options.marginMm;
  const inner: Box = { x: m, y: m, width: sheet.width - 2 * m, height: sheet.height - 2 * m };
  const chars = (fontMm: number): number => Math.max(10, Math.floor(inner.width / (fontMm * 0.52)));
  const parts: string[] = [];
  let y = inner.y;
  for (const line of wrap(texts.title, chars(7), 2)) {
    y += 7;
    parts.push(`<text x="${num(inner.x)}" y="${num(y)}" font-size="7" font-weight="bold" fill="${TEXT}">${xmlText(line)}</text>`);
    y += 1;
  }
  if (texts.subtitle) {
    for (const line of wrap(texts.subtitle, chars(4.2), 2)) {
      y += 5;
      parts.push(`<text x="${num(inner.x)}" y="${num(y)}" font-size="4.2" fill="${TEXT}">${xmlText(line)}</text>`);
    }
  }
  if (texts.meta) {
    y += 4.6;
    parts.push(`<text x="${num(inner.x)}" y="${num(y)}" font-size="3.2" fill="${MUTED}">${xmlText(texts.meta)}</text>`);
  }
  y += 2.5;
  parts.push(`<line x1="${num(inner.x)}" y1="${num(y)}" x2="${num(inner.x + inner.width)}" y2="${num(y)}" stroke="#999999" stroke-width="0.3"/>`);
  y += 3;

  const footer: string[] = [];
  if (texts.note) footer.push(...wrap(texts.note, chars(2.8), 3));
  if (names && names.size > 0) footer.push(options.labels.anonymised);
  let bottom = inner.y + inner.height;
  for (const line of [...footer].reverse()) {
    parts.push(`<text x="${num(inner.x)}" y="${num(bottom)}" font-size="2.8" fill="${MUTED}">${xmlText(line)}</text>`);
    bottom -= 3.8;
  }
  if (footer.length) bottom -= 2;

  const selected = selectForPrint(doc, options.visibleIds);
  const viewport = options.viewport ?? null;
  // Printing the current view: the legend and the relations only for the actors in that view.
  const shown = viewport ? new Set(actorsInViewport(selected.actors, viewport).map((a) => a.id)) : null;
  const actors = shown ? selected.actors.filter((a) => shown.has(a.id)) : selected.actors;
  const relations = shown ? selected.relations.filter((r) => shown.has(r.from) || shown.has(r.to)) : selected.relations;
  const encoding = mapEncoding(doc.vocabulary);
  const rows = legendRows(actors, relations, options.labels, encoding);
  const middle: Box = { x: inner.x, y, width: inner.width, height: Math.max(20, bottom - y) };
  let map: Box = middle;
  if (rows.length) {
    const landscape = sheet.width > sheet.height;
    if (landscape) {
      const block = legendBlock(rows, middle.height, options.labels.legend);
      const lx = middle.x + middle.width - block.width;
      parts.push(`<g class="legend" transform="translate(${num(lx)} ${num(middle.y)})" fill="${TEXT}">${block.svg}</g>`);
      map = { ...middle, width: Math.max(20, middle.width - block.width - 2 * LEGEND.gap) };
    } else {
      let block = legendBlock(rows, 45, options.labels.legend);
      for (let h = 45; block.width > middle.width && h < middle.height / 2; h += 10) block = legendBlock(rows, h, options.labels.legend);
      const ly = middle.y + middle.height - block.height;
      parts.push(`<g class="legend" transform="translate(${num(middle.x)} ${num(ly)})" fill="${TEXT}">${block.svg}</g>`);
      map = { ...middle, height: Math.max(20, middle.height - block.height - 2 * LEGEND.gap) };
    }
  }
  // Organisations keep their names, but a person's name inside one ("Bakkerij Yusuf Demir") is replaced too.
  const nameOf = (actor: Actor): string => (scrub ? scrub(printedName(actor, names)) : actor.name);
  parts.unshift(networkSvg(viewport ? selected.actors : actors, relations, nameOf, encoding, map, viewport));
  return { title: texts.title, body: parts.join('') };
}

function svgDocument(title: string, sheet: SheetSize, viewBox: Box, body: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${num(sheet.width)}mm" height="${num(sheet.height)}mm" ` +
    `viewBox="${num(viewBox.x)} ${num(viewBox.y)} ${num(viewBox.width)} ${num(viewBox.height)}" ` +
    `font-family="${xmlText(PRINT_FONT)}" style="font-variant-ligatures: none">` +
    `<title>${xmlText(title)}</title>` +
    `<rect x="${num(viewBox.x)}" y="${num(viewBox.y)}" width="${num(viewBox.width)}" height="${num(viewBox.height)}" fill="#FFFFFF"/>` +
    `${body}</svg>\n`
  );
}

/** Overlap marks and the caption of one poster tile, in the tile's own coordinates. */
function tileMarks(options: PrintOptions, sheet: SheetSize, row: number, column: number): string {
  const poster = options.poster;
  if (!poster) return '';
  const m = options.marginMm;
  const o = poster.overlapMm;
  const mark = (x1: number, y1: number, x2: number, y2: number): string =>
    `<line x1="${num(x1)}" y1="${num(y1)}" x2="${num(x2)}" y2="${num(y2)}" stroke="#777777" stroke-width="0.25" stroke-dasharray="1.5 1"/>`;
  const parts: string[] = [];
  // Where the neighbouring sheet starts (right, bottom) and where the previous one ended (left, top).
  if (column < poster.columns - 1) parts.push(mark(sheet.width - m - o, 0, sheet.width - m - o, sheet.height));
  if (column > 0) parts.push(mark(m + o, 0, m + o, sheet.height));
  if (row < poster.rows - 1) parts.push(mark(0, sheet.height - m - o, sheet.width, sheet.height - m - o));
  if (row > 0) parts.push(mark(0, m + o, sheet.width, m + o));
  const caption = options.labels.tile(row + 1, column + 1, poster.rows, poster.columns);
  parts.push(`<text x="${num(sheet.width / 2)}" y="${num(sheet.height - m / 2 + 1)}" font-size="2.6" text-anchor="middle" fill="${MUTED}">${xmlText(caption)}</text>`);
  return `<g class="tile-marks">${parts.join('')}</g>`;
}

/**
 * Renders a map as printable SVG pages: one sheet, or a poster of `columns × rows` sheets that
 * overlap so they can be glued together. Pure: same map and options give the same bytes.
 */
export function renderPrint(doc: MapDocument, options: PrintOptions): PrintedPage[] {
  const sheet = sheetSize(options.paper, options.orientation);
  const poster = options.poster && options.poster.columns * options.poster.rows > 1 ? options.poster : null;
  if (!poster) {
    const content = pageContent(doc, options, sheet);
    const box = { x: 0, y: 0, width: sheet.width, height: sheet.height };
    return [{ svg: svgDocument(content.title, sheet, box, content.body), widthMm: sheet.width, heightMm: sheet.height }];
  }
  const m = options.marginMm;
  const stepX = sheet.width - 2 * m - poster.overlapMm;
  const stepY = sheet.height - 2 * m - poster.overlapMm;
  const big: SheetSize = {
    width: poster.columns * stepX + poster.overlapMm + 2 * m,
    height: poster.rows * stepY + poster.overlapMm + 2 * m,
  };
  const content = pageContent(doc, options, big);
  const pages: PrintedPage[] = [];
  for (let row = 0; row < poster.rows; row++) {
    for (let column = 0; column < poster.columns; column++) {
      const x = column * stepX;
      const y = row * stepY;
      const clipId = `vel-${row}-${column}`;
      const body =
        `<defs><clipPath id="${clipId}"><rect x="${num(x + m / 2)}" y="${num(y + m / 2)}" width="${num(sheet.width - m)}" height="${num(sheet.height - m)}"/></clipPath></defs>` +
        `<g clip-path="url(#${clipId})">${content.body}</g>` +
        `<g transform="translate(${num(x)} ${num(y)})">${tileMarks(options, sheet, row, column)}</g>`;
      pages.push({
        svg: svgDocument(content.title, sheet, { x, y, width: sheet.width, height: sheet.height }, body),
        widthMm: sheet.width,
        heightMm: sheet.height,
      });
    }
  }
  return pages;
}

/**
 * A small standalone figure of part of the network (e.g. the participants of a meeting and their
 * go-betweens), `widthMm × heightMm`, without title or legend.
 */
export function renderNetworkFigure(doc: MapDocument, ids: ReadonlySet<string>, widthMm: number, heightMm: number): string {
  const { actors, relations } = selectForPrint(doc, ids);
  const box: Box = { x: 2, y: 2, width: widthMm - 4, height: heightMm - 4 };
  const sheet = { width: widthMm, height: heightMm };
  const body = networkSvg(actors, relations, (a) => a.name, mapEncoding(doc.vocabulary), box);
  return svgDocument('', sheet, { x: 0, y: 0, width: widthMm, height: heightMm }, body);
}
