import type { StylesheetStyle } from 'cytoscape';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import {
  ACTOR_KIND_SHAPE,
  CATEGORY_COLOUR,
  INFLUENCE_SIZE,
  RELATION_KIND_STYLE,
  STRENGTH_WIDTH,
} from '../../../../shared/visual/encoding';
import { Legend } from '../../../../renderer/src/graph/legend';
import { legendModel } from '../../../../renderer/src/graph/legend-model';
import { buildStylesheet, dataSelector } from '../../../../renderer/src/graph/stylesheet';
import { borderColour, dashSpec } from '../../../../renderer/src/graph/visual-tokens';
import { setupI18n } from '../../../../renderer/src/i18n/setup';
import { sampleMap } from '../fixtures';

const sheet = buildStylesheet();
const rule = (selector: string): Record<string, unknown> => {
  const found = sheet.find((r: StylesheetStyle) => r.selector === selector);
  if (!found) throw new Error(`no rule for ${selector}`);
  return found.style as Record<string, unknown>;
};

describe('stylesheet and legend read the one encoding table', () => {
  it('draws each actor kind with its shape, in the canvas and in the legend', () => {
    const legend = legendModel(null, 'all');
    for (const [kind, shape] of Object.entries(ACTOR_KIND_SHAPE)) {
      expect(rule(dataSelector('node', 'kind', kind)).shape).toBe(shape);
      expect(legend.kinds.find((k) => k.kind === kind)?.shape).toBe(shape);
    }
  });

  it('fills each category with its colour and a darker border, in both', () => {
    const legend = legendModel(null, 'all');
    expect(legend.categories.map((c) => c.id)).toEqual(Object.keys(CATEGORY_COLOUR));
    for (const [category, colour] of Object.entries(CATEGORY_COLOUR)) {
      const style = rule(dataSelector('node', 'category', category));
      expect(style['background-color']).toBe(colour);
      expect(style['border-color']).toBe(borderColour(colour));
      expect(legend.categories.find((c) => c.id === category)).toEqual({ id: category, fill: colour, border: borderColour(colour) });
    }
  });

  it('sizes nodes by influence', () => {
    for (const [influence, size] of Object.entries(INFLUENCE_SIZE)) {
      expect(rule(dataSelector('node', 'influence', Number(influence)))).toEqual({ width: size, height: size });
    }
  });

  it('gives each relation kind its colour and line style, with the same dash rhythm in both', () => {
    const legend = legendModel(null, 'all');
    for (const [kind, style] of Object.entries(RELATION_KIND_STYLE)) {
      expect(rule(dataSelector('edge', 'kind', kind))['line-color']).toBe(style.colour);
      expect(legend.relationKinds.find((r) => r.id === kind)).toEqual({ id: kind, line: style.line, colour: style.colour });
      for (const [strength, width] of Object.entries(STRENGTH_WIDTH)) {
        const line = rule(`${dataSelector('edge', 'kind', kind)}[strength = ${strength}]`);
        const dash = dashSpec(style.line, width);
        expect(line['line-dash-pattern'] ?? null).toEqual(dash.pattern ? [...dash.pattern] : null);
        expect(line['line-cap']).toBe(dash.cap);
      }
    }
  });

  it('sets line width by strength and an arrow for directed relations', () => {
    const legend = legendModel(null, 'all');
    for (const [strength, width] of Object.entries(STRENGTH_WIDTH)) {
      expect(rule(dataSelector('edge', 'strength', Number(strength))).width).toBe(width);
      expect(legend.strengths.find((s) => s.strength === Number(strength))?.width).toBe(width);
    }
    expect(rule('edge[?directed]')['target-arrow-shape']).toBe('triangle');
  });

  it('lists only what is on the map by default', () => {
    const legend = legendModel(sampleMap(), 'present');
    expect(legend.categories.map((c) => c.id)).toEqual(['gemeente', 'bewonersinitiatief', 'bewoner']);
    expect(legend.relationKinds.map((r) => r.id)).toEqual(['informeel-contact', 'financiering']);
    expect(legend.showDirected).toBe(true);
    const empty = legendModel({ ...sampleMap(), actors: [], relations: [] }, 'present');
    expect(empty.categories).toEqual([]);
    expect(empty.strengths).toEqual([]);
    expect(empty.kinds).toHaveLength(2);
  });

  it('renders the legend as SVG swatches with Dutch labels and the table colours', () => {
    const i18n = setupI18n('nl');
    const html = renderToStaticMarkup(
      <I18nextProvider i18n={i18n}>
        <Legend doc={sampleMap()} />
      </I18nextProvider>,
    );
    for (const text of ['Legenda', 'Formeel', 'Informeel', 'Gemeente', 'Bewonersinitiatief', 'Financiering', 'Informeel contact', 'Sterk', 'Zwak']) {
      expect(html).toContain(text);
    }
    expect(html).toContain(`fill="${CATEGORY_COLOUR.gemeente}"`);
    expect(html).toContain(`stroke="${RELATION_KIND_STYLE.financiering?.colour}"`);
    const dotted = dashSpec('dotted', 2.5).pattern?.join(' ');
    expect(html).toContain(`stroke-dasharray="${dotted}"`);
    expect(html).not.toContain('Onderwijs');
  });
});
