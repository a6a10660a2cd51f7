import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

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

/** Splits `--flag=value` into flag and value; other arguments come back unchanged. */
function splitInline(arg: string): [string, string | undefined] {
  const at = arg.indexOf('=');
  return arg.startsWith('--') && at > 2 ? [arg.slice(0, at), arg.slice(at + 1)] : [arg, undefined];
}

/** Parses the command line (without the node and script arguments). Never throws and never exits. */
export function parseArgs(argv: readonly string[], environment: ArgsEnvironment = processEnvironment()): ParsedArgs {
  let dataDir: string | undefined;
  let port = 0;
  let open = false;
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = splitInline(argv[i] ?? '');
    const takeValue = (): string | undefined => {
      if (inline !== undefined) return inline;
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) return undefined;
      i++;
      return next;
    };
    switch (flag) {
      case '--data': {
        const value = takeValue();
        if (value === undefined || value.trim() === '') return { kind: 'error', message: 'Na --data hoort een map, bijvoorbeeld --data ~/wijkweb-data.' };
        dataDir = expandHome(value, environment.home);
        break;
      }
      case '--port': {
        const value = takeValue();
        const n = value !== undefined && /^\d{1,5}$/.test(value) ? Number(value) : Number.NaN;
        if (!Number.isInteger(n) || n < 0 || n > 65535) {
          return { kind: 'error', message: `Ongeldige poort "${value ?? ''}": geef een getal van 0 tot en met 65535 (0 = een vrije poort).` };
        }
        port = n;
        break;
      }
      case '--open':
        if (inline !== undefined) return { kind: 'error', message: '--open heeft geen waarde.' };
        open = true;
        break;
      case '--help':
      case '-h':
        return { kind: 'help', text: USAGE };
      default:
        return { kind: 'error', message: `Onbekende optie "${argv[i] ?? ''}". ${USAGE.split('\n')[0] ?? ''}` };
    }
  }
  return {
    kind: 'run',
    options: { dataDir: resolve(environment.cwd, dataDir ?? defaultDataDir(environment)), port, open },
  };
}

/**
 * Finds `--data DIR` (or `--data=DIR`) among arguments that also hold Chromium's own switches, as the
 * Electron app receives them from `npm start -- --data DIR`. Returns undefined when absent.
 */
export function dataDirFromArgv(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg.startsWith('--data=')) return arg.slice('--data='.length) || undefined;
    if (arg === '--data') {
      const next = argv[i + 1];
      return next !== undefined && !next.startsWith('-') ? next : undefined;
    }
  }
  return undefined;
}
