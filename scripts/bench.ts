/**
 * `npm run bench`: prints the figures the issues name, with their budgets.
 *   --json <file>   also write them as JSON      --check   exit 1 when a figure is over budget
 *   --skip-pdf      leave out the PDF export     --runs N  browser repetitions (default 5)
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { launchBrowser } from '../src/export/find-browser.ts';
import { serveStatic } from '../src/export/serve-static.ts';
import { measureDist } from './bench/dist-bytes.ts';
import { measureFirstSlide, measureSlideChanges } from './bench/page-timings.ts';
import { formatReport, overBudget, type Figure } from './bench/report.ts';

const { values } = parseArgs({
  options: {
    json: { type: 'string' },
    check: { type: 'boolean', default: false },
    'skip-pdf': { type: 'boolean', default: false },
    runs: { type: 'string', default: '5' },
  },
});
const runs = Number(values.runs);
const figures: Figure[] = [];

const buildStart = performance.now();
await build({ logLevel: 'silent' });
figures.push({ name: 'build time', value: performance.now() - buildStart, unit: 'ms', budget: 3000 });
figures.push(...measureDist('dist'));

const server = await serveStatic('dist');
const browser = await launchBrowser();
try {
  figures.push(...(await measureFirstSlide(browser, server.url, runs)));
  figures.push(...(await measureSlideChanges(browser, server.url, 200)));
  const { measureTimeline } = await import('./bench/timeline-timings.ts');
  figures.push(...(await measureTimeline(browser, server.url, runs)));
  const { lighthouseFigures, lighthouseScores } = await import('./bench/lighthouse-scores.ts');
  figures.push(...lighthouseFigures(await lighthouseScores(`${server.url}/index.html`)));
} finally {
  await browser.close();
  await server.close();
}
if (!values['skip-pdf']) {
  const { benchPdf } = await import('./bench-pdf.ts');
  for (const result of await benchPdf()) {
    figures.push({ name: `PDF export ${result.lang}`, value: result.ms, unit: 'ms', budget: 1500 });
    figures.push({ name: `PDF size ${result.lang}`, value: result.bytes / 1024, unit: 'KB', budget: 1024 });
  }
}

console.log(formatReport(figures));
if (values.json) writeFileSync(values.json, JSON.stringify(figures, null, 2) + '\n');
const over = overBudget(figures);
if (values.check && over.length > 0) {
  console.error(`over budget: ${over.map((figure) => figure.name).join(', ')}`);
  process.exit(1);
}
