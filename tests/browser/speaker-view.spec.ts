/**
 * The speaker view (speaker.html) against the built site: opened with S, it shows the current
 * and next slides and the notes, follows the main window both ways and in its language, keeps
 * the time against the deck's 20-minute target, and breaks no Content-Security-Policy.
 * Needs `connectSpeaker` and the S binding in src/main.ts (see src/deck/speaker-link.ts).
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { currentSlideId, openDeck, watchPage, type PageWatch } from './deck-helpers.ts';

interface SlideInfo {
  id: string;
  title: string;
  notes: string;
}

/** The slides as the main window mounted them: id, heading, and the start of the notes. */
async function deckSlides(page: Page): Promise<SlideInfo[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.reveal .slides section[data-slide-id]')].map((section) => ({
      id: section.dataset.slideId!,
      title: section.querySelector('h1, h2, h3')?.textContent?.trim() ?? '',
      notes: (section.querySelector('aside.notes')?.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40),
    })),
  );
}

/** Opens speaker.html directly, as a second page of the same browser (it shares the channel). */
async function openSpeakerPage(context: BrowserContext, path = 'speaker.html?lang=en'): Promise<[Page, PageWatch]> {
  const speaker = await context.newPage();
  const watch = watchPage(speaker);
  await speaker.goto(`./${path}`);
  await speaker.waitForSelector('html[data-speaker-ready="true"]');
  return [speaker, watch];
}

function cspViolations(watch: PageWatch): string[] {
  return watch.errors.filter((error) => /Content Security Policy|Refused to/i.test(error));
}

function expectClean(...watches: PageWatch[]): void {
  for (const watch of watches) {
    expect(cspViolations(watch)).toEqual([]);
    expect(watch.errors).toEqual([]);
    expect(watch.foreign).toEqual([]);
  }
}

const current = (speaker: Page) => speaker.locator('[data-speaker-current]');
const next = (speaker: Page) => speaker.locator('[data-speaker-next]');

test('S opens the speaker view: current and next slide, notes, the 20-minute target', async ({ page, context }) => {
  const deckWatch = watchPage(page);
  await openDeck(page, '?lang=en');
  const slides = await deckSlides(page);
  const [first, second] = slides;

  const popup = context.waitForEvent('page', { timeout: 10_000 });
  await page.keyboard.press('s');
  const speaker = await popup.catch(() => {
    throw new Error('pressing S opened no window: are openSpeakerView and connectSpeaker wired in src/main.ts?');
  });
  const speakerWatch = watchPage(speaker);
  await speaker.waitForSelector('html[data-speaker-ready="true"]');
  expect(new URL(speaker.url()).pathname).toMatch(/\/speaker\.html$/);
  expect(new URL(speaker.url()).searchParams.get('lang')).toBe('en');

  await expect(speaker.locator('[data-speaker][data-connected="true"]')).toHaveCount(1);
  await expect(current(speaker).locator(`[data-slide-id="${first!.id}"]`).first()).toBeAttached();
  await expect(current(speaker)).toContainText(first!.title);
  await expect(next(speaker)).toContainText(second!.title);
  await expect(speaker.locator('[data-speaker-notes]')).toContainText(first!.notes);
  await expect(speaker.locator('[data-speaker-counter]')).toContainText(`1/ ${slides.length}`);
  await expect(speaker.locator('[data-speaker-target]')).toHaveText('20:00');
  await expect(speaker.locator('[data-speaker-elapsed]')).toHaveText('00:00');
  await expect(speaker.locator('[data-speaker-clock]')).toHaveText(/^\d\d:\d\d$/);
  expect(await speaker.evaluate(() => document.documentElement.lang)).toBe('en');

  // The slide is drawn with the deck's bundled font, at a readable size.
  const font = await speaker.evaluate(async () => {
    await document.fonts.ready;
    const heading = document.querySelector('[data-speaker-current] h1, [data-speaker-current] h2')!;
    return getComputedStyle(heading).fontFamily;
  });
  expect(font).toContain('Noto Sans TC Deck');
  expectClean(deckWatch, speakerWatch);
});

test('follows the main window both ways; the timer starts with the first move and pauses', async ({ page, context }) => {
  const deckWatch = watchPage(page);
  await openDeck(page, '?lang=en');
  const slides = await deckSlides(page);
  const [speaker, speakerWatch] = await openSpeakerPage(context);
  await expect(current(speaker)).toContainText(slides[0]!.title);
  await expect(speaker.locator('[data-timer="idle"]')).toHaveCount(1);

  // Main window → speaker view.
  await page.bringToFront();
  await page.keyboard.press('ArrowRight');
  await expect(current(speaker)).toContainText(slides[1]!.title);
  await expect(next(speaker)).toContainText(slides[2]!.title);
  await expect(speaker.locator('[data-speaker-notes]')).toContainText(slides[1]!.notes);
  await expect(speaker.locator('[data-speaker-counter]')).toContainText(`2/ ${slides.length}`);

  // The timer runs from that first move.
  await expect(speaker.locator('[data-timer="running"]')).toHaveCount(1);
  await expect(speaker.locator('[data-speaker-elapsed]')).not.toHaveText('00:00', { timeout: 4000 });
  await expect(speaker.locator('[data-speaker-pace]')).toHaveAttribute('data-status', /ahead|on-time|behind/);

  // Speaker view → main window: keys and the next button.
  await speaker.bringToFront();
  await speaker.keyboard.press('ArrowRight');
  await expect.poll(() => currentSlideId(page)).toBe(slides[2]!.id);
  await expect(current(speaker)).toContainText(slides[2]!.title);

  // Fragments: the speaker view shows the main window's state.
  const fragments = current(speaker).locator('.fragment');
  if ((await fragments.count()) > 0) {
    await expect(fragments.first()).not.toHaveClass(/\bvisible\b/);
    await speaker.keyboard.press('PageDown');
    await expect(fragments.first()).toHaveClass(/\bvisible\b/);
    await expect.poll(() => page.locator('.reveal .slides section.present .fragment.visible').count()).toBe(1);
  }
  await speaker.locator('[data-action="next"]').click();
  await speaker.keyboard.press('ArrowLeft');
  await speaker.keyboard.press('End');
  await expect.poll(() => currentSlideId(page)).toBe(slides.at(-1)!.id);
  await expect(next(speaker)).toContainText('End');
  await speaker.keyboard.press('Home');
  await expect.poll(() => currentSlideId(page)).toBe(slides[0]!.id);

  // Pause holds the time; reset goes back to idle.
  await speaker.locator('[data-action="timer-toggle"]').click();
  await expect(speaker.locator('[data-timer="paused"]')).toHaveCount(1);
  const held = await speaker.locator('[data-speaker-elapsed]').textContent();
  await speaker.waitForTimeout(1200);
  await expect(speaker.locator('[data-speaker-elapsed]')).toHaveText(held!);
  await speaker.locator('[data-action="timer-reset"]').click();
  await expect(speaker.locator('[data-timer="idle"]')).toHaveCount(1);
  await expect(speaker.locator('[data-speaker-elapsed]')).toHaveText('00:00');
  expectClean(deckWatch, speakerWatch);
});

test('uses the main window’s language, and follows a switch', async ({ page, context }) => {
  const deckWatch = watchPage(page);
  await openDeck(page, '?lang=en');
  const english = await deckSlides(page);
  // Opened in the other language, the speaker view takes the main window's.
  const [speaker, speakerWatch] = await openSpeakerPage(context, 'speaker.html');
  await expect(speaker.locator('html')).toHaveAttribute('lang', 'en');
  await expect(current(speaker)).toContainText(english[0]!.title);
  await expect(speaker.locator('[data-speaker-target]')).toHaveText('20:00');

  // The main window switches language (a new page, on the same slide).
  await page.goto(`./?lang=zh-Hant#/${english[1]!.id}`);
  await page.waitForSelector('html[data-deck-ready="true"]');
  const chinese = await deckSlides(page);
  await expect(speaker.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  await expect(current(speaker)).toContainText(chinese[1]!.title);
  await expect(speaker.locator('[data-speaker-notes]')).toContainText(chinese[1]!.notes);
  await expect(speaker.locator('[data-speaker][data-connected="true"]')).toHaveCount(1);
  expect(new URL(speaker.url()).searchParams.get('lang')).toBeNull();
  expectClean(deckWatch, speakerWatch);
});

test('says it is waiting when the main window is not there, or goes', async ({ page, context }) => {
  const [speaker, speakerWatch] = await openSpeakerPage(context);
  await expect(speaker.locator('[data-speaker-status]')).toHaveText('Waiting for the main window…');
  await expect(speaker.locator('[data-speaker][data-connected="false"]')).toHaveCount(1);

  await openDeck(page, '?lang=en');
  await expect(speaker.locator('[data-speaker][data-connected="true"]')).toHaveCount(1);
  await expect(speaker.locator('[data-speaker-status]')).toHaveText('');

  await page.close();
  await expect(speaker.locator('[data-speaker][data-connected="false"]')).toHaveCount(1);
  await expect(speaker.locator('[data-speaker-status]')).toHaveText('Waiting for the main window…');
  expectClean(speakerWatch);
});
