#!/usr/bin/env node
// `npm start`: build Wijkweb, then open it in Electron, or, when this machine has no
// Electron binary (or no display), in browser mode via the local HTTP bridge.
//
// Extra arguments are passed on: `npm start -- --data DIR --port N`.
// WIJKWEB_BROWSER=1 forces browser mode.
import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuilt } from './lib/build-once.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const binDir = join(root, 'node_modules', '.bin');
const env = { ...process.env, PATH: [binDir, process.env.PATH ?? ''].join(delimiter) };
const isWindows = process.platform === 'win32';
const extraArgs = process.argv.slice(2);

/** Returns the Electron executable if it is really installed, otherwise null. Never throws. */
function findElectronBinary() {
  try {
    let pkgDir;
    try {
      pkgDir = dirname(createRequire(join(root, 'package.json')).resolve('electron/package.json'));
    } catch {
      return null;
    }
    const pathFile = join(pkgDir, 'path.txt');
    const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
    const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
    let candidate;
    if (override) candidate = join(override, relative || (isWindows ? 'electron.exe' : 'electron'));
    else if (relative) candidate = join(pkgDir, 'dist', relative);
    else return null;
    if (!statSync(candidate).isFile()) return null;
    if (!isWindows) accessSync(candidate, constants.X_OK);
    return candidate;
  } catch {
    return null;
  }
}

/** Node >= 22 is needed by the bridge's dependencies; npm scripts already run on the project's Node. */
function nodeForServer() {
  const major = Number(process.versions.node.split('.')[0]);
  if (major >= 22) return process.execPath;
  const local = join(binDir, isWindows ? 'node.cmd' : 'node');
  return existsSync(local) ? local : process.execPath;
}

/** Runs a child with inherited output, forwards termination signals once, mirrors its exit code. */
function runForwarding(command, args, { detach }) {
  const child = spawn(command, args, {
    cwd: root,
    env,
    // Detached (own process group) so a terminal Ctrl+C reaches the child exactly once: via us.
    detached: detach && !isWindows,
    stdio: detach && !isWindows ? ['ignore', 'inherit', 'inherit'] : 'inherit',
  });
  const signals = isWindows ? ['SIGINT', 'SIGTERM'] : ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const signal of signals) {
    process.on(signal, () => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    });
  }
  child.on('error', (error) => {
    console.error(`Kon ${command} niet starten: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    process.exit(code ?? (signal ? 1 : 0));
  });
}

// 1. Build (main, preload, renderer) when the sources are newer than out/, without disturbing a
//    Wijkweb that already runs from it (scripts/lib/build-once.mjs).
try {
  ensureBuilt({ root });
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

// 2. Electron when possible, otherwise browser mode.
const electron = process.env.WIJKWEB_BROWSER === '1' ? null : findElectronBinary();
const noDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;

if (electron && !noDisplay) {
  const args = ['.', ...extraArgs];
  // Chromium refuses to run as root without this (e.g. in containers).
  if (typeof process.getuid === 'function' && process.getuid() === 0) args.push('--no-sandbox');
  // Set by some editors' terminals; it would make Electron behave as plain Node.
  delete env.ELECTRON_RUN_AS_NODE;
  runForwarding(electron, args, { detach: false });
} else {
  console.log(
    electron
      ? 'Geen beeldscherm gevonden (DISPLAY/WAYLAND_DISPLAY ontbreekt); Wijkweb start in browsermodus.'
      : process.env.WIJKWEB_BROWSER === '1'
        ? 'Browsermodus gevraagd (WIJKWEB_BROWSER=1); Wijkweb start in browsermodus.'
        : 'Electron is op deze machine niet beschikbaar (geen Electron-binary); Wijkweb start in browsermodus.',
  );
  runForwarding(nodeForServer(), [join(root, 'out', 'main', 'server.js'), '--open', ...extraArgs], {
    detach: true,
  });
}
