/**
 * The dev server (`npm start`) shows a broken slide file in its overlay, with file:line, and
 * recovers by itself when the file is fixed.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { createServer, type ViteDevServer } from 'vite';
import { FIXTURES } from '../fixture-deck.ts';

test.describe.configure({ mode: 'serial' });
let server: ViteDevServer;
let contentRoot = '';
let url = '';

test.beforeAll(async () => {
  contentRoot = mkdtempSync(join(tmpdir(), 'deck-dev-'));
  cpSync(join(FIXTURES, 'valid'), contentRoot, { recursive: true });
  process.env.DECK_ROOT = contentRoot;
  server = await createServer({ configFile: 'vite.config.ts', logLevel: 'silent', server: { port: 5291, strictPort: false } });
  await server.listen();
  delete process.env.DECK_ROOT;
  url = server.resolvedUrls!.local[0]!;
  expect(new URL(url).hostname).toBe('127.0.0.1');
});

test.afterAll(async () => {
  await server?.close();
});

test('a broken slide shows in the overlay with file:line, and the page recovers when it is fixed', async ({ page }) => {
  await page.goto(`${url}?lang=en`);
  await page.waitForSelector('html[data-deck-ready="true"]');
  await expect(page.locator('section[data-slide-id="founding"] h1')).toHaveCount(1);

  const file = join(contentRoot, 'slides/en/01-intro.md');
  const good = readFileSync(file, 'utf8');
  writeFileSync(file, good.replace('event: founding-2015', 'evnt: founding-2015'));
  const overlay = page.locator('vite-error-overlay');
  await expect(overlay).toHaveCount(1, { timeout: 20_000 });
  await expect(overlay.locator('.message-body')).toContainText('slides/en/01-intro.md:18: unknown key "evnt"');

  writeFileSync(file, good.replace('# Founded in December 2015', '# Founded in Hangzhou, December 2015'));
  await page.waitForSelector('html[data-deck-ready="true"]', { timeout: 20_000 });
  await expect(page.locator('vite-error-overlay')).toHaveCount(0);
  await expect(page.locator('section[data-slide-id="founding"] h1')).toHaveText('Founded in Hangzhou, December 2015');
});
