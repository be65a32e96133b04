/** Shared steps of the browser tests: open the talk, collect console errors and foreign requests. */
import { expect, type Page } from '@playwright/test';

export interface PageWatch {
  errors: string[];
  /** Requests to anywhere but the test server. */
  foreign: string[];
}

export function watchPage(page: Page): PageWatch {
  const watch: PageWatch = { errors: [], foreign: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') watch.errors.push(message.text());
  });
  page.on('pageerror', (error) => watch.errors.push(error.message));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !['data:', 'blob:', 'about:'].includes(url.protocol)) {
      watch.foreign.push(request.url());
    }
  });
  return watch;
}

/** Opens the talk (path relative to the site root, e.g. `?lang=en#/founding`) and waits until it is ready. */
export async function openDeck(page: Page, path = ''): Promise<void> {
  await page.goto(`./${path}`);
  await page.waitForSelector('html[data-deck-ready="true"]');
  await page.evaluate(() => document.fonts.ready);
}

/**
 * The current slide as reveal.js itself has it (the deck's source of truth). Not the first
 * `section.present`: in the scroll view reveal can leave that class on the slide it started on.
 */
export async function currentSlideId(page: Page): Promise<string | undefined> {
  return page.evaluate(
    () => (window as unknown as { Reveal?: { getCurrentSlide(): HTMLElement | undefined } }).Reveal?.getCurrentSlide()?.dataset.slideId,
  );
}

/** The ids of every slide, in the talk's order. */
export async function slideIds(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.reveal .slides section[data-slide-id]')].map((section) => section.dataset.slideId!),
  );
}

/** Goes to a slide through its URL and waits until it is the present one. */
export async function goToSlideByHash(page: Page, id: string): Promise<void> {
  await page.evaluate((slide) => {
    window.location.hash = `#/${slide}`;
  }, id);
  await expect(page.locator(`.reveal .slides section.present[data-slide-id="${id}"]`)).toHaveCount(1);
}

/** Shows every fragment of the present slide, as the slide ends up. */
export async function showFragments(page: Page): Promise<void> {
  await page.evaluate(() => document.querySelectorAll('section.present .fragment').forEach((f) => f.classList.add('visible')));
}

/** Waits until every chart on the page says it is drawn. */
export async function chartsReady(page: Page): Promise<void> {
  await page.waitForFunction(() => [...document.querySelectorAll<HTMLElement>('[data-chart]')].every((c) => c.dataset.chartReady === 'true'));
}
