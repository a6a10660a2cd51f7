import type { CliCommand } from '../command';
import { krachtenveldCommand } from './krachtenveld';

/**
 * Every command of the `wijkweb` tool, in the order `wijkweb help` lists them. A feature adds its
 * command in its own file under electron/cli/commands/ and one line here.
 */
export const COMMANDS: readonly CliCommand[] = [krachtenveldCommand];
