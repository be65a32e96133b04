/** Renders the title slide as the social preview card (assets/images/preview.jpg, 1200×630). Run after a build. */
import { launchBrowser } from '../src/export/find-browser.ts';
import { serveStatic } from '../src/export/serve-static.ts';

const server = await serveStatic('dist');
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
  await page.goto(`${server.url}/index.html#/title`);
  await page.waitForSelector('html[data-deck-ready="true"]');
  // A flat background: the card is a fifth of the bytes with the gradient left out.
  await page.addStyleTag({
    content:
      '.deck-toolbar, .timeline-nav, .reveal .controls, .reveal .progress, .reveal .slide-number { display: none !important; } .reveal-viewport { background: #0d1b2a !important; }',
  });
  await page.screenshot({ path: 'assets/images/preview.jpg', type: 'jpeg', quality: 32 });
  console.log('assets/images/preview.jpg');
} finally {
  await browser.close();
  await server.close();
}
