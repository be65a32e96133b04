/**
 * What the speaker view remembers. The timer lives in sessionStorage, so reloading the speaker
 * window (or pressing S again, which reloads it) keeps the talk's time; the notes' size lives in
 * localStorage, a preference kept between talks. Storage may be missing or refuse: then nothing is kept.
 */
import { parseTimer, type TimerState } from './timer';

export interface Store<T> {
  load(): T;
  save(value: T): void;
}

const TIMER_KEY = 'deck-speaker-timer';
const NOTES_SCALE_KEY = 'deck-speaker-notes-scale';

export function timerStore(storage: Storage | undefined = sessionStorageOrUndefined()): Store<TimerState> {
  return {
    load: () => parseTimer(read(storage, TIMER_KEY)),
    save: (timer) => write(storage, TIMER_KEY, JSON.stringify(timer)),
  };
}

export function notesScaleStore(fallback: number, storage: Storage | undefined = localStorageOrUndefined()): Store<number> {
  return {
    load: () => {
      const value = Number(read(storage, NOTES_SCALE_KEY));
      return Number.isFinite(value) && value > 0 ? value : fallback;
    },
    save: (scale) => write(storage, NOTES_SCALE_KEY, String(scale)),
  };
}

function read(storage: Storage | undefined, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function write(storage: Storage | undefined, key: string, value: string): void {
  try {
    storage?.setItem(key, value);
  } catch {
    // Full or refused: the view still works, it just forgets.
  }
}

function sessionStorageOrUndefined(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

function localStorageOrUndefined(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
