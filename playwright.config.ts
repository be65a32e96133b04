import { defineConfig } from '@playwright/test';
import { launchOptions } from './src/export/find-browser.ts';
import { ensureBrowser } from './tests/ensure-browser.ts';

const PORT = Number(process.env.DECK_TEST_PORT ?? 4319);

export default defineConfig({
  testDir: 'tests/browser',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    browserName: 'chromium',
    launchOptions: launchOptions(ensureBrowser()),
    viewport: { width: 1280, height: 720 },
  },
  webServer: {
    // Tests run against the built site, as readers get it.
    command: `npx vite build --logLevel warn && npx vite preview --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
