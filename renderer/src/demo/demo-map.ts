import type { Command } from '../../../shared/commands/command';
import { createActor, createRelation } from '../../../shared/domain/factories';
import { relationStyle } from '../../../shared/visual/encoding';
import { byKind, rings } from '../layouts/arrangements';
import { DEMO_ACTORS, DEMO_RELATIONS } from './lindenhof-data';

/** The name of the demo map on the home screen. */
export const DEMO_MAP_NAME = 'Voorbeeldwijk Lindenhof';

/**
 * One batch that fills an empty map with the Lindenhof demo: 42 actors placed in rings (formal
 * outside, informal inside) and their 66 relations.
 */
export function demoCommand(): Command {
  const actors = DEMO_ACTORS.map((a) => createActor({ ...a, tags: [...a.tags] }));
  const ids = new Map(actors.map((a) => [a.name, a.id]));
  const positions = rings(
    actors.map((a) => ({ id: a.id, kind: a.kind, influence: a.influence, category: a.category, area: a.area })),
    byKind,
    { x: 0, y: 0 },
  );
  const relations = DEMO_RELATIONS.flatMap((r) => {
    const from = ids.get(r.from);
    const to = ids.get(r.to);
    if (!from || !to) return [];
    return [createRelation({ from, to, kind: r.kind, strength: r.strength, note: r.note, directed: relationStyle(r.kind).directedByDefault })];
  });
  return {
    type: 'batch',
    commands: [
      ...actors.map((actor): Command => ({ type: 'actor.add', actor: { ...actor, position: positions.get(actor.id) ?? null } })),
      ...relations.map((relation): Command => ({ type: 'relation.add', relation })),
    ],
  };
}
