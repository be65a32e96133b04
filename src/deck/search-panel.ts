/** The search panel: finds text in both languages and goes to the slide, in the talk's language. */
import type { RevealApi } from 'reveal.js';
import type { DeckShell, Lang, PageSlide } from '../model';
import { LANGS } from '../model';
import { ui } from '../ui-strings';
import { createPanel, type Panel } from './dialog';
import { loadSlides } from './load-slides';
import { goToSlide } from './navigate';
import { indexSlides, search, type SearchEntry } from './search-index';

export function createSearchPanel(reveal: RevealApi, deck: DeckShell, lang: Lang, slides: PageSlide[]): Panel {
  const panel = createPanel(lang, { name: 'search', title: ui(lang, 'search') });
  const input = document.createElement('input');
  input.type = 'search';
  input.className = 'deck-search-input';
  input.placeholder = ui(lang, 'searchPlaceholder');
  input.setAttribute('aria-label', ui(lang, 'searchPlaceholder'));
  const results = document.createElement('ol');
  results.className = 'deck-search-results';
  results.setAttribute('aria-live', 'polite');
  panel.body.append(input, results);

  let entries: SearchEntry[] | undefined;
  const toText = (html: string): string => {
    const template = document.createElement('template');
    template.innerHTML = html;
    return template.content.textContent ?? '';
  };
  const load = async (): Promise<SearchEntry[]> => {
    if (entries) return entries;
    const all = await Promise.all(
      LANGS.map(async (other) => indexSlides(other, other === lang ? slides : await loadSlides(deck, other), toText)),
    );
    entries = all.flat();
    return entries;
  };

  const render = async (): Promise<void> => {
    const hits = search(await load(), input.value, lang);
    const items = hits.map(({ entry, excerpt }) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = `#/${entry.id}`;
      link.dataset.slideId = entry.id;
      const title = document.createElement('strong');
      title.textContent = slides.find((slide) => slide.id === entry.id)?.title ?? entry.title;
      const tag = document.createElement('span');
      tag.className = 'deck-search-lang';
      tag.textContent = entry.lang === lang ? '' : ui(entry.lang, 'languageName');
      const text = document.createElement('span');
      text.className = 'deck-search-excerpt';
      text.lang = entry.lang;
      text.textContent = excerpt;
      link.append(title, tag, text);
      link.addEventListener('click', (event) => {
        event.preventDefault();
        panel.close();
        goToSlide(reveal, entry.id);
      });
      item.appendChild(link);
      return item;
    });
    if (items.length === 0 && input.value.trim()) {
      const empty = document.createElement('li');
      empty.className = 'deck-search-empty';
      empty.textContent = ui(lang, 'searchNoResults');
      items.push(empty);
    }
    results.replaceChildren(...items);
  };
  input.addEventListener('input', () => void render());
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') results.querySelector<HTMLAnchorElement>('a')?.click();
    // One Escape closes the panel (a search field would otherwise only clear itself first).
    if (event.key === 'Escape') {
      event.preventDefault();
      panel.close();
    }
  });
  panel.element.addEventListener('toggle', () => {
    if (panel.isOpen) {
      input.select();
      void load();
    }
  });
  return panel;
}
