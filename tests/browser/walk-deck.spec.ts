import { expect, test } from '@playwright/test';
import { LANGS } from '../../src/model.ts';
import { openDeck, watchPage } from './deck-helpers.ts';

for (const lang of LANGS) {
  test(`walks every slide in ${lang}: heading shown, no console error, no foreign request`, async ({ page }) => {
    const watch = watchPage(page);
    await openDeck(page, `?lang=${lang}`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    const slides = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.reveal .slides section[data-slide-id]')].map((section) => ({
        id: section.dataset.slideId!,
        heading: section.querySelector('h1, h2, h3')?.textContent?.trim() ?? '',
      })),
    );
    expect(slides.length).toBeGreaterThanOrEqual(20);
    for (const slide of slides) {
      expect(slide.heading, `slide ${slide.id} has a heading`).not.toBe('');
      await page.evaluate((id) => {
        window.location.hash = `#/${id}`;
      }, slide.id);
      const present = page.locator(`.reveal .slides section.present[data-slide-id="${slide.id}"]`);
      await expect(present).toHaveCount(1);
      const heading = present.locator('h1, h2, h3').first();
      await expect(heading).toBeVisible();
      await expect(heading).toHaveText(slide.heading);
    }
    expect(watch.errors).toEqual([]);
    expect(watch.foreign).toEqual([]);
  });
}

test('the next key walks the whole talk in order, fragments included', async ({ page }) => {
  await openDeck(page, '?lang=en');
  const ids = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.reveal .slides section[data-slide-id]')].map((s) => s.dataset.slideId!),
  );
  const seen: string[] = [];
  for (let step = 0; step < 400 && seen.length < ids.length; step++) {
    const id = await page.evaluate(() => document.querySelector<HTMLElement>('.reveal .slides section.present[data-slide-id]:not(.stack)')?.dataset.slideId);
    if (id && seen.at(-1) !== id) seen.push(id);
    await page.keyboard.press('PageDown');
  }
  expect(seen).toEqual(ids);
});
