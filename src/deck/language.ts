/** The talk's language comes from the URL (`?lang=en`); the default is Traditional Chinese. */
import { DEFAULT_LANG, LANGS, type Lang } from '../model';

export function languageFromUrl(url: URL = new URL(window.location.href)): Lang {
  const wanted = url.searchParams.get('lang');
  return LANGS.find((lang) => lang === wanted) ?? DEFAULT_LANG;
}

export function otherLanguage(lang: Lang): Lang {
  return LANGS.find((other) => other !== lang) ?? DEFAULT_LANG;
}

/** The same address in another language, keeping view options and the slide (hash). */
export function languageUrl(lang: Lang, url: URL = new URL(window.location.href)): string {
  const next = new URL(url.href);
  if (lang === DEFAULT_LANG) next.searchParams.delete('lang');
  else next.searchParams.set('lang', lang);
  return next.href;
}

/** Sets `<html lang>` so the CJK font uses Traditional glyph forms and screen readers pick the voice. */
export function applyLanguage(lang: Lang): void {
  document.documentElement.lang = lang;
}
