import { describe, expect, it } from 'vitest';
import { emptyHistory, execute } from '../../../../shared/commands/history';
import { emptyMap, mapDocumentSchema } from '../../../../shared/domain/map-document';
import { demoCommand } from '../../../../renderer/src/demo/demo-map';

describe('demo map Voorbeeldwijk Lindenhof', () => {
  it('fills an empty map with the Lindenhof fixture through the importer: 42 actors, 66 relations, tidy categories, main accepts it', () => {
    const doc = emptyMap('m', 'Voorbeeldwijk Lindenhof', '2026-01-01T00:00:00.000Z');
    const result = execute({ doc, history: emptyHistory }, demoCommand());
    if (!result.ok) throw new Error(result.error.message);
    const filled = result.value.doc;
    expect(mapDocumentSchema.safeParse(filled).success).toBe(true);
    expect(filled.actors).toHaveLength(42);
    expect(filled.relations).toHaveLength(66);
    // Laid out by the network layout when the map opens, as an import is.
    expect(filled.actors.every((a) => a.position === null)).toBe(true);
    expect(new Set(filled.actors.map((a) => a.category)).size).toBeLessThanOrEqual(16);
    expect(filled.actors.filter((a) => a.isPerson)).toHaveLength(9);
  });
});
