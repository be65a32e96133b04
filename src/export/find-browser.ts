/**
 * Finds a Chromium to drive with Playwright: the one helper used by the exporter, the tests
 * and the benchmark. Order: $CHROMIUM_PATH, Playwright's own download, then system browsers.
 */
import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

export const BROWSER_ENV = 'CHROMIUM_PATH';
const SYSTEM_BROWSERS = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

export interface FoundBrowser {
  executablePath: string;
  /** How it was found, for messages. */
  via: string;
}

export const NO_BROWSER_MESSAGE = [
  'No Chromium found. Tried $CHROMIUM_PATH, Playwright\'s browsers, and chromium, chromium-browser, google-chrome on PATH.',
  'Get one with:  sudo apt-get install chromium   (Debian/Ubuntu)',
  '          or:  npx playwright install chromium   (where downloads work)',
  `or point ${BROWSER_ENV} at a Chromium or Chrome executable.`,
].join('\n');

export function findBrowser(env: NodeJS.ProcessEnv = process.env): FoundBrowser | undefined {
  const fromEnv = env[BROWSER_ENV];
  if (fromEnv) return isExecutable(fromEnv) ? { executablePath: fromEnv, via: `$${BROWSER_ENV}` } : undefined;
  try {
    const bundled = chromium.executablePath();
    if (bundled && isExecutable(bundled)) return { executablePath: bundled, via: 'Playwright\'s browsers' };
  } catch {
    // Playwright has no browser of its own here.
  }
  for (const name of SYSTEM_BROWSERS) {
    for (const dir of (env.PATH ?? '/usr/bin').split(delimiter)) {
      const candidate = join(dir, name);
      if (isExecutable(candidate)) return { executablePath: candidate, via: `${name} on PATH` };
    }
  }
  return undefined;
}

/** Flags for a headless run on a closed network, and as root where Chromium's sandbox cannot start. */
export function browserArgs(): string[] {
  const args = [
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
    '--disable-dev-shm-usage',
    '--font-render-hinting=none',
  ];
  if (process.getuid?.() === 0) args.unshift('--no-sandbox');
  return args;
}

export function launchOptions(found: FoundBrowser): LaunchOptions {
  return { executablePath: found.executablePath, args: browserArgs(), headless: true };
}

/** Launches the browser found, or throws an error carrying NO_BROWSER_MESSAGE. */
export async function launchBrowser(): Promise<Browser> {
  const found = findBrowser();
  if (!found) throw new NoBrowserError();
  return chromium.launch(launchOptions(found));
}

export class NoBrowserError extends Error {
  constructor() {
    super(NO_BROWSER_MESSAGE);
    this.name = 'NoBrowserError';
  }
}

/** Version line of a browser, for logs. */
export function browserVersion(found: FoundBrowser): string {
  try {
    return execFileSync(found.executablePath, ['--version'], { encoding: 'utf8', timeout: 10_000 }).trim();
  } catch {
    return found.executablePath;
  }
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
