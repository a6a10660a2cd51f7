import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const SERVER_ENTRY = join(import.meta.dirname, '..', '..', 'out', 'main', 'server.js');
const URL_LINE = /^Wijkweb draait op (http:\/\/127\.0\.0\.1:\d+\/)\?token=(\S+)$/;

/** A browser-mode Wijkweb process that the crash test can call and kill. */
export interface BridgeProcess {
  /** Calls one contract channel; resolves with the `Result` the bridge answers. */
  call<T>(channel: string, input: unknown): Promise<{ ok: true; value: T } | { ok: false; error: { code?: string; message: string } }>;
  /** Kills the process without warning (SIGKILL: no flush, no clean-up) and waits for it. */
  kill(): Promise<void>;
  /** Stops it the normal way (SIGTERM: saves flushed). */
  stop(): Promise<void>;
}

/** Starts out/main/server.js on a data folder and a free port; resolves once it prints its URL. */
export async function startBridgeProcess(dataDir: string): Promise<BridgeProcess> {
  const child: ChildProcess = spawn(process.execPath, [SERVER_ENTRY, '--data', dataDir, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const { base, token } = await new Promise<{ base: string; token: string }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Geen URL binnen 15 s. ${stderr}`)), 15_000);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = URL_LINE.exec(line.trim());
      if (match?.[1] && match[2]) {
        clearTimeout(timer);
        resolve({ base: match[1], token: match[2] });
      }
    });
    child.once('exit', (code) => reject(new Error(`Server stopte (code ${code}) voor de URL. ${stderr}`)));
  });
  return {
    async call(channel, input) {
      const response = await fetch(`${base}rpc/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-wijkweb-token': token },
        body: JSON.stringify(input),
      });
      return (await response.json()) as never;
    },
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
