import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../../shared/commands/apply';
import { planImport, planToCommand } from '../../../../shared/io/plan';
import { readDraft } from '../../../../shared/io/read';
import { fixture, importAsNewMap, richMap, textFile } from './io-helpers';

describe('merging an import into the open map', () => {
  const lindenhof = () => readDraft([fixture('lindenhof/actoren.csv'), fixture('lindenhof/relaties.csv')]);

  it('matches by id, then by name: reports added, updated and left alone', () => {
    const { doc } = importAsNewMap([fixture('lindenhof/actoren.csv'), fixture('lindenhof/relaties.csv')]);
    const edited = { ...doc, actors: doc.actors.map((a, i) => (i === 0 ? { ...a, influence: a.influence === 1 ? 2 : 1 } : a)).slice(0, 40) };
    const plan = planImport(lindenhof(), edited, { createUnknown: false });
    expect(plan.newActors).toHaveLength(2);
    expect(plan.updates).toEqual([{ id: doc.actors[0]?.id, patch: { influence: doc.actors[0]?.influence } }]);
    expect(plan.unchangedActors).toBe(39);
    expect(plan.unchangedRelations + plan.newRelations.length).toBe(66);
  });

  it('importing the same files twice changes nothing the second time', () => {
    const { doc } = importAsNewMap([fixture('lindenhof/actoren.csv'), fixture('lindenhof/relaties.csv')]);
    const plan = planImport(lindenhof(), doc, { createUnknown: false });
    expect([plan.newActors.length, plan.updates.length, plan.newRelations.length]).toEqual([0, 0, 0]);
    expect([plan.unchangedActors, plan.unchangedRelations]).toEqual([42, 66]);
  });

  it('is one command whose inverse gives back the map exactly', () => {
    const before = richMap();
    const plan = planImport(lindenhof(), before, { createUnknown: false });
    const applied = applyCommand(before, planToCommand(plan));
    if (!applied.ok) throw new Error(applied.error.message);
    expect(applied.value.doc.actors).toHaveLength(before.actors.length + 42);
    const undone = applyCommand(applied.value.doc, applied.value.inverse);
    if (!undone.ok) throw new Error(undone.error.message);
    expect(undone.value.doc).toEqual(before);
  });

  it('an id in the file that is already taken on the map matches that actor', () => {
    const plan = planImport(readDraft([textFile('a.csv', 'Id;Naam;Invloed\na1;Huiskamer (nieuwe naam);5\n')]), richMap(), { createUnknown: false });
    expect(plan.updates).toEqual([{ id: 'a1', patch: { influence: 5, name: 'Huiskamer (nieuwe naam)' } }]);
  });

  it('relations to unknown actors are listed with a count, and created on request', () => {
    const draft = readDraft([textFile('r.csv', 'Van;Naar\nHuiskamer Lindenhof;Nieuwe club\nNieuwe club;Stip & Co <steunpunt>\n')]);
    const listed = planImport(draft, richMap(), { createUnknown: false });
    expect(listed.unknownRefs.map((u) => [u.ref, u.count, u.line])).toEqual([['Nieuwe club', 2, 2]]);
    expect(listed.newRelations).toHaveLength(0);
    const created = planImport(draft, richMap(), { createUnknown: true });
    expect(created.newActors.map((a) => a.name)).toEqual(['Nieuwe club']);
    expect(created.newRelations).toHaveLength(2);
  });
});
