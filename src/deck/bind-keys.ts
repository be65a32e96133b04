/** Binds the talk's own keys (see keys.ts) on top of reveal.js's; returns an unbind. */
import type { RevealApi } from 'reveal.js';

export interface KeyActions {
  timeline(): void;
  language(): void;
  speaker(): void;
  notes(): void;
  menu(): void;
  search(): void;
  help(): void;
  scrollView(): void;
  print(): void;
}

const CODES: Record<Exclude<keyof KeyActions, 'search' | 'help' | 'print'>, [number, string]> = {
  timeline: [84, 'T'],
  language: [76, 'L'],
  speaker: [83, 'S'],
  notes: [86, 'V'],
  menu: [77, 'M'],
  scrollView: [82, 'R'],
};
const SLASH = 191;

export function bindKeys(reveal: RevealApi, actions: KeyActions): () => void {
  const bound: number[] = [];
  for (const [action, [keyCode, key]] of Object.entries(CODES) as [keyof typeof CODES, [number, string]][]) {
    reveal.addKeyBinding({ keyCode, key, description: action }, () => actions[action]());
    bound.push(keyCode);
  }
  // `/` and `?` share a key code: the event's key tells them apart.
  reveal.addKeyBinding({ keyCode: SLASH, key: '/', description: 'search' }, (event: KeyboardEvent) => {
    if (event.key === '?' || event.shiftKey) actions.help();
    else actions.search();
  });
  bound.push(SLASH);
  // Keys reveal leaves alone. Ctrl/⌘+P: the print view, which prints every slide. F5: what a
  // clicker's "start slide show" button sends; full screen rather than reloading the page.
  const onOtherKeys = (event: KeyboardEvent): void => {
    if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'p') {
      event.preventDefault();
      actions.print();
    } else if (event.key === 'F5' && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      if (!document.fullscreenElement) document.documentElement.requestFullscreen().catch(() => undefined);
    }
  };
  window.addEventListener('keydown', onOtherKeys);
  return () => {
    bound.forEach((keyCode) => reveal.removeKeyBinding(keyCode));
    window.removeEventListener('keydown', onOtherKeys);
  };
}
