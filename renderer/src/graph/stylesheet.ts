import type { StylesheetStyle } from 'cytoscape';
import {
  ACTOR_KIND_SHAPE,
  CATEGORY_COLOUR,
  FALLBACK_CATEGORY_COLOUR,
  FALLBACK_RELATION_STYLE,
  INFLUENCE_SIZE,
  RELATION_KIND_STYLE,
  STRENGTH_WIDTH,
  type RelationStyle,
} from '../../../shared/visual/encoding';
import { LABEL_FONT_PX, LABEL_GAP, LABEL_LINE_HEIGHT, LABEL_MAX_WIDTH, LABEL_PADDING } from '../../../shared/layout/label-box';
import { MIN_DRAWN_FONT_PX } from '../../../shared/layout/readability-report';
import { forceFieldRules } from '../forcefield/stance-style';
import { groupRules, readingRules } from '../reading/reading-styles';
import { borderColour, dashSpec, INK, NODE_BORDER_WIDTH } from './visual-tokens';

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const DEFAULT_SIZE = INFLUENCE_SIZE[3] ?? 40;
const DEFAULT_WIDTH = STRENGTH_WIDTH[2] ?? 3;

/** A Cytoscape attribute selector for `data[key] = value`, quoting strings safely. */
export function dataSelector(group: 'node' | 'edge', key: string, value: string | number): string {
  return `${group}[${key} = ${typeof value === 'number' ? String(value) : JSON.stringify(value)}]`;
}

function baseRules(): StylesheetStyle[] {
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        shape: 'round-rectangle',
        width: DEFAULT_SIZE,
        height: DEFAULT_SIZE,
        'background-color': FALLBACK_CATEGORY_COLOUR,
        'border-color': borderColour(FALLBACK_CATEGORY_COLOUR),
        'border-width': NODE_BORDER_WIDTH,
        'font-family': FONT,
        'font-size': LABEL_FONT_PX,
        color: INK.text,
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': LABEL_GAP,
        'text-wrap': 'wrap',
        'text-max-width': '150px',
        'text-background-color': INK.labelBackground,
        'text-background-opacity': 0.88,
        'text-background-padding': `${LABEL_PADDING}px`,
        'text-background-shape': 'roundrectangle',
        'min-zoomed-font-size': MIN_DRAWN_FONT_PX,
      },
    },
    ...labelRules(),
    {
      selector: 'edge',
      style: {
        'curve-style': 'bezier',
        width: DEFAULT_WIDTH,
        'line-color': FALLBACK_RELATION_STYLE.colour,
        'target-arrow-color': FALLBACK_RELATION_STYLE.colour,
        'target-arrow-shape': 'none',
        'arrow-scale': 1.1,
        opacity: 0.92,
      },
    },
  ];
}

/**
 * Actor labels as shared/layout wrapped and placed them (the same lines the layouts spaced for and
 * print draws): the pre-wrapped text, never re-wrapped by Cytoscape, on the side label placement chose.
 */
function labelRules(): StylesheetStyle[] {
  return [
    { selector: 'node[labelText]', style: { label: 'data(labelText)', 'text-max-width': `${LABEL_MAX_WIDTH * 2}px`, 'line-height': LABEL_LINE_HEIGHT } },
    { selector: 'node[labelSide = "top"]', style: { 'text-valign': 'top', 'text-margin-y': -LABEL_GAP } },
    { selector: 'node[labelSide = "right"]', style: { 'text-valign': 'center', 'text-halign': 'right', 'text-margin-y': 0, 'text-margin-x': LABEL_GAP } },
    { selector: 'node[labelSide = "left"]', style: { 'text-valign': 'center', 'text-halign': 'left', 'text-margin-y': 0, 'text-margin-x': -LABEL_GAP } },
  ];
}

function kindRules(): StylesheetStyle[] {
  return Object.entries(ACTOR_KIND_SHAPE).map(([kind, shape]) => ({
    selector: dataSelector('node', 'kind', kind),
    style: { shape },
  }));
}

function categoryRules(): StylesheetStyle[] {
  return Object.entries(CATEGORY_COLOUR).map(([category, colour]) => ({
    selector: dataSelector('node', 'category', category),
    style: { 'background-color': colour, 'border-color': borderColour(colour) },
  }));
}

function influenceRules(): StylesheetStyle[] {
  return Object.entries(INFLUENCE_SIZE).map(([influence, size]) => ({
    selector: dataSelector('node', 'influence', Number(influence)),
    style: { width: size, height: size },
  }));
}

function lineRule(selector: string, style: RelationStyle, width: number): StylesheetStyle {
  const dash = dashSpec(style.line, width);
  return {
    selector,
    style: {
      'line-style': dash.pattern ? 'dashed' : 'solid',
      ...(dash.pattern ? { 'line-dash-pattern': [...dash.pattern] } : {}),
      'line-cap': dash.cap,
    },
  };
}

function relationRules(): StylesheetStyle[] {
  const rules: StylesheetStyle[] = [];
  for (const [strength, width] of Object.entries(STRENGTH_WIDTH)) {
    rules.push({ selector: dataSelector('edge', 'strength', Number(strength)), style: { width } });
    rules.push(lineRule(dataSelector('edge', 'strength', Number(strength)), FALLBACK_RELATION_STYLE, width));
  }
  for (const [kind, style] of Object.entries(RELATION_KIND_STYLE)) {
    rules.push({
      selector: dataSelector('edge', 'kind', kind),
      style: { 'line-color': style.colour, 'target-arrow-color': style.colour },
    });
    for (const [strength, width] of Object.entries(STRENGTH_WIDTH)) {
      rules.push(lineRule(`${dataSelector('edge', 'kind', kind)}[strength = ${strength}]`, style, width));
    }
  }
  rules.push({ selector: 'edge[?directed]', style: { 'target-arrow-shape': 'triangle' } });
  return rules;
}

function interactionRules(): StylesheetStyle[] {
  return [
    {
      // Selection is shown by a ring, a thicker border and a bold label, not by colour alone.
      selector: 'node.is-selected',
      style: {
        'border-width': 4,
        'border-color': INK.text,
        'outline-width': 4,
        'outline-color': INK.focus,
        'outline-offset': 3,
        'outline-opacity': 1,
        'font-weight': 'bold',
        'z-index': 10,
      },
    },
    {
      selector: 'edge.is-selected',
      style: { 'line-outline-width': 3, 'line-outline-color': INK.focus, opacity: 1, 'z-index': 10 },
    },
    { selector: '.eh-source, .eh-target', style: { 'outline-width': 4, 'outline-color': INK.focus, 'outline-offset': 3 } },
    {
      selector: '.eh-preview, .eh-ghost-edge',
      style: {
        'line-color': INK.focus,
        'target-arrow-color': INK.focus,
        'target-arrow-shape': 'triangle',
        'line-style': 'dashed',
        width: 3,
        opacity: 1,
      },
    },
    { selector: '.eh-ghost-node', style: { width: 1, height: 1, opacity: 0, label: '' } },
    { selector: '.eh-ghost-edge.eh-preview-active', style: { opacity: 0 } },
  ];
}

/**
 * The canvas stylesheet, generated from the visual encoding table in shared/visual/encoding.ts:
 * shape per actor kind, colour per category (darker border), size per influence, line style and
 * colour per relation kind, width per strength, an arrow when directed. Later rules win; `extra`
 * (the map's own colours) comes before the selection rules, `last` (level of detail) after all.
 */
export function buildStylesheet(extra: readonly StylesheetStyle[] = [], last: readonly StylesheetStyle[] = []): StylesheetStyle[] {
  return [
    ...baseRules(),
    ...kindRules(),
    ...categoryRules(),
    ...influenceRules(),
    ...relationRules(),
    ...extra,
    ...groupRules(),
    ...forceFieldRules(),
    ...readingRules(),
    ...interactionRules(),
    ...last,
  ];
}
