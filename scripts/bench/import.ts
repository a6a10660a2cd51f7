// `npm run bench` (part: import). Times parse + plan + apply + save of a generated 5 000-actor /
// 10 000-relation wijk, as CSV (actoren + relaties) and as GEXF, through the same code the app uses.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MapStore } from '../../electron/store/map-store';
import { planImport, planToCommand } from '../../shared/io/plan';
import { readDraft, type SourceFile } from '../../shared/io/read';
import { generateCsv, generateGexf } from './generate';

const ACTORS = 5_000;
const RELATIONS = 10_000;
const encoder = new TextEncoder();

function time<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const value = fn();
  return [value, performance.now() - start];
}

function bench(label: string, files: SourceFile[]): void {
  const dir = mkdtempSync(join(tmpdir(), 'wijkweb-bench-'));
  const store = MapStore.open({ dataDir: dir, backupCount: 1 });
  try {
    const [draft, parseMs] = time(() => readDraft(files));
    const [plan, planMs] = time(() => planImport(draft, null, { createUnknown: false }));
    const [, newMapMs] = time(() => {
      store.importMap(label, plan.newActors, plan.newRelations);
      store.flush();
    });
    const target = store.create(`${label} (samenvoegen)`);
    const [, mergeMs] = time(() => {
      const merge = planImport(draft, store.open(target.id).doc, { createUnknown: false });
      store.apply(target.id, planToCommand(merge));
      store.flush();
    });
    const [, undoMs] = time(() => store.undo(target.id));
    const total = parseMs + planMs + newMapMs;
    console.log(
      `${label.padEnd(4)} ${plan.newActors.length} actoren, ${plan.newRelations.length} relaties: ` +
        `inlezen ${parseMs.toFixed(0)} ms + plan ${planMs.toFixed(0)} ms + nieuwe kaart opslaan ${newMapMs.toFixed(0)} ms = ${total.toFixed(0)} ms` +
        ` | samenvoegen (plan + batch + opslaan) ${mergeMs.toFixed(0)} ms, ongedaan maken ${undoMs.toFixed(0)} ms`,
    );
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const csv = generateCsv(ACTORS, RELATIONS);
bench('CSV', [
  { name: 'actoren.csv', bytes: encoder.encode(csv.actors) },
  { name: 'relaties.csv', bytes: encoder.encode(csv.relations) },
]);
bench('GEXF', [{ name: 'wijk.gexf', bytes: encoder.encode(generateGexf(ACTORS, RELATIONS)) }]);
