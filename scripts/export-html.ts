/**
 * `npm run export:html [-- --out <dir>]`: one self-contained HTML file per language
 * (exports/leapmotor-decade.<lang>.html) that opens from file:// and makes no network request.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { contentFileName, deckPlugin } from '../src/content/vite-plugin-deck.ts';
import { singleFileHtml } from '../src/export/single-file-html.ts';
import { writeFileAtomically } from '../src/write-file-atomically.ts';
import { LANGS, type Lang, type Slide } from '../src/model.ts';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'exports' } } });
const outDir = resolve(values.out);
const fileNames = Object.fromEntries(LANGS.map((lang) => [lang, `leapmotor-decade.${lang}.html`])) as Record<Lang, string>;

const work = mkdtempSync(join(tmpdir(), 'deck-single-'));
try {
  await build({
    configFile: false,
    root: process.cwd(),
    base: './',
    logLevel: 'warn',
    plugins: [deckPlugin()],
    build: {
      outDir: work,
      emptyOutDir: true,
      target: 'es2022',
      assetsInlineLimit: () => true,
      cssCodeSplit: false,
      rolldownOptions: { input: { main: 'index.html' }, output: { codeSplitting: false } },
    },
  });
  const assets = join(work, 'assets');
  const files = readdirSync(assets);
  const read = (what: string, matches: (file: string) => boolean): string => {
    const name = files.find(matches);
    if (!name) throw new Error(`export:html: the build has no ${what}`);
    return readFileSync(join(assets, name), 'utf8');
  };
  const slides = Object.fromEntries(
    LANGS.map((lang) => {
      const stem = contentFileName(lang).replace(/\.json$/, '-');
      return [lang, JSON.parse(read(stem, (file) => file.startsWith(stem) && file.endsWith('.json')))];
    }),
  ) as Record<Lang, Slide[]>;
  const icon = files.find((file) => file.endsWith('.svg'));
  const parts = {
    html: readFileSync(join(work, 'index.html'), 'utf8'),
    script: read('script', (file) => file.endsWith('.js')),
    style: read('stylesheet', (file) => file.endsWith('.css')),
    icon: icon ? `data:image/svg+xml;base64,${readFileSync(join(assets, icon)).toString('base64')}` : undefined,
    slides,
    fileNames,
  };
  mkdirSync(outDir, { recursive: true });
  for (const lang of LANGS) {
    const path = join(outDir, fileNames[lang]);
    writeFileAtomically(path, singleFileHtml(parts, lang));
    console.log(`${path}  ${(statSync(path).size / 1024).toFixed(0)} KB`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
