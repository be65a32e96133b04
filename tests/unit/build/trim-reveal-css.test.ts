/**
 * The reveal.js stylesheet loses only what the talk cannot use: run on reveal's real file, the
 * plugin keeps every rule the configured views need and drops the overlay, rtl and the transitions
 * no slide can ask for.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import { trimRevealCss } from '../../../src/build/trim-reveal-css.ts';

const require = createRequire(import.meta.url);
const REVEAL_CSS = require.resolve('reveal.js/reveal.css');

async function selectors(css: string, from: string): Promise<Set<string>> {
  const result = await postcss([trimRevealCss()]).process(css, { from });
  const found = new Set<string>();
  result.root.walkRules((rule) => rule.selectors.forEach((selector) => found.add(selector)));
  return found;
}

describe('trimRevealCss', async () => {
  const original = readFileSync(REVEAL_CSS, 'utf8');
  const before = await selectors(original, '/elsewhere/untouched.css');
  const after = await selectors(original, REVEAL_CSS);

  it('leaves any stylesheet other than reveal.css alone', () => {
    expect(before.has('.r-overlay')).toBe(true);
    expect(before.has('.reveal.rtl .slides')).toBe(true);
  });

  it.each([
    '.r-overlay',
    '.r-overlay-help .r-overlay-content',
    '.reveal .r-overlay-button',
    '.reveal .r-media-play-button',
    '.reveal.rtl .slides',
    '.reveal.cube .slides',
    '.reveal .slides>section[data-transition=zoom].past',
    '.reveal .slides>section[data-transition~=zoom-in].future',
    '.zoomed .reveal *',
  ])('drops %s', (selector) => {
    expect(before.has(selector), `reveal.css no longer has ${selector}: update the test`).toBe(true);
    expect(after.has(selector)).toBe(false);
  });

  it.each([
    // what the configured views and the transitions in reveal-config.ts use
    '.reveal .slides>section',
    '.reveal .slides>section.present',
    '.reveal .pause-overlay',
    '.reveal.paused .pause-overlay',
    '.reveal .progress',
    '.reveal .slide-number',
    '.reveal .jump-to-slide',
    '.reveal .slides>section[data-transition=slide].past',
    '.reveal.slide .slides>section:not([data-transition]).past',
    '.reveal.fade.overview .slides section',
    '.reveal.overview .slides section',
    '.reveal-viewport.reveal-scroll',
    'html.reveal-print .reveal .slides .pdf-page',
    // the left-to-right controls must not go with the rtl ones
    '.reveal:not(.rtl) .controls[data-controls-back-arrows=faded] .navigate-left.enabled',
    // fragment styles stay: a slide may name any of them as a class
    '.reveal .fragment.zoom-in',
    '.reveal .fragment.fade-up',
  ])('keeps %s', (selector) => {
    expect(before.has(selector), `reveal.css no longer has ${selector}: update the test`).toBe(true);
    expect(after.has(selector)).toBe(true);
  });

  it('drops close to half the rules', () => {
    expect(after.size).toBeLessThan(before.size * 0.9);
    expect(after.size).toBeGreaterThan(before.size * 0.5);
  });
});
