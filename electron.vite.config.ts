import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const at = (...parts: string[]): string => resolve(root, ...parts);
/** Where the build goes: out/, or another folder (scripts/lib/build-once.mjs builds to out.next/ and swaps). */
const OUT = process.env.WIJKWEB_OUT_DIR || 'out';

/** Entries that run under plain `node`: the browser-mode bridge and the command-line tool. */
const PLAIN_NODE_ENTRIES = ['server', 'cli'];

/**
 * Fails the main build when out/main/server.js or out/main/cli.js (or any chunk it statically imports) imports
 * electron: the browser-mode bridge runs under plain `node`, where electron is not importable.
 */
function serverWithoutElectron(): Plugin {
  return {
    name: 'wijkweb:server-without-electron',
    apply: 'build',
    generateBundle(_options, bundle) {
      const entries = Object.values(bundle).filter(
        (file) => file.type === 'chunk' && file.isEntry && PLAIN_NODE_ENTRIES.includes(file.name),
      );
      for (const entry of entries) {
        const seen = new Set<string>();
        const queue = [entry.fileName];
        for (let fileName = queue.pop(); fileName !== undefined; fileName = queue.pop()) {
          if (seen.has(fileName)) continue;
          seen.add(fileName);
          const chunk = bundle[fileName];
          if (chunk?.type !== 'chunk') continue;
          for (const imported of chunk.imports) {
            if (imported === 'electron' || imported.startsWith('electron/')) {
              this.error(
                `${entry.fileName} importeert '${imported}' (via ${fileName}); dit bestand moet zonder ` +
                  'Electron draaien. Haal de electron-import uit electron/server, electron/cli en electron/store.',
              );
            }
            queue.push(imported);
          }
        }
      }
    },
  };
}

/**
 * Build layout (see docs/LAYOUT.md):
 *   out/main/index.js      Electron main process (ESM)
 *   out/main/server.js     browser-mode HTTP bridge, runs under plain `node` (must never import electron)
 *   out/main/cli.js        the `wijkweb` command-line tool, plain `node` too
 *   out/preload/index.cjs  sandboxed preload (CommonJS, fully bundled)
 *   out/renderer/          React UI, loadable via file:// (Electron) and http:// (bridge)
 */
export default defineConfig({
  main: {
    plugins: [serverWithoutElectron()],
    build: {
      outDir: at(OUT, 'main'),
      // package.json "dependencies" stay external (resolved from node_modules at runtime).
      externalizeDeps: true,
      rolldownOptions: {
        input: {
          index: at('electron/main/index.ts'),
          server: at('electron/server/index.ts'),
          cli: at('electron/cli/index.ts'),
        },
        output: {
          format: 'es',
          entryFileNames: '[name].js',
          banner: (chunk) => (chunk.isEntry && chunk.name === 'cli' ? '#!/usr/bin/env node' : ''),
          chunkFileNames: 'chunks/[name]-[hash].js',
        },
      },
    },
  },
  preload: {
    build: {
      outDir: at(OUT, 'preload'),
      // A sandboxed preload can only require('electron') (and a few polyfilled modules),
      // so everything else, including zod and shared/, is bundled into one file.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: at('electron/preload/index.ts') },
        output: {
          format: 'cjs',
          entryFileNames: '[name].cjs',
          codeSplitting: false,
        },
      },
    },
  },
  renderer: {
    root: at('renderer'),
    base: './',
    plugins: [react()],
    build: {
      outDir: at(OUT, 'renderer'),
      emptyOutDir: true,
      rolldownOptions: {
        input: { index: at('renderer/index.html') },
      },
    },
  },
});
