/**
 * The PDF exporter: serves the built site, opens reveal's print view of each language in one
 * browser, waits for it to be ready, prints it, finishes the PDF (metadata, outline) and writes it
 * whole or not at all. Browser and server are closed on every path.
 */
import { dirname, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { loadDeck } from '../content/load-deck.ts';
import { LANGS, type Deck, type Lang } from '../model.ts';
import { assertWritableDir } from './assert-writable-dir.ts';
import { ensureBuild } from './ensure-build.ts';
import { OutputNotWritableError, PrintError } from './export-errors.ts';
import { findBrowser, launchOptions, NoBrowserError } from './find-browser.ts';
import { outputPaths } from './output-paths.ts';
import { finishPdf } from './pdf-document.ts';
import { bookmarksFor, checkLayout } from './print-layout.ts';
import { openPrintView, type PrintView } from './print-page.ts';
import type { ProgressEvent } from './progress.ts';
import { serveStatic, type StaticServer } from './serve-static.ts';
import { writeFileAtomically } from '../write-file-atomically.ts';

export const DEFAULT_READY_TIMEOUT_MS = 30_000;

export interface ExportOptions {
  /** Project root, holding `slides/` (default: the current folder). */
  root?: string;
  /** The built site (default: `<root>/dist`). */
  distDir?: string;
  /** Default: every language. */
  langs?: readonly Lang[];
  /** A `.pdf` file (one language) or a folder (default: `<root>/exports`). */
  out?: string;
  /** Each fragment step on its own page (default: each slide's final state). */
  fragments?: boolean;
  /** Speaker notes on a page after each slide. */
  notes?: boolean;
  /** How long one language's print view may take to become ready, and to print. */
  readyTimeoutMs?: number;
  /** Build the site first when it is missing or stale (default: true). */
  build?: boolean;
  /** A browser to use (and leave open); by default one is found, launched and closed. */
  browser?: Browser;
  /** The PDFs' creation date (default: now). */
  created?: Date;
  onProgress?: (event: ProgressEvent) => void;
}

export interface ExportedFile {
  lang: Lang;
  path: string;
  bytes: number;
  pages: number;
  /** From opening the print view to the file written. */
  ms: number;
  /** Content cut off at a page edge, by slide. */
  warnings: string[];
}

export interface ExportResult {
  files: ExportedFile[];
}

interface Job {
  browser: Browser;
  baseUrl: string;
  deck: Deck;
  lang: Lang;
  path: string;
  fragments: boolean;
  notes: boolean;
  timeoutMs: number;
  created: Date;
  report: (event: ProgressEvent) => void;
}

export async function exportPdf(options: ExportOptions = {}): Promise<ExportResult> {
  const root = resolve(options.root ?? process.cwd());
  const distDir = resolve(root, options.distDir ?? 'dist');
  const targets = outputPaths(root, options.langs ?? LANGS, options.out);
  // Fail before any slow work: a folder we cannot write, or no browser.
  for (const dir of new Set([...targets.values()].map((path) => dirname(path)))) assertWritableDir(dir);
  const found = options.browser ? undefined : findBrowser();
  if (!options.browser && !found) throw new NoBrowserError();
  const report = options.onProgress ?? (() => undefined);
  if (options.build ?? true) await ensureBuild(root, distDir, (message) => report({ stage: 'build', message }));
  // Chromium starts while the deck is read and the site served.
  const launching = options.browser ? Promise.resolve(options.browser) : chromium.launch(launchOptions(found!));
  launching.catch(() => undefined); // handled below; keeps Node from calling it unhandled meanwhile
  let server: StaticServer | undefined;
  try {
    const { deck } = loadDeck(root);
    server = await serveStatic(distDir);
    const browser = await launching;
    const created = options.created ?? new Date();
    const files: ExportedFile[] = [];
    for (const [lang, path] of targets) {
      files.push(
        await exportLanguage({
          browser,
          baseUrl: server.url,
          deck,
          lang,
          path,
          fragments: options.fragments ?? false,
          notes: options.notes ?? false,
          timeoutMs: options.readyTimeoutMs ?? DEFAULT_READY_TIMEOUT_MS,
          created,
          report,
        }),
      );
    }
    return { files };
  } finally {
    if (!options.browser) await launching.then((browser) => browser.close()).catch(() => undefined);
    await server?.close();
  }
}

async function exportLanguage(job: Job): Promise<ExportedFile> {
  const { browser, deck, lang } = job;
  const started = performance.now();
  const language = deck.languages[lang];
  const slides = new Map(language.slides.map((slide) => [slide.id, slide]));
  const describeSlide = (id: string): string => {
    const slide = slides.get(id);
    return slide ? `"${id}" (${slide.title}, ${slide.file}:${slide.line})` : `"${id}"`;
  };
  job.report({ stage: 'open', lang });
  let view: PrintView | undefined;
  try {
    view = await openPrintView(browser, {
      baseUrl: job.baseUrl,
      lang,
      fragments: job.fragments,
      notes: job.notes,
      timeoutMs: job.timeoutMs,
      describeSlide,
      onSlideReady: (n, total) => job.report({ stage: 'slide', lang, n, total }),
    });
    const warnings = checkLayout(lang, view.pages, language.slides);
    for (const message of warnings) job.report({ stage: 'warning', lang, message });
    job.report({ stage: 'print', lang, pages: view.pages.length });
    const printed = await bounded(
      view.page.pdf({
        width: '1280px',
        height: '720px',
        printBackground: true,
        preferCSSPageSize: true,
        tagged: true,
        // reveal's CSS breaks after a last notes page too, which prints one blank sheet more.
        pageRanges: `1-${view.pages.length}`,
      }),
      job.timeoutMs,
      `${lang}: printing took longer than ${job.timeoutMs} ms`,
    );
    const bytes = await finishPdf(printed, {
      title: `${language.title} · ${language.subtitle}`,
      author: deck.meta.author,
      subject: language.description,
      keywords: deck.meta.keywords,
      lang,
      created: job.created,
      creator: 'leapmotor-decade: reveal.js print view, npm run export:pdf',
      pages: view.pages.length,
      bookmarks: bookmarksFor(view.pages, language.slides),
    });
    try {
      writeFileAtomically(job.path, bytes); // whole or not at all: a temporary file, then a rename
    } catch (error) {
      throw new OutputNotWritableError(dirname(job.path), error);
    }
    job.report({ stage: 'written', lang, path: job.path, bytes: bytes.length });
    return { lang, path: job.path, bytes: bytes.length, pages: view.pages.length, ms: performance.now() - started, warnings };
  } catch (error) {
    if (!browser.isConnected()) {
      throw new PrintError(`${lang}: the browser closed during the export (${firstLine(error)}); nothing was written`);
    }
    throw error;
  } finally {
    await view?.page.close().catch(() => undefined);
  }
}

function bounded<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new PrintError(message)), ms);
  });
  return Promise.race([work, limit]).finally(() => clearTimeout(timer));
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}
