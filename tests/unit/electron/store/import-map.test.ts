import { describe, expect, it } from 'vitest';
import { createActor, createRelation } from '../../../../shared/domain/factories';
import { WijkwebError } from '../../../../shared/result';
import { useDataDir } from './store-fixtures';

describe('importing as a new map (maps.import)', () => {
  const data = useDataDir();

  it('creates a map with the imported actors and relations, saved and listed', () => {
    const store = data.open();
    const a = createActor({ name: 'Buurthuis' });
    const b = { ...createActor({ name: 'School' }), parentId: a.id };
    const summary = store.importMap('Lindenhof', [a, b], [createRelation({ from: a.id, to: b.id })]);
    expect(summary).toMatchObject({ name: 'Lindenhof', actorCount: 2, relationCount: 1 });
    store.close();
    const again = data.open();
    expect(again.open(summary.id).doc.actors.map((x) => x.parentId ?? null)).toEqual([null, a.id]);
  });

  it('refuses an invalid import and creates nothing', () => {
    const store = data.open();
    const a = createActor({ name: 'Buurthuis' });
    expect(() => store.importMap('Kapot', [a], [createRelation({ from: a.id, to: 'ghost' })])).toThrow(WijkwebError);
    expect(store.list()).toEqual([]);
  });
});
