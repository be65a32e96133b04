/**
 * The talk's language comes from the URL (`?lang=en`), else from the page itself (a single-file
 * export declares `<meta name="deck-lang">`); the default is Traditional Chinese.
 */
import { DEFAULT_LANG, LANGS, type Lang } from '../model';

export function languageFromUrl(url: URL = new URL(window.location.href)): Lang {
  const wanted = url.searchParams.get('lang') ?? document.querySelector<HTMLMetaElement>('meta[name="deck-lang"]')?.content;
  return LANGS.find((lang) => lang === wanted) ?? DEFAULT_LANG;
}

export function otherLanguage(lang: Lang): Lang {
  return LANGS.find((other) => other !== lang) ?? DEFAULT_LANG;
}

/**
 * The same place in another language, keeping view options and the slide (hash). A page that
 * names its translation (`<link rel="alternate" hreflang>`, as the single-file export does) goes there.
 */
export function languageUrl(lang: Lang, url: URL = new URL(window.location.href)): string {
  const alternate = document.querySelector<HTMLLinkElement>(`link[rel="alternate"][hreflang="${lang}"]`);
  const next = new URL(alternate ? alternate.href : url.href);
  if (alternate) next.search = url.search;
  next.hash = url.hash;
  if (lang === DEFAULT_LANG || alternate) next.searchParams.delete('lang');
  else next.searchParams.set('lang', lang);
  return next.href;
}

/** Sets `<html lang>` so the CJK font uses Traditional glyph forms and screen readers pick the voice. */
export function applyLanguage(lang: Lang): void {
  document.documentElement.lang = lang;
}
