/**
 * The speaker view's keys. Navigation keys mirror reveal.js's own (arrows, space, PageUp/PageDown
 * as presentation clickers send them, Home/End, B or . to black out) and are sent to the main
 * window; - and + resize the notes.
 */
import type { NavigationCommand } from '../deck/speaker-link';

export type SpeakerAction =
  | { kind: 'navigate'; command: NavigationCommand; skipFragments: boolean }
  | { kind: 'notes'; step: 1 | -1 };

/** The parts of a key press that decide the action (a `KeyboardEvent` is one). */
export interface KeyPress {
  key: string;
  shiftKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

const NAVIGATION_KEYS: Record<string, NavigationCommand> = {
  ArrowRight: 'right',
  ArrowLeft: 'left',
  ArrowUp: 'up',
  ArrowDown: 'down',
  l: 'right',
  h: 'left',
  k: 'up',
  j: 'down',
  PageDown: 'next',
  PageUp: 'prev',
  n: 'next',
  p: 'prev',
  ' ': 'next',
  Home: 'first',
  End: 'last',
  b: 'pause',
  '.': 'pause',
};

export function actionForKey(press: KeyPress): SpeakerAction | undefined {
  if (press.ctrlKey || press.metaKey) return undefined;
  if (press.key === '+' || press.key === '=') return { kind: 'notes', step: 1 };
  if (press.key === '-' || press.key === '_') return { kind: 'notes', step: -1 };
  let command = NAVIGATION_KEYS[press.key.length === 1 ? press.key.toLowerCase() : press.key];
  if (!command) return undefined;
  if (press.key === ' ' && press.shiftKey) command = 'prev';
  return { kind: 'navigate', command, skipFragments: press.altKey };
}

/** Listens for the keys on `target`; returns the unsubscribe. */
export function bindSpeakerKeys(target: Window, onAction: (action: SpeakerAction) => void): () => void {
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.isComposing) return;
    const action = actionForKey(event);
    if (!action) return;
    // Space would also scroll the notes or press the focused button.
    event.preventDefault();
    onAction(action);
  };
  target.addEventListener('keydown', onKeyDown);
  return () => target.removeEventListener('keydown', onKeyDown);
}
