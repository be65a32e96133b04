/**
 * Link previews (Open Graph, as chat apps and social sites read them) want absolute addresses.
 * Built with `DECK_SITE_URL` set to the address the site is published at (e.g.
 * `DECK_SITE_URL=https://example.org/decade/ npm run build`), a page with a preview image gets
 * that image as an absolute URL, plus `og:url` and a canonical link. Without it nothing changes
 * and the site stays movable (relative paths only).
 */
import type { Plugin } from 'vite';

/** The site's address, checked: absolute http(s), ending in `/` so pages resolve inside it. */
export function parseSiteUrl(value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`DECK_SITE_URL "${value}" is not an address: write it whole, e.g. https://example.org/decade/`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`DECK_SITE_URL "${value}" must start with https:// (or http://)`);
  }
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

const OG_IMAGE = /(<meta\s+property="og:image"\s+content=")([^"]*)(")/;

/** `html` of the built page `page` (e.g. `index.html`) with absolute preview addresses. */
export function absolutePreviewUrls(html: string, site: URL, page: string): string {
  const image = OG_IMAGE.exec(html);
  if (!image) return html;
  const pageUrl = new URL(page === 'index.html' ? '' : page, site).href;
  const imageUrl = new URL(image[2]!, new URL(page, site)).href;
  return html
    .replace(OG_IMAGE, (_all, before: string, _src: string, after: string) => `${before}${imageUrl}${after}`)
    .replace('</head>', `  <meta property="og:url" content="${pageUrl}" />\n    <link rel="canonical" href="${pageUrl}" />\n  </head>`);
}

export function siteUrlPlugin(value: string | undefined = process.env.DECK_SITE_URL): Plugin {
  const site = value ? parseSiteUrl(value) : null;
  return {
    name: 'deck-site-url',
    apply: 'build',
    // On the finished pages: before then their asset addresses are still placeholders.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        if (!site) return;
        for (const file of Object.values(bundle)) {
          if (file.type === 'asset' && file.fileName.endsWith('.html') && typeof file.source === 'string') {
            file.source = absolutePreviewUrls(file.source, site, file.fileName);
          }
        }
      },
    },
  };
}
