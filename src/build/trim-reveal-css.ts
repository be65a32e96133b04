/**
 * A PostCSS plugin that drops the parts of reveal.js's stylesheet this talk can never use, which
 * are almost half of it (about 5.5 KB of its 11.5 KB gzip):
 * - its overlay (lightbox, link previews, its own help screen) and media play button: the talk
 *   sets `help: false`, has no `previewLinks` and no video, and draws its own panels;
 * - right-to-left layout (`rtl` is never set);
 * - the slide transitions it does not configure: `reveal-config.ts` sets `slide`, `fade` or `none`,
 *   and a slide cannot pick another (front matter has no `transition`, and markdown-it-attrs only
 *   passes `class`, `data-fragment-index` and `data-background-color`);
 * - the zoom plugin's `.zoomed` rules (no plugin is loaded).
 * Fragment styles stay whole, since any of them can be named as a class in a slide.
 * Only reveal.js's own file is touched; a selector list loses just its unused selectors.
 */
import type { Plugin, Rule } from 'postcss';

const UNUSED_SELECTOR = new RegExp(
  [
    String.raw`\.r-overlay`,
    String.raw`\.r-media-play-button`,
    String.raw`\.reveal\.rtl\b`,
    String.raw`\.reveal\.(?:zoom|cube|page|convex|concave)\b`,
    String.raw`data-(?:background-)?transition~?=(?:zoom|cube|page|convex|concave)`,
    String.raw`^\.zoomed\b`,
  ].join('|'),
);

const REVEAL_STYLESHEET = /[\\/]reveal\.js[\\/]dist[\\/]reveal\.css$/;

export function isUnusedRevealSelector(selector: string): boolean {
  return UNUSED_SELECTOR.test(selector);
}

function trimRule(rule: Rule): void {
  const kept = rule.selectors.filter((selector) => !isUnusedRevealSelector(selector));
  if (kept.length === 0) rule.remove();
  else if (kept.length < rule.selectors.length) rule.selectors = kept;
}

export function trimRevealCss(): Plugin {
  return {
    postcssPlugin: 'trim-reveal-css',
    Once(root) {
      if (!REVEAL_STYLESHEET.test(root.source?.input.file ?? '')) return;
      root.walkRules(trimRule);
      // A media query whose every rule went goes too.
      root.walkAtRules((atRule) => {
        if (atRule.nodes?.length === 0) atRule.remove();
      });
    },
  };
}
trimRevealCss.postcss = true as const;
