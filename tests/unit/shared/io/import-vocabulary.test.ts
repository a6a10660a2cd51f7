import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../../shared/commands/apply';
import { mapDocumentSchema } from '../../../../shared/domain/map-document';
import { DEFAULT_CATEGORIES } from '../../../../shared/domain/vocabulary';
import { colourDistance } from '../../../../shared/visual/colour-distance';
import { CATEGORY_COLOUR } from '../../../../shared/visual/encoding';
import { planImport, planToCommand } from '../../../../shared/io/plan';
import { readDraft } from '../../../../shared/io/read';
import { fixture, importAsNewMap, richMap } from './io-helpers';

describe('categories from an imported file', () => {
  it('that match nothing in the vocabulary become the map’s own categories, each with a clearly distinct colour', () => {
    const { doc } = importAsNewMap([fixture('lindenhof/actoren.csv'), fixture('lindenhof/relaties.csv')]);
    expect(mapDocumentSchema.safeParse(doc).success).toBe(true);
    expect(doc.actors.find((a) => a.name === 'Wijkagent Lindenhof')?.category).toBe('veiligheid');
    const own = doc.vocabulary?.categories ?? [];
    expect(own.map((c) => c.id)).toEqual(['fonds', 'project', 'samenwerkingsverband']);
    for (const entry of own) expect((DEFAULT_CATEGORIES as readonly string[]).includes(entry.id)).toBe(false);
    // Built-in and own colours stay apart, also for protan and deutan readers (ΔE ≥ 10).
    const colours = [...Object.values(CATEGORY_COLOUR), ...own.map((c) => c.colour)];
    for (const [i, a] of colours.entries()) for (const b of colours.slice(i + 1)) expect(colourDistance(a, b)).toBeGreaterThanOrEqual(10);
    const used = new Set(doc.actors.map((a) => a.category));
    for (const category of used) expect([...DEFAULT_CATEGORIES, ...own.map((c) => c.id)]).toContain(category);
    expect(own.find((c) => c.id === 'fonds')?.label).toBe('Fonds');
  });

  it('a merge adds them to the map’s vocabulary in the same undoable step', () => {
    const before = richMap();
    const plan = planImport(readDraft([fixture('lindenhof/actoren.csv'), fixture('lindenhof/relaties.csv')]), before, { createUnknown: false });
    const applied = applyCommand(before, planToCommand(plan, before.vocabulary));
    if (!applied.ok) throw new Error(applied.error.message);
    expect(applied.value.doc.vocabulary?.categories.map((c) => c.id)).toContain('fonds');
    const undone = applyCommand(applied.value.doc, applied.value.inverse);
    if (!undone.ok) throw new Error(undone.error.message);
    expect(undone.value.doc).toEqual(before);
  });
});
