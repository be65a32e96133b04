/**
 * Lighthouse's accessibility and best-practices audits on the built site. Its performance score
 * is a timing and is checked by `npm run bench -- --check`, not here.
 */
import { expect, test } from '@playwright/test';
import { lighthouseScores } from '../../scripts/bench/lighthouse-scores.ts';

test('Lighthouse: accessibility 100, best practices 95 or more', async ({ baseURL }) => {
  test.setTimeout(180_000);
  const scores = await lighthouseScores(`${baseURL}index.html`);
  expect(scores.failing).toEqual([]);
  expect(scores.accessibility).toBe(100);
  expect(scores.bestPractices).toBeGreaterThanOrEqual(95);
});
