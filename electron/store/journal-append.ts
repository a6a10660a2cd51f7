import fs from 'node:fs';

/** The file operations a journal append uses (tests pass ones that fail like a full disk). */
export type AppendIo = Pick<typeof fs, 'openSync' | 'fstatSync' | 'readSync' | 'writeSync' | 'ftruncateSync' | 'closeSync'>;

/**
 * Appends one line to a file, whole or not at all: when the disk refuses part-way (ENOSPC with a
 * few KB left writes half a line, then fails), the file is cut back to its length before, and the
 * OS error is thrown. When that cut fails too, or an earlier kill left a torn last line, the next
 * append starts on a fresh line, so a torn fragment never glues onto a good line.
 */
export function appendWholeLine(file: string, line: string, io: AppendIo = fs): void {
  const fd = io.openSync(file, 'a+');
  try {
    const size = io.fstatSync(fd).size;
    const data = Buffer.from(`${size > 0 && !endsWithNewline(io, fd, size) ? '\n' : ''}${line}\n`, 'utf8');
    try {
      for (let done = 0; done < data.length; ) done += io.writeSync(fd, data, done, data.length - done);
    } catch (error) {
      try {
        io.ftruncateSync(fd, size);
      } catch {
        // The next append starts with a line break; the reader skips the fragment.
      }
      throw error;
    }
  } finally {
    io.closeSync(fd);
  }
}

function endsWithNewline(io: AppendIo, fd: number, size: number): boolean {
  const last = Buffer.alloc(1);
  return io.readSync(fd, last, 0, 1, size - 1) === 1 && last[0] === 0x0a;
}
