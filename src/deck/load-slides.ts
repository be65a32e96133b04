/** Loads one language's slides: embedded in the page (the single-file export) or from its JSON file. */
import type { DeckShell, Lang, PageSlide } from '../model';

export function embeddedSlidesId(lang: Lang): string {
  return `deck-slides-${lang}`;
}

export async function loadSlides(deck: DeckShell, lang: Lang): Promise<PageSlide[]> {
  // Only the exporter's JSON element: a slide whose id happens to be `deck-slides-en` must not stand in for it.
  const embedded = document.querySelector(`script[type="application/json"][id="${embeddedSlidesId(lang)}"]`);
  if (embedded?.textContent) return JSON.parse(embedded.textContent) as PageSlide[];
  const response = await fetch(deck.contentUrls[lang]);
  if (!response.ok) throw new Error(`could not load the ${lang} slides: HTTP ${response.status}`);
  return (await response.json()) as PageSlide[];
}
