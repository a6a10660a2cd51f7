// Builds out/ only when the sources are newer than the last build, and never rewrites out/ under a
// running Wijkweb: the build goes to out.next/, the previous build's hashed chunks and assets are
// carried over (a running server or open page may still load them), and out.next/ then replaces
// out/ by two renames. One build at a time (out.build.lock); a second caller waits, then finds
// out/ current. Used by `npm start`, `npm run web`, `npm run cli` and `npm run build`.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';

/** What a build is made from; a change to any of these makes out/ stale. */
const SOURCES = ['electron', 'shared', 'renderer', 'electron.vite.config.ts', 'package.json', 'package-lock.json', 'tsconfig.json'];
/** The files a usable build must hold. */
const ENTRIES = ['main/index.js', 'main/server.js', 'main/cli.js', 'preload/index.cjs', 'renderer/index.html'];
/** Folders whose file names carry a content hash: kept one build longer for running processes. */
const HASHED = ['main/chunks', 'renderer/assets'];
const STAMP = '.wijkweb-build.json';
const LOCK_WAIT_MS = 5 * 60_000;

/** The newest modification time (ms) among the sources; directories are walked. */
function newestSource(root) {
  let newest = 0;
  const visit = (path) => {
    let info;
    try {
      info = statSync(path);
    } catch {
      return;
    }
    if (info.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
    else newest = Math.max(newest, info.mtimeMs);
  };
  for (const source of SOURCES) visit(join(root, source));
  return newest;
}

/** Whether out/ holds a complete build made from sources no older than `newest`. */
function isCurrent(root, newest) {
  const out = join(root, 'out');
  if (!ENTRIES.every((entry) => existsSync(join(out, entry)))) return false;
  try {
    const stamp = JSON.parse(readFileSync(join(out, STAMP), 'utf8'));
    return typeof stamp.sourcesTime === 'number' && stamp.sourcesTime >= newest;
  } catch {
    return false;
  }
}

function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** Takes the build lock, waiting while another live process holds it; returns its release. */
function takeLock(root) {
  const file = join(root, 'out.build.lock');
  const until = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      return () => rmSync(file, { force: true });
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
    }
    const holder = Number(readFileSync(file, 'utf8'));
    if (!Number.isInteger(holder) || holder === process.pid || !isRunning(holder)) rmSync(file, { force: true });
    else if (Date.now() > until) throw new Error(`Een andere build (proces ${holder}) loopt al langer dan 5 minuten; verwijder ${file} als die niet meer draait.`);
    else sleep(200);
  }
}

/** The hashed files a build made itself (`folder/name`), not the ones it carried over. */
function hashedFiles(dir) {
  return HASHED.flatMap((folder) => (existsSync(join(dir, folder)) ? readdirSync(join(dir, folder)).map((name) => `${folder}/${name}`) : []));
}

/**
 * Copies the hashed files the previous build made that the new one lacks, so a process started from
 * it still finds them; only one build back, so they do not pile up.
 */
function carryOver(from, to) {
  let own;
  try {
    own = JSON.parse(readFileSync(join(from, STAMP), 'utf8')).files;
  } catch {
    own = undefined;
  }
  for (const file of Array.isArray(own) ? own : hashedFiles(from)) {
    const source = join(from, file);
    const target = join(to, file);
    if (!existsSync(source) || existsSync(target)) continue;
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(source, target);
  }
}

/**
 * Makes sure out/ is a build of the current sources. Returns true when it built. `force` builds
 * even when out/ looks current; `quiet` keeps the build's output unless it fails.
 */
export function ensureBuilt({ root, force = false, quiet = false }) {
  if (!force && isCurrent(root, newestSource(root))) return false;
  const release = takeLock(root);
  try {
    const newest = newestSource(root);
    if (!force && isCurrent(root, newest)) return false;
    const next = join(root, 'out.next');
    rmSync(next, { recursive: true, force: true });
    const env = { ...process.env, WIJKWEB_OUT_DIR: 'out.next', PATH: [join(root, 'node_modules', '.bin'), process.env.PATH ?? ''].join(delimiter) };
    const build = spawnSync('electron-vite', ['build'], { cwd: root, env, encoding: 'utf8', stdio: quiet ? 'pipe' : 'inherit', shell: process.platform === 'win32' });
    if (build.error || build.status !== 0) {
      throw new Error(`Bouwen van Wijkweb mislukt${build.error ? `: ${build.error.message}` : ''}\n${build.stdout ?? ''}${build.stderr ?? ''}`);
    }
    writeFileSync(join(next, STAMP), `${JSON.stringify({ sourcesTime: newest, builtAt: new Date().toISOString(), files: hashedFiles(next) })}\n`);
    const out = join(root, 'out');
    const previous = join(root, 'out.prev');
    if (existsSync(out)) carryOver(out, next);
    rmSync(previous, { recursive: true, force: true });
    if (existsSync(out)) renameSync(out, previous);
    renameSync(next, out);
    try {
      rmSync(previous, { recursive: true, force: true });
    } catch {
      // A file still in use (Windows): the next build removes it.
    }
    return true;
  } finally {
    release();
  }
}
