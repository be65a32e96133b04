/** Search over both languages' slides: plain text per slide, matched without regard to case or width. */
import type { Lang, PageSlide } from '../model';

export interface SearchEntry {
  lang: Lang;
  id: string;
  title: string;
  /** Normalised text of title, body and notes. */
  text: string;
  /** Original-case text, for the excerpt. */
  plain: string;
}

export interface SearchHit {
  entry: SearchEntry;
  excerpt: string;
}

export function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ');
}

/** `toText` turns the build-time HTML into plain text (the DOM's textContent in the page). */
export function indexSlides(lang: Lang, slides: PageSlide[], toText: (html: string) => string): SearchEntry[] {
  return slides.map((slide) => {
    const plain = `${slide.title} ${toText(slide.html)} ${toText(slide.notesHtml)}`.replace(/\s+/g, ' ').trim();
    return { lang, id: slide.id, title: slide.title, text: normalise(plain), plain };
  });
}

/** Entries containing every word of the query; the current language first, then by where it matches. */
export function search(entries: SearchEntry[], query: string, first: Lang, limit = 12): SearchHit[] {
  const words = normalise(query).trim().split(' ').filter(Boolean);
  if (words.length === 0) return [];
  const hits: { hit: SearchHit; rank: number }[] = [];
  for (const entry of entries) {
    if (!words.every((word) => entry.text.includes(word))) continue;
    const at = entry.text.indexOf(words[0]!);
    const rank = (entry.lang === first ? 0 : 1e6) + (normalise(entry.title).includes(words[0]!) ? 0 : 1e3) + at;
    hits.push({ hit: { entry, excerpt: excerptAt(entry.plain, at, words[0]!.length) }, rank });
  }
  return hits.sort((a, b) => a.rank - b.rank).slice(0, limit).map(({ hit }) => hit);
}

function excerptAt(text: string, at: number, length: number): string {
  const start = Math.max(0, at - 30);
  const end = Math.min(text.length, at + length + 50);
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}
