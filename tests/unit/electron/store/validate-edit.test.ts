import { describe, expect, it } from 'vitest';
import { validateEdit } from '../../../../electron/store/validate-edit';
import { formatIssues } from '../../../../shared/domain/zod-issues';
import type { MapDocument } from '../../../../shared/domain/map-document';
import { generateClusteredMap } from '../../../../scripts/bench/generate-map';

const base = (): MapDocument => generateClusteredMap(50);

describe('validateEdit (the check after each edit)', () => {
  it('accepts a valid edit', () => {
    const before = base();
    const after = { ...before, actors: before.actors.map((a, i) => (i === 3 ? { ...a, note: 'nieuw' } : a)) };
    expect(validateEdit(before, after)).toBeNull();
  });

  it('reports a changed actor that breaks the schema, with its place in the document', () => {
    const before = base();
    const after = { ...before, actors: before.actors.map((a, i) => (i === 7 ? { ...a, name: '   ', influence: 9 } : a)) };
    const lines = formatIssues(validateEdit(before, after)!);
    expect(lines.some((l) => l.startsWith('actors[7].name'))).toBe(true);
    expect(lines.some((l) => l.startsWith('actors[7].influence'))).toBe(true);
  });

  it('finds duplicate ids, relations to missing actors and self-ties anywhere', () => {
    const before = base();
    const [first, second] = before.actors;
    const after: MapDocument = {
      ...before,
      actors: [...before.actors, { ...first!, name: 'Kopie' }],
      relations: [...before.relations, { ...before.relations[0]!, id: 'x1', from: 'weg', to: second!.id }, { ...before.relations[0]!, id: 'x2', from: second!.id, to: second!.id }],
    };
    const lines = formatIssues(validateEdit(before, after)!);
    expect(lines).toContain(`actors[50].id: dubbel id "${first!.id}"`);
    expect(lines).toContain(`relations[${before.relations.length}].from: onbekende actor "weg"`);
    expect(lines).toContain(`relations[${before.relations.length + 1}].to: een relatie verbindt twee verschillende actoren`);
  });

  it('checks the whole document when its header changed', () => {
    const before = base();
    expect(validateEdit(before, { ...before, name: '' })).not.toBeNull();
  });
});
