/**
 * Opens reveal's print view of one language and waits until it is ready to print: the page's
 * own `data-deck-ready`, reveal's `pdf-ready`, `document.fonts.ready`, then slide by slide every
 * chart container (`[data-chart]`) flagged `data-chart-ready="true"` and every image loaded.
 * Bounded by one deadline; never a fixed sleep.
 */
import type { Browser, Page } from 'playwright-core';
import type { Lang } from '../model.ts';
import { PageNotReadyError, PrintError, type PendingItem } from './export-errors.ts';
import { installPrintProbe, type PrintPage } from './print-probe.ts';

export interface PrintViewOptions {
  baseUrl: string;
  lang: Lang;
  fragments: boolean;
  notes: boolean;
  timeoutMs: number;
  /** Called as each slide is found ready. */
  onSlideReady?: (n: number, total: number) => void;
  /** Names a slide in messages, e.g. `"decade" (The decade at a glance)`. */
  describeSlide?: (slideId: string) => string;
}

export interface PrintView {
  page: Page;
  pages: PrintPage[];
}

/** The print view's address; the options are reveal's own query parameters. */
export function printUrl(baseUrl: string, lang: Lang, fragments: boolean, notes: boolean): string {
  const query = new URLSearchParams({
    view: 'print',
    lang,
    pdfSeparateFragments: String(fragments),
    showNotes: notes ? 'separate-page' : 'false',
  });
  return `${baseUrl}/index.html?${query}`;
}

/** Returns the ready page; the caller closes it. On any failure the page is closed here. */
export async function openPrintView(browser: Browser, options: PrintViewOptions): Promise<PrintView> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  try {
    await page.addInitScript(installPrintProbe);
    const pages = await waitUntilReady(page, options);
    return { page, pages };
  } catch (error) {
    await page.close().catch(() => undefined);
    throw error;
  }
}

async function waitUntilReady(page: Page, options: PrintViewOptions): Promise<PrintPage[]> {
  const deadline = Date.now() + options.timeoutMs;
  const left = (): number => Math.max(1, deadline - Date.now());
  const describe = options.describeSlide ?? ((id: string) => `"${id}"`);
  const fail = async (reason: string): Promise<never> => {
    const errors = await page.evaluate(() => window.__deckPrint?.errors ?? []).catch(() => []);
    const seen = errors.length ? ` (page errors: ${errors.slice(0, 3).join('; ')})` : '';
    throw new PageNotReadyError(options.lang, options.timeoutMs, reason + seen);
  };
  const within = async <T>(step: Promise<T>, reason: () => string | Promise<string>): Promise<T> => {
    try {
      return await step;
    } catch (error) {
      if (isTimeout(error)) return fail(await reason());
      throw error;
    }
  };

  const url = printUrl(options.baseUrl, options.lang, options.fragments, options.notes);
  const response = await within(page.goto(url, { timeout: left() }), () => 'the page did not load');
  const status = response?.status() ?? 0;
  if (status >= 400) throw new PrintError(`${options.lang}: the site answered HTTP ${status} for ${url}: is the site built?`);
  await within(
    page.waitForFunction(() => document.documentElement.dataset.deckReady === 'true' && window.__deckPrint?.printReady === true, null, { timeout: left() }),
    () => 'the print view never finished its layout (no data-deck-ready or reveal "pdf-ready")',
  );
  const fontsLoaded = await page.evaluate(
    (bound) => Promise.race([document.fonts.ready.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), bound))]),
    left(),
  );
  if (!fontsLoaded) await fail('the web fonts never finished loading');

  const ids = await page.evaluate(() => window.__deckPrint!.slideIds());
  const waiting = new Set((await page.evaluate(() => window.__deckPrint!.pending())).map((item) => item.slideId));
  for (const [index, id] of ids.entries()) {
    if (waiting.has(id)) {
      await within(
        page.waitForFunction((slideId) => window.__deckPrint!.pending(slideId).length === 0, id, { timeout: left() }),
        async () => `slide ${describe(id)}: ${whatIsPending(await page.evaluate((slideId) => window.__deckPrint!.pending(slideId), id))}`,
      );
    }
    options.onSlideReady?.(index + 1, ids.length);
  }
  // A chart may redraw once print layout has resized it: all must still be ready two frames on.
  for (;;) {
    const pending = await page.evaluate(
      () => new Promise<PendingItem[]>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(window.__deckPrint!.pending())))),
    );
    if (pending.length === 0) break;
    const name = (items: PendingItem[]): string => items.map((item) => `slide ${describe(item.slideId)}: ${item.what} not ready`).join('; ');
    if (Date.now() >= deadline) await fail(name(pending));
    await within(page.waitForFunction(() => window.__deckPrint!.pending().length === 0, null, { timeout: left() }), async () =>
      name(await page.evaluate(() => window.__deckPrint!.pending())),
    );
  }
  return page.evaluate(() => window.__deckPrint!.pages());
}

function whatIsPending(items: PendingItem[]): string {
  return items.length ? `${[...new Set(items.map((item) => item.what))].join(', ')} not ready` : 'not ready';
}

function isTimeout(error: unknown): boolean {
  return error instanceof Error && error.name === 'TimeoutError';
}
