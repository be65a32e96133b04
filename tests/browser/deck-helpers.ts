/** Shared steps of the browser tests: open the talk, collect console errors and foreign requests. */
import type { Page } from '@playwright/test';

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

/** The reveal.js instance's state, read in the page. */
export async function currentSlideId(page: Page): Promise<string | undefined> {
  return page.evaluate(() => document.querySelector<HTMLElement>('.reveal .slides section.present:not(.stack)')?.dataset.slideId);
}
