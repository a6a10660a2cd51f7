#!/usr/bin/env node
// `npm run bench` — the performance benchmark (not part of `npm test`). Builds the app, bundles the
// bench scripts, then per map size runs the main-process measurements (store, layout; one Node
// process per size) and the renderer measurements (headless Chromium through the browser-mode
// bridge). Prints one table and writes bench-results.json. Options:
//   --sizes 200,2000     only these sizes (default 200,500,2000,5000,20000)
//   --no-fcose           skip the fcose baseline (minutes at 2 000 actors)
//   --fcose-timeout S    stop the fcose baseline after S seconds (default 240); recorded as fcoseTimeoutMs
//   --no-browser         main-process measurements only
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const sizes = (option('--sizes') ?? '200,500,2000,5000,20000').split(',').map(Number);
const withFcose = !args.includes('--no-fcose');
const withBrowser = !args.includes('--no-browser');
const fcoseTimeoutMs = Number(option('--fcose-timeout') ?? 240) * 1000;
/** fcose is only run up to this size (at 5 000 it would take many minutes). */
const FCOSE_MAX = 2000;
const binDir = path.join(root, 'node_modules', '.bin');
const env = { ...process.env, PATH: [binDir, process.env.PATH ?? ''].join(path.delimiter) };
const node = fs.existsSync(path.join(binDir, 'node')) ? path.join(binDir, 'node') : process.execPath;

function run(command, commandArgs, what, timeout) {
  const result = spawnSync(command, commandArgs, { cwd: root, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout });
  if (timeout && result.error?.code === 'ETIMEDOUT') return null;
  if (result.status !== 0) {
    process.stderr.write(`${what} mislukt:\n${result.stdout ?? ''}${result.stderr ?? ''}\n`);
    process.exit(1);
  }
  return result.stdout;
}

const log = (line) => process.stderr.write(`${line}\n`);

const loadBefore = os.loadavg()[0];
log('Bouwen…');
run('electron-vite', ['build'], 'Bouwen van de app');
const { build } = await import('vite');
for (const entry of ['node-bench', 'browser-bench']) {
  await build({
    configFile: false,
    logLevel: 'warn',
    root,
    build: {
      ssr: path.join(root, 'scripts', 'bench', `${entry}.ts`),
      outDir: path.join(root, 'out', 'bench'),
      emptyOutDir: false,
      rolldownOptions: { output: { entryFileNames: '[name].mjs' } },
    },
  });
}

const bySize = new Map(sizes.map((actors) => [actors, { actors }]));
for (const actors of sizes) {
  log(`Hoofdproces: ${actors} actoren…`);
  const script = path.join(root, 'out', 'bench', 'node-bench.mjs');
  const out = run(node, ['--expose-gc', script, String(actors), 'main'], `Meting ${actors}`);
  Object.assign(bySize.get(actors), JSON.parse(out.trim().split('\n').at(-1)));
  if (withFcose && actors <= FCOSE_MAX) {
    log(`fcose: ${actors} actoren (hooguit ${fcoseTimeoutMs / 1000} s)…`);
    const fcoseOut = run(node, [script, String(actors), 'fcose'], `fcose ${actors}`, fcoseTimeoutMs);
    if (fcoseOut === null) Object.assign(bySize.get(actors), { fcoseMs: null, fcoseTimeoutMs });
    else Object.assign(bySize.get(actors), JSON.parse(fcoseOut.trim().split('\n').at(-1)));
  }
}
if (withBrowser) {
  log(`Chromium: ${sizes.join(', ')} actoren…`);
  const out = run(node, [path.join(root, 'out', 'bench', 'browser-bench.mjs'), root, sizes.join(',')], 'Browsermeting');
  for (const line of out.trim().split('\n')) {
    if (!line.startsWith('{')) continue;
    const row = JSON.parse(line);
    Object.assign(bySize.get(row.actors), row);
  }
}

const KEYS = [
  'actors', 'ties', 'importCsvMs', 'importWijkwebMs', 'saveMs', 'fileBytes', 'memoryMb', 'layoutMs', 'fcoseMs',
  'overlaps', 'fcoseOverlaps', 'edgeSpread', 'fcoseEdgeSpread', 'firstFrameMs', 'fpsGesture', 'gestureFreezeMs',
  'fpsCanvas', 'fpsWebgl', 'longestTaskMs', 'layoutApplyTaskMs', 'layoutUiMs', 'editMedianMs', 'editP95Ms', 'storeEditP95Ms', 'saveBlockMs',
];
const rows = [...bySize.values()].map((row) => {
  const full = {};
  for (const key of KEYS) full[key] = row[key] ?? null;
  return { ...full, ...row };
});
const cpu = os.cpus()[0]?.model ?? 'onbekende cpu';
const machine = `${cpu} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GB, ${os.platform()} ${os.release()}, Node ${process.versions.node}`;
// Other work on the machine slows everything down; the 1-minute load average says how much.
const load = `load ${loadBefore.toFixed(1)} → ${os.loadavg()[0].toFixed(1)} (1 min gemiddelde)`;
const results = { machine, load, date: new Date().toISOString(), sizes: rows };
fs.writeFileSync(path.join(root, 'bench-results.json'), `${JSON.stringify(results, undefined, 2)}\n`);

const show = (v) => (v === null || v === undefined ? '–' : String(v));
const header = `| ${KEYS.join(' | ')} |`;
const lines = [header, `|${KEYS.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${KEYS.map((k) => show(r[k])).join(' | ')} |`)];
process.stdout.write(`Wijkweb benchmark — ${machine} — ${load} — ${results.date}\n${lines.join('\n')}\n(bench-results.json geschreven)\n`);
