/**
 * Before any browser test: find Chromium (src/export/find-browser.ts) or, where this process
 * may install system packages (root with apt-get), install Debian's `chromium` and say so.
 * Never skips: without a browser the test run fails with the reason.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { browserVersion, findBrowser, NO_BROWSER_MESSAGE, type FoundBrowser } from '../src/export/find-browser.ts';

export function ensureBrowser(): FoundBrowser {
  let found = findBrowser();
  if (!found && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('[browser] no Chromium found; installing Debian\'s chromium with apt-get (running as root)…');
    try {
      execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
    } catch (error) {
      throw new Error(`[browser] apt-get install chromium failed: ${(error as Error).message}\n${NO_BROWSER_MESSAGE}`);
    }
    found = findBrowser();
  }
  if (!found) throw new Error(`[browser] ${NO_BROWSER_MESSAGE}`);
  if (!process.env.DECK_BROWSER_LOGGED) {
    console.log(`[browser] using ${browserVersion(found)} (${found.executablePath}, found via ${found.via})`);
    process.env.DECK_BROWSER_LOGGED = '1';
  }
  return found;
}
