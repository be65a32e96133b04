/**
 * Cuts the bundled Noto Sans TC (TrueType outlines, so PDFs embed real fonts) down to the
 * characters the talk uses, as WOFF2. Files are named by their content, in Vite's cache folder:
 * rebuilds are fast, and builds of different decks side by side never overwrite each other.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import subsetFont from 'subset-font';
import { writeFileAtomically } from '../write-file-atomically.ts';
import type { Glyphs } from './collect-glyphs.ts';

const require = createRequire(import.meta.url);
const FONT_PACKAGE = '@expo-google-fonts/noto-sans-tc';
const WEIGHTS = { regular: '400Regular/NotoSansTC_400Regular.ttf', bold: '700Bold/NotoSansTC_700Bold.ttf' } as const;
const CACHE = 'node_modules/.cache/deck-fonts';

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

export type FontFiles = Record<keyof Glyphs, string>;

/** Makes both weights' subsets; returns their paths from `root`, starting with `/`. */
export async function subsetFonts(root: string, glyphs: Glyphs): Promise<FontFiles> {
  const packageDir = dirname(require.resolve(`${FONT_PACKAGE}/package.json`));
  mkdirSync(join(root, CACHE), { recursive: true });
  const files = {} as FontFiles;
  for (const weight of ['regular', 'bold'] as const) {
    const key = createHash('sha256')
      .update(WEIGHTS[weight])
      .update(JSON.stringify(SUBSET_OPTIONS))
      .update(glyphs[weight])
      .digest('hex')
      .slice(0, 16);
    const file = `${CACHE}/noto-sans-tc-${weight === 'regular' ? 400 : 700}-${key}.woff2`;
    if (!existsSync(join(root, file))) {
      const font = readFileSync(join(packageDir, WEIGHTS[weight]));
      writeFileAtomically(join(root, file), await subsetFont(font, glyphs[weight], SUBSET_OPTIONS));
    }
    files[weight] = `/${file}`;
  }
  return files;
}

/** The @font-face rules for the subsets. */
export function fontFaceCss(files: FontFiles): string {
  return (['regular', 'bold'] as const)
    .map(
      (weight) => `@font-face {
  font-family: 'Noto Sans TC Deck';
  font-style: normal;
  font-weight: ${weight === 'regular' ? 400 : 700};
  font-display: block;
  src: url('${files[weight]}') format('woff2');
}`,
    )
    .join('\n');
}
