/**
 * Read once, then offline: after one visit to the built site, the server goes away (really: it is
 * closed, nothing listens on its port) and the talk still opens, in either language and either
 * view, at any deep link, with its font, its charts and the speaker view.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { serveStatic, type StaticServer } from '../../src/export/serve-static.ts';
import { chartsReady, currentSlideId, watchPage } from './deck-helpers.ts';

const DIST = resolve(import.meta.dirname, '../../dist');

/** Every file of the build, as paths relative to dist/ (the playwright webServer built it). */
function builtFiles(dir = DIST): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? builtFiles(join(dir, entry.name)) : [relative(DIST, join(dir, entry.name))],
  );
}

/** The paths the service worker's cache holds, relative to the site. */
function cachedPaths(page: Page, origin: string): Promise<string[]> {
  return page.evaluate(async (site) => {
    const names = (await caches.keys()).filter((name) => name.startsWith('deck-'));
    const paths: string[] = [];
    for (const name of names) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) paths.push(request.url.slice(site.length + 1));
    }
    return paths.sort();
  }, origin);
}

async function openTalk(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.waitForSelector('html[data-deck-ready="true"]');
}

test('after one visit the talk reads offline: both languages, both views, font, charts, speaker view', async ({ browser }) => {
  let site: StaticServer | undefined = await serveStatic(DIST);
  const origin = site.url;
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    const watch = watchPage(page);

    await test.step('one visit, online: the worker takes charge and keeps every file of the build', async () => {
      await openTalk(page, `${origin}/`);
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
      const expected = builtFiles()
        .filter((file) => file !== 'sw.js')
        .sort();
      expect(expected.length).toBeGreaterThan(10);
      await expect.poll(() => cachedPaths(page, origin)).toEqual(expected);
    });

    await test.step('the server goes away', async () => {
      await site!.close();
      site = undefined;
      await expect(fetch(`${origin}/index.html`)).rejects.toThrow();
    });

    await test.step('a deep link in English, scroll view, opens from the cache', async () => {
      await openTalk(page, `${origin}/?lang=en&view=scroll#/letter`);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      expect(await currentSlideId(page)).toBe('letter');
      expect(await page.evaluate(() => document.querySelector('.reveal-viewport')?.classList.contains('reveal-scroll'))).toBe(true);
    });

    await test.step('Chinese slide view, with the bundled font and the timeline drawn', async () => {
      await openTalk(page, `${origin}/index.html?lang=zh-Hant#/decade`);
      expect(await currentSlideId(page)).toBe('decade');
      expect(await page.evaluate(() => document.fonts.check('32px "Noto Sans TC Deck"', '零跑十年'))).toBe(true);
      await chartsReady(page);
      await expect(page.locator('section.present [data-chart="timeline"] [data-event-id]').first()).toBeVisible();
    });

    await test.step('the speaker view opens and follows the talk', async () => {
      const speaker = await context.newPage();
      await speaker.goto(`${origin}/speaker.html?lang=zh-Hant`);
      await speaker.waitForSelector('html[data-speaker-ready="true"]');
      await expect(speaker.locator('[data-speaker][data-connected="true"]')).toHaveCount(1);
      await expect(speaker.locator('[data-speaker-current] [data-slide-id="decade"]').first()).toBeAttached();
      await speaker.close();
    });

    expect(watch.errors).toEqual([]);
    expect(watch.foreign).toEqual([]);
  } finally {
    await context.close();
    await site?.close();
  }
});

test('a new build takes over once the old one\'s tabs are closed, and its cache replaces the old', async ({ browser }) => {
  const folder = mkdtempSync(join(tmpdir(), 'deck-site-'));
  cpSync(DIST, folder, { recursive: true });
  const site = await serveStatic(folder);
  const context = await browser.newContext();
  try {
    const cacheNames = (page: Page) => page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith('deck-')).sort());
    const first = await context.newPage();
    await openTalk(first, `${site.url}/`);
    await first.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
    const [oldCache] = await cacheNames(first);
    expect(oldCache).toMatch(/^deck-[0-9a-f]{12}$/);

    // "Deploy" a new build: a changed page, and a worker with a new build id.
    const newCache = 'deck-0123456789ab';
    writeFileSync(join(folder, 'index.html'), readFileSync(join(folder, 'index.html'), 'utf8').replace('</head>', '<meta name="deck-build" content="two" /></head>'));
    writeFileSync(join(folder, 'sw.js'), readFileSync(join(folder, 'sw.js'), 'utf8').replace(oldCache!, newCache));

    await test.step('an open tab gets the new page (network first); the new worker waits', async () => {
      await openTalk(first, `${site.url}/?lang=en`);
      expect(await first.locator('meta[name="deck-build"]').count()).toBe(1);
      await first.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      await first.waitForFunction(async () => (await navigator.serviceWorker.getRegistration())?.waiting != null, undefined, { timeout: 20_000, polling: 200 });
      expect(await cacheNames(first)).toEqual([oldCache, newCache].sort());
    });

    await test.step('with the old tabs closed, the next visit runs the new worker and the old cache is gone', async () => {
      // The browser hands over when the last tab of the old build has gone. Watch for it from a
      // blank tab, which no worker controls (a tab of the site would keep the old build in charge):
      // the waiting worker ("installed") must become the active one.
      const second = await context.newPage();
      const cdp = await context.newCDPSession(second);
      let waiting: string | undefined;
      const handedOver = new Promise<void>((done) => {
        cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
          for (const version of versions) {
            if (version.status === 'installed') waiting = version.versionId;
            if (version.versionId === waiting && version.status === 'activated') done();
          }
        });
      });
      await cdp.send('ServiceWorker.enable');
      await expect.poll(() => waiting).toBeDefined();
      await first.close();
      await handedOver;
      await openTalk(second, `${site.url}/`);
      await expect.poll(() => cacheNames(second), { timeout: 20_000 }).toEqual([newCache]);
      await site.close();
      await openTalk(second, `${site.url}/?lang=en#/letter`);
      expect(await second.locator('meta[name="deck-build"]').count()).toBe(1);
      expect(await currentSlideId(second)).toBe('letter');
    });
  } finally {
    await context.close();
    await site.close();
    rmSync(folder, { recursive: true, force: true });
  }
});
