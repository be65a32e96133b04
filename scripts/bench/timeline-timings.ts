/**
 * Timeline layout + render time for 100, 1,000 and 10,000 synthetic events, in headless
 * Chromium, on the chart harness (tests/harness) built for the occasion.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { serveStatic } from '../../src/export/serve-static.ts';
import type { Figure } from './report.ts';

const COUNTS = [100, 1000, 10000];
const BUDGETS: Record<number, number> = { 1000: 50, 10000: 300 };

export async function measureTimeline(browser: Browser, _siteUrl: string, runs: number): Promise<Figure[]> {
  const outDir = mkdtempSync(join(tmpdir(), 'deck-harness-'));
  try {
    await build({
      configFile: false,
      root: 'tests/harness',
      base: './',
      logLevel: 'silent',
      build: { outDir, emptyOutDir: true, rolldownOptions: { input: 'tests/harness/timeline.html' } },
    });
    const server = await serveStatic(outDir);
    try {
      const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
      await page.goto(`${server.url}/timeline.html?transitions=0`);
      await page.waitForFunction(() => typeof (window as unknown as { __benchTimeline?: unknown }).__benchTimeline === 'function');
      const results = await page.evaluate(
        ([counts, repeat]) =>
          (window as unknown as { __benchTimeline(c: number[], r: number): Promise<{ count: number; medianMs: number }[]> }).__benchTimeline(counts, repeat),
        [COUNTS, Math.max(3, runs)] as const,
      );
      await page.close();
      return results.map((result) => ({
        name: `timeline layout+render, ${result.count.toLocaleString('en')} events (median)`,
        value: result.medianMs,
        unit: 'ms' as const,
        budget: BUDGETS[result.count],
      }));
    } finally {
      await server.close();
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
