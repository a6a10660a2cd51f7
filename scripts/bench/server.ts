import path from 'node:path';
import { startBridge, type RunningBridge } from '../lib/start-bridge';

/** A running browser-mode Wijkweb bridge. */
export type BenchServer = RunningBridge;

/** Starts `out/main/server.js` on a free port with this data folder; resolves once it prints its URL. */
export function startServer(root: string, dataDir: string): Promise<BenchServer> {
  return startBridge({ serverEntry: path.join(root, 'out', 'main', 'server.js'), dataDir, timeoutMs: 30_000, stderrPrefix: null });
}
