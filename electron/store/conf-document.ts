import fs from 'node:fs';
import path from 'node:path';
import Conf from 'conf';
import { makeDir } from './make-dir';

/**
 * One JSON document in the data folder, written through conf — atomically (temp file + fsync +
 * rename, conf's `#writeFile` → `atomically.writeFileSync`).
 *
 * Write-only by design: the caller reads and validates the file itself and keeps the value in
 * memory. conf reads the file in its constructor and again on every `store` write (to carry over
 * its `__internal__` bookkeeping), and `get store()` reads and parses it on every call when `cache`
 * is off. None of that is needed here, so the `deserialize` option returns an empty store without
 * parsing: the constructor cannot throw on (or rewrite) the existing content, and a write does not
 * parse the old file first. No schema, no migrations, no watcher, no dot-notation, no
 * `clearInvalidConfig`.
 */
export class ConfDocument<T extends Record<string, unknown>> {
  readonly path: string;
  #conf: Conf<T> | undefined;

  constructor(
    readonly dir: string,
    readonly name: string,
  ) {
    this.path = path.join(dir, `${name}.json`);
  }

  /**
   * Replaces the whole document on disk. Throws the OS error (ENOSPC, EACCES, EISDIR, …) when the
   * write fails; the file on disk is then unchanged.
   */
  write(value: T): void {
    // A folder that is read-only for this user fails fast here; without this check conf's
    // `atomically` retries EACCES/EPERM in a busy loop for a full second on every attempt.
    makeDir(this.dir);
    fs.accessSync(this.dir, fs.constants.W_OK);
    this.#conf ??= new Conf<T>({
      cwd: this.dir,
      configName: this.name,
      fileExtension: 'json',
      watch: false,
      cache: false,
      clearInvalidConfig: false,
      accessPropertiesByDotNotation: false,
      deserialize: () => ({}) as T,
    });
    this.#conf.store = value;
  }
}
