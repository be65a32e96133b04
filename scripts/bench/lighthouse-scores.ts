/**
 * Lighthouse (pinned 12.2.3) on the built site: performance, accessibility, best practices,
 * desktop form factor, run against Chromium found by the project's one browser helper.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { browserArgs, findBrowser, NoBrowserError } from '../../src/export/find-browser.ts';
import type { Figure } from './report.ts';

export interface LighthouseScores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  failing: string[];
}

export async function lighthouseScores(url: string): Promise<LighthouseScores> {
  const found = findBrowser();
  if (!found) throw new NoBrowserError();
  const chrome = await chromeLauncher.launch({
    chromePath: found.executablePath,
    chromeFlags: ['--headless=new', ...browserArgs()],
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
      formFactor: 'desktop',
      screenEmulation: { mobile: false, width: 1920, height: 1080, deviceScaleFactor: 1, disabled: false },
      throttlingMethod: 'provided',
    });
    const lhr = result!.lhr;
    const score = (id: string): number => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const failing = Object.values(lhr.audits)
      .filter((audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode === 'binary')
      .map((audit) => `${audit.id}: ${audit.title}`);
    return { performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), failing };
  } finally {
    chrome.kill();
  }
}

export function lighthouseFigures(scores: LighthouseScores): Figure[] {
  // Scores are "at least": the report prints them as a shortfall below 100, with the budget as the most allowed.
  return [
    { name: 'Lighthouse performance shortfall (100 − score)', value: 100 - scores.performance, unit: 'points', budget: 5 },
    { name: 'Lighthouse accessibility shortfall (100 − score)', value: 100 - scores.accessibility, unit: 'points', budget: 0 },
    { name: 'Lighthouse best practices shortfall (100 − score)', value: 100 - scores.bestPractices, unit: 'points', budget: 5 },
  ];
}
