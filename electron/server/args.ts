import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { UsageError } from '../cli/cli-errors';
import { findOption, parseOptions, type OptionSpec } from '../cli/commands/cli-args';

/** The app name that Electron uses for its userData folder (see electron/main/index.ts). */
export const APP_NAME = 'Wijkweb';

/** What `node out/main/server.js` was asked to do. */
export interface ServerOptions {
  /** Absolute path of the data folder. */
  readonly dataDir: string;
  /** 0 means: any free port. */
  readonly port: number;
  /** Open the default browser once the bridge runs. */
  readonly open: boolean;
}

/** The outcome of parsing the command line: options, a request for help, or a Dutch error line. */
export type ParsedArgs =
  | { readonly kind: 'run'; readonly options: ServerOptions }
  | { readonly kind: 'help'; readonly text: string }
  | { readonly kind: 'error'; readonly message: string };

/** The environment bits the defaults depend on, passed in so tests need not touch the real ones. */
export interface ArgsEnvironment {
  readonly platform: NodeJS.Platform;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly home: string;
  readonly cwd: string;
}

/** Exit code for a wrong command line (as most Unix tools do). */
export const USAGE_EXIT_CODE = 2;

/** The help text, in Dutch. */
export const USAGE = [
  'Gebruik: node out/main/server.js [--data MAP] [--port N] [--open]',
  '  --data MAP   map met de kaarten (standaard dezelfde map als de Wijkweb-app)',
  '  --port N     poort op 127.0.0.1 (0 = een vrije poort; standaard 0)',
  '  --open       open Wijkweb in de standaardbrowser',
].join('\n');

/** The data folder the Electron app uses on this OS (Electron's userData for app name "Wijkweb"). */
export function defaultDataDir(environment: ArgsEnvironment): string {
  const { platform, env, home } = environment;
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_NAME);
  const config = env.XDG_CONFIG_HOME !== undefined && env.XDG_CONFIG_HOME !== '' ? env.XDG_CONFIG_HOME : join(home, '.config');
  return join(config, APP_NAME);
}

/** The real environment of this process. */
export function processEnvironment(): ArgsEnvironment {
  return { platform: process.platform, env: process.env, home: homedir(), cwd: process.cwd() };
}

/** Expands a leading `~` (left as is when the shell did not, as in `--data=~/kaarten`). */
function expandHome(path: string, home: string): string {
  if (path === '~') return home;
  return path.startsWith('~/') ? join(home, path.slice(2)) : path;
}

/** What the server accepts, for the one command-line parser. */
const SERVER_OPTIONS: OptionSpec = {
  valued: ['data', 'port'],
  flags: ['open', 'help'],
  short: { h: 'help' },
  missing: {
    data: 'Na --data hoort een map, bijvoorbeeld --data ~/wijkweb-data.',
    port: 'Ongeldige poort: na --port hoort een getal van 0 tot en met 65535 (0 = een vrije poort).',
  },
};

/** Parses the command line (without the node and script arguments). Never throws and never exits. */
export function parseArgs(argv: readonly string[], environment: ArgsEnvironment = processEnvironment()): ParsedArgs {
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(argv, SERVER_OPTIONS);
  } catch (error) {
    if (error instanceof UsageError) return { kind: 'error', message: `${error.message} ${USAGE.split('\n')[0] ?? ''}` };
    throw error;
  }
  if (parsed.options.has('help')) return { kind: 'help', text: USAGE };
  const stray = parsed.positional[0];
  if (stray !== undefined) return { kind: 'error', message: `Onbekende optie "${stray}". ${USAGE.split('\n')[0] ?? ''}` };
  const data = parsed.text('data');
  if (data !== undefined && data.trim() === '') return { kind: 'error', message: SERVER_OPTIONS.missing?.data ?? '' };
  const portText = parsed.text('port') ?? '0';
  const port = /^\d{1,5}$/.test(portText) ? Number(portText) : Number.NaN;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    return { kind: 'error', message: `Ongeldige poort "${portText}": geef een getal van 0 tot en met 65535 (0 = een vrije poort).` };
  }
  const dataDir = data === undefined ? defaultDataDir(environment) : expandHome(data, environment.home);
  return { kind: 'run', options: { dataDir: resolve(environment.cwd, dataDir), port, open: parsed.options.has('open') } };
}

/**
 * Finds `--data DIR` (or `--data=DIR`) among arguments that also hold Chromium's own switches, as the
 * Electron app receives them from `npm start -- --data DIR`. Returns undefined when absent.
 */
export function dataDirFromArgv(argv: readonly string[]): string | undefined {
  return findOption(argv, 'data');
}
