import { APP_VERSION } from './version';
import { EXIT_INVALID_INPUT, EXIT_OK, EXIT_USAGE, InputError, UsageError } from './cli-errors';
import type { CliIo } from './cli-io';
import type { CliCommand } from './command';

/** The overview printed by `wijkweb help` and on a usage error without a command. */
export function overview(commands: readonly CliCommand[]): string {
  const width = Math.max(4, ...commands.map((c) => c.name.length));
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    'Wijkweb — kaarten van een wijk op de opdrachtregel.',
    '',
    'Gebruik: wijkweb <opdracht> [argumenten]',
    '',
    'Opdrachten:',
    ...lines,
    `  ${'help'.padEnd(width)}  uitleg over een opdracht: wijkweb help <opdracht>`,
    '',
    'Afsluitcode: 0 gelukt, 1 ongeldige invoer, 2 verkeerd gebruik.',
    '',
  ].join('\n');
}

/**
 * Runs the `wijkweb` tool: picks the command, runs it, and turns errors into a Dutch message on
 * stderr and an exit code (0 ok, 1 invalid input, 2 wrong usage). Never prints a stack trace.
 */
export async function runCli(argv: readonly string[], io: CliIo, commands: readonly CliCommand[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    const about = commands.find((c) => c.name === args[0]);
    if (name !== undefined && args[0] !== undefined && !about) {
      io.err(`Onbekende opdracht '${args[0]}'.\n\n${overview(commands)}`);
      return EXIT_USAGE;
    }
    (name === undefined ? io.err : io.out)(about ? `${about.usage}\n` : overview(commands));
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (name === '--version' || name === '-v') {
    io.out(`${APP_VERSION}\n`);
    return EXIT_OK;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`Onbekende opdracht '${name}'.\n\n${overview(commands)}`);
    return EXIT_USAGE;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n\n${command.usage}\n`);
      return EXIT_USAGE;
    }
    if (error instanceof InputError) {
      io.err(`${error.message}\n`);
      return EXIT_INVALID_INPUT;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.err(`Wijkweb ${name} liep vast op een onverwachte fout: ${message}\n`);
    return EXIT_INVALID_INPUT;
  }
}
