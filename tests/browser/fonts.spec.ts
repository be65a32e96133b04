/**
 * No system font is needed: every piece of text the page draws (slides, charts, toolbar, panels)
 * is drawn with the bundled font, as Chromium itself reports it.
 */
import { expect, test, type Page } from '@playwright/test';
import { LANGS } from '../../src/model.ts';
import { chartsReady, goToSlideByHash, openDeck, showFragments, slideIds } from './deck-helpers.ts';

async function systemFontsUsed(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
  const found = new Set<string>();
  for (const nodeId of nodeIds) {
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    for (const font of fonts) if (!font.isCustomFont) found.add(`${font.familyName} (${font.glyphCount} glyphs)`);
  }
  await cdp.detach();
  return [...found];
}

for (const lang of LANGS) {
  test(`every slide, chart and control is drawn in the bundled font, ${lang}`, async ({ page }) => {
    test.setTimeout(120_000);
    await openDeck(page, `?lang=${lang}`);
    await chartsReady(page);
    const problems: string[] = [];
    for (const id of await slideIds(page)) {
      await goToSlideByHash(page, id);
      await showFragments(page);
      for (const font of await systemFontsUsed(page, 'section.present *')) problems.push(`${id}: ${font}`);
    }
    for (const font of await systemFontsUsed(page, '.deck-toolbar *, .timeline-nav *, .reveal .slide-number *')) problems.push(`chrome: ${font}`);
    for (const key of ['Shift+Slash', 'KeyM']) {
      await page.keyboard.press(key);
      for (const font of await systemFontsUsed(page, 'dialog[open] *')) problems.push(`${key} panel: ${font}`);
      await page.keyboard.press('Escape');
    }
    // reveal's own controls: the black-out screen's button and the go-to-slide box (its placeholder)
    await page.keyboard.press('KeyB');
    for (const font of await systemFontsUsed(page, '.pause-overlay, .pause-overlay *')) problems.push(`black-out: ${font}`);
    await page.keyboard.press('KeyB');
    await page.keyboard.press('KeyG');
    await expect(page.locator('.jump-to-slide-input')).toBeFocused();
    for (const font of await systemFontsUsed(page, '.jump-to-slide-input')) problems.push(`go-to box: ${font}`);
    await page.keyboard.press('Escape');
    expect(problems).toEqual([]);
  });
}

for (const lang of LANGS) {
  test(`the speaker view is drawn in the bundled font, ${lang}`, async ({ page, context }) => {
    await openDeck(page, `?lang=${lang}#/decade`);
    const speaker = await context.newPage();
    await speaker.goto(`./speaker.html?lang=${lang}`);
    await speaker.waitForSelector('html[data-speaker-ready="true"]');
    await expect(speaker.locator('[data-speaker][data-connected="true"]')).toHaveCount(1);
    await speaker.evaluate(() => document.fonts.ready);
    expect(await systemFontsUsed(speaker, 'body *')).toEqual([]);
  });
}

