import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

const URL_LINE = /^Wijkweb draait op (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)$/;

/** A running browser-mode Wijkweb bridge. */
export interface BenchServer {
  readonly url: string;
  stop(): Promise<void>;
}

/** Starts `out/main/server.js` on a free port with this data folder; resolves once it prints its URL. */
export async function startServer(root: string, dataDir: string): Promise<BenchServer> {
  const child = spawn(process.execPath, [path.join(root, 'out', 'main', 'server.js'), '--data', dataDir, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('De server meldde binnen 30 s geen URL.')), 30_000);
    createInterface({ input: child.stdout }).on('line', (line) => {
      const match = URL_LINE.exec(line.trim());
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => reject(new Error(`De server stopte (code ${code}) voordat hij een URL gaf.`)));
  });
  return {
    url,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
