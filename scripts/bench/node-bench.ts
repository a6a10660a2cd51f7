// Main-process side of `npm run bench`: store (open, edit, save) and layout timings for one size.
// Bundled by scripts/bench/index.mjs into out/bench/node-bench.mjs and run as
// `node out/bench/node-bench.mjs <actors> main|fcose`; prints one JSON line. The fcose baseline runs
// in its own process so the caller can bound it with a timeout.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { createActor } from '../../shared/domain/factories';
import { INFLUENCE_SIZE } from '../../shared/visual/encoding';
import { MapStore } from '../../electron/store/map-store';
import { fa2Layout } from '../../renderer/src/graph/large-layout/fa2-layout';
import { layoutQuality } from '../../renderer/src/graph/large-layout/layout-quality';
import type { LayoutInput } from '../../renderer/src/graph/large-layout/layout-input';
import { generateClusteredMap } from './generate-map';
import { quantile } from './stats';

/** The fcose options the app used before its stress layout: the baseline this bench compares with. */
const LAYOUT_OPTIONS = {
  name: 'fcose',
  quality: 'proof',
  randomize: false,
  animate: false,
  fit: false,
  nodeDimensionsIncludeLabels: true,
  packComponents: false,
  nodeRepulsion: 12_000,
  idealEdgeLength: 140,
  nodeSeparation: 110,
  gravity: 0.3,
  numIter: 2500,
} as const;

const actors = Number(process.argv[2] ?? 200);
const mode = process.argv[3] === 'fcose' ? 'fcose' : 'main';
const EDITS = 40;

function ms(start: number): number {
  return Math.round((performance.now() - start) * 10) / 10;
}

const doc = generateClusteredMap(actors);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wijkweb-bench-'));
fs.mkdirSync(path.join(dataDir, 'maps'));
const file = path.join(dataDir, 'maps', `${doc.id}.json`);
fs.writeFileSync(file, JSON.stringify(doc, undefined, '\t'));
const fileBytes = fs.statSync(file).size;

// Layout input; fcose (the small-map layout) is the baseline, run alone in `fcose` mode.
const input: LayoutInput = {
  nodes: doc.actors.map((a) => ({ id: a.id, x: a.position?.x ?? 0, y: a.position?.y ?? 0, size: INFLUENCE_SIZE[a.influence] ?? 40 })),
  edges: doc.relations.map((r) => ({ source: r.from, target: r.to, weight: r.strength })),
};

if (mode === 'fcose') {
  cytoscape.use(fcose);
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)' } }],
    elements: [
      ...input.nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id, size: n.size }, position: { x: n.x, y: n.y } })),
      ...input.edges.map((e, i) => ({ group: 'edges' as const, data: { id: `e${i}`, source: e.source, target: e.target } })),
    ],
  });
  const started = performance.now();
  await new Promise<void>((resolve) => {
    cy.layout({ ...LAYOUT_OPTIONS, nodeDimensionsIncludeLabels: false, stop: () => resolve() } as cytoscape.LayoutOptions).run();
  });
  const fcoseMs = ms(started);
  const positions = new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }] as const));
  const q = layoutQuality(input.nodes, input.edges, positions);
  cy.destroy();
  fs.rmSync(dataDir, { recursive: true, force: true });
  process.stdout.write(`${JSON.stringify({ actors, fcoseMs, fcoseOverlaps: q.overlaps, fcoseEdgeSpread: q.edgeLengthSpread })}\n`);
  process.exit(0);
}

// Open (.wijkweb): the store reads, parses and validates the file.
global.gc?.();
const rssBefore = process.memoryUsage().rss;
let t = performance.now();
const store = MapStore.open({ dataDir, saveDelayMs: 200 });
store.open(doc.id);
const importWijkwebMs = ms(t);
const memoryMb = Math.round((process.memoryUsage().rss - rssBefore) / 1e5) / 10;

// Edits: one actor.add at a time, as the UI sends them.
const editTimes: number[] = [];
for (let i = 0; i < EDITS; i++) {
  const actor = createActor({ name: `Bench ${i}`, position: { x: i * 10, y: -500 } });
  t = performance.now();
  store.apply(doc.id, { type: 'actor.add', actor });
  editTimes.push(performance.now() - t);
}

// Save: the debounced write as it happens in the app, with the event loop watched for blocking.
store.flush();
const loop = monitorEventLoopDelay({ resolution: 1 });
loop.enable();
store.apply(doc.id, { type: 'actor.update', id: doc.actors[0]!.id, patch: { note: 'bewaard' } });
await new Promise((resolve) => setTimeout(resolve, 50));
t = performance.now();
store.flush();
const saveMs = ms(t);
await new Promise((resolve) => setTimeout(resolve, 400));
loop.disable();
const saveBlockMs = Math.round(loop.max / 1e5) / 10;
store.close();
fs.rmSync(dataDir, { recursive: true, force: true });

// Layout: ours (ForceAtlas2 + noverlap, the code the worker runs).
t = performance.now();
const ours = fa2Layout(input) ?? new Map();
const layoutMs = ms(t);
const quality = layoutQuality(input.nodes, input.edges, ours);

const sorted = [...editTimes].sort((a, b) => a - b);
process.stdout.write(
  `${JSON.stringify({
    actors,
    ties: doc.relations.length,
    fileBytes,
    importWijkwebMs,
    memoryMb,
    storeEditMedianMs: Math.round(quantile(sorted, 0.5) * 10) / 10,
    storeEditP95Ms: Math.round(quantile(sorted, 0.95) * 10) / 10,
    saveMs,
    saveBlockMs,
    layoutMs,
    overlaps: quality.overlaps,
    edgeSpread: quality.edgeLengthSpread,
  })}\n`,
);
