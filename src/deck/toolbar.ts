/** The visible controls: contents, search, timeline, reading view, speaker view, print, help, and the language switch. */
import type { Lang } from '../model';
import { ui, type UiKey } from '../ui-strings';
import { icon, type IconName } from './icons';
import { languageUrl, otherLanguage } from './language';

export interface ToolbarActions {
  menu(): void;
  search(): void;
  timeline(): void;
  scrollView(): void;
  speaker(): void;
  print(): void;
  help(): void;
}

export function mountToolbar(parent: HTMLElement, lang: Lang, actions: ToolbarActions): HTMLElement {
  const bar = document.createElement('nav');
  bar.className = 'deck-toolbar';
  bar.setAttribute('aria-label', ui(lang, 'help'));
  const button = (action: keyof ToolbarActions, label: UiKey, content: IconName | { text: string }): HTMLButtonElement => {
    const element = document.createElement('button');
    element.type = 'button';
    element.className = 'deck-button';
    element.dataset.action = action;
    element.append(typeof content === 'string' ? icon(content) : content.text);
    element.title = ui(lang, label);
    element.setAttribute('aria-label', ui(lang, label));
    element.addEventListener('click', () => actions[action]());
    bar.appendChild(element);
    return element;
  };
  button('menu', 'menu', 'menu');
  button('search', 'search', 'search');
  button('timeline', 'timelineToggle', 'timeline');
  button('scrollView', 'keyScroll', 'scroll');
  button('speaker', 'keySpeaker', 'speaker');
  button('print', 'keyPrint', 'print');
  button('help', 'help', { text: '?' });

  const other = otherLanguage(lang);
  const switcher = document.createElement('a');
  switcher.className = 'deck-button';
  switcher.dataset.action = 'language';
  switcher.lang = other;
  switcher.hreflang = other;
  switcher.textContent = ui(lang, 'switchLanguage');
  switcher.setAttribute('aria-label', ui(lang, 'switchLanguageLabel'));
  const refresh = (): void => {
    switcher.href = languageUrl(other);
  };
  refresh();
  // The slide is in the hash, which changes as the talk moves: take it at the moment of use.
  switcher.addEventListener('pointerenter', refresh);
  switcher.addEventListener('focus', refresh);
  switcher.addEventListener('click', refresh);
  bar.appendChild(switcher);
  parent.appendChild(bar);
  return bar;
}
