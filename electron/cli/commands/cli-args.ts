import { UsageError } from '../cli-errors';

/** Parsed command-line arguments: positionals and `--name value` / `--flag` options. */
export interface ParsedArgs {
  readonly positional: string[];
  readonly options: Map<string, string | true>;
}

/**
 * Splits arguments into positionals and options. `valued` lists the options that take a value;
 * `flags` the ones that do not. Anything else starting with `--` is a usage error.
 */
export function parseArgs(args: readonly string[], valued: readonly string[], flags: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (!arg.startsWith('--') || arg === '--') {
      positional.push(arg);
      continue;
    }
    const [name = '', inline] = arg.slice(2).split('=', 2);
    if (valued.includes(name)) {
      const value = inline ?? args[++i];
      if (value === undefined || value === '') throw new UsageError(`Optie --${name} heeft een waarde nodig.`);
      options.set(name, value);
    } else if (flags.includes(name)) options.set(name, true);
    else throw new UsageError(`Onbekende optie '${arg}'.`);
  }
  return { positional, options };
}
