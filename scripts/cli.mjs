#!/usr/bin/env node
// `npm run cli -- <opdracht> …`: builds quietly when needed, then runs the `wijkweb` tool.
import { spawnSync } from 'node:child_process';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const binDir = join(root, 'node_modules', '.bin');
const env = { ...process.env, PATH: [binDir, process.env.PATH ?? ''].join(delimiter) };

// Always rebuild (about a second): a stale out/ would run old code against new files.
const build = spawnSync('electron-vite', ['build'], { cwd: root, env, encoding: 'utf8', shell: process.platform === 'win32' });
if (build.status !== 0) {
  process.stderr.write(`Bouwen van wijkweb mislukt:\n${build.stdout ?? ''}${build.stderr ?? ''}\n`);
  process.exit(2);
}
await import(pathToFileURL(join(root, 'out', 'main', 'cli.js')).href);
