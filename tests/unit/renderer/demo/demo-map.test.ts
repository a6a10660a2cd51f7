import { describe, expect, it } from 'vitest';
import { emptyHistory, execute } from '../../../../shared/commands/history';
import { emptyMap, mapDocumentSchema } from '../../../../shared/domain/map-document';
import { demoCommand } from '../../../../renderer/src/demo/demo-map';

describe('demo map Voorbeeldwijk Lindenhof', () => {
  it('fills an empty map with 42 placed actors and 66 relations that main accepts', () => {
    const doc = emptyMap('m', 'Voorbeeldwijk Lindenhof', '2026-01-01T00:00:00.000Z');
    const result = execute({ doc, history: emptyHistory }, demoCommand());
    if (!result.ok) throw new Error(result.error.message);
    const filled = result.value.doc;
    expect(mapDocumentSchema.safeParse(filled).success).toBe(true);
    expect(filled.actors).toHaveLength(42);
    expect(filled.relations).toHaveLength(66);
    expect(filled.actors.every((a) => a.position !== null)).toBe(true);
    expect(filled.actors.filter((a) => a.isPerson)).toHaveLength(9);
  });
});
