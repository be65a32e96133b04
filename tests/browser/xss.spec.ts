/**
 * Hostile content cannot run script. The fixture deck in tests/fixtures/xss carries the payloads
 * listed in PAYLOADS (each would push its id onto `window.__xss`, or call alert, if it ever ran);
 * it is built with the real engine, served, and every slide of both languages is shown, its
 * elements hovered, focused and clicked, and the panels opened. Then nothing may have run, no
 * dialog opened, and no active markup reached the DOM. Everything runs twice: as built (with the
 * Content-Security-Policy) and with the CSP removed, so the sanitising alone is shown to hold.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { serveStatic, type StaticServer } from '../../src/export/serve-static.ts';
import { LANGS, type Lang } from '../../src/model.ts';

const REPO = resolve(import.meta.dirname, '../..');
const FIXTURE = join(REPO, 'tests/fixtures/xss');

interface Payload {
  id: string;
  where: string;
  what: string;
}

/** Every payload in the fixture: id → where it sits → what it tries. */
const PAYLOADS: Payload[] = [
  { id: 'p01', where: 'deck.yaml title', what: '<img src=x onerror=…> (reaches document.title)' },
  { id: 'p02', where: 'deck.yaml subtitle', what: '</title><script>…</script>' },
  { id: 'p03', where: 'deck.yaml description', what: '"><svg onload=…> attribute break-out' },
  { id: 'p04', where: 'deck.yaml author, keywords', what: '<script>…</script>, javascript:…' },
  { id: 'p05', where: 'sources.yaml label (source line, sources slide)', what: '<img src=x onerror=…>' },
  { id: 'p06', where: 'sources.yaml label inside its link', what: '</a><script>…</script>' },
  { id: 'p07', where: 'sources.yaml url', what: 'https://…" onmouseover="…" attribute break-out' },
  { id: 'p08', where: 'sources.yaml label and url', what: 'javascript:… as label, <svg/onload=…> in the query' },
  { id: 'p09', where: 'timeline.yaml era title', what: '<svg onload=…>' },
  { id: 'p10', where: 'timeline.yaml event title', what: '<img src=x onerror=…>' },
  { id: 'p11', where: 'timeline.yaml event summary', what: '<script>…</script>' },
  { id: 'p12', where: 'timeline.yaml event title', what: '"><iframe srcdoc="<script>…">' },
  { id: 'p13', where: 'deliveries.yaml note', what: '<img src=x onerror=…>' },
  { id: 'p14', where: 'front matter: section title (contents menu)', what: '<img src=x onerror=…>' },
  { id: 'p15', where: 'front matter: slide class', what: 'class words spelling an event handler' },
  { id: 'p16', where: 'front matter: section title', what: '"><script>…</script>' },
  { id: 'p17', where: 'Markdown body', what: '<script> block' },
  { id: 'p18', where: 'Markdown body', what: 'inline <img src=x onerror=…>' },
  { id: 'p19', where: 'Markdown body', what: '<svg onload=…><script>…</script></svg>' },
  { id: 'p20', where: 'Markdown body', what: '<iframe srcdoc="<script>…">' },
  { id: 'p21', where: 'Markdown link', what: '[x](javascript:…)' },
  { id: 'p22', where: 'Markdown link', what: '[x](JaVaScRiPt:…)' },
  { id: 'p23', where: 'Markdown link', what: '[x](&#106;avascript:…) entity-encoded scheme' },
  { id: 'p24', where: 'Markdown links', what: 'java&#x09;script:, &#x20;javascript:, java<TAB>script: autolink' },
  { id: 'p25', where: 'Markdown link', what: '[x](data:text/html;base64,<script>…)' },
  { id: 'p26', where: 'Markdown image', what: '![x](data:image/svg+xml;base64,<svg onload><script>)' },
  { id: 'p27', where: 'Markdown image', what: '![x](javascript:…)' },
  { id: 'p28', where: 'Markdown autolink', what: '<javascript:…>' },
  { id: 'p29', where: 'Markdown reference link', what: '[x][r] with [r]: javascript:…' },
  { id: 'p30', where: 'markdown-it-attrs', what: '{onclick=…}' },
  { id: 'p31', where: 'markdown-it-attrs', what: '{.x onmouseover=…}' },
  { id: 'p32', where: 'markdown-it-attrs', what: '{data-background-color="red;background:url(javascript:…)"}' },
  { id: 'p33', where: 'markdown-it-attrs', what: '{style="background:url(javascript:…)"}' },
  { id: 'p34', where: 'markdown-it-attrs on a link', what: '{href=javascript:…}' },
  { id: 'p35', where: 'Markdown body', what: 'raw <a href="javascript:…">' },
  { id: 'p36', where: 'Markdown body', what: '<object data=javascript:…>, <embed src=javascript:…>' },
  { id: 'p37', where: 'Markdown body', what: 'mXSS <math><mtext><table><mglyph><style><img onerror>' },
  { id: 'p38', where: 'Markdown body', what: 'entity tricks &lt;img …&gt;, &#60;script&#62;' },
  { id: 'p39', where: 'code fence info string', what: '```js" onmouseover="…' },
  { id: 'p40', where: 'speaker notes', what: '<img onerror>, javascript: link, <script> in ::: notes' },
  { id: 'p41', where: 'markdown-it-attrs on a heading', what: '# Heading {onclick=…}' },
  { id: 'p42', where: 'Markdown link title', what: '"x&quot; onmouseover=&quot;…" title break-out' },
  { id: 'p43', where: 'markdown-it-attrs', what: '{#deck-slides-en} id for DOM clobbering' },
  { id: 'p44', where: 'slide id deck-slides-en', what: 'slide text posing as the embedded slide data (DOM clobbering), carrying <img onerror=alert>' },
  { id: 'p45', where: 'slide heading (slide title, search results)', what: '<img src=x onerror=…>' },
  { id: 'p46', where: 'Markdown body', what: '<style>@import javascript:</style>, <link href=javascript:>, <meta refresh>' },
  { id: 'p47', where: 'Markdown body', what: '<form action=javascript:>, <button formaction=…>' },
  { id: 'p48', where: 'Markdown body', what: '<details open ontoggle=…>' },
  { id: 'p49', where: 'Markdown link', what: '[x](vbscript:…)' },
  { id: 'p50', where: 'Markdown link', what: '[x](//example.invalid/…) protocol-relative link off the site' },
  { id: 'p51', where: 'markdown-it-attrs', what: '{data-background-iframe=… data-src=javascript:…} (reveal.js loaders)' },
  { id: 'p52', where: 'markdown-it-attrs', what: '{data-fragment-index="1 onclick=…"}' },
  { id: 'p53', where: 'markdown-it-attrs on a list item', what: '{.fragment onfocus=… tabindex=0 autofocus}' },
  { id: 'p54', where: 'container parameters', what: '::: columns onclick=…' },
];

// ---------------------------------------------------------------- building the fixture deck

/**
 * Builds the fixture with the project's engine, in a private copy of the project's build inputs:
 * the deck plugin writes the subset fonts into `<vite root>/assets/fonts/generated`, and building
 * in the working tree would swap the real talk's fonts for the fixture's under any build running
 * beside this one. The result is kept for the run (keyed by the test runner's process id), so a
 * worker restarted after a failure does not build again; older runs' builds are removed.
 */
async function builtFixture(): Promise<{ dist: string; bare: string }> {
  const runDir = join(tmpdir(), `deck-xss-${process.ppid}`);
  const built = { dist: join(runDir, 'dist'), bare: join(runDir, 'dist-no-csp') };
  if (existsSync(join(built.bare, 'index.html'))) return built;
  removeOldBuilds();
  const stage = mkdtempSync(join(tmpdir(), 'deck-xss-stage-'));
  try {
    const project = join(stage, 'project');
    for (const name of readdirSync(REPO)) {
      const wanted = /\.html$|^vite\.config\.ts$|^tsconfig.*\.json$|^package\.json$/.test(name) || ['src', 'assets', 'public'].includes(name);
      if (!wanted) continue;
      cpSync(join(REPO, name), join(project, name), {
        recursive: true,
        filter: (source) => !relative(REPO, source).startsWith(join('assets', 'fonts', 'generated')),
      });
    }
    symlinkSync(join(REPO, 'node_modules'), join(project, 'node_modules'), 'dir');
    const out = join(stage, 'out');
    try {
      await promisify(execFile)(
        process.execPath,
        [join(REPO, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', join(out, 'dist'), '--emptyOutDir', '--logLevel', 'warn'],
        { cwd: project, env: { ...process.env, DECK_ROOT: FIXTURE }, timeout: 150_000, maxBuffer: 16 << 20 },
      );
    } catch (error) {
      const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
      throw new Error(`building the XSS fixture deck failed (it must stay valid for the loader):\n${stderr}\n${stdout}`);
    }
    cpSync(join(out, 'dist'), join(out, 'dist-no-csp'), { recursive: true });
    stripCsp(join(out, 'dist-no-csp'));
    try {
      // Published in one step; a worker that built at the same time keeps the first build.
      renameSync(out, runDir);
    } catch (error) {
      if (!existsSync(join(built.bare, 'index.html'))) throw error;
    }
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
  return built;
}

/** Takes the Content-Security-Policy meta out of every page of a built site. */
function stripCsp(dir: string): void {
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.html'))) {
    const path = join(dir, name);
    const html = readFileSync(path, 'utf8');
    const stripped = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/gi, '');
    if (stripped === html) throw new Error(`${name} has no Content-Security-Policy meta to remove`);
    writeFileSync(path, stripped);
  }
}

/** Builds of earlier test runs (whose runner process is gone). */
function removeOldBuilds(): void {
  for (const name of readdirSync(tmpdir())) {
    const pid = /^deck-xss-(\d+)$/.exec(name)?.[1];
    if (!pid || Number(pid) === process.ppid) continue;
    try {
      process.kill(Number(pid), 0);
    } catch {
      rmSync(join(tmpdir(), name), { recursive: true, force: true });
    }
  }
}

// ---------------------------------------------------------------- watching a page

interface Watch {
  dialogs: string[];
  foreign: string[];
  popups: string[];
}

/** Records dialogs, foreign requests (and stops them) and popups; counts CSP violations in the page. */
async function watchContext(context: BrowserContext, origin: string): Promise<Watch> {
  const watch: Watch = { dialogs: [], foreign: [], popups: [] };
  await context.addInitScript(() => {
    const target = window as unknown as { __csp: string[] };
    target.__csp = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      target.__csp.push(`${event.violatedDirective} blocked ${event.blockedURI || '(inline)'}: ${event.sample}`);
    });
  });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || /^(data|blob|about):/.test(url)) return route.continue();
    watch.foreign.push(url);
    return route.abort();
  });
  context.on('page', (page) => {
    page.on('dialog', (dialog) => {
      watch.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss().catch(() => undefined);
    });
    page.on('popup', (popup) => watch.popups.push(popup.url()));
  });
  return watch;
}

/** Active markup anywhere in the page's DOM; [] when there is none. Runs in the page. */
function activeMarkup(): string[] {
  const found: string[] = [];
  const show = (element: Element): string => element.outerHTML.slice(0, 160);
  const scheme = (value: string): string => value.replace(/[\u0000-\u0020\u007f]+/g, '').toLowerCase();
  for (const element of document.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on')) found.push(`${name} attribute: ${show(element)}`);
      if (['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'srcdoc', 'data-src', 'data-background-iframe'].includes(name)) {
        if (/^(javascript|vbscript|data):/.test(scheme(attribute.value)) || name === 'srcdoc' || name === 'data-background-iframe') {
          found.push(`${name}="${attribute.value.slice(0, 60)}": ${show(element)}`);
        }
      }
    }
  }
  for (const element of document.querySelectorAll('iframe, frame, object, embed, form, base, meta[http-equiv="refresh" i], svg script, math')) {
    found.push(`<${element.localName}>: ${show(element)}`);
  }
  for (const script of document.querySelectorAll('script')) {
    const src = script.getAttribute('src');
    const own = src !== null && new URL(src, location.href).origin === location.origin && script.textContent === '';
    if (!own && script.type !== 'application/json') found.push(`script: ${show(script)}`);
  }
  for (const style of document.querySelectorAll('.reveal style, .reveal link, [data-speaker-current] style')) {
    found.push(`<${style.localName}> in content: ${show(style)}`);
  }
  return found;
}

/** Links in the slides that leave the site without saying so (neither http(s)/mailto nor same-origin). */
function hiddenExternalLinks(): string[] {
  return [...document.querySelectorAll<HTMLAnchorElement>('.reveal .slides a[href]')]
    .filter((link) => {
      const written = link.getAttribute('href') ?? '';
      return !/^(https?:|mailto:)/i.test(written) && link.origin !== location.origin;
    })
    .map((link) => link.outerHTML.slice(0, 160));
}

/** Moves over, focuses and clicks every element of the present slide; follows its in-site links. */
async function exercisePresentSlide(page: Page): Promise<void> {
  await page.evaluate(() => {
    const slide = document.querySelector('.reveal .slides section.present:not(.stack)');
    // Charts draw SVG, whose elements have no click(): events are dispatched to every element alike.
    for (const element of slide?.querySelectorAll('*') ?? []) {
      for (const type of ['mouseover', 'mouseenter', 'mousemove', 'pointerover']) {
        element.dispatchEvent(new MouseEvent(type, { bubbles: true }));
      }
      element.dispatchEvent(new FocusEvent('focus'));
      if (element.localName !== 'a') element.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
      if (element instanceof HTMLDetailsElement) element.open = !element.open;
    }
  });
  const links = page.locator('.reveal .slides section.present:not(.stack) a[href]');
  for (let i = 0; i < (await links.count()); i++) {
    const link = links.nth(i);
    const href = (await link.getAttribute('href')) ?? '';
    // Links off the site would be stopped anyway; those that stay (or would run script) are followed.
    if (/^(https?:|mailto:|\/\/)/i.test(href)) await link.hover({ force: true, timeout: 2_000 }).catch(() => undefined);
    else await link.click({ force: true, timeout: 2_000 }).catch(() => undefined);
  }
}

interface PageReport {
  executed: string[];
  csp: string[];
  active: string[];
  /** Payload ids the page shows as text: proof the payloads were delivered, inert. */
  shown: string[];
}

async function reportOf(page: Page): Promise<PageReport> {
  // Let any error event of a (never expected) image or frame fire.
  await page.waitForTimeout(300);
  return {
    executed: await page.evaluate(() => ((window as unknown as { __xss?: unknown[] }).__xss ?? []).map(String)),
    csp: await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []),
    active: await page.evaluate(activeMarkup),
    shown: await page.evaluate(() => [...new Set(`${document.title} ${document.body.textContent}`.match(/\bp\d{2}\b/g) ?? [])].sort()),
  };
}

// ---------------------------------------------------------------- the walk

interface RunResult {
  watch: Watch;
  pages: Record<string, PageReport>;
}

async function walkDeck(browser: Browser, site: StaticServer, lang: Lang): Promise<RunResult> {
  // Service workers blocked: the route that catches foreign requests must see every request.
  const context = await browser.newContext({ baseURL: `${site.url}/`, viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
  const watch = await watchContext(context, site.url);
  try {
    const page = await context.newPage();
    // The speaker view renders the same slides and their notes again, from the main window's moves.
    const speaker = await test.step('open the deck and the speaker view', async () => {
      await page.goto(`./?lang=${lang}`);
      await page.waitForSelector('html[data-deck-ready="true"]', { timeout: 20_000 });
      const speakerHtml = await context.request.get(`${site.url}/speaker.html`).then((response) => response.ok());
      if (!speakerHtml) return undefined;
      const opened = await context.newPage();
      await opened.goto(`./speaker.html?lang=${lang}`);
      await opened.waitForSelector('html[data-speaker-ready="true"]', { timeout: 20_000 });
      return opened;
    });

    const ids = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.reveal .slides section[data-slide-id]')].map((section) => section.dataset.slideId!),
    );
    expect(ids.length, 'the fixture deck mounted its slides').toBeGreaterThanOrEqual(9);
    for (const id of ids) {
      await test.step(`slide ${id}`, async () => {
        await page.evaluate((slide) => {
          window.location.hash = `#/${slide}`;
        }, id);
        await expect(page.locator(`.reveal .slides section.present[data-slide-id="${id}"]`)).toHaveCount(1);
        await exercisePresentSlide(page);
      });
    }

    // The panels: help, search (with queries that hit the payloads), contents; then the notes.
    await page.bringToFront();
    const panels = [['?', 'help', ''], ['/', 'search', 'p44'], ['/', 'search', 'onerror'], ['m', 'menu', '']] as const;
    for (const [key, name, query] of panels) {
      await test.step(`panel ${name} ${query}`, async () => {
        await page.locator('body').press(key, { timeout: 5_000 });
        await expect(page.locator(`dialog[data-panel="${name}"]`), `${key} opens the ${name} panel`).toHaveJSProperty('open', true);
        if (query) {
          await page.locator('.deck-search-input').fill(query, { timeout: 5_000 });
          await expect(page.locator('.deck-search-results li').first()).toBeAttached();
        }
        await page.evaluate(() => {
          for (const element of document.querySelectorAll<HTMLElement>('dialog[open] *')) {
            element.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
          }
        });
        // In a search field the first Escape only clears the query; wait for each Escape to land,
        // since one too many would open reveal's overview instead.
        await page.keyboard.press('Escape');
        await page.waitForFunction(() => {
          const input = document.querySelector<HTMLInputElement>('dialog[open] .deck-search-input');
          return !document.querySelector('dialog[open]') || (input !== null && input.value === '');
        });
        if ((await page.locator('dialog[open]').count()) > 0) await page.keyboard.press('Escape');
        await expect(page.locator('dialog[open]')).toHaveCount(0);
      });
    }
    await page.locator('body').press('v', { timeout: 5_000 });

    return await test.step('report', async () => {
      const pages: Record<string, PageReport> = { deck: await reportOf(page) };
      if (speaker) pages.speaker = await reportOf(speaker);
      return { watch, pages };
    });
  } finally {
    await context.close();
  }
}

function payloadTable(result: RunResult): { failures: string[]; table: string } {
  const executed = new Set(Object.values(result.pages).flatMap((report) => report.executed));
  const shown = new Set(Object.values(result.pages).flatMap((report) => report.shown));
  const rows = PAYLOADS.map((payload) => {
    const ran = executed.has(payload.id);
    const dialog = result.watch.dialogs.some((message) => message.includes(payload.id));
    const verdict = ran || dialog ? `RAN${ran ? ' (window.__xss)' : ''}${dialog ? ' (dialog)' : ''}` : shown.has(payload.id) ? 'inert, shown as text' : 'inert';
    return { payload, verdict, failed: ran || dialog };
  });
  const table = rows.map(({ payload, verdict }) => `${payload.id}  ${verdict.padEnd(20)}  ${payload.where}: ${payload.what}`).join('\n');
  return { failures: rows.filter((row) => row.failed).map((row) => row.payload.id), table };
}

// ---------------------------------------------------------------- tests

// One worker builds once and runs the four walks in turn.
test.describe.configure({ mode: 'default' });

const sites: { csp?: StaticServer; bare?: StaticServer } = {};

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const { dist, bare } = await builtFixture();
  sites.csp = await serveStatic(dist);
  sites.bare = await serveStatic(bare);
});

test.afterAll(async () => {
  await sites.csp?.close();
  await sites.bare?.close();
});

test('the payload table matches the fixture', () => {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(readFileSync(path, 'utf8'));
    }
  };
  walk(join(FIXTURE, 'slides'));
  const text = files.join('\n');
  const inFixture = [...new Set(text.match(/\bp\d{2}\b/g) ?? [])].sort();
  expect(inFixture).toEqual(PAYLOADS.map((payload) => payload.id));
  expect(PAYLOADS.length).toBeGreaterThanOrEqual(30);
});

for (const mode of ['with the CSP', 'without the CSP (sanitising alone)'] as const) {
  for (const lang of LANGS) {
    test(`no payload runs, ${lang}, ${mode}`, async ({ browser }) => {
      test.setTimeout(60_000);
      const site = mode === 'with the CSP' ? sites.csp : sites.bare;
      if (!site) throw new Error('the fixture site is not being served (see beforeAll)');
      const result = await walkDeck(browser, site, lang);
      const { failures, table } = payloadTable(result);
      expect(failures, `payloads that ran:\n${table}`).toEqual([]);
      // Not vacuous: most payloads reached the page, as text.
      expect(result.pages.deck?.shown.length ?? 0, `payloads shown as text:\n${table}`).toBeGreaterThanOrEqual(25);
      expect(result.watch.dialogs, 'dialogs opened').toEqual([]);
      expect(result.watch.popups, 'windows opened').toEqual([]);
      expect(result.watch.foreign, 'requests that left 127.0.0.1').toEqual([]);
      for (const [name, report] of Object.entries(result.pages)) {
        expect(report.active, `active markup in the ${name} page`).toEqual([]);
        expect(report.csp, `CSP violations in the ${name} page (content should never try anything the CSP blocks)`).toEqual([]);
      }
    });
  }
}

/** Opens the fixture site (with its CSP) at `path` in a context of its own, ready; runs `use`; closes. */
async function onFixtureSite(browser: Browser, path: string, use: (page: Page) => Promise<void>): Promise<void> {
  const site = sites.csp;
  if (!site) throw new Error('the fixture site is not being served (see beforeAll)');
  const context = await browser.newContext({ baseURL: `${site.url}/` });
  try {
    const page = await context.newPage();
    await page.goto(path);
    await page.waitForSelector('html[data-deck-ready="true"]');
    await use(page);
  } finally {
    await context.close();
  }
}

test('links in slides never leave the site unannounced (no protocol-relative //host links)', async ({ browser }) => {
  await onFixtureSite(browser, './?lang=en', async (page) => {
    expect(await page.evaluate(hiddenExternalLinks)).toEqual([]);
  });
});

test('a slide id cannot stand in for the embedded slide data (DOM clobbering, p44)', async ({ browser }) => {
  await onFixtureSite(browser, './?lang=zh-Hant', async (page) => {
    // The zh-Hant page loads the English slides for search; a section with id "deck-slides-en" must not replace them.
    await page.locator('body').press('/');
    await page.locator('.deck-search-input').fill('Attribute syntax');
    await expect(page.locator('.deck-search-results a[data-slide-id="attrs"]')).not.toHaveCount(0);
    await page.locator('.deck-search-input').fill('p44 ghost');
    await page.waitForTimeout(200);
    await expect(page.locator('.deck-search-results a[data-slide-id="p44-ghost"]')).toHaveCount(0);
  });
});
