/** A soak: 5,000 slide changes with the timeline on: no error, and the JS heap grows under 10 MB. */
import { expect, test } from '@playwright/test';
import { chartsReady, openDeck, watchPage } from './deck-helpers.ts';

test('5,000 slide changes with the timeline on', async ({ page }) => {
  test.setTimeout(240_000);
  const watch = watchPage(page);
  await openDeck(page, '?lang=en');
  await chartsReady(page);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const heap = async (): Promise<number> => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((metric) => metric.name === 'JSHeapUsedSize')!.value;
  };
  const run = (changes: number) =>
    page.evaluate(async (count) => {
      const reveal = (window as unknown as { Reveal: { slide(h: number, v?: number): void; getHorizontalSlides(): HTMLElement[] } }).Reveal;
      const total = reveal.getHorizontalSlides().length;
      for (let i = 0; i < count; i++) {
        reveal.slide((i * 7 + 3) % total);
        if (i % 10 === 9) await new Promise((done) => requestAnimationFrame(() => done(undefined)));
      }
    }, changes);
  // A first round settles caches (fonts, layouts), then the heap is measured around the soak.
  await run(200);
  const before = await heap();
  await run(5000);
  const after = await heap();
  const active = await page.locator('.timeline-nav [data-active="true"]').count();
  expect(active).toBe(1);
  expect(watch.errors).toEqual([]);
  expect((after - before) / 1024 / 1024, `heap grew from ${(before / 1e6).toFixed(1)} MB to ${(after / 1e6).toFixed(1)} MB`).toBeLessThan(10);
});
