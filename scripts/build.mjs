#!/usr/bin/env node
// `npm run build`: builds Wijkweb into out/ without disturbing a Wijkweb that runs from it
// (see scripts/lib/build-once.mjs). `--if-needed` skips the build when out/ is current.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuilt } from './lib/build-once.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
try {
  ensureBuilt({ root, force: !process.argv.includes('--if-needed') });
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
