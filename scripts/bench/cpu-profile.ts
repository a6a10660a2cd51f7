// CPU profiles of the page for `npm run bench -- --profile DIR`: records with the Chrome DevTools
// Protocol and sums self and total time per function, to find what a gesture spends its time on.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';

/** One node of a V8 CPU profile (the part we read). */
export interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number; readonly columnNumber: number };
  readonly children?: readonly number[];
}

/** A V8 CPU profile as `Profiler.stop` returns it. */
export interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly startTime: number;
  readonly endTime: number;
  readonly samples?: readonly number[];
  readonly timeDeltas?: readonly number[];
}

/** Time spent in one function: in itself, and in it or anything it called. */
export interface HotSpot {
  readonly name: string;
  readonly selfMs: number;
  readonly totalMs: number;
}

function frameName(node: ProfileNode): string {
  const { functionName, url, lineNumber, columnNumber } = node.callFrame;
  const file = url ? url.slice(url.lastIndexOf('/') + 1).replace(/\?.*$/, '') : '';
  return `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}:${columnNumber + 1}`;
}

/** Sums self and total (inclusive, counted once per stack) milliseconds per function of a profile. */
export function hotSpots(profile: CpuProfile): HotSpot[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfUs = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    // A sample's time is the gap to the next sample.
    const dt = deltas[i + 1] ?? 0;
    const id = samples[i] ?? 0;
    selfUs.set(id, (selfUs.get(id) ?? 0) + dt);
  }
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const node = byId.get(id);
    if (!node) continue;
    const name = frameName(node);
    self.set(name, (self.get(name) ?? 0) + us);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const n = byId.get(cur);
      if (!n) break;
      const key = frameName(n);
      if (seen.has(key)) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + us);
    }
  }
  return [...total.entries()].map(([name, us]) => ({ name, selfMs: (self.get(name) ?? 0) / 1000, totalMs: us / 1000 }));
}

/** Starts the sampling profiler in the page; the returned function stops it and returns the profile. */
export async function startProfile(page: Page): Promise<() => Promise<CpuProfile>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  return async () => {
    const { profile } = await cdp.send('Profiler.stop');
    await cdp.detach();
    return profile as unknown as CpuProfile;
  };
}

/** Writes the profile (open it in Chrome DevTools) and prints the top functions by self and total time to stderr. */
export function reportProfile(profile: CpuProfile, dir: string, name: string): void {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `${name}.cpuprofile`), JSON.stringify(profile));
  const spots = hotSpots(profile);
  const wallMs = (profile.endTime - profile.startTime) / 1000;
  const line = (s: HotSpot): string =>
    `  ${s.selfMs.toFixed(0).padStart(6)} ${s.totalMs.toFixed(0).padStart(6)} ${((100 * s.selfMs) / wallMs).toFixed(1).padStart(5)}%  ${s.name}`;
  const out = [
    `Profiel ${name}: ${wallMs.toFixed(0)} ms (self ms, total ms, self %)`,
    ' — eigen tijd:',
    ...[...spots].sort((a, b) => b.selfMs - a.selfMs).slice(0, 30).map(line),
    ' — totaal:',
    ...[...spots].sort((a, b) => b.totalMs - a.totalMs).slice(0, 40).map(line),
  ];
  fs.writeFileSync(path.join(dir, `${name}.txt`), `${out.join('\n')}\n`);
  process.stderr.write(`${out.join('\n')}\n`);
}
