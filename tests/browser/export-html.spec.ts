import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { LANGS } from '../../src/model.ts';

test.describe.configure({ mode: 'serial' });
let outDir = '';

test.beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), 'deck-html-'));
  execFileSync('npx', ['tsx', 'scripts/export-html.ts', '--out', outDir], { stdio: 'pipe', timeout: 120_000 });
});

for (const lang of LANGS) {
  test(`the single-file ${lang} export opens from file:// and shows every slide with no network request`, async ({ page }) => {
    const file = pathToFileURL(join(outDir, `leapmotor-decade.${lang}.html`)).href;
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(file);
    await page.waitForSelector('html[data-deck-ready="true"]');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    expect(await page.evaluate(() => document.fonts.check('32px "Noto Sans TC Deck"', '零跑十年'))).toBe(true);
    const ids = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.reveal .slides section[data-slide-id]')].map((s) => s.dataset.slideId!),
    );
    expect(ids.length).toBeGreaterThanOrEqual(20);
    for (const id of ids) {
      await page.evaluate((slide) => {
        window.location.hash = `#/${slide}`;
      }, id);
      await expect(page.locator(`section.present[data-slide-id="${id}"] :is(h1, h2, h3)`).first()).toBeVisible();
    }
    // Only the file itself is ever requested (fonts and data are inside it).
    expect([...new Set(requests.map((url) => url.split('#')[0]))]).toEqual([file]);
    expect(errors).toEqual([]);
  });
}

test('the language switch of a single-file export goes to the other file, same slide', async ({ page }) => {
  await page.goto(pathToFileURL(join(outDir, 'leapmotor-decade.en.html')).href + '#/stellantis');
  await page.waitForSelector('html[data-deck-ready="true"]');
  await page.click('[data-action="language"]');
  await page.waitForURL(/leapmotor-decade\.zh-Hant\.html#\/stellantis$/);
  await page.waitForSelector('html[data-deck-ready="true"]');
  await expect(page.locator('section.present[data-slide-id="stellantis"]')).toHaveCount(1);
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hant');
});
