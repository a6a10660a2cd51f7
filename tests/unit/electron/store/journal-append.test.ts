import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EditJournal, type JournalEntry } from '../../../../electron/store/edit-journal';
import { appendWholeLine, type AppendIo } from '../../../../electron/store/journal-append';

function enospc(): Error {
  return Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
}

/** The real fs, except that writes stop after `room` bytes (a disk with that much left), and optionally cannot be cut back. */
function fullDisk(room: number, options: { truncateFails?: boolean } = {}): AppendIo {
  let left = room;
  return {
    ...fs,
    writeSync: ((fd: number, buffer: Buffer, offset: number, length: number) => {
      if (left <= 0) throw enospc();
      const n = Math.min(length, left);
      left -= n;
      return fs.writeSync(fd, buffer, offset, n);
    }) as AppendIo['writeSync'],
    ftruncateSync: ((fd: number, len?: number) => {
      if (options.truncateFails) throw Object.assign(new Error('EIO'), { code: 'EIO' });
      fs.ftruncateSync(fd, len);
    }) as AppendIo['ftruncateSync'],
  };
}

const entry = (n: number): JournalEntry => ({ at: `2030-01-01T00:00:0${n}.000Z`, op: { type: 'rename', name: `Naam ${n}` } });

describe('a journal line on a full disk', () => {
  let dir = '';
  let file = '';
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wijkweb-append-'));
    file = path.join(dir, 'kaart.journal');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('is written whole or not at all: half a line is cut back and the disk error is thrown', () => {
    new EditJournal(file).append(entry(1));
    const before = fs.readFileSync(file, 'utf8');
    expect(() => new EditJournal(file, fullDisk(20)).append(entry(2))).toThrow(/ENOSPC/);
    expect(fs.readFileSync(file, 'utf8')).toBe(before);
    new EditJournal(file).append(entry(3));
    expect(new EditJournal(file).read()).toEqual({ entries: [entry(1), entry(3)], skipped: [] });
  });

  it('keeps the lines after a torn one when the torn part could not be cut back', () => {
    new EditJournal(file).append(entry(1));
    expect(() => new EditJournal(file, fullDisk(20, { truncateFails: true })).append(entry(2))).toThrow(/ENOSPC/);
    new EditJournal(file).append(entry(3));
    new EditJournal(file).append(entry(4));
    const read = new EditJournal(file).read();
    expect(read.entries).toEqual([entry(1), entry(3), entry(4)]);
    expect(read.skipped).toEqual([2]);
  });

  it('starts on a fresh line after a line torn by a kill', () => {
    fs.writeFileSync(file, `${JSON.stringify(entry(1))}\n{"at":"2030-01-01T00:00:02.000Z","op":{"ty`);
    appendWholeLine(file, JSON.stringify(entry(3)));
    const read = new EditJournal(file).read();
    expect(read.entries).toEqual([entry(1), entry(3)]);
    expect(read.skipped).toEqual([2]);
  });
});
