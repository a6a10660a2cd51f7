import type { Route } from './routes';

function stanceWord(stance: number | null): string {
  if (stance === null) return 'onbekend';
  if (stance > 0) return 'positief';
  if (stance < 0) return 'negatief';
  return 'neutraal';
}

/**
 * A route in Dutch words, e.g. "via Stip Lindenhof → wijkmanager → beleidsadviseur;
 * 2 tussenpersonen, beide positief".
 */
export function describeRoute(route: Route, names: ReadonlyMap<string, string>): string {
  const chain = route.path.slice(1).map((id) => names.get(id) ?? id).join(' → ');
  const n = route.goBetweens.length;
  if (n === 0) return `direct: ${chain}; geen tussenpersonen`;
  const words = route.goBetweens.map((g) => stanceWord(g.stance));
  const same = words.every((w) => w === words[0]);
  let tail: string;
  if (n === 1) tail = `1 tussenpersoon, ${words[0] ?? ''}`;
  else if (same) tail = `${n} tussenpersonen, ${n === 2 ? 'beide' : 'alle'} ${words[0] ?? ''}`;
  else tail = `${n} tussenpersonen: ${words.join(', ')}`;
  return `via ${chain}; ${tail}`;
}
