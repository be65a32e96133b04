/**
 * Timeline render benchmark. Runs IN THE BROWSER: the harness page (tests/harness/timeline.ts)
 * bundles it and exposes it as `window.__benchTimeline`, so a Playwright script can call
 *
 *   await page.evaluate(() => window.__benchTimeline([1000, 10000], 5))
 *
 * For each count it generates synthetic events (not timed), then times layout + full render of
 * the 'full' chart at 1920×1080 into a container attached off-screen, up to a forced
 * synchronous style and layout pass. Returns the median milliseconds per count.
 * Targets: 1,000 events ≤ 50 ms, 10,000 ≤ 300 ms.
 *
 * Not timed: above 400 events the chart builds its screen-reader list in idle-time chunks after
 * drawing (data-chart-ready waits for it); each run destroys its chart before the next starts.
 */
import { timelineChart } from '../../src/timeline/timeline-chart';
import { syntheticEvents } from '../../src/timeline/synthetic-events';

export interface TimelineRenderTiming {
  count: number;
  /** Median over `runs`, ms. */
  medianMs: number;
  runsMs: number[];
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export async function measureTimelineRender(counts: number[], runs: number): Promise<TimelineRenderTiming[]> {
  const results: TimelineRenderTiming[] = [];
  for (const count of counts) {
    const runsMs: number[] = [];
    for (let run = 0; run <= runs; run++) {
      // a fresh seed per run: new titles, so no run profits from the previous run's width cache
      const events = syntheticEvents(count, { seed: count * 1000 + run });
      const host = document.createElement('div');
      host.style.cssText = 'position:absolute;left:-20000px;top:0;width:1920px;height:1080px;';
      document.body.append(host);
      // let the page settle so one run's garbage does not land in the next one's timing
      await new Promise((r) => setTimeout(r, 30));
      const chart = timelineChart().events(events).lang('en').mode('full').transitions(false).size([1920, 1080]);
      const t0 = performance.now();
      chart(host);
      void host.getBoundingClientRect(); // force style and layout of what was drawn
      void document.body.offsetHeight;
      const ms = performance.now() - t0;
      if (run > 0) runsMs.push(ms); // run 0 warms up the JIT and the text-width cache's font
      chart.destroy();
      host.remove();
    }
    results.push({ count, medianMs: median(runsMs), runsMs });
  }
  return results;
}
