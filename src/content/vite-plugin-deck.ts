/**
 * A thin Vite plugin: loads `slides/` into the typed Deck at build time and serves it as the
 * virtual module `virtual:deck`; cuts the font to the talk's characters; in dev, reloads the
 * page when a slide file changes and shows content errors in Vite's overlay until fixed.
 */
import { join, relative, sep } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { collectGlyphs } from './collect-glyphs.ts';
import { ContentError } from './content-error.ts';
import { loadDeck } from './load-deck.ts';
import { writeFontSubsets } from './subset-fonts.ts';

const VIRTUAL_ID = 'virtual:deck';
const RESOLVED_ID = '\0virtual:deck';

export function deckPlugin(): Plugin {
  let root = process.cwd();
  let server: ViteDevServer | undefined;

  const load = async (): Promise<string> => {
    const { deck } = loadDeck(root);
    await writeFontSubsets(root, collectGlyphs(deck));
    return `export default ${JSON.stringify(deck)};\n`;
  };

  return {
    name: 'deck',
    configResolved(config) {
      root = config.root;
    },
    async buildStart() {
      // Fonts must exist before CSS is processed; a content error stops the build here.
      try {
        const { deck } = loadDeck(root);
        await writeFontSubsets(root, collectGlyphs(deck));
      } catch (error) {
        if (!(error instanceof ContentError) || !server) throw asViteError(error);
      }
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    async load(id) {
      if (id !== RESOLVED_ID) return undefined;
      try {
        return await load();
      } catch (error) {
        throw asViteError(error);
      }
    },
    configureServer(devServer) {
      server = devServer;
      const slidesDir = join(root, 'slides');
      devServer.watcher.add(slidesDir);
      const onChange = (file: string): void => {
        if (!file.startsWith(slidesDir + sep)) return;
        const module = devServer.moduleGraph.getModuleById(RESOLVED_ID);
        if (module) devServer.moduleGraph.invalidateModule(module);
        devServer.config.logger.info(`slides changed: ${relative(root, file)}`, { timestamp: true });
        devServer.ws.send({ type: 'full-reload' });
      };
      devServer.watcher.on('change', onChange);
      devServer.watcher.on('add', onChange);
      devServer.watcher.on('unlink', onChange);
    },
  };
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
