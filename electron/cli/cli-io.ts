import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Everything a command may touch outside itself; tests pass an in-memory one. */
export interface CliIo {
  /** Writes to standard output (results). */
  out(text: string): void;
  /** Writes to standard error (problems). */
  err(text: string): void;
  /** Reads a file's bytes (paths relative to `cwd`). */
  readFile(path: string): Uint8Array;
  /** Writes a file's bytes, replacing it. */
  writeFile(path: string, data: Uint8Array | string): void;
  /** The working directory paths are relative to. */
  readonly cwd: string;
}

/** The real terminal and file system. */
export function processIo(): CliIo {
  const cwd = process.cwd();
  return {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    readFile: (path) => readFileSync(resolve(cwd, path)),
    writeFile: (path, data) => writeFileSync(resolve(cwd, path), data),
    cwd,
  };
}
