/**
 * The offline plugin writes the build's files and an id into the built service worker: every file
 * but the worker itself and source maps, and an id that changes when any file's content does.
 */
import { describe, expect, it } from 'vitest';
import { offlinePlugin, SERVICE_WORKER_FILE } from '../../../src/build/vite-plugin-offline.ts';

type Item = { type: 'chunk'; code: string } | { type: 'asset'; source: string | Uint8Array };

const WORKER_CODE = 'var e=JSON.parse(`__DECK_OFFLINE_FILES__`),t=`deck-__DECK_OFFLINE_VERSION__`;';

function bundleOf(files: Record<string, string>): Record<string, Item> {
  const bundle: Record<string, Item> = { [SERVICE_WORKER_FILE]: { type: 'chunk', code: WORKER_CODE } };
  for (const [name, content] of Object.entries(files)) {
    bundle[name] = name.endsWith('.js') ? { type: 'chunk', code: content } : { type: 'asset', source: content };
  }
  return bundle;
}

/** Runs the plugin's generateBundle on a bundle; returns the worker's file list and build id. */
function written(files: Record<string, string>): { files: string[]; version: string } {
  const bundle = bundleOf(files);
  const hook = offlinePlugin().generateBundle as { handler: (this: unknown, options: unknown, bundle: unknown) => void };
  hook.handler.call({ error: (message: string) => { throw new Error(message); } }, {}, bundle);
  const code = (bundle[SERVICE_WORKER_FILE] as { code: string }).code;
  const list = /JSON\.parse\(("(?:[^"\\]|\\.)*")\)/.exec(code)?.[1];
  const version = /deck-([0-9a-f]+)/.exec(code)?.[1];
  if (!list || !version) throw new Error(`slots not filled: ${code}`);
  return { files: JSON.parse(JSON.parse(list) as string) as string[], version };
}

const SITE = {
  'index.html': '<!doctype html>',
  'speaker.html': '<!doctype html>',
  'assets/main-abc.js': 'console.log(1)',
  'assets/main-abc.js.map': '{}',
  'assets/deck.en-123.json': '{}',
  'assets/noto-sans-tc-400-x.woff2': 'font',
};

describe('offlinePlugin', () => {
  it('lists every file of the build but the worker and source maps, sorted', () => {
    expect(written(SITE).files).toEqual([
      'assets/deck.en-123.json',
      'assets/main-abc.js',
      'assets/noto-sans-tc-400-x.woff2',
      'index.html',
      'speaker.html',
    ]);
  });

  it('gives the build an id that changes when any file changes, and only then', () => {
    const first = written(SITE).version;
    expect(first).toMatch(/^[0-9a-f]{12}$/);
    expect(written({ ...SITE }).version).toBe(first);
    expect(written({ ...SITE, 'index.html': '<!doctype html><title>new</title>' }).version).not.toBe(first);
    expect(written({ ...SITE, 'assets/extra.svg': '<svg/>' }).version).not.toBe(first);
  });

  it('stops the build when the worker lost its slots', () => {
    const bundle = bundleOf(SITE);
    (bundle[SERVICE_WORKER_FILE] as { code: string }).code = 'var e=[]';
    const hook = offlinePlugin().generateBundle as { handler: (this: unknown, options: unknown, bundle: unknown) => void };
    expect(() => hook.handler.call({ error: (message: string) => { throw new Error(message); } }, {}, bundle)).toThrow(/lost its slots/);
  });
});
