import { Buffer } from 'node:buffer';
import type { CliIo } from '../../../../electron/cli/cli-io';

/** An in-memory CliIo: files in a map, output collected as text. */
export interface MemoryIo extends CliIo {
  readonly files: Map<string, Uint8Array>;
  stdout: string;
  stderr: string;
}

/** Makes an in-memory CliIo with these files (text is stored as UTF-8). */
export function memoryIo(files: Record<string, string | Uint8Array> = {}): MemoryIo {
  const store = new Map<string, Uint8Array>(
    Object.entries(files).map(([path, data]) => [path, typeof data === 'string' ? Buffer.from(data, 'utf8') : data]),
  );
  const io: MemoryIo = {
    files: store,
    stdout: '',
    stderr: '',
    cwd: '/',
    out: (text) => void (io.stdout += text),
    err: (text) => void (io.stderr += text),
    readFile: (path) => {
      const data = store.get(path);
      if (!data) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
      return data;
    },
    writeFile: (path, data) => void store.set(path, typeof data === 'string' ? Buffer.from(data, 'utf8') : data),
  };
  return io;
}
