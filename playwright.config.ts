import { defineConfig } from '@playwright/test';
// @ts-expect-error plain JS module, shared with the scripts
import { findChromium } from './scripts/find-browser.mjs';
import { HEADER_PORT, HEADER_SERVER_URL, PREVIEW_PORT } from './e2e/ports.ts';

// $CHROMIUM_PATH, else Debian's chromium, else Playwright's own browser (undefined lets Playwright pick it).
const executablePath = ((await findChromium()) as string | null | undefined) ?? undefined;

export default defineConfig({
  testDir: 'e2e',
  timeout: 45_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PREVIEW_PORT}/`,
    browserName: 'chromium',
    viewport: { width: 1440, height: 900 },
    // The service worker answers requests before page.route sees them; the tests of offline use, updates
    // and the policy switch it back on (test.use({ serviceWorkers: 'allow' })).
    serviceWorkers: 'block',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    },
  },
  webServer: [
    {
      // Tests run against the production build (npm test builds first).
      command: `npx vite preview --host 127.0.0.1 --port ${PREVIEW_PORT} --strictPort`,
      url: `http://127.0.0.1:${PREVIEW_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `npx tsx e2e/server/headerServer.ts ${HEADER_PORT}`,
      url: HEADER_SERVER_URL,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
