import { UsageError } from '../cli-errors';

/** Parsed command-line arguments: positionals and `--name value` / `--flag` options. */
export interface ParsedArgs {
  readonly positional: string[];
  /** Each option given, with its (last) value; flags map to true. */
  readonly options: Map<string, string | true>;
  /** Every value given for an option that may be repeated (`--van A --van B`), in order. */
  values(name: string): string[];
  /** The value of a valued option, or undefined when it was not given. */
  text(name: string): string | undefined;
}

/**
 * Splits arguments into positionals and options, for every command. `valued` lists the options
 * that take a value (`--naam waarde` or `--naam=waarde`, may be repeated); `flags` the ones that do
 * not. Anything else starting with `--` is a usage error in Dutch (exit 2).
 */
export function parseArgs(args: readonly string[], valued: readonly string[], flags: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  const repeated = new Map<string, string[]>();
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
      repeated.set(name, [...(repeated.get(name) ?? []), value]);
    } else if (flags.includes(name)) options.set(name, true);
    else throw new UsageError(`Onbekende optie '${arg}'.`);
  }
  return {
    positional,
    options,
    values: (name) => [...(repeated.get(name) ?? [])],
    text: (name) => {
      const value = options.get(name);
      return typeof value === 'string' ? value : undefined;
    },
  };
}
