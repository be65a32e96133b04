/**
 * The built site works under its own Content-Security-Policy: every page carries the policy
 * before any script or stylesheet, the policy allows no inline or eval'd script, and walking the
 * talk and opening its panels breaks no rule of it and sends no request off 127.0.0.1.
 */
import { expect, test, type Page } from '@playwright/test';
import { LANGS } from '../../src/model.ts';
import { openDeck, watchPage } from './deck-helpers.ts';

/** The policy's directives, by name, from the page's CSP meta. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name = '', ...values]) => [name.toLowerCase(), values]),
  );
}

function expectStrictPolicy(policy: string, page: string): void {
  const rules = directives(policy);
  expect(rules.get('default-src'), `${page}: default-src`).toEqual(["'self'"]);
  const scripts = rules.get('script-src') ?? rules.get('default-src') ?? [];
  expect(scripts, `${page}: script-src`).toContain("'self'");
  for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "'wasm-unsafe-eval'", 'data:', 'blob:', '*', 'http:', 'https:']) {
    expect(scripts, `${page}: script-src must not allow ${unsafe}`).not.toContain(unsafe);
  }
  expect(rules.get('object-src'), `${page}: object-src`).toEqual(["'none'"]);
  expect(rules.get('base-uri'), `${page}: base-uri`).toBeDefined();
  // Nothing may load from anywhere but the site itself (data: images and fonts are the site's own).
  for (const [name, values] of rules) {
    for (const value of values) {
      expect(value, `${page}: ${name} allows ${value}`).toMatch(/^('self'|'none'|'unsafe-inline'|data:)$/);
    }
  }
}

/** Collects `securitypolicyviolation` events from the first script on. */
async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const target = window as unknown as { __cspViolations: string[] };
    target.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      target.__cspViolations.push(`${event.effectiveDirective}: ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber} ${event.sample}`);
    });
  });
}

/** Escape until no panel is open (in a search field the first Escape only clears the query). */
async function closePanels(page: Page): Promise<void> {
  for (let i = 0; i < 3 && (await page.locator('dialog[open]').count()) > 0; i++) await page.keyboard.press('Escape');
}

const violations = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);

test('every built page carries the strict policy, ahead of any script or stylesheet', async ({ request }) => {
  const pages = ['index.html'];
  if ((await request.get('./speaker.html')).ok()) pages.push('speaker.html');
  for (const name of pages) {
    const html = await (await request.get(`./${name}`)).text();
    const metas = [...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/gi)];
    expect(metas, `${name} has exactly one CSP meta`).toHaveLength(1);
    const [meta] = metas;
    const policy = (meta?.[1] ?? '').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    expectStrictPolicy(policy, name);
    // A CSP meta only governs what comes after it.
    const at = meta?.index ?? Infinity;
    for (const tag of ['<script', '<link', '<style']) {
      const first = html.toLowerCase().indexOf(tag);
      if (first >= 0) expect(at, `${name}: the CSP meta comes before the first ${tag}`).toBeLessThan(first);
    }
    expect(html, `${name} has no inline script`).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>\s*\S/i);
    expect(html, `${name} has no inline event handler`).not.toMatch(/<[^>]+\son[a-z]+\s*=/i);
  }
});

for (const lang of LANGS) {
  test(`the talk runs under its CSP, ${lang}: slides, help, search and contents break no rule and stay on 127.0.0.1`, async ({ page }) => {
    const watch = watchPage(page);
    await recordViolations(page);
    await openDeck(page, `?lang=${lang}`);

    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy, 'the page was served with its CSP meta').toBeTruthy();
    expectStrictPolicy(policy ?? '', 'the live page');
    expect(await violations(page), 'CSP violations while loading').toEqual([]);
    // The policy is in force (so "no violation" below means something): an inline script added now does not run, and is reported.
    const inlineRan = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.head.appendChild(script);
      await new Promise((settle) => setTimeout(settle, 50));
      script.remove();
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(inlineRan, 'an inline script ran: the CSP is not in force').toBe(false);
    await expect.poll(() => violations(page), { message: 'the blocked probe is reported' }).toHaveLength(1);

    // A few slides, in order and by deep link, then the timeline slide and the last one.
    const ids = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.reveal .slides section[data-slide-id]')].map((section) => section.dataset.slideId!),
    );
    const chartIds = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.reveal .slides section[data-slide-id] .chart')].map(
        (chart) => chart.closest<HTMLElement>('section[data-slide-id]')!.dataset.slideId!,
      ),
    );
    for (let step = 0; step < 4; step++) await page.keyboard.press('ArrowRight');
    // reveal.js writes the hash after a move: let it settle before the deep links below.
    await expect
      .poll(() => page.evaluate(() => location.hash === `#/${document.querySelector('.reveal .slides section.present:not(.stack)')?.id}`))
      .toBe(true);
    for (const id of [...new Set([...chartIds, ids[Math.floor(ids.length / 2)], ids.at(-1)])].filter(Boolean) as string[]) {
      await page.evaluate((slide) => {
        window.location.hash = `#/${slide}`;
      }, id);
      await expect(page.locator(`.reveal .slides section.present[data-slide-id="${id}"]`)).toHaveCount(1);
    }

    // The panels: help (?), search (/) with a query, contents (M).
    for (const [key, name] of [['?', 'help'], ['/', 'search'], ['m', 'menu']] as const) {
      await page.locator('body').press(key);
      const panel = page.locator(`dialog[data-panel="${name}"]`);
      await expect(panel, `${key} opens the ${name} panel`).toHaveJSProperty('open', true);
      if (name === 'search') {
        await page.locator('.deck-search-input').fill(lang === 'en' ? 'Stellantis' : '零跑');
        await expect(page.locator('.deck-search-results li').first()).toBeVisible();
      }
      await closePanels(page);
      await expect(panel).toHaveJSProperty('open', false);
    }
    // Notes on, and the scroll view, which lays slides out afresh.
    await page.keyboard.press('v');
    await page.keyboard.press('r');
    await page.waitForTimeout(200);

    expect((await violations(page)).slice(1), 'CSP violations while presenting').toEqual([]);
    expect(watch.foreign, 'requests that left 127.0.0.1').toEqual([]);
    // The one console error allowed is Chromium's report of the blocked probe.
    const probeReport = /(Executing|Refused to execute) inline script/;
    expect(watch.errors.filter((error) => probeReport.test(error)).length).toBeLessThanOrEqual(1);
    expect(watch.errors.filter((error) => !probeReport.test(error)), 'console errors').toEqual([]);
  });
}
