import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emptyMap } from '../../shared/domain/map-document';
import { lindenhof } from '../support/lindenhof-fixture';
import { test, expect } from '@playwright/test';

const CLI = join(import.meta.dirname, '..', '..', 'out', 'main', 'cli.js');

/** Runs the built `wijkweb` tool under plain Node, as a user does. */
function wijkweb(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

test('the built command line analyses and compares Lindenhof under plain Node', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wijkweb-cli-'));
  try {
    const map = { ...emptyMap('lindenhof', 'Lindenhof', '2026-03-01T00:00:00.000Z'), ...lindenhof() };
    writeFileSync(join(dir, 'oud.json'), JSON.stringify(map));
    writeFileSync(join(dir, 'nieuw.json'), JSON.stringify({ ...map, relations: map.relations.slice(1) }));
    const analysed = wijkweb('analyse', join(dir, 'oud.json'), '--json');
    expect(analysed.stderr).toBe('');
    expect(analysed.code).toBe(0);
    expect(JSON.parse(analysed.stdout).actors[0].name).toBe('Opbouwwerk Samen Sterk');
    const diffed = wijkweb('diff', join(dir, 'oud.json'), join(dir, 'nieuw.json'));
    expect(diffed.code).toBe(0);
    expect(diffed.stdout).toContain('Relaties eraf (1)');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
