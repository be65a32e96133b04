import { defineConfig } from 'vite';
import { cspPlugin } from './src/build/vite-plugin-csp.ts';
import { trimRevealCss } from './src/build/trim-reveal-css.ts';
import { offlinePlugin } from './src/build/vite-plugin-offline.ts';
import { siteUrlPlugin } from './src/build/vite-plugin-site-url.ts';
import { deckPlugin } from './src/content/vite-plugin-deck.ts';

export default defineConfig({
  // Relative base: the built site works from any sub-path and from file://.
  base: './',
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  plugins: [deckPlugin(), cspPlugin(), siteUrlPlugin(), offlinePlugin()],
  css: { postcss: { plugins: [trimRevealCss()] } },
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    rolldownOptions: {
      input: { main: 'index.html', speaker: 'speaker.html' },
    },
  },
});
