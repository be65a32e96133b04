/**
 * The link between the talk (main window) and the speaker view (`speaker.html`): a small typed
 * protocol over a same-origin `BroadcastChannel`, and both ends' helpers. reveal.js in the main
 * window stays the one source of truth for position: the speaker view only shows the state it is
 * sent and asks the main window to move; it never moves by itself.
 *
 *   speaker → main   { type: 'hello' }                         (on open, then every few seconds)
 *   speaker → main   { type: 'navigate', command, skipFragments? }
 *   main → speaker   { type: 'state', state }                  (on ready, every move, every hello)
 *   main → speaker   { type: 'bye' }                           (the page goes away, e.g. a language switch)
 */
import type { RevealApi } from 'reveal.js';
import { LANGS, type Lang } from '../model';
import { languageUrl } from './language';

/** Bump the suffix when the messages change shape: old and new pages then simply do not meet. */
export const SPEAKER_CHANNEL = 'leapmotor-decade:speaker:v1';
/** The speaker window's name: pressing S again brings back the same window. */
export const SPEAKER_WINDOW_NAME = 'deck-speaker';

export const NAVIGATION_COMMANDS = ['next', 'prev', 'left', 'right', 'up', 'down', 'first', 'last', 'pause'] as const;
export type NavigationCommand = (typeof NAVIGATION_COMMANDS)[number];

/** A fragment as the audience sees it: `current` is the one shown last (reveal's `.current-fragment`). */
export type FragmentState = 'hidden' | 'visible' | 'current';

export interface DeckState {
  lang: Lang;
  /** The present slide's id (`Slide.id`) and reveal's indices. */
  slideId: string;
  h: number;
  v: number;
  /** The present slide's `.fragment`s, in document order. */
  fragments: FragmentState[];
  /** The main window is blacked out (reveal's pause, `B` or `.`). */
  paused: boolean;
}

export type MainMessage = { type: 'state'; state: DeckState } | { type: 'bye' };
export type SpeakerMessage =
  | { type: 'hello' }
  | { type: 'navigate'; command: NavigationCommand; skipFragments?: boolean };

/** The channel as both ends use it, so tests can hand in a fake. */
export interface SpeakerChannel {
  postMessage(message: MainMessage | SpeakerMessage): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  close(): void;
}

export function openSpeakerChannel(): SpeakerChannel {
  return new BroadcastChannel(SPEAKER_CHANNEL);
}

// ---- Messages are checked on arrival: the channel is same-origin, but other tabs run other versions.

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

const FRAGMENT_STATES: readonly string[] = ['hidden', 'visible', 'current'];

export function isDeckState(value: unknown): value is DeckState {
  return (
    isRecord(value) &&
    LANGS.some((lang) => lang === value.lang) &&
    typeof value.slideId === 'string' &&
    Number.isInteger(value.h) &&
    Number.isInteger(value.v) &&
    Array.isArray(value.fragments) &&
    value.fragments.every((fragment) => FRAGMENT_STATES.includes(fragment as string)) &&
    typeof value.paused === 'boolean'
  );
}

export function isMainMessage(value: unknown): value is MainMessage {
  if (!isRecord(value)) return false;
  if (value.type === 'bye') return true;
  return value.type === 'state' && isDeckState(value.state);
}

export function isSpeakerMessage(value: unknown): value is SpeakerMessage {
  if (!isRecord(value)) return false;
  if (value.type === 'hello') return true;
  return (
    value.type === 'navigate' &&
    NAVIGATION_COMMANDS.some((command) => command === value.command) &&
    (value.skipFragments === undefined || typeof value.skipFragments === 'boolean')
  );
}

// ---- The main window's end.

/** Where the speaker view lives: next to the page, in the page's language. */
export function speakerUrl(lang: Lang, page: URL = new URL(window.location.href)): string {
  const url = new URL(languageUrl(lang, new URL('speaker.html', page)));
  url.hash = '';
  return url.href;
}

/** Opens (or brings back) the speaker window. Call it from a key press or click: popups need a gesture. */
export function openSpeakerView(lang: Lang): Window | null {
  const opened = window.open(speakerUrl(lang), SPEAKER_WINDOW_NAME, 'popup,width=1280,height=800');
  opened?.focus();
  return opened;
}

/** The present slide's state, read from reveal.js. */
export function readDeckState(reveal: RevealApi, lang: Lang): DeckState | undefined {
  const slide = reveal.getCurrentSlide() as HTMLElement | undefined;
  const slideId = slide?.dataset.slideId;
  if (!slide || !slideId) return undefined;
  const { h, v } = reveal.getIndices();
  const fragments = [...slide.querySelectorAll<HTMLElement>('.fragment')]
    .filter((fragment) => !fragment.closest('aside.notes, [data-chart]'))
    .map((fragment): FragmentState =>
      fragment.classList.contains('current-fragment') ? 'current' : fragment.classList.contains('visible') ? 'visible' : 'hidden',
    );
  return { lang, slideId, h, v, fragments, paused: reveal.isPaused() };
}

const STATE_EVENTS = ['ready', 'slidechanged', 'fragmentshown', 'fragmenthidden', 'paused', 'resumed'] as const;

function runCommand(reveal: RevealApi, command: NavigationCommand, skipFragments: boolean): void {
  const params = { skipFragments };
  switch (command) {
    case 'first':
      return reveal.slide(0, 0);
    case 'last':
      return reveal.slide(reveal.getHorizontalSlides().length - 1, 0);
    case 'pause':
      return reveal.togglePause();
    default:
      return reveal[command](params);
  }
}

/**
 * Publishes the talk's position to any speaker view and obeys its navigation commands.
 * Call it before or after `reveal.initialize()`; returns the disconnect.
 */
export function connectSpeaker(reveal: RevealApi, lang: Lang, channel: SpeakerChannel = openSpeakerChannel()): () => void {
  let last = '';
  const publish = (force = false): void => {
    if (!reveal.isReady()) return;
    const state = readDeckState(reveal, lang);
    if (!state) return;
    const key = JSON.stringify(state);
    if (!force && key === last) return;
    last = key;
    channel.postMessage({ type: 'state', state });
  };
  const onDeckEvent = (): void => publish();
  const onMessage = (event: MessageEvent): void => {
    const message: unknown = event.data;
    if (!isSpeakerMessage(message)) return;
    if (message.type === 'hello') publish(true);
    else if (reveal.isReady()) runCommand(reveal, message.command, message.skipFragments ?? false);
  };
  const onPageHide = (): void => channel.postMessage({ type: 'bye' });
  // Back from the back/forward cache: say where the talk is again.
  const onPageShow = (event: PageTransitionEvent): void => {
    if (event.persisted) publish(true);
  };

  for (const type of STATE_EVENTS) reveal.on(type, onDeckEvent);
  channel.addEventListener('message', onMessage);
  window.addEventListener('pagehide', onPageHide);
  window.addEventListener('pageshow', onPageShow);
  publish(true);

  return () => {
    for (const type of STATE_EVENTS) reveal.off(type, onDeckEvent);
    channel.removeEventListener('message', onMessage);
    window.removeEventListener('pagehide', onPageHide);
    window.removeEventListener('pageshow', onPageShow);
    channel.postMessage({ type: 'bye' });
    channel.close();
  };
}

// ---- The speaker view's end.

export interface MainLinkHandlers {
  onState(state: DeckState): void;
  /** Called when the main window answers again, or is gone (a `bye`, or an unanswered hello). */
  onConnection(connected: boolean): void;
}

export interface MainLink {
  navigate(command: NavigationCommand, skipFragments?: boolean): void;
  close(): void;
}

export interface MainLinkOptions {
  channel?: SpeakerChannel;
  /** How often to say hello; an unanswered hello means the main window is gone. */
  helloEveryMs?: number;
  now?: () => number;
}

/**
 * Listens to the main window and greets it: on open (a freshly opened main window answers with
 * its state) and every `helloEveryMs`, which is how a closed or crashed main window is noticed.
 */
export function connectToMain(handlers: MainLinkHandlers, options: MainLinkOptions = {}): MainLink {
  const channel = options.channel ?? openSpeakerChannel();
  const now = options.now ?? Date.now;
  const helloEveryMs = options.helloEveryMs ?? 2000;
  let connected = false;
  let lastHelloAt = -Infinity;
  let lastAnswerAt = -Infinity;

  const setConnected = (value: boolean): void => {
    if (value === connected) return;
    connected = value;
    handlers.onConnection(value);
  };
  const hello = (): void => {
    // Checked against timestamps, not timer counts: a hidden window's timers are throttled.
    if (connected && lastAnswerAt < lastHelloAt) setConnected(false);
    lastHelloAt = now();
    channel.postMessage({ type: 'hello' });
  };
  const onMessage = (event: MessageEvent): void => {
    const message: unknown = event.data;
    if (!isMainMessage(message)) return;
    if (message.type === 'bye') {
      setConnected(false);
      return;
    }
    lastAnswerAt = now();
    setConnected(true);
    handlers.onState(message.state);
  };

  channel.addEventListener('message', onMessage);
  hello();
  const timer = window.setInterval(hello, helloEveryMs);
  return {
    navigate(command, skipFragments) {
      channel.postMessage(skipFragments ? { type: 'navigate', command, skipFragments } : { type: 'navigate', command });
    },
    close() {
      window.clearInterval(timer);
      channel.removeEventListener('message', onMessage);
      channel.close();
    },
  };
}
