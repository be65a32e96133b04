import { expect, test, type Page } from '@playwright/test';
import { currentSlideId, openDeck, slideIds } from './deck-helpers.ts';

const present = (page: Page) => currentSlideId(page);

test.describe('keys', () => {
  test('arrows, space, PageUp/PageDown, Home and End move through the talk', async ({ page }) => {
    await openDeck(page, '?lang=en#/title');
    const ids = await slideIds(page);
    await page.keyboard.press('ArrowRight');
    expect(await present(page)).toBe(ids[1]);
    await page.keyboard.press('ArrowLeft');
    expect(await present(page)).toBe(ids[0]);
    await page.keyboard.press('PageDown');
    expect(await present(page)).toBe(ids[1]);
    await page.keyboard.press('PageUp');
    expect(await present(page)).toBe(ids[0]);
    await page.keyboard.press('Space');
    expect(await present(page)).toBe(ids[1]);
    await page.keyboard.press('End');
    expect(await present(page)).toBe(ids.at(-1));
    await page.keyboard.press('Home');
    expect(await present(page)).toBe(ids[0]);
  });

  test('O opens the overview and Escape closes it', async ({ page }) => {
    await openDeck(page);
    await page.keyboard.press('KeyO');
    await expect(page.locator('.reveal.overview')).toHaveCount(1);
    await page.keyboard.press('Escape');
    await expect(page.locator('.reveal.overview')).toHaveCount(0);
  });

  test('B blacks out the whole screen, timeline bar and toolbar too, and resumes', async ({ page }) => {
    await openDeck(page);
    await expect(page.locator('.timeline-nav')).toBeVisible();
    await page.keyboard.press('KeyB');
    await expect(page.locator('.reveal.paused')).toHaveCount(1);
    await expect(page.locator('.timeline-nav')).toBeHidden();
    await expect(page.locator('.deck-toolbar')).toBeHidden();
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(0, 0, 0)');
    // reveal's own button, in the talk's language
    await expect(page.locator('.pause-overlay .resume-button')).toHaveText('繼續簡報');
    await page.keyboard.press('Period');
    await expect(page.locator('.reveal.paused')).toHaveCount(0);
    await expect(page.locator('.timeline-nav')).toBeVisible();
    await expect(page.locator('.deck-toolbar')).toBeVisible();
  });

  test("reveal's own words are in the talk's language: arrows and the go-to box", async ({ page }) => {
    await openDeck(page);
    await expect(page.locator('.controls .navigate-right')).toHaveAttribute('aria-label', '下一張');
    await page.keyboard.press('KeyG');
    await expect(page.locator('.jump-to-slide-input')).toHaveAttribute('placeholder', '跳到：輸入編號或 id');
    await page.keyboard.press('Escape');
    await openDeck(page, '?lang=en');
    await expect(page.locator('.controls .navigate-left')).toHaveAttribute('aria-label', 'Previous slide');
    await page.keyboard.press('KeyB');
    await expect(page.locator('.pause-overlay .resume-button')).toHaveText('Resume the talk');
  });

  test('F asks for full screen', async ({ page }) => {
    await openDeck(page);
    await page.keyboard.press('KeyF');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  });

  test("F5, a clicker's start button, asks for full screen and does not reload the talk", async ({ page }) => {
    await openDeck(page, '#/letter');
    await page.evaluate(() => {
      (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
    });
    await page.keyboard.press('F5');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    expect(await present(page)).toBe('letter');
  });

  test('G goes to a slide by number or id', async ({ page }) => {
    await openDeck(page, '?lang=en');
    const ids = await slideIds(page);
    await page.keyboard.press('KeyG');
    const input = page.locator('.jump-to-slide-input');
    await expect(input).toBeVisible();
    await input.fill('12');
    await input.press('Enter');
    await expect.poll(() => present(page)).toBe(ids[11]);
    // and by its id, as the URL names it
    await expect(input).toBeHidden();
    await page.keyboard.press('KeyG');
    await input.fill('letter');
    await input.press('Enter');
    await expect.poll(() => present(page)).toBe('letter');
  });

  test('the print button and Ctrl+P open the print view, which prints every slide once all is drawn', async ({ page, context }) => {
    // Headless Chromium has no print dialog: record what the page looks like when it asks for one.
    await context.addInitScript(() => {
      window.print = () => {
        (window as unknown as { __printed: unknown }).__printed = {
          pages: document.querySelectorAll('.reveal .slides > .pdf-page').length,
          charts: [...document.querySelectorAll<HTMLElement>('[data-chart]')].map((chart) => chart.dataset.chartReady === 'true'),
          fonts: document.fonts.status,
        };
      };
    });
    await openDeck(page, '?lang=en#/letter');
    const ids = await slideIds(page);
    for (const open of [
      () => page.locator('.deck-toolbar [data-action="print"]').click(),
      () => page.keyboard.press('Control+KeyP'),
    ]) {
      const opened = context.waitForEvent('page');
      await open();
      const printView = await opened;
      await printView.waitForFunction(() => '__printed' in window, null, { timeout: 30_000 });
      const printed = await printView.evaluate(() => (window as unknown as { __printed: { pages: number; charts: boolean[]; fonts: string } }).__printed);
      const url = new URL(printView.url());
      expect([url.searchParams.get('view'), url.searchParams.get('lang')]).toEqual(['print', 'en']);
      expect(printed.pages).toBe(ids.length);
      expect(printed.charts.length).toBeGreaterThanOrEqual(2);
      expect(printed.charts.every(Boolean)).toBe(true);
      expect(printed.fonts).toBe('loaded');
      await printView.close();
      // the talk stays where it was
      expect(await present(page)).toBe('letter');
    }
  });

  test('T shows and hides the timeline bar', async ({ page }) => {
    await openDeck(page);
    const hidden = () => page.evaluate(() => document.documentElement.classList.contains('timeline-hidden'));
    const before = await hidden();
    await page.keyboard.press('KeyT');
    expect(await hidden()).toBe(!before);
    await page.keyboard.press('KeyT');
    expect(await hidden()).toBe(before);
  });

  test('L switches language and keeps the slide', async ({ page }) => {
    await openDeck(page, '#/stellantis');
    await page.keyboard.press('KeyL');
    await page.waitForURL(/lang=en/);
    await page.waitForSelector('html[data-deck-ready="true"]');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await present(page)).toBe('stellantis');
    await page.keyboard.press('KeyL');
    await page.waitForURL((url) => !url.search.includes('lang=en'));
    await page.waitForSelector('html[data-deck-ready="true"]');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hant');
    expect(await present(page)).toBe('stellantis');
  });

  test('V shows the notes over the slides (single-screen presenter mode)', async ({ page }) => {
    await openDeck(page, '?lang=en#/founding');
    await page.keyboard.press('KeyV');
    const notes = page.locator('.reveal .speaker-notes');
    await expect(notes).toBeVisible();
    await expect(notes).toContainText('Hangzhou');
    await page.keyboard.press('KeyV');
    await expect(notes).toBeHidden();
  });

  test('M opens the contents and a section goes to its first slide', async ({ page }) => {
    await openDeck(page, '?lang=en');
    await page.keyboard.press('KeyM');
    const menu = page.locator('dialog[data-panel="menu"][open]');
    await expect(menu).toBeVisible();
    await menu.locator('a[data-section="stellantis"]').click();
    await expect(menu).toHaveCount(0);
    await expect.poll(() => present(page)).toBe('stellantis');
  });

  test('/ searches both languages and goes to the slide', async ({ page }) => {
    await openDeck(page, '?lang=en');
    await page.keyboard.press('Slash');
    const input = page.locator('dialog[data-panel="search"][open] input');
    await expect(input).toBeFocused();
    await input.fill('全域自研');
    const first = page.locator('.deck-search-results a').first();
    await expect(first).toBeVisible();
    await input.press('Enter');
    await expect(page.locator('dialog[open]')).toHaveCount(0);
    const found = await present(page);
    expect(found).toBeTruthy();
    await page.keyboard.press('Slash');
    await input.fill('Amsterdam');
    await expect(page.locator('.deck-search-results a').first()).toHaveAttribute('data-slide-id', 'europe');
    await input.press('Enter');
    await expect.poll(() => present(page)).toBe('europe');
  });

  test('R switches to the scroll view and back', async ({ page }) => {
    await openDeck(page, '#/ipo');
    await page.keyboard.press('KeyR');
    await expect.poll(() => page.evaluate(() => (window as unknown as { Reveal: { isScrollView(): boolean } }).Reveal.isScrollView())).toBe(true);
    expect(await present(page)).toBe('ipo');
    await page.keyboard.press('KeyR');
    await expect.poll(() => page.evaluate(() => (window as unknown as { Reveal: { isScrollView(): boolean } }).Reveal.isScrollView())).toBe(false);
    expect(await present(page)).toBe('ipo');
  });

  test('? shows every key in the current language', async ({ page }) => {
    await openDeck(page);
    await page.keyboard.press('Shift+Slash');
    const help = page.locator('dialog[data-panel="help"][open]');
    await expect(help).toBeVisible();
    await expect(help.locator('h2')).toHaveText('快捷鍵');
    await expect(help.locator('tr')).toHaveCount(16);
    await expect(help).toContainText('切換語言並停在同一張');
    await page.keyboard.press('Escape');
    await expect(help).toHaveCount(0);
  });
});

test.describe('deep links', () => {
  for (const query of ['', '?lang=en', '?view=scroll', '?lang=en&view=scroll']) {
    test(`"${query}#/faw-signing" opens that slide`, async ({ page }) => {
      await openDeck(page, `${query}#/faw-signing`);
      await expect.poll(() => present(page)).toBe('faw-signing');
      await expect(page.locator('section.present[data-slide-id="faw-signing"] h1')).toBeInViewport();
    });
  }
});

test.describe('phone, 390×844', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('reads without sideways scrolling and with text of 16 px or more', async ({ page }) => {
    await openDeck(page, '?lang=en');
    const ids = await slideIds(page);
    for (const id of ids) {
      await page.evaluate((slide) => {
        window.location.hash = `#/${slide}`;
      }, id);
      await expect.poll(() => present(page)).toBe(id);
      const report = await page.evaluate((slide) => {
        const root = document.scrollingElement!;
        const viewport = document.querySelector('.reveal-viewport')!;
        const section = document.querySelector<HTMLElement>(`section[data-slide-id="${slide}"]`)!;
        const small: string[] = [];
        for (const element of section.querySelectorAll<HTMLElement>("h1, h2, h3, p, li, a, strong, em, td, th, blockquote, svg text")) {
          if (!element.textContent?.trim() || element.closest('.notes, aside')) continue;
          const box = element.getBoundingClientRect();
          // Out of sight (hidden labels, screen-reader-only lists) is not read.
          if (box.width <= 1 || box.height <= 1 || getComputedStyle(element).visibility === 'hidden') continue;
          const size = parseFloat(getComputedStyle(element).fontSize) * (element.getBoundingClientRect().width / Math.max(1, element.offsetWidth) || 1);
          if (size < 15.5) small.push(`${element.tagName} ${size.toFixed(1)}px "${element.textContent.trim().slice(0, 30)}"`);
        }
        return { sideways: Math.max(root.scrollWidth - root.clientWidth, viewport.scrollWidth - viewport.clientWidth), small };
      }, id);
      expect(report.sideways, `${id} scrolls sideways`).toBeLessThanOrEqual(0);
      expect(report.small, `${id} has small text`).toEqual([]);
    }
  });

  test('a swipe moves to the next slide', async ({ page }) => {
    await openDeck(page, '?lang=en#/title');
    const before = await present(page);
    const cdp = await page.context().newCDPSession(page);
    const scrollTop = () => page.evaluate(() => document.querySelector('.reveal-viewport')!.scrollTop);
    const start = await scrollTop();
    // A thumb swiping up the screen: touch down low, move up in steps, lift; as a reader would,
    // swipe again until the next slide is up (how far one swipe flings depends on its speed).
    const swipe = async (): Promise<void> => {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: 195, y: 780 }] });
      for (let step = 1; step <= 14; step++) {
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: 195, y: 780 - step * 50 }] });
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };
    await swipe();
    await expect.poll(scrollTop).toBeGreaterThan(start);
    for (let more = 0; more < 6 && (await present(page)) === before; more++) {
      await page.waitForTimeout(500);
      if ((await present(page)) === before) await swipe();
    }
    await expect.poll(() => present(page)).not.toBe(before);
  });
});
