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
const BUDGETS: Record<string, number> = { JS: 60, fonts: 200 };

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
