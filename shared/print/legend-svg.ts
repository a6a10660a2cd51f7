import type { Actor, Relation } from '../domain/map-document';
import { ACTOR_KINDS } from '../domain/vocabulary';
import { ACTOR_KIND_SHAPE, CATEGORY_COLOUR, GROUP_BOX, RELATION_KIND_STYLE, relationStyle, STRENGTH_WIDTH } from '../visual/encoding';
import type { MapEncoding } from '../visual/map-encoding';
import { darkenHex, dashArray } from './network-svg';
import type { PrintLabels } from './print-labels';
import { clip, num, xmlText } from './xml-text';
import { maxOf } from '../big-arrays';

/** Legend measures in millimetres. */
export const LEGEND = { row: 4.3, font: 2.7, heading: 3.1, column: 50, swatch: 7, gap: 3 } as const;

/** One line of the printed legend: a heading or an entry with its swatch (drawn at the origin). */
interface LegendRow {
  readonly heading: boolean;
  readonly text: string;
  readonly swatch: (x: number, y: number) => string;
}

const noSwatch = (): string => '';

function ordered(present: ReadonlySet<string>, table: readonly string[]): string[] {
  return [...table.filter((id) => present.has(id)), ...[...present].filter((id) => !table.includes(id))];
}

/**
 * The legend rows for what is actually printed: only the kinds, categories, groups and relation
 * kinds present, in the map's own colours and names (`encoding`).
 */
export function legendRows(actors: readonly Actor[], relations: readonly Relation[], labels: PrintLabels, encoding: MapEncoding): LegendRow[] {
  const rows: LegendRow[] = [];
  const heading = (text: string): void => void rows.push({ heading: true, text, swatch: noSwatch });
  const kinds = ACTOR_KINDS.filter((k) => actors.some((a) => a.kind === k));
  if (kinds.length) {
    heading(labels.kinds);
    for (const kind of kinds) {
      rows.push({
        heading: false,
        text: labels.actorKind(kind),
        swatch: (x, y) =>
          ACTOR_KIND_SHAPE[kind] === 'ellipse'
            ? `<circle cx="${num(x + 2.2)}" cy="${num(y)}" r="1.9" fill="#FFFFFF" stroke="#333333" stroke-width="0.35"/>`
            : `<rect x="${num(x + 0.3)}" y="${num(y - 1.9)}" width="3.8" height="3.8" rx="0.8" fill="#FFFFFF" stroke="#333333" stroke-width="0.35"/>`,
      });
    }
  }
  const printed = new Set(actors.map((a) => a.id));
  if (actors.some((a) => a.parentId != null && printed.has(a.parentId))) {
    rows.push({
      heading: false,
      text: labels.group,
      swatch: (x, y) =>
        `<rect x="${num(x)}" y="${num(y - 1.9)}" width="${num(LEGEND.swatch - 1)}" height="3.8" rx="0.8" fill="#888888" fill-opacity="${GROUP_BOX.fillOpacity}" stroke="#555555" stroke-width="0.35"/>`,
    });
  }
  const categories = ordered(new Set(actors.map((a) => a.category)), Object.keys(CATEGORY_COLOUR));
  if (categories.length) {
    heading(labels.categories);
    for (const id of categories) {
      const fill = encoding.categoryColour(id);
      rows.push({
        heading: false,
        text: encoding.categoryLabel(id) ?? labels.category(id),
        swatch: (x, y) =>
          `<rect x="${num(x + 0.3)}" y="${num(y - 1.9)}" width="3.8" height="3.8" rx="0.6" fill="${fill}" stroke="${darkenHex(fill, 0.45)}" stroke-width="0.35"/>`,
      });
    }
  }
  const relationKinds = ordered(new Set(relations.map((r) => r.kind)), Object.keys(RELATION_KIND_STYLE));
  if (relationKinds.length) {
    heading(labels.relations);
    for (const id of relationKinds) {
      const style = { ...relationStyle(id), colour: encoding.relationColour(id) };
      const dash = dashArray(style.line, 0.5);
      rows.push({
        heading: false,
        text: encoding.relationLabel(id) ?? labels.relationKind(id),
        swatch: (x, y) =>
          `<line x1="${num(x)}" y1="${num(y)}" x2="${num(x + LEGEND.swatch - 1)}" y2="${num(y)}" stroke="${style.colour}" stroke-width="0.6"` +
          `${dash ? ` stroke-dasharray="${dash.split(' ').map((d) => num(Number(d) / 4)).join(' ')}"` : ''}${style.line === 'dotted' ? ' stroke-linecap="round"' : ''}/>`,
      });
    }
    heading(labels.strength);
    for (const [strength, width] of Object.entries(STRENGTH_WIDTH)) {
      const s = Number(strength);
      if (!relations.some((r) => r.strength === s)) continue;
      rows.push({
        heading: false,
        text: labels.strengthLevel(s),
        swatch: (x, y) => `<line x1="${num(x)}" y1="${num(y)}" x2="${num(x + LEGEND.swatch - 1)}" y2="${num(y)}" stroke="#4D4D4D" stroke-width="${num(width / 5)}"/>`,
      });
    }
    if (relations.some((r) => r.directed)) {
      rows.push({
        heading: false,
        text: labels.directed,
        swatch: (x, y) =>
          `<line x1="${num(x)}" y1="${num(y)}" x2="${num(x + 4.6)}" y2="${num(y)}" stroke="#4D4D4D" stroke-width="0.5"/>` +
          `<path d="M${num(x + 4.4)},${num(y - 1.1)} L${num(x + 6.2)},${num(y)} L${num(x + 4.4)},${num(y + 1.1)} z" fill="#4D4D4D"/>`,
      });
    }
  }
  if (actors.length) rows.push({ heading: false, text: labels.size, swatch: noSwatch });
  return rows;
}

/** A legend laid out in columns: its SVG (at the origin) and its size in millimetres. */
export interface LegendBlock {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
}

/**
 * Lays the rows out in as few columns as fit `maxHeight` (a heading is never left alone at the
 * bottom of a column).
 */
export function legendBlock(rows: readonly LegendRow[], maxHeight: number, title: string): LegendBlock {
  if (rows.length === 0) return { svg: '', width: 0, height: 0 };
  const perColumn = Math.max(3, Math.floor((maxHeight - LEGEND.row * 1.4) / LEGEND.row));
  const columns: LegendRow[][] = [[]];
  for (const row of rows) {
    let column = columns[columns.length - 1] ?? [];
    if (column.length >= perColumn) {
      const last = column[column.length - 1];
      const moved: LegendRow[] = last?.heading ? [column.pop() as LegendRow] : [];
      column = moved;
      columns.push(column);
    }
    column.push(row);
  }
  const tallest = maxOf(columns.map((c) => c.length));
  const parts: string[] = [
    `<text x="0" y="${num(LEGEND.heading)}" font-size="${LEGEND.heading + 0.6}" font-weight="bold">${xmlText(title)}</text>`,
  ];
  columns.forEach((column, ci) => {
    column.forEach((row, ri) => {
      const x = ci * LEGEND.column;
      const y = LEGEND.row * 1.4 + ri * LEGEND.row + LEGEND.row / 2 + 1;
      if (row.heading) {
        parts.push(`<text x="${num(x)}" y="${num(y + 1)}" font-size="${LEGEND.font}" font-weight="bold">${xmlText(clip(row.text, 34))}</text>`);
      } else {
        parts.push(row.swatch(x, y));
        const tx = row.swatch === noSwatch ? x : x + LEGEND.swatch + 1;
        parts.push(`<text x="${num(tx)}" y="${num(y + 1)}" font-size="${LEGEND.font}">${xmlText(clip(row.text, 30))}</text>`);
      }
    });
  });
  return {
    svg: parts.join(''),
    width: columns.length * LEGEND.column - LEGEND.gap,
    height: LEGEND.row * 1.4 + tallest * LEGEND.row + 1,
  };
}
