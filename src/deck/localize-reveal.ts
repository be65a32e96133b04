/**
 * reveal.js writes a few words of its own in English: the arrows' labels, the black-out screen's
 * button and the go-to-slide box. This puts them in the talk's language.
 */
import type { Lang } from '../model';
import { ui } from '../ui-strings';

/** Returns an unsubscribe (for the go-to box's listener). */
export function localizeReveal(root: HTMLElement, lang: Lang): () => void {
  root.querySelector('.controls .navigate-left')?.setAttribute('aria-label', ui(lang, 'keyPrev'));
  root.querySelector('.controls .navigate-right')?.setAttribute('aria-label', ui(lang, 'keyNext'));
  const resume = root.querySelector('.pause-overlay .resume-button');
  if (resume) resume.textContent = ui(lang, 'resumeTalk');
  // The go-to-slide box is made anew each time it opens, and focused at once.
  const onFocus = (event: FocusEvent): void => {
    if (event.target instanceof HTMLInputElement && event.target.matches('.jump-to-slide-input')) {
      event.target.placeholder = ui(lang, 'goToPlaceholder');
      event.target.setAttribute('aria-label', ui(lang, 'keyGoTo'));
    }
  };
  root.addEventListener('focusin', onFocus);
  return () => root.removeEventListener('focusin', onFocus);
}
