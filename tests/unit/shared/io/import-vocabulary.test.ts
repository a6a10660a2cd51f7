import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../../shared/commands/apply';
import { mapDocumentSchema } from '../../../../shared/domain/map-document';
import { DEFAULT_CATEGORIES } from '../../../../shared/domain/vocabulary';
import { EXTRA_CATEGORY_COLOURS } from '../../../../shared/io/import-vocabulary';
import { planImport, planToCommand } from '../../../../shared/io/plan';
import { readDraft } from '../../../../shared/io/read';
import { fixture, importAsNewMap, richMap } from './io-helpers';

describe('categories from an imported file', () => {
  it('that the defaults lack become the map’s own categories, each with a colour of its own', () => {
    const { doc } = importAsNewMap([fixture('lindenhof/actoren.csv'), fixture('lindenhof/relaties.csv')]);
    expect(mapDocumentSchema.safeParse(doc).success).toBe(true);
    expect(doc.actors.find((a) => a.name === 'Wijkagent Lindenhof')?.category).toBe('politie');
    const own = doc.vocabulary?.categories ?? [];
    expect(own.map((c) => c.id)).toEqual(expect.arrayContaining(['fonds', 'project', 'politie', 'steunpunt']));
    for (const entry of own) expect((DEFAULT_CATEGORIES as readonly string[]).includes(entry.id)).toBe(false);
    expect(own.length).toBeLessThanOrEqual(EXTRA_CATEGORY_COLOURS.length);
    expect(new Set(own.map((c) => c.colour)).size).toBe(own.length);
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
