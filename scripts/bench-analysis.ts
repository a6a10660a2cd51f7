import { analyseMap } from '../shared/analysis/analyse';
import { seededRandom } from '../shared/seeded-random';
import { diffMaps } from '../shared/analysis/diff';
import { DEFAULT_ANALYSIS_OPTIONS } from '../shared/analysis/options';
import { createActor, createRelation } from '../shared/domain/factories';
import type { Actor, Relation } from '../shared/domain/map-document';

/** A made-up map of n actors and m ties (seeded, so every run measures the same map). */
function cityMap(n: number, m: number): { actors: Actor[]; relations: Relation[] } {
  const random = seededRandom(7);
  const actors = Array.from({ length: n }, (_, i) =>
    createActor({ id: `a${i}`, name: `Actor ${i}`, kind: i % 3 === 0 ? 'formeel' : 'informeel', category: i % 2 ? 'bewoner' : 'zorg', area: `Buurt ${i % 12}` }),
  );
  const seen = new Set<string>();
  const relations: Relation[] = [];
  while (relations.length < m) {
    const a = Math.floor(random() * n);
    // Mostly local ties (a wijk is clustered), some far.
    const b = random() < 0.8 ? (a + 1 + Math.floor(random() * 20)) % n : Math.floor(random() * n);
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (a === b || seen.has(key)) continue;
    seen.add(key);
    relations.push(createRelation({ id: `r${relations.length}`, from: `a${a}`, to: `a${b}`, strength: 1 + Math.floor(random() * 3) }));
  }
  return { actors, relations };
}

const wijk = cityMap(300, 600);
const city = cityMap(5000, 10000);

/** Runs `fn` `times` times and prints the median wall time. */
function bench(name: string, fn: () => void, times: number): void {
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    fn();
    ms.push(performance.now() - start);
  }
  ms.sort((a, b) => a - b);
  console.log(`${name}: median ${ms[Math.floor(ms.length / 2)]!.toFixed(0)} ms over ${times} run(s)`);
}

// Timings of the analysis (never asserted in tests): `npx jiti scripts/bench-analysis.ts`.
bench('analyse a wijk of 300 actors / 600 ties', () => void analyseMap(wijk, DEFAULT_ANALYSIS_OPTIONS), 5);
bench('analyse a wijk of 300 actors / 600 ties, weighted', () => void analyseMap(wijk, { ...DEFAULT_ANALYSIS_OPTIONS, weighted: true }), 5);
bench('compare two moments of a 300-actor wijk', () => void diffMaps(wijk, { ...wijk, relations: wijk.relations.slice(10) }, DEFAULT_ANALYSIS_OPTIONS), 5);
bench('analyse a city of 5000 actors / 10000 ties', () => void analyseMap(city, DEFAULT_ANALYSIS_OPTIONS), 1);
