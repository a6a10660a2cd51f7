import { mapStats } from '../../../shared/io/stats';
import { UsageError } from '../cli-errors';
import type { CliCommand } from '../command';
import { parseArgs } from './cli-args';
import { readInputs } from './read-inputs';

/** `wijkweb stats FILE`: actors (formal/informal), relations by kind, components. */
export const statsCommand: CliCommand = {
  name: 'stats',
  summary: 'telt actoren (formeel/informeel), relaties per soort en samenhangende delen',
  usage: [
    'Gebruik: wijkweb stats BESTAND [--relations RELATIES.csv] [--json]',
    '',
    'Telt actoren (formeel, informeel, personen, in een groep), relaties per soort en de',
    'samenhangende delen van het netwerk. --json geeft hetzelfde als JSON (zie docs/import-export.md).',
  ].join('\n'),
  async run(args, io) {
    const { positional, options } = parseArgs(args, ['relations'], ['json']);
    if (positional.length !== 1) throw new UsageError('Geef één bestand.');
    const relations = options.get('relations');
    const paths = typeof relations === 'string' ? [positional[0] ?? '', relations] : [positional[0] ?? ''];
    const { doc } = await readInputs(io, paths, true);
    const s = mapStats(doc);
    if (options.has('json')) {
      io.out(`${JSON.stringify(s, undefined, 2)}\n`);
      return 0;
    }
    const lines = [
      `Actoren: ${s.actors.total} (formeel ${s.actors.formeel}, informeel ${s.actors.informeel}; personen ${s.actors.persons}; in een groep ${s.actors.inGroups})`,
      `Relaties: ${s.relations.total} (gericht ${s.relations.directed})`,
      ...Object.entries(s.relations.byKind).map(([kind, n]) => `  ${kind}: ${n}`),
      `Samenhangende delen: ${s.components.count} (grootste ${s.components.sizes[0] ?? 0} actoren; ${s.components.isolated} losse actoren)`,
    ];
    io.out(`${lines.join('\n')}\n`);
    return 0;
  },
};
