/**
 * The speaker view's strings: `ui-strings.ts`, plus the few it needs that are not there yet
 * (kept here with their text until they move there; the font subset only has `ui-strings.ts`).
 */
import type { Lang } from '../model';
import { ui, type UiKey } from '../ui-strings';

const LOCAL = {
  speakerStart: { 'zh-Hant': '開始計時', en: 'Start timer' },
  speakerPlanned: { 'zh-Hant': '按時應在', en: 'Planned' },
} as const satisfies Record<string, Record<Lang, string>>;

export type SpeakerKey = UiKey | keyof typeof LOCAL;

export function speakerText(lang: Lang, key: SpeakerKey): string {
  if (key in LOCAL) return LOCAL[key as keyof typeof LOCAL][lang];
  return ui(lang, key as UiKey);
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
