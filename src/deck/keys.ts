/** Every key the talk answers to, in one table: it drives the bindings and the help overlay alike. */
import type { UiKey } from '../ui-strings';

export interface KeyHelp {
  keys: string[];
  label: UiKey;
}

/** reveal.js handles the first group itself; the rest are bound in `bind-keys.ts`. */
export const KEY_HELP: KeyHelp[] = [
  { keys: ['→', '↓', 'Space', 'PageDown', 'N'], label: 'keyNext' },
  { keys: ['←', '↑', 'PageUp', 'P'], label: 'keyPrev' },
  { keys: ['Home', 'End'], label: 'keyFirstLast' },
  { keys: ['O', 'Esc'], label: 'keyOverview' },
  { keys: ['F', 'F5'], label: 'keyFullscreen' },
  { keys: ['B', '.'], label: 'keyBlackout' },
  { keys: ['G'], label: 'keyGoTo' },
  { keys: ['T'], label: 'keyTimeline' },
  { keys: ['L'], label: 'keyLanguage' },
  { keys: ['S'], label: 'keySpeaker' },
  { keys: ['V'], label: 'keyNotes' },
  { keys: ['M'], label: 'keyMenu' },
  { keys: ['/'], label: 'keySearch' },
  { keys: ['R'], label: 'keyScroll' },
  { keys: ['Ctrl+P'], label: 'keyPrint' },
  { keys: ['?'], label: 'keyHelp' },
];
