import { parseArgs as parseNodeArgs } from 'node:util';
import { UsageError } from '../cli-errors';

/**
 * The one command-line parser of Wijkweb: every `wijkweb` command, the browser-mode server and the
 * desktop app's `--data` read their arguments here, through Node's own `util.parseArgs`, with its
 * errors turned into Dutch. `--naam=a=b` gives "a=b"; after `--` everything is a positional.
 */

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

/** What a command accepts. */
export interface OptionSpec {
  /** Options that take a value (`--naam waarde` or `--naam=waarde`); each may be repeated. */
  readonly valued: readonly string[];
  /** Options without a value. */
  readonly flags: readonly string[];
  /** One-letter forms: `{ h: 'help' }` lets `-h` stand for `--help`. */
  readonly short?: Readonly<Record<string, string>>;
  /** A message of its own for a valued option given without a value (what the value should be). */
  readonly missing?: Readonly<Record<string, string>>;
}

type NodeOptions = Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }>;

/** The option named in one of Node's parse errors (`Unknown option '--hop'`), as given. */
function namedOption(message: string): string {
  return /'(-{1,2}[^'\s=<]+)/.exec(message)?.[1] ?? '';
}

/** Node's parse error (an `ERR_PARSE_ARGS_*` code) as a Dutch usage line. */
function dutchMessage(error: unknown, spec: OptionSpec): string {
  const { code, message } = error as { code?: unknown; message?: unknown };
  const given = namedOption(typeof message === 'string' ? message : '');
  const bare = given.replace(/^-+/, '');
  const name = spec.short?.[bare] ?? bare;
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `Onbekende optie '${given}'.`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (spec.flags.includes(name)) return `Optie --${name} heeft geen waarde.`;
      return spec.missing?.[name] ?? `Optie --${name} heeft een waarde nodig.`;
    default:
      return `De argumenten kloppen niet (${given || 'onbekende fout'}).`;
  }
}

/** Parses arguments by a spec; a wrong option or a missing value throws a Dutch UsageError (exit 2). */
export function parseOptions(args: readonly string[], spec: OptionSpec): ParsedArgs {
  const options: NodeOptions = {};
  for (const name of spec.valued) options[name] = { type: 'string', multiple: true };
  for (const name of spec.flags) options[name] = { type: 'boolean' };
  for (const [letter, name] of Object.entries(spec.short ?? {})) {
    const option = options[name];
    if (option) option.short = letter;
  }
  let parsed: { values: Record<string, string | boolean | (string | boolean)[] | undefined>; positionals: string[] };
  try {
    parsed = parseNodeArgs({ args: [...args], options, strict: true, allowPositionals: true });
  } catch (error) {
    throw new UsageError(dutchMessage(error, spec));
  }
  const values = new Map<string, string[]>();
  const given = new Map<string, string | true>();
  for (const [name, value] of Object.entries(parsed.values)) {
    if (Array.isArray(value)) {
      // Valued options are declared `multiple`, so Node gives each as a list of strings.
      const texts = value.map(String);
      if (texts.some((v) => v === '')) throw new UsageError(spec.missing?.[name] ?? `Optie --${name} heeft een waarde nodig.`);
      values.set(name, texts);
      const last = texts.at(-1);
      if (last !== undefined) given.set(name, last);
    } else if (value === true) given.set(name, true);
  }
  return {
    positional: parsed.positionals,
    options: given,
    values: (name) => [...(values.get(name) ?? [])],
    text: (name) => {
      const value = given.get(name);
      return typeof value === 'string' ? value : undefined;
    },
  };
}

/**
 * Splits arguments into positionals and options, for every command. `valued` lists the options
 * that take a value (`--naam waarde` or `--naam=waarde`, may be repeated); `flags` the ones that do
 * not. Anything else starting with `-` is a usage error in Dutch (exit 2).
 */
export function parseArgs(args: readonly string[], valued: readonly string[], flags: readonly string[]): ParsedArgs {
  return parseOptions(args, { valued, flags });
}

/**
 * The value of one `--name value` (or `--name=value`) among arguments that also hold switches this
 * program does not know, such as Chromium's in the Electron app; undefined when absent or empty,
 * or when the next argument is another switch.
 */
export function findOption(argv: readonly string[], name: string): string | undefined {
  const { tokens } = parseNodeArgs({ args: [...argv], options: { [name]: { type: 'string' } }, strict: false, allowPositionals: true, tokens: true });
  for (const token of tokens) {
    if (token.kind !== 'option' || token.name !== name) continue;
    const value = token.value;
    if (value === undefined || value === '' || (!token.inlineValue && value.startsWith('-'))) return undefined;
    return value;
  }
  return undefined;
}
