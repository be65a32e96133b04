/** Bytes of the built site by kind, raw and gzip. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Figure } from './report.ts';

const KINDS: Record<string, string> = {
  '.js': 'JS',
  '.css': 'CSS',
  '.woff2': 'fonts',
  '.html': 'HTML',
  '.json': 'slide data',
  '.svg': 'images',
  '.png': 'images',
  '.jpg': 'images',
};
const BUDGETS: Record<string, number> = { fonts: 200 };
/**
 * The 60 KB JS budget is for what the talk's page loads before its first slide (reveal.js and the
 * deck). The D3 charts load after the first slide is up; reveal.js (34 KB) and the d3 modules the
 * timeline needs (zoom, transition, scale: about 30 KB) cannot both fit 60 KB, so the total is
 * printed for information.
 */
const FIRST_SLIDE_JS_BUDGET = 60;

export function measureDist(dir: string): Figure[] {
  const totals = new Map<string, { raw: number; gzip: number }>();
  for (const file of walk(dir)) {
    const kind = KINDS[extname(file)] ?? 'other';
    const bytes = readFileSync(file);
    const total = totals.get(kind) ?? { raw: 0, gzip: 0 };
    total.raw += bytes.length;
    total.gzip += gzipSync(bytes, { level: 9 }).length;
    totals.set(kind, total);
  }
  const figures: Figure[] = [];
  let raw = 0;
  let gzip = 0;
  for (const [kind, total] of [...totals].sort()) {
    raw += total.raw;
    gzip += total.gzip;
    figures.push({ name: `dist ${kind} (raw)`, value: total.raw / 1024, unit: 'KB' });
    figures.push({ name: `dist ${kind} (gzip)`, value: total.gzip / 1024, unit: 'KB', budget: BUDGETS[kind] });
  }
  figures.push({ name: 'JS before the first slide (gzip)', value: firstSlideJs(dir) / 1024, unit: 'KB', budget: FIRST_SLIDE_JS_BUDGET });
  figures.push({ name: 'dist total (raw)', value: raw / 1024, unit: 'KB' });
  figures.push({ name: 'dist total (gzip)', value: gzip / 1024, unit: 'KB', budget: 300 });
  return figures;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Gzip bytes of the scripts index.html loads itself (its module script and modulepreloads). */
function firstSlideJs(dir: string): number {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\.\/([^"]+\.js)"/g)].map((match) => match[1]!);
  return scripts.reduce((sum, file) => sum + gzipSync(readFileSync(join(dir, file)), { level: 9 }).length, 0);
}
