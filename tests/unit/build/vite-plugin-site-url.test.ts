/** With DECK_SITE_URL, link previews get absolute addresses; a bad address stops the build plainly. */
import { describe, expect, it } from 'vitest';
import { absolutePreviewUrls, parseSiteUrl } from '../../../src/build/vite-plugin-site-url.ts';

const PAGE = `<html><head>
    <meta property="og:title" content="t" />
    <meta property="og:image" content="./assets/preview-abc.jpg" />
  </head><body></body></html>`;

describe('parseSiteUrl', () => {
  it('takes an http(s) address and makes it a folder', () => {
    expect(parseSiteUrl('https://example.org/decade').href).toBe('https://example.org/decade/');
    expect(parseSiteUrl('https://example.org/decade/?x=1#y').href).toBe('https://example.org/decade/');
    expect(parseSiteUrl('http://example.org').href).toBe('http://example.org/');
  });

  it.each([
    ['example.org/decade', /not an address/],
    ['ftp://example.org/', /must start with https:\/\//],
    ['javascript:alert(1)', /must start with https:\/\//],
  ])('refuses %s', (value, message) => {
    expect(() => parseSiteUrl(value)).toThrow(message);
  });
});

describe('absolutePreviewUrls', () => {
  const site = parseSiteUrl('https://example.org/decade/');

  it('makes the preview image absolute and names the page', () => {
    const html = absolutePreviewUrls(PAGE, site, 'index.html');
    expect(html).toContain('<meta property="og:image" content="https://example.org/decade/assets/preview-abc.jpg" />');
    expect(html).toContain('<meta property="og:url" content="https://example.org/decade/" />');
    expect(html).toContain('<link rel="canonical" href="https://example.org/decade/" />');
  });

  it('leaves a page without a preview alone', () => {
    const speaker = '<html><head><title>s</title></head></html>';
    expect(absolutePreviewUrls(speaker, site, 'speaker.html')).toBe(speaker);
  });
});
