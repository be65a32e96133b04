/** The speaker view's strings, from `ui-strings.ts` (which the font subset covers). */
import type { Lang } from '../model';
import { ui, type UiKey } from '../ui-strings';

export type SpeakerKey = UiKey;

export function speakerText(lang: Lang, key: SpeakerKey): string {
  return ui(lang, key);
}

/** `slideOf` filled in: "Slide 12 of 30". */
export function slideOfText(lang: Lang, n: number, total: number): string {
  return ui(lang, 'slideOf').replace('{n}', String(n)).replace('{t}', String(total));
}

/**
 * Writes the language's strings into every element that names one: `data-ui-key` for the text,
 * `data-ui-label` for `aria-label` and `title`. A language change is one call.
 */
export function applySpeakerStrings(root: ParentNode, lang: Lang): void {
  root.querySelectorAll<HTMLElement>('[data-ui-key]').forEach((element) => {
    element.textContent = speakerText(lang, element.dataset.uiKey as SpeakerKey);
  });
  root.querySelectorAll<HTMLElement>('[data-ui-label]').forEach((element) => {
    const text = speakerText(lang, element.dataset.uiLabel as SpeakerKey);
    element.setAttribute('aria-label', text);
    element.title = text;
  });
}
