import type { CliCommand } from '../command';
import { analyseCommand } from './analyse';
import { convertCommand } from './convert';
import { diffCommand } from './diff';
import { krachtenveldCommand } from './krachtenveld';
import { printCommand } from './print';
import { statsCommand } from './stats';
import { validateCommand } from './validate';

/**
 * Every command of the `wijkweb` tool, in the order `wijkweb help` lists them. A feature adds its
 * command in its own file under electron/cli/commands/ and one line here.
 */
export const COMMANDS: readonly CliCommand[] = [
  convertCommand,
  validateCommand,
  statsCommand,
  analyseCommand,
  diffCommand,
  krachtenveldCommand,
  printCommand(),
];
