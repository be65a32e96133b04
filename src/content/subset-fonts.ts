/**
 * Cuts the bundled Noto Sans TC (TrueType outlines, so PDFs embed real fonts) down to the
 * characters the talk uses, as WOFF2. Results are cached by content, so rebuilds are fast.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import subsetFont from 'subset-font';
import type { Glyphs } from './collect-glyphs.ts';

const require = createRequire(import.meta.url);
const FONT_PACKAGE = '@expo-google-fonts/noto-sans-tc';
const WEIGHTS = { regular: '400Regular/NotoSansTC_400Regular.ttf', bold: '700Bold/NotoSansTC_700Bold.ttf' } as const;

/**
 * Lean subsets: no hinting (screens and PDFs render well without it), only the Latin layout
 * features the talk needs, no vertical-writing tables.
 */
const SUBSET_OPTIONS = {
  targetFormat: 'woff2',
  noHinting: true,
  noLayoutClosure: true,
  keepFeatures: ['kern', 'liga'],
  dropTables: ['vhea', 'vmtx', 'BASE', 'STAT', 'gasp'],
} as const;

/** Where the subset fonts are written; `src/styles/fonts.css` points here. */
export const FONT_OUTPUT = 'assets/fonts/generated';

export function fontFileName(weight: keyof Glyphs): string {
  return `noto-sans-tc-${weight === 'regular' ? 400 : 700}.woff2`;
}

/** Writes both weights into `<root>/assets/fonts/generated`; returns true when a file changed. */
export async function writeFontSubsets(root: string, glyphs: Glyphs): Promise<boolean> {
  const packageDir = dirname(require.resolve(`${FONT_PACKAGE}/package.json`));
  const cacheDir = join(root, 'node_modules/.cache/deck-fonts');
  const outDir = join(root, FONT_OUTPUT);
  mkdirSync(cacheDir, { recursive: true });
  mkdirSync(outDir, { recursive: true });
  let changed = false;
  for (const weight of ['regular', 'bold'] as const) {
    const chars = glyphs[weight];
    const key = createHash('sha256').update(WEIGHTS[weight]).update(JSON.stringify(SUBSET_OPTIONS)).update(chars).digest('hex').slice(0, 16);
    const cached = join(cacheDir, `${weight}-${key}.woff2`);
    if (!existsSync(cached)) {
      const font = readFileSync(join(packageDir, WEIGHTS[weight]));
      const subset = await subsetFont(font, chars, SUBSET_OPTIONS);
      writeAtomically(cached, subset);
    }
    const target = join(outDir, fontFileName(weight));
    const bytes = readFileSync(cached);
    if (!existsSync(target) || !bytes.equals(readFileSync(target))) {
      writeAtomically(target, bytes);
      changed = true;
    }
  }
  return changed;
}

function writeAtomically(path: string, bytes: Uint8Array): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, bytes);
  renameSync(temporary, path);
}
