import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { MapDocument } from '../../shared/domain/map-document';
import { createActor, createRelation } from '../../shared/domain/factories';
import { test, expect, openApp } from './fixtures';
import { rpc } from './seed-map';

/** Calls one channel of the bridge and returns its Result as it comes, refusals included. */
async function call(appUrl: string, channel: string, input: unknown): Promise<{ ok: boolean; error?: { message: string; details?: string[] } }> {
  const url = new URL(appUrl);
  const res = await fetch(new URL(`/rpc/${channel}`, url.origin), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-wijkweb-token': url.searchParams.get('token') ?? '' },
    body: JSON.stringify(input),
  });
  return (await res.json()) as { ok: boolean; error?: { message: string; details?: string[] } };
}

test('edits that would break the map through the bridge are refused in Dutch, and a restart opens the map as it was', async ({ page, wijkweb }) => {
  const { id } = await rpc<{ id: string }>(wijkweb.url, 'maps.create', { name: 'Lindenhof' });
  const actors = [createActor({ id: 'buurthuis', name: 'Buurthuis De Linde' }), createActor({ id: 'huiskamer', name: 'Huiskamer Lindenhof' })];
  const commands = [...actors.map((actor) => ({ type: 'actor.add', actor })), { type: 'relation.add', relation: createRelation({ id: 'r1', from: 'buurthuis', to: 'huiskamer' }) }];
  await rpc(wijkweb.url, 'map.apply', { id, command: { type: 'batch', commands } });
  // The huiskamer is part of the buurthuis: allowed.
  await rpc(wijkweb.url, 'map.apply', { id, command: { type: 'actor.update', id: 'huiskamer', patch: { parentId: 'buurthuis' } } });

  const loop = await call(wijkweb.url, 'map.apply', { id, command: { type: 'actor.update', id: 'buurthuis', patch: { parentId: 'huiskamer' } } });
  expect(loop.ok).toBe(false);
  expect(loop.error?.message).toBe('Deze wijziging zou de kaart ongeldig maken en is niet uitgevoerd.');
  expect(loop.error?.details).toContain('actors[0].parentId: "Buurthuis De Linde" kan niet (via een ander) onderdeel van zichzelf zijn');

  const missingGroup = await call(wijkweb.url, 'map.apply', { id, command: { type: 'actor.update', id: 'buurthuis', patch: { parentId: 'weg' } } });
  expect(missingGroup.error?.details).toContain('actors[0].parentId: onbekende groep "weg": die actor staat niet op de kaart');

  const sharedId = await call(wijkweb.url, 'map.apply', { id, command: { type: 'relation.add', relation: createRelation({ id: 'buurthuis', from: 'huiskamer', to: 'buurthuis', kind: 'advies' }) } });
  expect(sharedId.error?.details).toContain('relations[1].id: id "buurthuis" is al het id van een actor; ids zijn uniek in de hele kaart');

  await wijkweb.restart();
  const damaged = join(wijkweb.dataDir, 'beschadigd');
  expect(existsSync(damaged) ? readdirSync(damaged) : []).toEqual([]);
  const state = await rpc<{ doc: MapDocument }>(wijkweb.url, 'map.open', { id });
  expect(state.doc.actors.map((a) => [a.id, a.parentId ?? null])).toEqual([
    ['buurthuis', null],
    ['huiskamer', 'buurthuis'],
  ]);
  expect(state.doc.relations.map((r) => r.id)).toEqual(['r1']);
  await openApp(page, wijkweb.url);
  await expect(page.getByRole('listitem', { name: 'Lindenhof', exact: true })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'beschadigd' })).toHaveCount(0);
});
