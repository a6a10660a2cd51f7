import { diffMaps, type MapDiff, type MeasureKey } from '../../../shared/analysis/diff';
import { DEFAULT_ANALYSIS_OPTIONS } from '../../../shared/analysis/options';
import { EXIT_OK, UsageError } from '../cli-errors';
import type { CliCommand } from '../command';
import { parseArgs } from './cli-args';
import { readMapArgument } from './read-map-argument';

const USAGE = `Gebruik: wijkweb diff OUD NIEUW [--json]

Vergelijkt twee kaarten of momentopnamen van dezelfde kaart: actoren en relaties erbij, eraf en
gewijzigd (veld: van → naar), hoe de netwerkmaten veranderden ("3 eilanden → 1") en, per
krachtenveld dat in beide zit, wie van houding veranderde en hoe de balans verschoof.

  --json  uitvoer als JSON (vorm: docs/analysis.md)`;

/** Dutch names of the whole-map figures, as the comparison prints them. */
export const MEASURE_LABELS: Record<MeasureKey, string> = {
  actors: 'actoren',
  relations: 'banden (geteld)',
  components: 'groepen',
  islands: 'eilanden',
  isolated: 'actoren zonder band',
  communities: 'gemeenschappen',
  bridges: 'bruggen formeel–informeel',
  unreachedGroups: 'informele groepen zonder formele band',
  fragileGroups: 'kwetsbare informele groepen',
  density: 'dichtheid',
  averagePathLength: 'gemiddelde padlengte',
};

const show = (n: number | null): string => (n === null ? '–' : Number.isInteger(n) ? String(n) : n.toFixed(3).replace('.', ','));

const signed = (n: number): string => (n > 0 ? `+${n}` : String(n));
const stance = (n: number | null): string => (n === null ? '?' : signed(n));

/** The comparison as readable Dutch text. */
export function formatDiff(oldName: string, newName: string, d: MapDiff): string {
  const lines = [`Vergelijking ${oldName} → ${newName}`, '', 'Netwerkmaten:'];
  for (const m of d.measures) lines.push(`  ${MEASURE_LABELS[m.key]}: ${show(m.from)} → ${show(m.to)}`);
  const section = (title: string, items: string[]) => {
    lines.push('', `${title} (${items.length})`);
    for (const item of items) lines.push(`  ${item}`);
  };
  section('Actoren erbij', d.actors.added.map((a) => a.name));
  section('Actoren eraf', d.actors.removed.map((a) => a.name));
  section('Actoren gewijzigd', d.actors.changed.map((a) => `${a.name}: ${a.changes.map((c) => `${c.field} ${c.from} → ${c.to}`).join('; ')}`));
  section('Relaties erbij', d.relations.added.map((r) => `${r.fromName} — ${r.toName} (${r.kind})`));
  section('Relaties eraf', d.relations.removed.map((r) => `${r.fromName} — ${r.toName} (${r.kind})`));
  section(
    'Relaties gewijzigd',
    d.relations.changed.map((r) => `${r.fromName} — ${r.toName}: ${r.changes.map((c) => `${c.field} ${c.from} → ${c.to}`).join('; ')}`),
  );
  for (const f of d.forceFields) {
    const b = f.balance;
    lines.push('', `Krachtenveld "${f.question}": balans voor ${b.before.for} / tegen ${b.before.against} (netto ${signed(b.before.net)}) → voor ${b.after.for} / tegen ${b.after.against} (netto ${signed(b.after.net)})`);
    lines.push(`  Van houding veranderd (${f.moved.length})`);
    for (const m of f.moved) lines.push(`    ${m.name}: ${stance(m.from)} → ${stance(m.to)}`);
    if (f.added.length > 0) lines.push(`  Erbij: ${f.added.map((e) => `${e.name} (${stance(e.stance)})`).join(', ')}`);
    if (f.removed.length > 0) lines.push(`  Eraf: ${f.removed.map((e) => `${e.name} (${stance(e.stance)})`).join(', ')}`);
  }
  lines.push('', `Grootste makelaars toen: ${d.topBrokers.before.join(', ') || '–'}`, `Grootste makelaars nu: ${d.topBrokers.after.join(', ') || '–'}`);
  return `${lines.join('\n')}\n`;
}

/** `wijkweb diff`: what changed between two maps or snapshots. */
export const diffCommand: CliCommand = {
  name: 'diff',
  summary: 'vergelijk twee kaarten of momentopnamen: wat kwam erbij, wat verdween',
  usage: USAGE,
  run(args, io) {
    const { positional, options: flags } = parseArgs(args, [], ['json']);
    if (positional.length !== 2) throw new UsageError('Geef twee kaarten op: OUD en NIEUW.');
    const before = readMapArgument(io, positional[0]!);
    const after = readMapArgument(io, positional[1]!);
    const diff = diffMaps(before, after, DEFAULT_ANALYSIS_OPTIONS);
    io.out(flags.has('json') ? `${JSON.stringify(diff, null, 2)}\n` : formatDiff(before.name, after.name, diff));
    return EXIT_OK;
  },
};
