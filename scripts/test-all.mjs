#!/usr/bin/env node
// `npm test`: typecheck, lint, unit tests, build, Playwright, in that order. Every step
// runs even when an earlier one fails (except Playwright, which needs a successful build),
// so the summary is complete. The last line is always:
//   Tests: N passed, N failed, N skipped
// (vitest + Playwright test counts; a failed typecheck/lint/build step counts as 1 failed).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const resultsDir = join(root, 'test-results');
const vitestJson = join(resultsDir, 'vitest.json');
const playwrightJson = join(resultsDir, 'playwright.json');
const isWindows = process.platform === 'win32';
const env = {
  ...process.env,
  PATH: [join(root, 'node_modules', '.bin'), process.env.PATH ?? ''].join(delimiter),
};

mkdirSync(resultsDir, { recursive: true });

/** @typedef {{ passed: number, failed: number, skipped: number }} Counts */
/** @type {{ name: string, ok: boolean, seconds: number, counts: Counts | null, note: string }[]} */
const steps = [];

/** Runs one command with streamed output; returns its exit status (or null when it could not start). */
function run(title, command, args, extraEnv = {}) {
  process.stdout.write(`\n━━━ ${title}: ${[command, ...args].join(' ')}\n`);
  const started = performance.now();
  const result = spawnSync(command, args, {
    cwd: root,
    env: { ...env, ...extraEnv },
    stdio: 'inherit',
    shell: isWindows,
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.error) console.error(`Kon ${command} niet starten: ${result.error.message}`);
  const status = result.error ? null : result.status;
  return { status, seconds, signal: result.signal };
}

/** Reads a JSON report; null when missing or unreadable. */
function readJson(file) {
  try {
    return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
  } catch {
    return null;
  }
}

const num = (value) => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

/** A step without test counts: passes or counts as one failure. */
function plainStep(name, command, args) {
  const { status, seconds } = run(name, command, args);
  const ok = status === 0;
  steps.push({ name, ok, seconds, counts: null, note: ok ? 'ok' : `mislukt (exit ${status ?? '?'})` });
  return ok;
}

// 1. Typecheck, 2. lint
plainStep('typecheck', 'tsc', ['--noEmit']);
plainStep('lint', 'eslint', ['.']);

// 3. Unit tests (vitest), with a JSON report next to the normal output.
{
  rmSync(vitestJson, { force: true });
  const { status, seconds } = run('unit', 'vitest', [
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${vitestJson}`,
  ]);
  const report = readJson(vitestJson);
  /** @type {Counts} */
  const counts = { passed: 0, failed: 0, skipped: 0 };
  let note = '';
  if (report) {
    counts.passed = num(report.numPassedTests);
    counts.failed = num(report.numFailedTests);
    counts.skipped = num(report.numPendingTests) + num(report.numTodoTests);
    // Files that failed before any test ran (syntax/import errors) have no assertion results.
    const brokenFiles = Array.isArray(report.testResults)
      ? report.testResults.filter(
          (file) =>
            file?.status === 'failed' &&
            (!Array.isArray(file.assertionResults) || file.assertionResults.length === 0),
        ).length
      : 0;
    counts.failed += brokenFiles;
    if (brokenFiles > 0) note = `${brokenFiles} testbestand(en) niet geladen`;
  } else {
    note = 'geen JSON-rapport';
  }
  if (status !== 0 && counts.failed === 0) {
    counts.failed = 1;
    note ||= `vitest exit ${status ?? '?'}`;
  }
  if (status === 0 && !report) counts.failed = 1;
  steps.push({ name: 'unit', ok: counts.failed === 0, seconds, counts, note });
}

// 4. Build (out/main/index.js, out/main/server.js, out/preload/index.cjs, out/renderer/)
const built = plainStep('build', 'electron-vite', ['build']);

// 5. Playwright (browser-mode E2E + Electron specs), list output plus a JSON report.
{
  rmSync(playwrightJson, { force: true });
  /** @type {Counts} */
  const counts = { passed: 0, failed: 0, skipped: 0 };
  let note = '';
  let seconds = 0;
  if (!built) {
    counts.failed = 1;
    note = 'overgeslagen: build mislukt';
    process.stdout.write('\n━━━ e2e: overgeslagen, want de build is mislukt\n');
  } else {
    const result = run('e2e', 'playwright', ['test', '--reporter=list,json'], {
      PLAYWRIGHT_JSON_OUTPUT_FILE: playwrightJson,
    });
    seconds = result.seconds;
    const report = readJson(playwrightJson);
    const stats = report?.stats;
    if (stats) {
      counts.passed = num(stats.expected) + num(stats.flaky);
      counts.failed = num(stats.unexpected);
      counts.skipped = num(stats.skipped);
      if (num(stats.flaky) > 0) note = `${stats.flaky} flaky`;
      const globalErrors = Array.isArray(report.errors) ? report.errors.length : 0;
      if (globalErrors > 0 && counts.failed === 0) {
        counts.failed = 1;
        note = `${globalErrors} fout(en) buiten tests`;
      }
    } else {
      note = 'geen JSON-rapport';
    }
    if (result.status !== 0 && counts.failed === 0) {
      counts.failed = 1;
      note ||= `playwright exit ${result.status ?? '?'}`;
    }
    if (result.status === 0 && !stats) counts.failed = 1;
  }
  steps.push({ name: 'e2e', ok: counts.failed === 0, seconds, counts, note });
}

// Summary
const total = { passed: 0, failed: 0, skipped: 0 };
process.stdout.write('\n━━━ Samenvatting\n');
for (const step of steps) {
  const c = step.counts;
  if (c) {
    total.passed += c.passed;
    total.failed += c.failed;
    total.skipped += c.skipped;
  } else if (!step.ok) {
    total.failed += 1;
  }
  const detail = c ? `${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped` : '';
  const extra = [detail, step.note && step.note !== 'ok' ? step.note : ''].filter(Boolean).join('; ');
  process.stdout.write(
    `  ${step.ok ? '✔' : '✘'} ${step.name.padEnd(10)} ${step.seconds.toFixed(1).padStart(6)}s  ${extra || 'ok'}\n`,
  );
}
process.stdout.write(`Tests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped\n`);
process.exitCode = total.failed > 0 || steps.some((s) => !s.ok) ? 1 : 0;
