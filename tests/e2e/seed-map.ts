import type { Actor, Relation } from '../../shared/domain/map-document';
import { lindenhof } from '../support/lindenhof-fixture';

/** Calls one channel of a running bridge the way the browser client does (token header); throws on a failed Result. */
export async function rpc<T>(appUrl: string, channel: string, input: unknown): Promise<T> {
  const url = new URL(appUrl);
  const token = url.searchParams.get('token') ?? '';
  const res = await fetch(new URL(`/rpc/${channel}`, url.origin), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-wijkweb-token': token },
    body: JSON.stringify(input),
  });
  const body = (await res.json()) as { ok: boolean; value?: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${channel}: ${body.error?.message ?? res.status}`);
  return body.value as T;
}

/**
 * Puts a map with these actors and relations in the data folder of a running app (as one batch
 * edit, so it is one undo step); returns its id.
 */
export async function seedMap(appUrl: string, name: string, content: { readonly actors: readonly Actor[]; readonly relations: readonly Relation[] }): Promise<string> {
  const { id } = await rpc<{ id: string }>(appUrl, 'maps.create', { name });
  const commands = [
    ...content.actors.map((actor) => ({ type: 'actor.add', actor })),
    ...content.relations.map((relation) => ({ type: 'relation.add', relation })),
  ];
  await rpc(appUrl, 'map.apply', { id, command: { type: 'batch', commands } });
  return id;
}

/** Creates the Lindenhof map (42 actors, 66 relations) through the bridge and returns its id. */
export function createLindenhofMap(appUrl: string): Promise<string> {
  return seedMap(appUrl, 'Lindenhof', lindenhof());
}
