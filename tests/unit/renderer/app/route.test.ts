import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash } from '../../../../renderer/src/app/route';

describe('routes', () => {
  it('round-trips a map route, also with odd characters in the id', () => {
    for (const id of ['abc', 'a b/c?d#e']) {
      expect(parseRoute(routeHash({ screen: 'map', id }))).toEqual({ screen: 'map', id });
    }
  });

  it('treats anything else as home', () => {
    expect(parseRoute('')).toEqual({ screen: 'home' });
    expect(parseRoute('#/kaart/')).toEqual({ screen: 'home' });
    expect(parseRoute('#/iets')).toEqual({ screen: 'home' });
  });
});
