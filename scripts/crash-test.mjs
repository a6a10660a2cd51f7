#!/usr/bin/env node
// `npm run test:crash`: the long form of the crash test — 50 kills (override with WIJKWEB_CRASH_RUNS).
import { spawnSync } from 'node:child_process';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const env = {
  ...process.env,
  PATH: [join(root, 'node_modules', '.bin'), process.env.PATH ?? ''].join(delimiter),
  WIJKWEB_CRASH_RUNS: process.env.WIJKWEB_CRASH_RUNS ?? '50',
};
const shell = process.platform === 'win32';
for (const [command, args] of [
  ['electron-vite', ['build']],
  ['playwright', ['test', '--project=crash', '--reporter=list']],
]) {
  const result = spawnSync(command, args, { cwd: root, env, stdio: 'inherit', shell });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
