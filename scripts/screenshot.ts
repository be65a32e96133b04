/**
 * Takes screenshots of the built site for a person to look at:
 *   npx tsx scripts/screenshot.ts [out-dir] [query-and-hash ...]
 * e.g. `npx tsx scripts/screenshot.ts /tmp/shots "?lang=en#/founding"`. Sizes: 1920×1080, 1280×720, 390×844.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../src/export/find-browser.ts';
import { serveStatic } from '../src/export/serve-static.ts';

const SIZES = [
  [1920, 1080],
  [1280, 720],
  [390, 844],
] as const;

const [outDir = 'screenshots', ...targets] = process.argv.slice(2);
mkdirSync(outDir, { recursive: true });
const server = await serveStatic('dist');
const browser = await launchBrowser();
try {
  for (const target of targets.length ? targets : ['']) {
    for (const [width, height] of SIZES) {
      const page = await browser.newPage({ viewport: { width, height } });
      await page.goto(`${server.url}/index.html${target}`);
      await page.waitForSelector('html[data-deck-ready="true"]');
      await page.evaluate(() => document.fonts.ready);
      await page.waitForFunction(() => [...document.querySelectorAll("section.present [data-chart]")].every((c) => (c as HTMLElement).dataset.chartReady === "true"));
      await page.waitForTimeout(300);
      const name = `${target.replace(/[^\w-]+/g, '_') || 'home'}-${width}x${height}.png`;
      await page.screenshot({ path: join(outDir, name) });
      console.log(join(outDir, name));
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
