/**
 * The dev server (`npm start`) shows a broken slide file in its overlay, with file:line, and
 * recovers by itself when the file is fixed.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
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

test('the dev server recovers after each malformed file of the corpus is fixed', async ({ page }) => {
  test.setTimeout(300_000);
  await page.goto(`${url}?lang=en`);
  await page.waitForSelector('html[data-deck-ready="true"]');
  const bad = join(FIXTURES, 'bad');
  const filesOf = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? filesOf(join(dir, entry.name)) : [join(dir, entry.name)],
    );
  for (const name of readdirSync(bad).sort()) {
    const overlay = join(bad, name, 'slides');
    const changed = filesOf(overlay).map((file) => join(contentRoot, 'slides', relative(overlay, file)));
    const saved = changed.map((file) => (existsSync(file) ? readFileSync(file) : null));
    const expected = readFileSync(join(bad, name, 'expected.txt'), 'utf8').trim();
    // Break: the overlay shows the problem where it is.
    cpSync(overlay, join(contentRoot, 'slides'), { recursive: true });
    await expect(page.locator('vite-error-overlay'), name).toHaveCount(1, { timeout: 20_000 });
    await expect(page.locator('vite-error-overlay .message-body'), name).toContainText(expected.split(':')[0]!);
    // Fix: the talk comes back by itself.
    changed.forEach((file, index) => {
      const content = saved[index];
      if (content) writeFileSync(file, content);
      else rmSync(file);
    });
    await page.waitForSelector('html[data-deck-ready="true"]', { timeout: 20_000 });
    await expect(page.locator('vite-error-overlay'), `${name}: recovered`).toHaveCount(0);
  }
});
