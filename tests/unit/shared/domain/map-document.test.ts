import { describe, expect, it } from 'vitest';
import { createActor, createRelation } from '../../../../shared/domain/factories';
import { emptyMap, FORMAT_VERSION, mapDocumentSchema, summarize } from '../../../../shared/domain/map-document';
import { formatIssues } from '../../../../shared/domain/zod-issues';

const base = emptyMap('m', 'Lindenhof', '2026-01-01T00:00:00.000Z');

function issuesOf(value: unknown): string[] {
  const parsed = mapDocumentSchema.safeParse(value);
  return parsed.success ? [] : formatIssues(parsed.error);
}

describe('map document schema', () => {
  it('accepts an empty map and a map with actors and relations', () => {
    expect(mapDocumentSchema.safeParse(base).success).toBe(true);
    const a = createActor({ id: 'a', name: 'Gemeente' });
    const b = createActor({ id: 'b', name: 'Huiskamer', kind: 'informeel' });
    const doc = { ...base, actors: [a, b], relations: [createRelation({ id: 'r', from: 'a', to: 'b' })] };
    expect(mapDocumentSchema.safeParse(doc).success).toBe(true);
  });

  it('says in Dutch which field of which actor is wrong', () => {
    const doc = { ...base, actors: [createActor({ id: 'a', name: 'Gemeente' }), { ...createActor({ id: 'b', name: 'X' }), influence: 9 }] };
    const issues = issuesOf(doc);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(/^actors\[1\]\.influence: /);
    expect(issues[0]).toMatch(/5/);
  });

  it('rejects a blank actor name', () => {
    expect(issuesOf({ ...base, actors: [createActor({ id: 'a', name: '   ' })] })[0]).toMatch(/^actors\[0\]\.name: mag niet leeg zijn/);
  });

  it('rejects duplicate ids, dangling relations and self-loops, naming the place', () => {
    const a = createActor({ id: 'a', name: 'A' });
    const issues = issuesOf({
      ...base,
      actors: [a, { ...a, name: 'B' }],
      relations: [createRelation({ id: 'r1', from: 'a', to: 'zzz' }), createRelation({ id: 'r2', from: 'a', to: 'a' })],
    });
    expect(issues).toContain('actors[1].id: dubbel id "a"');
    expect(issues).toContain('relations[0].to: onbekende actor "zzz"');
    expect(issues.some((line) => line.startsWith('relations[1].to:'))).toBe(true);
  });

  it('rejects a document of another format or version', () => {
    expect(mapDocumentSchema.safeParse({ ...base, format: 'kumu' }).success).toBe(false);
    expect(mapDocumentSchema.safeParse({ ...base, version: FORMAT_VERSION + 1 }).success).toBe(false);
    expect(mapDocumentSchema.safeParse({ ...base, version: FORMAT_VERSION - 1 }).success).toBe(false);
  });

  it('summarises a map for the home screen', () => {
    const doc = { ...base, actors: [createActor({ id: 'a', name: 'A' })] };
    expect(summarize(doc)).toMatchObject({ id: 'm', name: 'Lindenhof', actorCount: 1, relationCount: 0 });
  });
});
