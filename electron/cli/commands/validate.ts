import { formatProblem } from '../../../shared/io/problems';
import { UsageError } from '../cli-errors';
import type { CliCommand } from '../command';
import { parseArgs } from './cli-args';
import { readInputs } from './read-inputs';
import { counted } from '../count-words';

/** `wijkweb validate FILE`: lists every problem with line and column; exit 1 if there is any. */
export const validateCommand: CliCommand = {
  name: 'validate',
  summary: 'controleert een bestand en meldt problemen met regel en kolom',
  usage: [
    'Gebruik: wijkweb validate BESTAND [--relations RELATIES.csv]',
    '',
    'Leest het bestand zoals de import het zou doen en meldt elk probleem (bestand, regel, kolom).',
    'Afsluitcode 0: geen problemen; 1: problemen gevonden of onleesbaar; 2: verkeerd gebruik.',
  ].join('\n'),
  async run(args, io) {
    const { positional, options } = parseArgs(args, ['relations'], []);
    if (positional.length !== 1) throw new UsageError('Geef één bestand om te controleren.');
    const relations = options.get('relations');
    const paths = typeof relations === 'string' ? [positional[0] ?? '', relations] : [positional[0] ?? ''];
    const { doc, plan } = await readInputs(io, paths, false);
    for (const problem of plan.problems) io.err(`${formatProblem(problem)}\n`);
    const summary = `${counted(doc.actors.length, 'actor')}, ${counted(doc.relations.length, 'relatie')} gelezen`;
    if (plan.problems.length === 0) {
      io.out(`${summary}; geen problemen.\n`);
      return 0;
    }
    io.out(`${summary}; ${plan.problems.length} ${plan.problems.length === 1 ? 'probleem' : 'problemen'}.\n`);
    return 1;
  },
};
