/** Timings in headless Chromium on localhost: the first slide, and slide changes. */
import type { Browser } from 'playwright-core';
import { median, percentile, type Figure } from './report.ts';

/** Navigation start → first slide shown with its font (the page's `deck-ready` mark), fresh context each run. */
export async function measureFirstSlide(browser: Browser, url: string, runs: number): Promise<Figure[]> {
  const ready: number[] = [];
  const paint: number[] = [];
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    await page.goto(`${url}/index.html`);
    await page.waitForSelector('html[data-deck-ready="true"]');
    const marks = await page.evaluate(() => ({
      ready: performance.getEntriesByName('deck-ready')[0]?.startTime ?? NaN,
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    }));
    ready.push(marks.ready);
    paint.push(marks.paint);
    await context.close();
  }
  return [
    { name: 'first contentful paint (median)', value: median(paint), unit: 'ms' },
    { name: 'first slide with its font (median)', value: median(ready), unit: 'ms', budget: 1000 },
  ];
}

/**
 * Main-thread cost of a slide change with the timeline navigator on: from `Reveal.slide()` to
 * style and layout done, over `count` changes across the whole talk.
 */
export async function measureSlideChanges(browser: Browser, url: string, count: number): Promise<Figure[]> {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await page.goto(`${url}/index.html`);
  await page.waitForSelector('html[data-deck-ready="true"]');
  // Steady state, as a presenter meets it: the charts drawn and the offline copy made.
  await page.waitForFunction(() => [...document.querySelectorAll<HTMLElement>('[data-chart]')].every((chart) => chart.dataset.chartReady === 'true'));
  await page.evaluate(() => Promise.race([navigator.serviceWorker.ready, new Promise((done) => setTimeout(done, 10_000))]).then(() => undefined));
  const durations = await page.evaluate(async (changes) => {
    const reveal = (window as unknown as { Reveal: { slide(h: number): void; getTotalSlides(): number; getHorizontalSlides(): HTMLElement[] } }).Reveal;
    const total = reveal.getHorizontalSlides().length;
    const out: number[] = [];
    for (let i = 0; i < changes; i++) {
      const start = performance.now();
      reveal.slide((i * 7 + 1) % total);
      document.body.getBoundingClientRect();
      out.push(performance.now() - start);
      await new Promise((done) => requestAnimationFrame(() => done(undefined)));
    }
    return out;
  }, count);
  await page.close();
  return [
    { name: `slide change p50 (${count} changes)`, value: percentile(durations, 50), unit: 'ms' },
    { name: `slide change p95 (${count} changes)`, value: percentile(durations, 95), unit: 'ms', budget: 16 },
  ];
}
