// Reads a V8 CPU profile (Chrome DevTools Protocol `Profiler.stop`) into what a person needs to
// find a long task: the busy stretches of the main thread and, per stretch, the functions that took
// the time (self and total), so "where does this 600 ms task come from" has a one-screen answer.

import type { CpuProfile, ProfileNode } from './cpu-profile';

export type { CpuProfile, ProfileNode };

/** Time spent in one function (ms): in itself, and with everything it called. */
export interface FunctionTime {
  readonly name: string;
  readonly selfMs: number;
  readonly totalMs: number;
}

/** A stretch of the main thread without idle samples: usually one task, or tasks back to back. */
export interface BusyStretch {
  /** ms since the profile started. */
  readonly startMs: number;
  readonly durationMs: number;
  /** The functions of this stretch, by self time, descending. */
  readonly bySelf: readonly FunctionTime[];
  /** The functions of this stretch, by total time, descending. */
  readonly byTotal: readonly FunctionTime[];
}

const IDLE = '(idle)';

function fileOf(url: string): string {
  const last = url.split('/').at(-1) ?? '';
  return last.replace(/-[A-Za-z0-9_]{8}\.js$/, '.js');
}

/** A readable name of a profile node's function: `name (file:line)`. */
export function frameName(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const name = functionName || '(anonymous)';
  return url ? `${name} (${fileOf(url)}:${lineNumber + 1})` : name;
}

/** The profile's samples as time spans (µs), with the names of the functions on each one's stack. */
interface Span {
  readonly from: number;
  readonly to: number;
  readonly idle: boolean;
  readonly self: string;
  readonly stack: readonly string[];
}

function spansOf(profile: CpuProfile): Span[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const stacks = new Map<number, string[]>();
  const stackOf = (id: number): string[] => {
    const known = stacks.get(id);
    if (known) return known;
    const names: string[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at);
      if (frame) names.push(frameName(frame));
    }
    const unique = [...new Set(names)];
    stacks.set(id, unique);
    return unique;
  };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const times: number[] = [];
  let t = profile.startTime;
  for (let i = 0; i < samples.length; i++) {
    t += deltas[i] ?? 0;
    times.push(t);
  }
  const spans: Span[] = [];
  for (let i = 0; i < samples.length; i++) {
    const node = byId.get(samples[i] ?? -1);
    if (!node) continue;
    // Sample i lasts from its own time until the next sample's.
    spans.push({
      from: times[i] ?? 0,
      to: times[i + 1] ?? profile.endTime,
      idle: node.callFrame.functionName === IDLE,
      self: frameName(node),
      stack: stackOf(node.id),
    });
  }
  return spans;
}

function stretchOf(spans: readonly Span[], origin: number): BusyStretch {
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  for (const span of spans) {
    if (span.idle) continue;
    const length = span.to - span.from;
    self.set(span.self, (self.get(span.self) ?? 0) + length);
    for (const name of span.stack) total.set(name, (total.get(name) ?? 0) + length);
  }
  const ms = (us: number): number => Math.round(us / 100) / 10;
  const rows = [...total.keys()].map((name) => ({ name, selfMs: ms(self.get(name) ?? 0), totalMs: ms(total.get(name) ?? 0) }));
  const first = spans[0]?.from ?? origin;
  const last = spans.at(-1)?.to ?? origin;
  return {
    startMs: ms(first - origin),
    durationMs: ms(last - first),
    bySelf: [...rows].sort((a, b) => b.selfMs - a.selfMs),
    byTotal: [...rows].sort((a, b) => b.totalMs - a.totalMs),
  };
}

/**
 * The busy stretches of at least `minMs` in the profile, each with its functions by self and total
 * time. Idle gaps shorter than `mergeGapMs` do not end a stretch (a sample can fall between two
 * halves of one task). Tasks that follow each other without idle time form one stretch.
 */
export function busyStretches(profile: CpuProfile, minMs = 50, mergeGapMs = 1): BusyStretch[] {
  const spans = spansOf(profile);
  const stretches: BusyStretch[] = [];
  let group: Span[] = [];
  let idleSince: number | null = null;
  const close = (): void => {
    const busy = group.filter((s) => !s.idle);
    const first = busy[0];
    const last = busy.at(-1);
    if (first && last && (last.to - first.from) / 1000 >= minMs) stretches.push(stretchOf(busy, profile.startTime));
    group = [];
  };
  for (const span of spans) {
    if (span.idle) {
      idleSince ??= span.from;
      if (group.length > 0 && span.to - idleSince >= mergeGapMs * 1000) close();
      continue;
    }
    idleSince = null;
    group.push(span);
  }
  close();
  return stretches;
}

/** The time (ms since the profile started) of the first sample whose stack holds a function named `name`; null if none. */
export function firstCallMs(profile: CpuProfile, name: string): number | null {
  for (const span of spansOf(profile)) {
    if (span.stack.some((frame) => frame === name || frame.startsWith(`${name} (`))) return (span.from - profile.startTime) / 1000;
  }
  return null;
}

/** The functions that ran between `fromMs` and `toMs` (ms since the profile started), as one stretch. */
export function windowStretch(profile: CpuProfile, fromMs: number, toMs: number): BusyStretch {
  const from = profile.startTime + fromMs * 1000;
  const to = profile.startTime + toMs * 1000;
  return stretchOf(
    spansOf(profile).filter((s) => s.from >= from && s.from < to && !s.idle),
    profile.startTime,
  );
}

/** A plain-text report of the stretches: per stretch its length and the top `top` functions. */
export function stretchReport(stretches: readonly BusyStretch[], top = 15): string {
  const lines: string[] = [];
  for (const s of stretches) {
    lines.push(`— busy ${s.durationMs} ms at +${s.startMs} ms`);
    lines.push('  self:');
    for (const f of s.bySelf.slice(0, top)) lines.push(`    ${f.selfMs.toFixed(1).padStart(7)} ms  ${f.name}`);
    lines.push('  total:');
    for (const f of s.byTotal.filter((f) => !f.name.startsWith('(root)')).slice(0, top)) {
      lines.push(`    ${f.totalMs.toFixed(1).padStart(7)} ms  ${f.name}`);
    }
  }
  return lines.join('\n');
}
