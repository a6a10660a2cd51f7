import { describe, expect, it } from 'vitest';
import { InputError, UsageError } from '../../../../electron/cli/cli-errors';
import type { CliCommand } from '../../../../electron/cli/command';
import { runCli } from '../../../../electron/cli/run-cli';
import { memoryIo } from './memory-io';

const echo: CliCommand = {
  name: 'echo',
  summary: 'herhaalt de argumenten',
  usage: 'Gebruik: wijkweb echo TEKST…',
  run(args, io) {
    if (args.length === 0) throw new UsageError('Geef tekst om te herhalen.');
    if (args[0] === 'kapot') throw new InputError('kapot.csv, regel 3, kolom 2: ongeldig.');
    if (args[0] === 'bug') throw new TypeError('x is undefined');
    io.out(`${args.join(' ')}\n`);
    return 0;
  },
};

describe('the wijkweb command line', () => {
  it('runs a command and exits 0', async () => {
    const io = memoryIo();
    expect(await runCli(['echo', 'hallo', 'wijk'], io, [echo])).toBe(0);
    expect(io.stdout).toBe('hallo wijk\n');
  });

  it('lists the commands on help, and exits 2 without any command', async () => {
    const help = memoryIo();
    expect(await runCli(['help'], help, [echo])).toBe(0);
    expect(help.stdout).toContain('echo  herhaalt de argumenten');
    const none = memoryIo();
    expect(await runCli([], none, [echo])).toBe(2);
    expect(none.stderr).toContain('Gebruik: wijkweb <opdracht>');
  });

  it('exits 2 with the usage on an unknown command or wrong use', async () => {
    const unknown = memoryIo();
    expect(await runCli(['fietsen'], unknown, [echo])).toBe(2);
    expect(unknown.stderr).toContain("Onbekende opdracht 'fietsen'");
    const wrong = memoryIo();
    expect(await runCli(['echo'], wrong, [echo])).toBe(2);
    expect(wrong.stderr).toContain('Geef tekst om te herhalen.');
    expect(wrong.stderr).toContain('Gebruik: wijkweb echo');
  });

  it('exits 1 on invalid input, naming the place, and never prints a stack trace', async () => {
    const bad = memoryIo();
    expect(await runCli(['echo', 'kapot'], bad, [echo])).toBe(1);
    expect(bad.stderr).toBe('kapot.csv, regel 3, kolom 2: ongeldig.\n');
    const bug = memoryIo();
    expect(await runCli(['echo', 'bug'], bug, [echo])).toBe(1);
    expect(bug.stderr).not.toMatch(/\n\s+at /);
  });
});
