import type { CliIo } from './cli-io';

/** One `wijkweb <name> …` command. */
export interface CliCommand {
  readonly name: string;
  /** One line for the overview, in Dutch. */
  readonly summary: string;
  /** Full usage text shown by `wijkweb help <name>` and on a usage error. */
  readonly usage: string;
  /**
   * Runs the command with the arguments after its name. Returns the exit code; throws
   * UsageError (exit 2) or InputError (exit 1) for the runner to report.
   */
  run(args: readonly string[], io: CliIo): Promise<number> | number;
}
