import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCK_NAME } from '../../../../electron/store/data-lock';
import { WijkwebError } from '../../../../shared/result';
import { addActor, useDataDir } from './store-fixtures';

/** The id of a process that has just ended, so it certainly does not run any more. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('MapStore: one Wijkweb per data folder', () => {
  const data = useDataDir();

  it('refuses a second Wijkweb on the same folder, saying who holds it, and lets the first go on', () => {
    const first = data.open();
    const { id } = first.create('Lindenhof');
    let refusal: unknown;
    try {
      data.open();
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(WijkwebError);
    const message = (refusal as WijkwebError).message;
    expect(message).toContain('al in gebruik');
    expect(message).toContain(`proces ${process.pid}`);
    expect(message).toContain(path.join(data.dir(), LOCK_NAME));
    first.apply(id, addActor('a1'));
    expect(first.open(id).doc.actors).toHaveLength(1);
  });

  it('can be opened again once the first one has closed', () => {
    const first = data.open();
    first.create('Lindenhof');
    first.close();
    expect(fs.existsSync(path.join(data.dir(), LOCK_NAME))).toBe(false);
    expect(data.open().list()).toHaveLength(1);
  });

  it('takes over a lock left behind by a Wijkweb that crashed', () => {
    fs.writeFileSync(path.join(data.dir(), LOCK_NAME), JSON.stringify({ pid: deadPid(), host: os.hostname(), since: '2026-01-01T00:00:00Z' }));
    expect(() => data.open()).not.toThrow();
  });

  it('takes over a stale lock that carries our own process id (left before a container or machine restart)', () => {
    fs.writeFileSync(path.join(data.dir(), LOCK_NAME), JSON.stringify({ pid: process.pid, host: os.hostname(), since: new Date().toISOString() }));
    expect(() => data.open()).not.toThrow();
  });

  it('takes over a lock written before this computer last started, even when its process id is in use again', () => {
    const beforeBoot = new Date(Date.now() - os.uptime() * 1000 - 3_600_000).toISOString();
    fs.writeFileSync(path.join(data.dir(), LOCK_NAME), JSON.stringify({ pid: process.ppid, host: os.hostname(), since: beforeBoot }));
    expect(() => data.open()).not.toThrow();
  });

  it('takes over a lock file that is damaged', () => {
    fs.writeFileSync(path.join(data.dir(), LOCK_NAME), '{ kapot');
    expect(() => data.open()).not.toThrow();
  });

  it('refuses a folder that another computer holds (a shared drive), naming that computer', () => {
    fs.writeFileSync(path.join(data.dir(), LOCK_NAME), JSON.stringify({ pid: 4242, host: 'laptop-collega', since: '2026-11-20T09:00:00Z' }));
    expect(() => data.open()).toThrow(/computer laptop-collega \(proces 4242\)/);
  });
});
