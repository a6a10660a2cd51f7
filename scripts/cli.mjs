#!/usr/bin/env node
// `npm run cli -- <opdracht> …`: builds only when the sources are newer than out/ (see
// scripts/lib/build-once.mjs), then runs the `wijkweb` tool.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ensureBuilt } from './lib/build-once.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
try {
  ensureBuilt({ root, quiet: true });
} catch (error) {
  process.stderr.write(`${error.message}\n`);
  process.exit(2);
}
await import(pathToFileURL(join(root, 'out', 'main', 'cli.js')).href);
