/** The timeline follows and drives the talk: select an event → its slide; change slide → its event. */
import { expect, test, type Page } from '@playwright/test';
import { chartsReady, currentSlideId, openDeck } from './deck-helpers.ts';

const nav = (page: Page) => page.locator('.timeline-nav');

test('clicking an event on the navigator goes to its slide and updates the URL', async ({ page }) => {
  await openDeck(page, '?lang=en#/title');
  await chartsReady(page);
  await nav(page).locator('[data-event-id="stellantis-2023"]').click();
  await expect.poll(() => currentSlideId(page)).toBe('stellantis');
  await expect(page).toHaveURL(/#\/stellantis$/);
});

test('clicking an event on the full timeline goes to its slide', async ({ page }) => {
  await openDeck(page, '?lang=en#/decade');
  await chartsReady(page);
  await page.locator('section.present [data-chart="timeline"] [data-event-id="ipo-2022"]').click();
  await expect.poll(() => currentSlideId(page)).toBe('ipo');
  await expect(page).toHaveURL(/#\/ipo$/);
});

test('the December 2025 inset keeps the letter and the FAW signing apart and clickable', async ({ page }) => {
  await openDeck(page, '?lang=en#/decade');
  await chartsReady(page);
  const inset = page.locator('section.present [data-chart="timeline"]');
  const letter = inset.locator('[data-inset-event-id="letter-2025"]');
  const faw = inset.locator('[data-inset-event-id="faw-signing-2025"]');
  const [a, b] = [await letter.boundingBox(), await faw.boundingBox()];
  expect(a && b).toBeTruthy();
  // No overlap between the two marks.
  expect(a!.x + a!.width <= b!.x || b!.x + b!.width <= a!.x).toBe(true);
  await faw.click();
  await expect.poll(() => currentSlideId(page)).toBe('faw-signing');
});

test('changing slide highlights that slide\'s event and moves "you are here"', async ({ page }) => {
  await openDeck(page, '?lang=en#/title');
  await chartsReady(page);
  for (const [slide, event] of [
    ['founding', 'founding-2015'],
    ['stellantis', 'stellantis-2023'],
    ['stellantis-jv', 'stellantis-2023'],
    ['letter', 'letter-2025'],
    ['faw-signing', 'faw-signing-2025'],
  ]) {
    await page.evaluate((id) => {
      window.location.hash = `#/${id}`;
    }, slide);
    await expect(nav(page).locator('[data-active="true"]')).toHaveAttribute('data-event-id', event!);
  }
});

test('keyboard: Tab reaches the navigator, arrows move between events, Enter goes to the slide', async ({ page }) => {
  await openDeck(page, '?lang=en#/title');
  await chartsReady(page);
  await nav(page).locator('[data-event-id]').first().focus();
  await page.keyboard.press('Home');
  const first = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.eventId);
  expect(first).toBe('founding-2015');
  await page.keyboard.press('ArrowRight');
  const second = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.eventId);
  expect(second).not.toBe(first);
  // The arrow moved focus on the chart, not the talk.
  expect(await currentSlideId(page)).toBe('title');
  const label = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
  expect(label).toMatch(/\d{4}/);
  await page.keyboard.press('Enter');
  await expect.poll(() => currentSlideId(page)).not.toBe('title');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
});

test('the timeline is drawn in the print view, without transitions', async ({ page }) => {
  await page.goto('./index.html?view=print');
  await page.waitForSelector('html[data-deck-ready="true"]');
  await chartsReady(page);
  const marks = await page.locator('[data-chart="timeline"] [data-event-id]').count();
  expect(marks).toBeGreaterThanOrEqual(20);
  await expect(page.locator('.timeline-nav')).toHaveCount(0);
});

test.describe('reduced motion', () => {
  test.use({ colorScheme: 'dark', reducedMotion: 'reduce' });
  test('turns the slide transitions off', async ({ page }) => {
    await openDeck(page);
    expect(await page.evaluate(() => (window as unknown as { Reveal: { getConfig(): { transition: string } } }).Reveal.getConfig().transition)).toBe('none');
  });
});

test('toolbar controls show a visible focus ring', async ({ page }) => {
  await openDeck(page);
  for (const action of ['menu', 'search', 'timeline', 'help', 'language']) {
    const control = page.locator(`.deck-toolbar [data-action="${action}"]`);
    await control.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const style = await control.evaluate((element) => {
      const computed = getComputedStyle(element);
      return { outline: computed.outlineStyle, width: parseFloat(computed.outlineWidth) };
    });
    expect(style.outline, action).not.toBe('none');
    expect(style.width, action).toBeGreaterThanOrEqual(2);
  }
});

test('an event\'s details name its date, title and sources', async ({ page }) => {
  await openDeck(page, '?lang=en#/decade');
  await chartsReady(page);
  await page.locator('section.present [data-chart="timeline"] [data-event-id="stellantis-2023"]').hover();
  const detail = page.locator('section.present [data-chart="timeline"] .tl-detail');
  await expect(detail).toBeVisible();
  await expect(detail).toContainText('Stellantis');
  await expect(detail.locator('.tl-detail-sources')).toHaveText('Source: Reuters, 26 Oct 2023; electrive');
});
