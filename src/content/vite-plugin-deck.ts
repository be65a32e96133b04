/**
 * A thin Vite plugin: loads `slides/` into the typed Deck at build time and serves it as the
 * virtual module `virtual:deck` (the shell) plus one JSON file of slides per language; cuts
 * the font to the talk's characters; in dev, reloads the page when a slide file changes and
 * shows content errors in Vite's overlay until the file is fixed.
 */
import { join, relative, sep } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { LANGS, type Deck, type DeckShell, type Lang, type PageSlide } from '../model.ts';
import { collectGlyphs, interfaceCharacters } from './collect-glyphs.ts';
import { ContentError } from './content-error.ts';
import { loadDeck } from './load-deck.ts';
import { fontFaceCss, subsetFonts, type FontFiles } from './subset-fonts.ts';

const VIRTUAL_ID = 'virtual:deck';
const RESOLVED_ID = '\0virtual:deck';
/** The @font-face rules of the talk's font subsets. */
const FONTS_ID = 'virtual:deck-fonts.css';
const RESOLVED_FONTS_ID = '\0virtual:deck-fonts.css';
const DEV_CONTENT_PREFIX = '/@deck/content.';

export interface DeckPluginOptions {
  /** Folder holding `slides/`; defaults to Vite's root, or the DECK_ROOT environment variable. */
  contentRoot?: string;
}

export function contentFileName(lang: Lang): string {
  return `deck.${lang}.json`;
}

export function deckPlugin(options: DeckPluginOptions = {}): Plugin {
  let root = process.cwd();
  let contentRoot = root;
  let server: ViteDevServer | undefined;
  let current: Deck | undefined;
  let fonts: FontFiles | undefined;

  const reload = async (): Promise<Deck> => {
    const { deck } = loadDeck(contentRoot);
    fonts = await subsetFonts(root, collectGlyphs(deck, interfaceCharacters(root)));
    current = deck;
    return deck;
  };

  return {
    name: 'deck',
    configResolved(config) {
      root = config.root;
      contentRoot = options.contentRoot ?? process.env.DECK_ROOT ?? root;
    },
    async buildStart() {
      // Fonts must exist before CSS is processed; a content error stops the build here.
      try {
        await reload();
      } catch (error) {
        if (!server) throw asViteError(error);
      }
    },
    resolveId(id) {
      if (id === VIRTUAL_ID) return RESOLVED_ID;
      return id === FONTS_ID ? RESOLVED_FONTS_ID : undefined;
    },
    async load(id) {
      if (id === RESOLVED_FONTS_ID) {
        if (!fonts) await reload().catch(() => undefined);
        return fonts ? fontFaceCss(fonts) : '';
      }
      if (id !== RESOLVED_ID) return undefined;
      let deck: Deck;
      try {
        deck = server || !current ? await reload() : current;
      } catch (error) {
        throw asViteError(error);
      }
      const urls = LANGS.map((lang) => {
        if (server) return `${JSON.stringify(lang)}: ${JSON.stringify(`${DEV_CONTENT_PREFIX}${lang}.json`)}`;
        const ref = this.emitFile({
          type: 'asset',
          name: contentFileName(lang),
          source: JSON.stringify(pageSlides(deck, lang)),
        });
        return `${JSON.stringify(lang)}: import.meta.ROLLUP_FILE_URL_${ref}`;
      });
      return `export default { ...${JSON.stringify(shellOf(deck))}, contentUrls: { ${urls.join(', ')} } };\n`;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        // Start loading the default language's slides with the talk's page, not after its script.
        if (!context.path.endsWith('/index.html')) return [];
        const asset = Object.values(context.bundle ?? {}).find(
          (file) => file.type === 'asset' && file.names.includes(contentFileName(LANGS[0])),
        );
        if (!asset) return [];
        return [{ tag: 'link', attrs: { rel: 'preload', href: `./${asset.fileName}`, as: 'fetch', crossorigin: '' }, injectTo: 'head' }];
      },
    },
    configureServer(devServer) {
      server = devServer;
      const slidesDir = join(contentRoot, 'slides');
      devServer.watcher.add(slidesDir);
      const onChange = (file: string): void => {
        if (!file.startsWith(slidesDir + sep)) return;
        for (const id of [RESOLVED_ID, RESOLVED_FONTS_ID]) {
          const module = devServer.moduleGraph.getModuleById(id);
          if (module) devServer.moduleGraph.invalidateModule(module);
        }
        devServer.config.logger.info(`slides changed: ${relative(contentRoot, file)}`, { timestamp: true });
        devServer.ws.send({ type: 'full-reload' });
      };
      devServer.watcher.on('change', onChange);
      devServer.watcher.on('add', onChange);
      devServer.watcher.on('unlink', onChange);
      devServer.middlewares.use((request, response, next) => {
        const lang = LANGS.find((candidate) => request.url === `${DEV_CONTENT_PREFIX}${candidate}.json`);
        if (!lang || !current) return next();
        response.setHeader('Content-Type', 'application/json');
        response.end(JSON.stringify(pageSlides(current, lang)));
      });
    },
  };
}

/** A language's slides as the page gets them (model.ts `PageSlide`). */
export function pageSlides(deck: Deck, lang: Lang): PageSlide[] {
  return deck.languages[lang].slides.map(({ file: _file, line: _line, sources: _sources, ...slide }) => slide);
}

function shellOf(deck: Deck): Omit<DeckShell, 'contentUrls'> {
  const languages = Object.fromEntries(
    LANGS.map((lang) => {
      const { slides: _slides, ...rest } = deck.languages[lang];
      return [lang, rest];
    }),
  ) as DeckShell['languages'];
  return { ...deck, languages };
}

/** A ContentError as Vite reports it: the first problem's file and line, every problem in the text. */
function asViteError(error: unknown): Error {
  if (!(error instanceof ContentError)) return error instanceof Error ? error : new Error(String(error));
  const first = error.problems[0];
  return Object.assign(new Error(`\n${error.message}\n`), {
    id: first?.file,
    loc: first ? { file: first.file, line: first.line, column: 1 } : undefined,
    plugin: 'deck',
  });
}
