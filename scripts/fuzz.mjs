#!/usr/bin/env node
// `npm run test:fuzz`: the long form of the fuzz tests (every test file named *fuzz*), 10 000
// cases each unless WIJKWEB_FUZZ_RUNS says otherwise. `npm test` runs the same tests with a few hundred.
import { spawnSync } from 'node:child_process';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const env = {
  ...process.env,
  PATH: [join(root, 'node_modules', '.bin'), process.env.PATH ?? ''].join(delimiter),
  WIJKWEB_FUZZ_RUNS: process.env.WIJKWEB_FUZZ_RUNS ?? '10000',
};
const result = spawnSync('vitest', ['run', 'fuzz', '--testTimeout=600000'], { cwd: root, env, stdio: 'inherit', shell: process.platform === 'win32' });
process.exit(result.status ?? 1);
