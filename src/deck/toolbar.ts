/** The small visible toolbar: language switch (keeps the slide). */
import type Reveal from 'reveal.js';
import type { Lang } from '../model';
import { ui } from '../ui-strings';
import { languageUrl, otherLanguage } from './language';

export interface ToolbarContext {
  lang: Lang;
  reveal: Reveal;
}

export function mountToolbar(parent: HTMLElement, context: ToolbarContext): HTMLElement {
  const bar = document.createElement('nav');
  bar.className = 'deck-toolbar';
  bar.setAttribute('aria-label', ui(context.lang, 'menu'));
  const other = otherLanguage(context.lang);
  const switcher = document.createElement('a');
  switcher.className = 'deck-button';
  switcher.dataset.action = 'language';
  switcher.lang = other;
  switcher.textContent = ui(context.lang, 'switchLanguage');
  switcher.setAttribute('aria-label', ui(context.lang, 'switchLanguageLabel'));
  const refresh = (): void => {
    switcher.href = languageUrl(other);
  };
  refresh();
  window.addEventListener('hashchange', refresh);
  context.reveal.on('slidechanged', refresh);
  bar.appendChild(switcher);
  parent.appendChild(bar);
  return bar;
}
