/**
 * `npm run export:pdf -- [options]`: the talk as PDF, one file per language. See `--help`.
 * Exit codes: 0 written, 1 export failed, 2 no browser, 3 a slide never became ready,
 * 4 output folder not writable, 64 bad arguments.
 */
import { parseArgs } from 'node:util';
import { isAbsolute, relative } from 'node:path';
import { DEFAULT_READY_TIMEOUT_MS, exportPdf } from '../src/export/export-pdf.ts';
import { ExportError, UsageError } from '../src/export/export-errors.ts';
import { NoBrowserError } from '../src/export/find-browser.ts';
import { DEFAULT_OUT_DIR, pdfFileName } from '../src/export/output-paths.ts';
import { formatBytes, progressReporter } from '../src/export/progress.ts';
import { LANGS, type Lang } from '../src/model.ts';

const HELP = `Usage: npm run export:pdf -- [options]

Prints the talk from reveal.js's print view (?view=print) with Chromium: one page per slide,
960 x 540 pt (the 1280 x 720 slide), selectable text, fonts embedded, a bookmark per slide.
Builds the site first when dist/ is missing or older than slides/ or src/.

Options:
  --lang <${LANGS.join('|')}>  one language (default: all, ${LANGS.map((lang) => pdfFileName(lang)).join(' and ')})
  --out <path>             a .pdf file (with --lang) or a folder (default: ${DEFAULT_OUT_DIR}/)
  --fragments              each fragment step on its own page (default: each slide's final state)
  --notes                  speaker notes on a page after each slide
  --timeout <ms>           how long a language's print view may take to become ready (default: ${DEFAULT_READY_TIMEOUT_MS})
  -h, --help               this text

Chromium: $CHROMIUM_PATH, Playwright's browsers, or chromium / chromium-browser / google-chrome on PATH.
Exit codes: 0 written, 1 export failed, 2 no browser, 3 a slide never became ready,
            4 output folder not writable, 64 bad arguments.`;

function parse(): { help: boolean; langs?: Lang[]; out?: string; fragments: boolean; notes: boolean; timeout: number } {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        lang: { type: 'string' },
        out: { type: 'string' },
        fragments: { type: 'boolean', default: false },
        notes: { type: 'boolean', default: false },
        timeout: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const lang = values.lang;
  if (lang !== undefined && !LANGS.includes(lang as Lang)) throw new UsageError(`--lang ${lang}: use one of ${LANGS.join(', ')}`);
  const timeout = values.timeout === undefined ? DEFAULT_READY_TIMEOUT_MS : Number(values.timeout);
  if (!Number.isInteger(timeout) || timeout <= 0) throw new UsageError(`--timeout ${values.timeout}: give a whole number of milliseconds`);
  return {
    help: values.help,
    langs: lang === undefined ? undefined : [lang as Lang],
    out: values.out,
    fragments: values.fragments,
    notes: values.notes,
    timeout,
  };
}

/** Reproducible builds may pin the date (https://reproducible-builds.org/specs/source-date-epoch/). */
function creationDate(): Date {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  return Number.isFinite(epoch) && process.env.SOURCE_DATE_EPOCH ? new Date(epoch * 1000) : new Date();
}

/** Relative to the current folder when inside it. */
function shortPath(path: string): string {
  const inside = relative(process.cwd(), path);
  return inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : path;
}

async function main(): Promise<number> {
  const args = parse();
  if (args.help) {
    console.log(HELP);
    return 0;
  }
  const result = await exportPdf({
    langs: args.langs,
    out: args.out,
    fragments: args.fragments,
    notes: args.notes,
    readyTimeoutMs: args.timeout,
    created: creationDate(),
    onProgress: progressReporter(process.stderr),
  });
  for (const file of result.files) {
    console.log(`${shortPath(file.path)}  ${formatBytes(file.bytes)}, ${file.pages} pages (${file.lang}, ${Math.round(file.ms)} ms)`);
  }
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  if (error instanceof NoBrowserError) {
    console.error(error.message);
    process.exitCode = 2;
  } else if (error instanceof ExportError) {
    console.error(`export:pdf: ${error.message}`);
    if (error instanceof UsageError) console.error('Run with --help for the options.');
    process.exitCode = error.exitCode;
  } else {
    console.error(`export:pdf: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
  }
}
