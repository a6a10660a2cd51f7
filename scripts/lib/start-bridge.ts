import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

const URL_LINE = /^Wijkweb draait op (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)$/;

/** A running browser-mode Wijkweb (the HTTP bridge, `out/main/server.js`) on a data folder. */
export interface RunningBridge {
  readonly url: string;
  readonly dataDir: string;
  /** Stops the server the way a user does (SIGTERM: saves are flushed) and waits for the exit. */
  stop(): Promise<void>;
}

/** How to start the bridge: which build, which data folder, how long to wait, where its errors go. */
export interface BridgeOptions {
  readonly serverEntry: string;
  readonly dataDir: string;
  readonly timeoutMs: number;
  /** Prefix for the server's stderr lines; null passes them through unchanged. */
  readonly stderrPrefix: string | null;
}

/**
 * Starts the browser-mode bridge on a free port (for the E2E tests and the benchmark); resolves
 * once it prints its URL, rejects with a Dutch message when it stops or stays silent.
 */
export async function startBridge(options: BridgeOptions): Promise<RunningBridge> {
  const child = spawn(process.execPath, [options.serverEntry, '--data', options.dataDir, '--port', '0'], {
    stdio: ['ignore', 'pipe', options.stderrPrefix === null ? 'inherit' : 'pipe'],
  });
  const { stdout } = child;
  if (!stdout) throw new Error('De server gaf geen uitvoer.');
  const prefix = options.stderrPrefix;
  if (prefix !== null) child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(`${prefix}${chunk.toString()}`));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`De server meldde binnen ${options.timeoutMs / 1000} s geen URL.`)), options.timeoutMs);
    createInterface({ input: stdout }).on('line', (line) => {
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
    dataDir: options.dataDir,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
