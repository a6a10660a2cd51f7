import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../../shared/domain/map-document';
import { COMMANDS } from '../../../../electron/cli/commands/index';
import { runCli } from '../../../../electron/cli/run-cli';
import { memoryIo } from './memory-io';

const actorsCsv = (n: number): string => `Naam\n${Array.from({ length: n }, (_, i) => `actor ${i}`).join('\n')}\n`;

describe('what `wijkweb convert` writes, `wijkweb validate` accepts', () => {
  it('a CSV with 50 001 actors: convert stops with exit 1, names the limit and writes nothing', { timeout: 60_000 }, async () => {
    const io = memoryIo({ 'groot.csv': actorsCsv(LIMITS.actors + 1) });
    expect(await runCli(['convert', 'groot.csv', 'groot.wijkweb'], io, COMMANDS)).toBe(1);
    expect(io.stderr).toContain('groot.csv: deze import geeft een kaart met 50 001 actoren; een kaart heeft hoogstens 50 000 actoren.');
    expect(io.files.has('groot.wijkweb')).toBe(false);
    expect(await runCli(['validate', 'groot.csv'], io, COMMANDS)).toBe(1);
  });

  it('a CSV with exactly 50 000 actors converts, and validate accepts the .wijkweb', { timeout: 60_000 }, async () => {
    const io = memoryIo({ 'vol.csv': actorsCsv(LIMITS.actors) });
    expect(await runCli(['convert', 'vol.csv', 'vol.wijkweb'], io, COMMANDS)).toBe(0);
    expect(await runCli(['validate', 'vol.wijkweb'], io, COMMANDS)).toBe(0);
    expect(io.stdout).toContain('50000 actoren, 0 relaties gelezen; geen problemen.');
  });
});
