// @vitest-environment node
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir, parseArgs, type ArgsEnvironment } from '../../../../electron/server/args';

const linux: ArgsEnvironment = { platform: 'linux', env: {}, home: '/home/anna', cwd: '/home/anna/projecten' };

describe('server command line', () => {
  it('starts on any free port with the app data folder when given no options', () => {
    expect(parseArgs([], linux)).toEqual({
      kind: 'run',
      options: { dataDir: '/home/anna/.config/Wijkweb', port: 0, open: false },
    });
  });

  it('accepts --data, --port and --open, in both "--flag value" and "--flag=value" form', () => {
    expect(parseArgs(['--data', 'kaarten', '--port', '8123', '--open'], linux)).toEqual({
      kind: 'run',
      options: { dataDir: resolve('/home/anna/projecten', 'kaarten'), port: 8123, open: true },
    });
    expect(parseArgs(['--data=/tmp/x', '--port=0'], linux)).toEqual({
      kind: 'run',
      options: { dataDir: '/tmp/x', port: 0, open: false },
    });
  });

  it('expands a ~ the shell left alone', () => {
    const parsed = parseArgs(['--data=~/wijk'], linux);
    expect(parsed.kind === 'run' && parsed.options.dataDir).toBe(join('/home/anna', 'wijk'));
  });

  it.each([
    [['--poort', '80']],
    [['--port', 'tachtig']],
    [['--port', '70000']],
    [['--port', '-1']],
    [['--port']],
    [['--data']],
    [['--data', '--open']],
    [['--open=ja']],
    [['kaart.json']],
  ])('refuses %j with a Dutch message (exit code 2 in the CLI)', (argv) => {
    const parsed = parseArgs(argv, linux);
    expect(parsed.kind).toBe('error');
    if (parsed.kind === 'error') expect(parsed.message).toMatch(/Onbekende optie|Ongeldige poort|hoort een map|geen waarde/);
  });

  it('shows help for --help', () => {
    expect(parseArgs(['--help'], linux).kind).toBe('help');
  });
});

describe('default data folder (the same folder the Electron app uses)', () => {
  it('follows XDG_CONFIG_HOME on Linux, else ~/.config', () => {
    expect(defaultDataDir({ ...linux, env: { XDG_CONFIG_HOME: '/data/cfg' } })).toBe(join('/data/cfg', 'Wijkweb'));
    expect(defaultDataDir({ ...linux, env: { XDG_CONFIG_HOME: '' } })).toBe(join('/home/anna/.config', 'Wijkweb'));
  });

  it('uses Application Support on macOS', () => {
    expect(defaultDataDir({ ...linux, platform: 'darwin', home: '/Users/anna' })).toBe(
      join('/Users/anna', 'Library', 'Application Support', 'Wijkweb'),
    );
  });

  it('uses %APPDATA% on Windows', () => {
    expect(defaultDataDir({ ...linux, platform: 'win32', env: { APPDATA: 'C:/Users/anna/AppData/Roaming' } })).toBe(
      join('C:/Users/anna/AppData/Roaming', 'Wijkweb'),
    );
  });
});
