/** The contents menu: one entry per section, going to its first slide; the current one marked. */
import type { RevealApi } from 'reveal.js';
import type { DeckLanguage, Lang } from '../model';
import { ui } from '../ui-strings';
import { createPanel, type Panel } from './dialog';
import { goToSlide } from './navigate';
import { onSlideChange } from './position';

export function createSectionMenu(reveal: RevealApi, language: DeckLanguage, lang: Lang): Panel {
  const panel = createPanel(lang, { name: 'menu', title: ui(lang, 'menu') });
  const list = document.createElement('ol');
  list.className = 'deck-menu';
  const links = language.sections.map((section) => {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = `#/${section.firstSlide}`;
    link.textContent = section.title;
    link.dataset.section = section.id;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      panel.close();
      goToSlide(reveal, section.firstSlide);
    });
    item.appendChild(link);
    list.appendChild(item);
    return link;
  });
  panel.body.appendChild(list);
  const mark = (): void => {
    const current = reveal.getCurrentSlide()?.dataset.section;
    for (const link of links) {
      if (link.dataset.section === current) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    }
  };
  panel.element.addEventListener('toggle', mark);
  onSlideChange(reveal, mark);
  return panel;
}
