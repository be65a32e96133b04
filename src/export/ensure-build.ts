/** Builds the site with Vite's JS API when `dist/index.html` is missing or older than its sources. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What the built site is made from. */
const SOURCES = ['slides', 'src', 'index.html', 'vite.config.ts'];

export function isBuildStale(root: string, distDir: string): boolean {
  const index = join(distDir, 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return SOURCES.some((source) => newestMtime(join(root, source)) > built);
}

/** Returns whether it built. */
export async function ensureBuild(root: string, distDir: string, log: (line: string) => void): Promise<boolean> {
  if (!isBuildStale(root, distDir)) return false;
  log(`building the site into ${distDir} (it is missing or older than slides/ or src/)…`);
  const { build } = await import('vite');
  await build({ root, logLevel: 'warn', build: { outDir: distDir, emptyOutDir: true } });
  return true;
}

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}
