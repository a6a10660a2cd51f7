import type { Actor, Relation } from '../../shared/domain/map-document';

/** Calls one channel of the running bridge the way the browser client does; throws on a failed Result. */
export async function callBridge<T>(appUrl: string, channel: string, input: unknown): Promise<T> {
  const url = new URL(appUrl);
  const token = url.searchParams.get('token') ?? '';
  const response = await fetch(new URL(`rpc/${channel}`, url.origin + '/'), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Wijkweb-Token': token },
    body: JSON.stringify(input),
  });
  const body = (await response.json()) as { ok: boolean; value?: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${channel}: ${body.error?.message ?? 'mislukt'}`);
  return body.value as T;
}

/** Creates a map with these actors and relations through the API (one undoable batch); returns its id. */
export async function createMapWith(appUrl: string, name: string, actors: readonly Actor[], relations: readonly Relation[]): Promise<string> {
  const summary = await callBridge<{ id: string }>(appUrl, 'maps.create', { name });
  const commands = [
    ...actors.map((actor) => ({ type: 'actor.add', actor })),
    ...relations.map((relation) => ({ type: 'relation.add', relation })),
  ];
  await callBridge(appUrl, 'map.apply', { id: summary.id, command: { type: 'batch', commands } });
  return summary.id;
}
