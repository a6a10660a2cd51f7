/** Where the user is: the list of maps, or one map. Kept in the address hash so reloads stay put. */
export type Route = { readonly screen: 'home' } | { readonly screen: 'map'; readonly id: string };

const MAP_PREFIX = '#/kaart/';

/** Reads a route from a location hash; anything unknown is the home screen. */
export function parseRoute(hash: string): Route {
  if (hash.startsWith(MAP_PREFIX)) {
    const id = decodeURIComponent(hash.slice(MAP_PREFIX.length));
    if (id.length > 0) return { screen: 'map', id };
  }
  return { screen: 'home' };
}

/** The location hash for a route. */
export function routeHash(route: Route): string {
  return route.screen === 'map' ? `${MAP_PREFIX}${encodeURIComponent(route.id)}` : '#/';
}
