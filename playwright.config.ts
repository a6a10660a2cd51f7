import { defineConfig } from '@playwright/test';

// Browser-mode E2E runs against the system (Debian) chromium: Playwright's own browser
// download is not available here. Override with CHROMIUM_PATH=/path/to/chrome.
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const isCI = Boolean(process.env.CI);

// No webServer: every E2E test starts its own bridge (out/main/server.js) with a fresh data
// folder through the fixture in tests/e2e/fixtures.ts. Run `electron-vite build` first
// (`npm run test:e2e` does).
export default defineConfig({
  testDir: 'tests',
  outputDir: 'test-results/playwright',
  workers: 1,
  fullyParallel: false,
  forbidOnly: isCI,
  retries: 0,
  timeout: 45_000,
  expect: { timeout: 7_500 },
  reporter: 'list',
  use: {
    headless: true,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    actionTimeout: 10_000,
    navigationTimeout: 20_000,
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    {
      name: 'e2e',
      testDir: 'tests/e2e',
      testMatch: '**/*.spec.ts',
    },
    {
      // Starts the store process, edits, SIGKILLs it and checks what survived (issue 9).
      name: 'crash',
      testDir: 'tests/crash',
      testMatch: '**/*.spec.ts',
    },
    {
      // Uses Playwright's _electron; the specs skip themselves when no Electron binary exists.
      name: 'electron',
      testDir: 'tests/electron',
      testMatch: '**/*.spec.ts',
    },
  ],
});
