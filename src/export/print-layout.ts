/** Checks reveal's print pages against the deck model, and maps them to bookmarks. */
import type { Lang, Slide } from '../model.ts';
import { PrintError } from './export-errors.ts';
import type { Bookmark } from './pdf-outline.ts';
import type { PrintPage } from './print-probe.ts';

/** One sheet of the PDF, in CSS px; a page taller than this would spill onto a second sheet. */
export const PAGE_HEIGHT = 720;

/**
 * Throws when the print view does not match the model or a page would spill onto a second sheet
 * (the bookmarks would point at the wrong pages); returns warnings for text cut off at a page edge.
 */
export function checkLayout(lang: Lang, pages: PrintPage[], slides: Slide[]): string[] {
  const known = new Set(slides.map((slide) => slide.id));
  const printed = new Set(pages.map((page) => page.slideId));
  const extra = [...printed].filter((id) => !known.has(id));
  const missing = [...known].filter((id) => !printed.has(id));
  if (extra.length || missing.length) {
    const detail = [extra.length ? `not in slides/: ${extra.join(', ')}` : '', missing.length ? `not in the print view: ${missing.join(', ')}` : '']
      .filter(Boolean)
      .join('; ');
    throw new PrintError(`${lang}: the built site does not match slides/ (${detail}); rebuild with npm run build`);
  }
  const tall = pages.find((page) => page.height > PAGE_HEIGHT + 1);
  if (tall) {
    throw new PrintError(`${lang}: the ${what(tall)} of slide "${tall.slideId}" is ${Math.round(tall.height)} px tall and would not fit on one ${PAGE_HEIGHT} px page`);
  }
  const warnings = new Set<string>();
  for (const page of pages) {
    const edges = Object.entries(page.textBeyond)
      .filter(([, px]) => px > 1)
      .map(([edge, px]) => `${Math.round(px)} px past the ${edge} edge`);
    if (edges.length) warnings.add(`${lang}: text on the ${what(page)} of slide "${page.slideId}" is cut off (${edges.join(', ')})`);
  }
  return [...warnings];
}

function what(page: PrintPage): string {
  return page.kind === 'notes' ? 'speaker notes' : page.kind === 'step' ? 'fragment steps' : 'content';
}

/** One bookmark per slide, at the slide's first page. */
export function bookmarksFor(pages: PrintPage[], slides: Slide[]): Bookmark[] {
  const titles = new Map(slides.map((slide) => [slide.id, slide.title]));
  return pages.flatMap((page, pageIndex) => (page.kind === 'slide' ? [{ title: titles.get(page.slideId) ?? page.slideId, pageIndex }] : []));
}
