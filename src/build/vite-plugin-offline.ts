/**
 * Builds the service worker (`src/offline/service-worker.ts`) into `dist/sw.js`, bundled and
 * minified like the rest, and writes into it the list of every file of the build (the pages, the
 * scripts, styles, fonts, both languages' slides, images) and an id that changes with any of them.
 * Build only: the dev server never registers it.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

export const SERVICE_WORKER_FILE = 'sw.js';
const SOURCE = 'src/offline/service-worker.ts';
/** The minifier may quote the slot with ', " or `: any of them. */
const FILES_SLOT = /(['"`])__DECK_OFFLINE_FILES__\1/;
const VERSION_SLOT = '__DECK_OFFLINE_VERSION__';

export function offlinePlugin(): Plugin {
  return {
    name: 'deck-offline',
    apply: 'build',
    buildStart() {
      this.emitFile({ type: 'chunk', id: SOURCE, fileName: SERVICE_WORKER_FILE });
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const worker = bundle[SERVICE_WORKER_FILE];
        if (worker?.type !== 'chunk') this.error(`${SOURCE} was not built into ${SERVICE_WORKER_FILE}`);
        const files = Object.keys(bundle)
          .filter((name) => name !== SERVICE_WORKER_FILE && !name.endsWith('.map'))
          .sort();
        const version = createHash('sha256');
        for (const name of files) {
          const item = bundle[name]!;
          version.update(name).update(item.type === 'chunk' ? item.code : item.source);
        }
        if (!FILES_SLOT.test(worker.code) || !worker.code.includes(VERSION_SLOT)) {
          this.error(`${SOURCE} lost its slots for the file list and the build id`);
        }
        worker.code = worker.code
          .replace(FILES_SLOT, () => JSON.stringify(JSON.stringify(files)))
          .replace(VERSION_SLOT, version.digest('hex').slice(0, 12));
      },
    },
  };
}
