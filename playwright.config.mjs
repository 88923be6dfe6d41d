// Browser tests: Debian's Chromium, headless, against the built site (dist/) served on 127.0.0.1.
import { defineConfig } from '@playwright/test';
import { launchOptions } from './tools/browser.mjs';

const PORT = Number(process.env.TEST_PORT || 8181);

export default defineConfig({
  testDir: 'tests',
  testMatch: '**/*.spec.mjs',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  outputDir: 'test-results',
  reporter: [['list'], ['./tests/summary-reporter.mjs']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    viewport: { width: 1280, height: 800 },
    // The site's service worker would cache the whole site in the browser contexts the tests
    // share (tests/fixtures.mjs); tests/offline.spec.mjs and tests/csp.spec.mjs allow it and
    // test it, each test in a context of its own.
    serviceWorkers: 'block',
    launchOptions,
  },
  webServer: {
    command: `python3 tools/serve.py --dir dist --port ${PORT} --quiet`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 20_000,
  },
});
