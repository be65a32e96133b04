import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { LANGS } from '../../src/model.ts';
import { goToSlideByHash, openDeck, showFragments, slideIds } from './deck-helpers.ts';

type Violation = { id: string; impact?: string | null; help: string; nodes: { target: unknown }[] };
const serious = (violations: Violation[]) =>
  violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`);

for (const lang of LANGS) {
  test(`axe finds no serious or critical violation on any slide, ${lang}, slide view`, async ({ page }) => {
    test.setTimeout(120_000);
    await openDeck(page, `?lang=${lang}`);
    const found: string[] = [];
    for (const id of await slideIds(page)) {
      await goToSlideByHash(page, id);
      // Fragments shown, as the slide ends up; hidden slides are out of the accessibility tree.
      await showFragments(page);
      const results = await new AxeBuilder({ page }).include(`section.present[data-slide-id="${id}"]`).analyze();
      found.push(...serious(results.violations as Violation[]).map((line) => `${id}: ${line}`));
    }
    const whole = await new AxeBuilder({ page }).analyze();
    found.push(...serious(whole.violations as Violation[]).map((line) => `page: ${line}`));
    expect(found).toEqual([]);
  });

  test(`axe finds no serious or critical violation in the scroll view, ${lang}`, async ({ page }) => {
    await openDeck(page, `?lang=${lang}&view=scroll`);
    await page.evaluate(() => document.querySelectorAll('.fragment').forEach((f) => f.classList.add('visible')));
    const results = await new AxeBuilder({ page }).analyze();
    expect(serious(results.violations as Violation[])).toEqual([]);
  });
}

test('the help, contents and search panels pass axe', async ({ page }) => {
  await openDeck(page);
  for (const key of ['?', 'm', '/']) {
    await page.keyboard.press(key === 'm' ? 'KeyM' : key);
    await expect(page.locator('dialog[open]')).toHaveCount(1);
    const results = await new AxeBuilder({ page }).include('dialog[open]').analyze();
    expect(serious(results.violations as Violation[])).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(page.locator('dialog[open]')).toHaveCount(0);
  }
});
