/**
 * A modal panel (native `<dialog>`: focus is trapped, Escape closes it). While one is open the
 * deck's keys are off (see `panelIsOpen`, reveal's keyboardCondition), so typing in a panel never
 * moves the talk.
 */
import type { Lang } from '../model';
import { ui } from '../ui-strings';

export interface Panel {
  element: HTMLDialogElement;
  body: HTMLElement;
  open(): void;
  close(): void;
  toggle(): void;
  readonly isOpen: boolean;
}

export function createPanel(lang: Lang, options: { name: string; title: string }): Panel {
  const element = document.createElement('dialog');
  element.className = `deck-panel deck-panel-${options.name}`;
  element.dataset.panel = options.name;
  element.setAttribute('aria-labelledby', `ui-panel-${options.name}-title`);
  const header = document.createElement('header');
  const heading = document.createElement('h2');
  heading.id = `ui-panel-${options.name}-title`;
  heading.textContent = options.title;
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'deck-panel-close';
  close.textContent = '×';
  close.setAttribute('aria-label', ui(lang, 'close'));
  header.append(heading, close);
  const body = document.createElement('div');
  body.className = 'deck-panel-body';
  // Long panels scroll: keyboard users must be able to reach the scrolling area.
  body.tabIndex = 0;
  body.setAttribute('role', 'region');
  body.setAttribute('aria-labelledby', heading.id);
  element.append(header, body);
  document.body.appendChild(element);

  const panel: Panel = {
    element,
    body,
    open() {
      if (element.open) return;
      closeOtherPanels(element);
      element.showModal();
    },
    close() {
      if (!element.open) return;
      // Give focus back to the page at once, so the next key goes to the deck, not a closed field.
      if (element.contains(document.activeElement)) (document.activeElement as HTMLElement).blur();
      element.close();
    },
    toggle() {
      if (element.open) panel.close();
      else panel.open();
    },
    get isOpen() {
      return element.open;
    },
  };
  close.addEventListener('click', () => panel.close());
  // A click on the backdrop (outside the panel's box) closes it.
  element.addEventListener('click', (event) => {
    if (event.target === element) panel.close();
  });
  return panel;
}

export function panelIsOpen(): boolean {
  return document.querySelector('dialog.deck-panel[open]') !== null;
}

function closeOtherPanels(except: HTMLDialogElement): void {
  for (const dialog of document.querySelectorAll<HTMLDialogElement>('dialog.deck-panel[open]')) {
    if (dialog !== except) dialog.close();
  }
}
