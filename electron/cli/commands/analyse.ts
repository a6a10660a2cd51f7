import { analyseMap, type MapAnalysis } from '../../../shared/analysis/analyse';
import { AnalysisInputError } from '../../../shared/analysis/network-graph';
import type { AnalysisOptions } from '../../../shared/analysis/options';
import { EXIT_OK, InputError, UsageError } from '../cli-errors';
import type { CliCommand } from '../command';
import { parseArgs } from './cli-args';
import { readMapArgument } from './read-map-argument';
import { counted } from '../count-words';

const USAGE = `Gebruik: wijkweb analyse KAART [--json] [--weighted] [--include-spanning] [--directed]

Rekent de netwerkmaten van een kaart (of momentopname) uit: per actor graad, gewogen graad,
betweenness (ruw en genormaliseerd), closeness en gemeenschap; voor de hele kaart eilanden,
actoren zonder band, bruggen formeel–informeel, silo-index per categorie en buurt, dichtheid en
gemiddelde padlengte.

  --json              uitvoer als JSON (vorm: docs/analysis.md)
  --weighted          sterkte (1–3) als gewicht: sterke banden zijn kortere wegen
  --include-spanning  tel spanning/conflict ook als verbinding
  --directed          volg de pijlen van gerichte relaties`;

const fmt = (n: number, digits = 3): string => n.toFixed(digits).replace('.', ',');

/** The analysis as readable Dutch text. */
export function formatAnalysis(name: string, a: MapAnalysis): string {
  const nameOf = new Map(a.actors.map((m) => [m.id, m.name]));
  const names = (ids: readonly string[]) => ids.map((id) => nameOf.get(id) ?? id).join(', ');
  const lines = [
    `Analyse van ${name}`,
    `${counted(a.actorCount, 'actor')} (${Object.entries(a.counts.actorsByKind).map(([k, n]) => `${n} ${k}`).join(', ')}), ` +
      `${counted(a.relationCount, 'band')} geteld` + (a.excludedRelationCount > 0 ? `, ${a.excludedRelationCount} niet meegeteld (spanning)` : ''),
    `Dichtheid ${fmt(a.density)} · gemiddelde padlengte ${a.averagePathLength === null ? '–' : fmt(a.averagePathLength, 2)}`,
    ...(a.estimate
      ? [`Geschat uit een steekproef van ${a.estimate.sources} van de ${a.estimate.of} actoren: makelaar-cijfers ± ${fmt(2 * a.estimate.topStandardError)}`]
      : []),
    `Groepen: ${a.components.length} · eilanden: ${a.islands.length} · zonder band: ${a.isolated.length}`,
    ...a.islands.map((island, i) => `  eiland ${i + 1}: ${names(island)}`),
    ...(a.isolated.length > 0 ? [`  zonder band: ${names(a.isolated)}`] : []),
    `Bruggen formeel–informeel: ${counted(a.bridges.relationIds.length, 'band')}, ${counted(a.bridges.actorIds.length, 'actor')}`,
    ...a.bridges.informalGroups
      .filter((g) => g.status !== 'verbonden')
      .map((g) => `  ${g.status === 'geen' ? 'bereikt geen formele actor' : `kwetsbaar, alleen via ${names(g.linkerIds)}`}: ${names(g.actorIds)}`),
    `Gemeenschappen: ${a.communities.map((c) => `${c.name} (${c.actorIds.length})`).join(' · ')}`,
    'Silo-index per categorie (−1 alles binnen, +1 alles naar buiten):',
    ...a.silos.category.map((r) => `  ${r.group.padEnd(28)} binnen ${r.inside}, over ${r.crossing}, E–I ${r.eiIndex === null ? '–' : fmt(r.eiIndex, 2)}`),
    '',
    ['actor'.padEnd(40), 'graad', 'gewogen', 'betw.', 'betw.norm', 'closeness', 'groep'].join('  '),
    ...a.actors.map((m) =>
      [
        m.name.slice(0, 40).padEnd(40),
        String(m.degree).padStart(5),
        String(m.weightedDegree).padStart(7),
        fmt(m.betweenness, 1).padStart(5),
        fmt(m.betweennessNormalised).padStart(9),
        fmt(m.closeness).padStart(9),
        m.community ?? '–',
      ].join('  '),
    ),
  ];
  return `${lines.join('\n')}\n`;
}

/** `wijkweb analyse`: the network measures of one map. */
export const analyseCommand: CliCommand = {
  name: 'analyse',
  summary: 'netwerkmaten van een kaart: makelaars, eilanden, bruggen, silo’s',
  usage: USAGE,
  run(args, io) {
    const { positional, options: flags } = parseArgs(args, [], ['json', 'weighted', 'include-spanning', 'directed']);
    if (positional.length !== 1) throw new UsageError('Geef precies één kaart op.');
    const file = positional[0]!;
    const doc = readMapArgument(io, file);
    const options: AnalysisOptions = {
      weighted: flags.has('weighted'),
      includeSpanning: flags.has('include-spanning'),
      respectDirection: flags.has('directed'),
    };
    let analysis: MapAnalysis;
    try {
      analysis = analyseMap(doc, options);
    } catch (error) {
      if (error instanceof AnalysisInputError) throw new InputError(`${file}: ${error.message}`);
      throw error;
    }
    io.out(flags.has('json') ? `${JSON.stringify({ map: { id: doc.id, name: doc.name }, ...analysis }, null, 2)}\n` : formatAnalysis(doc.name, analysis));
    return EXIT_OK;
  },
};
