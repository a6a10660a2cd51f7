import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Unit tests only (tests/unit mirrors the source tree). E2E/Electron tests run under Playwright.
export default defineConfig({
  plugins: [react()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    exclude: ['**/node_modules/**', 'out/**', 'dist/**', 'test-results/**'],
    environment: 'node',
    testTimeout: 15_000,
    hookTimeout: 15_000,
    teardownTimeout: 10_000,
    restoreMocks: true,
    unstubEnvs: true,
    unstubGlobals: true,
  },
});
