/**
 * The PDF export, run on the dist/ that Playwright's webServer built; every PDF goes to a temp
 * folder and is read back with pdf-lib and pdf.js. Expected pages come from the deck model.
 */
import { expect, test } from '@playwright/test';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { chromium } from 'playwright-core';
import { loadDeck } from '../../src/content/load-deck.ts';
import { PageNotReadyError } from '../../src/export/export-errors.ts';
import { exportPdf } from '../../src/export/export-pdf.ts';
import { launchOptions, NO_BROWSER_MESSAGE } from '../../src/export/find-browser.ts';
import { pdfFileName } from '../../src/export/output-paths.ts';
import { LANGS, type Lang, type Slide } from '../../src/model.ts';
import { ensureBrowser } from '../ensure-browser.ts';
import { readPdf, squash, type PdfFacts } from './pdf-inspect.ts';

const ROOT = process.cwd();
const { deck } = loadDeck(ROOT);
const FIXTURE_SCRIPT = join(ROOT, 'tests', 'fixtures', 'export', 'print-fixture.js');

const made: string[] = [];
test.afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'export-pdf-'));
  made.push(dir);
  return dir;
}

/** Fragment steps of a slide: reveal shows fragments sharing a `data-fragment-index` together. */
function fragmentSteps(html: string): number {
  const tags = html.match(/<[^>]+\bclass="(?:[^"]*\s)?fragment(?:\s[^"]*)?"[^>]*>/g) ?? [];
  const indexed = new Set(tags.map((tag) => /data-fragment-index="(\d+)"/.exec(tag)?.[1]).filter(Boolean));
  return indexed.size + tags.filter((tag) => !/data-fragment-index=/.test(tag)).length;
}

function notesText(slide: Slide): string {
  const text = slide.notesHtml.replace(/<[^>]*>/g, '').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  return squash(text);
}

/** Page layout expected from the model: each slide's pages, and what each page must show. */
function expectedPages(lang: Lang, options: { fragments?: boolean; notes?: boolean }): { slideAt: number[]; shows: string[] } {
  const slideAt: number[] = [];
  const shows: string[] = [];
  for (const slide of deck.languages[lang].slides) {
    slideAt.push(shows.length);
    shows.push(squash(slide.title));
    // reveal's order: the slide, its notes, then its fragment steps.
    if (options.notes && slide.notesHtml.trim()) shows.push(notesText(slide).slice(0, 16));
    if (options.fragments) for (let step = 0; step < fragmentSteps(slide.html); step++) shows.push(squash(slide.title));
  }
  return { slideAt, shows };
}

function expectPages(pdf: PdfFacts, lang: Lang, options: { fragments?: boolean; notes?: boolean }): void {
  const { slideAt, shows } = expectedPages(lang, options);
  expect(pdf.pageCount).toBe(shows.length);
  shows.forEach((text, index) => expect(pdf.texts[index], `page ${index + 1} shows ${text}`).toContain(text));
  expect(pdf.outline).toEqual(deck.languages[lang].slides.map((slide, index) => ({ title: slide.title, pageIndex: slideAt[index] })));
}

/** A copy of dist/ whose page runs tests/fixtures/export/print-fixture.js on one slide. */
function fixtureSite(mode: 'never-ready' | 'link', slideId: string): string {
  const site = tempDir();
  cpSync(join(ROOT, 'dist'), site, { recursive: true });
  cpSync(FIXTURE_SCRIPT, join(site, 'print-fixture.js'));
  const index = join(site, 'index.html');
  const tag = `<script src="./print-fixture.js" data-mode="${mode}" data-slide="${slideId}"></script>`;
  writeFileSync(index, readFileSync(index, 'utf8').replace('<script type="module"', `${tag}\n    <script type="module"`));
  return site;
}

function runCli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'scripts/export-pdf.ts', ...args], { cwd: ROOT, env: { ...process.env, ...env } }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

test('exports each language: a page per slide at the slide size, titles as text, embedded TrueType fonts, metadata, outline', async () => {
  const out = tempDir();
  const created = new Date('2025-12-31T12:00:00Z');
  const { files } = await exportPdf({ out, build: false, created });
  expect(files.map((file) => file.lang)).toEqual([...LANGS]);
  expect(readdirSync(out).sort()).toEqual(LANGS.map(pdfFileName).sort());
  for (const file of files) {
    const language = deck.languages[file.lang];
    expect(file.path).toBe(join(out, pdfFileName(file.lang)));
    expect(statSync(file.path).size).toBe(file.bytes);
    expect(file.bytes).toBeLessThanOrEqual(1024 * 1024);
    const pdf = await readPdf(file.path);
    expectPages(pdf, file.lang, {});
    for (const size of pdf.pageSizes) expect(size).toEqual({ width: 960, height: 540 });

    expect(pdf.fonts.length).toBeGreaterThan(0);
    expect(pdf.fonts.map((font) => font.subtype)).not.toContain('/Type3');
    for (const font of pdf.fonts) expect(font, `${font.name} is an embedded TrueType CID font`).toMatchObject({ subtype: '/Type0', descendant: '/CIDFontType2', fontFile2: true });
    expect(pdf.fonts.some((font) => /^\/[A-Z]{6}\+NotoSansTC/.test(font.name))).toBe(true);

    expect(pdf.meta).toEqual({
      title: `${language.title} · ${language.subtitle}`,
      author: deck.meta.author,
      subject: language.description,
      keywords: deck.meta.keywords.join(', '),
      lang: file.lang,
      created,
    });
  }
});

// Needs the print CSS of the export report in src/styles/theme.css: reveal's print view zeroes
// each section's padding and moves `.center` slides down, which cuts their source line off.
test("the print view keeps each slide's padding and cuts nothing off", async () => {
  const { files } = await exportPdf({ out: tempDir(), build: false, langs: ['en'] });
  expect(files[0]!.warnings).toEqual([]);
  const pdf = await readPdf(files[0]!.path);
  // 80 px of side padding is 60 pt (a chart's axis label may stick out a little): nothing at the edge.
  pdf.textLeft.forEach((left, index) => expect(left, `page ${index + 1}: leftmost text at ${left} pt`).toBeGreaterThanOrEqual(30));
});

test('--fragments puts each fragment step on a page of its own', async () => {
  const out = tempDir();
  const { files } = await exportPdf({ out, build: false, langs: ['zh-Hant'], fragments: true });
  const pdf = await readPdf(files[0]!.path);
  expect(pdf.pageCount).toBeGreaterThan(deck.languages['zh-Hant'].slides.length);
  expectPages(pdf, 'zh-Hant', { fragments: true });
});

test('--notes adds a page of speaker notes after each slide that has notes', async () => {
  const out = tempDir();
  const { files } = await exportPdf({ out, build: false, langs: ['en'], notes: true });
  const pdf = await readPdf(files[0]!.path);
  expect(pdf.pageCount).toBeGreaterThan(deck.languages.en.slides.length);
  expectPages(pdf, 'en', { notes: true });
});

test('links on a slide stay clickable in the PDF', async () => {
  const site = fixtureSite('link', deck.languages.en.slides[0]!.id);
  const { files } = await exportPdf({ distDir: site, out: tempDir(), build: false, langs: ['en'] });
  const pdf = await readPdf(files[0]!.path);
  expect(pdf.links[0]).toContain('https://example.org/leapmotor-decade');
});

test('a slide that never gets ready: the export stops in time, names the slide, and keeps the earlier PDF', async () => {
  const slide = deck.languages.en.slides.find((candidate) => candidate.chart) ?? deck.languages.en.slides[1]!;
  const site = fixtureSite('never-ready', slide.id);
  const out = tempDir();
  const earlier = await PDFDocument.create();
  earlier.addPage([960, 540]);
  const earlierBytes = await earlier.save();
  const target = join(out, pdfFileName('en'));
  writeFileSync(target, earlierBytes);

  const started = Date.now();
  const failure = exportPdf({ distDir: site, out, build: false, langs: ['en'], readyTimeoutMs: 5000 });
  await expect(failure).rejects.toBeInstanceOf(PageNotReadyError);
  const error = (await failure.catch((reason: unknown) => reason)) as PageNotReadyError;
  expect(Date.now() - started).toBeLessThan(15_000);
  expect(error.exitCode).toBe(3);
  expect(error.message).toContain(`slide "${slide.id}"`);
  expect(error.message).toContain(`chart "${slide.chart ?? 'fixture'}" not ready`);
  expect(error.message).toContain('5000 ms');
  expect(readdirSync(out)).toEqual([pdfFileName('en')]);
  expect(readFileSync(target).equals(Buffer.from(earlierBytes))).toBe(true);
});

test('a browser killed mid-export: the export fails and leaves no file', async () => {
  const browser = await chromium.launch(launchOptions(ensureBrowser()));
  try {
    const cdp = await browser.newBrowserCDPSession();
    const { processInfo } = await cdp.send('SystemInfo.getProcessInfo');
    const pid = processInfo.find((info) => info.type === 'browser')!.id;
    const out = tempDir();
    let killed = false;
    const failure = exportPdf({
      browser,
      out,
      build: false,
      langs: ['en'],
      onProgress: (event) => {
        if (event.stage === 'slide' && !killed) {
          killed = true;
          process.kill(pid, 'SIGKILL');
        }
      },
    });
    await expect(failure).rejects.toThrow(/closed/);
    expect(killed).toBe(true);
    expect(readdirSync(out)).toEqual([]);
  } finally {
    await browser.close().catch(() => undefined);
  }
});

test('CLI: no browser found exits 2 with the way to get one', async () => {
  const out = tempDir();
  const result = await runCli(['--out', out], { CHROMIUM_PATH: '/nonexistent/chromium' });
  expect(result.code).toBe(2);
  expect(result.stderr).toContain(NO_BROWSER_MESSAGE);
  expect(readdirSync(out)).toEqual([]);
});

test('CLI: an output folder that cannot be written gives a clear message and a non-zero exit', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'a-file'), '');
  const result = await runCli(['--lang', 'en', '--out', join(dir, 'a-file', 'pdfs')]);
  expect(result.code).toBe(4);
  expect(result.stderr).toContain(`cannot write to ${join(dir, 'a-file', 'pdfs')}`);
  expect(readdirSync(dir)).toEqual(['a-file']);
});

test('CLI: --help lists the options; a bad option exits 64', async () => {
  const help = await runCli(['--help']);
  expect(help.code).toBe(0);
  for (const option of ['--lang', '--out', '--fragments', '--notes', '--timeout']) expect(help.stdout).toContain(option);
  const bad = await runCli(['--lang', 'fr']);
  expect(bad.code).toBe(64);
  expect(bad.stderr).toContain('--lang fr');
});
