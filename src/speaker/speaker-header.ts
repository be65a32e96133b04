/** The top bar: what this is, the connection, previous / counter / next, and the clock. */
import type { Lang } from '../model';
import { actionButton, element } from './dom';
import { formatTimeOfDay } from './pace';
import { slideOfText, speakerText } from './speaker-strings';

export interface HeaderView {
  lang: Lang;
  deckTitle: string;
  connected: boolean;
  /** The main window is blacked out. */
  paused: boolean;
  /** 0-based present slide, or undefined before the main window has said. */
  index: number | undefined;
  total: number;
}

export interface SpeakerHeader {
  readonly element: HTMLElement;
  readonly prev: HTMLButtonElement;
  readonly next: HTMLButtonElement;
  update(view: HeaderView): void;
  tick(now: Date): void;
}

export function createSpeakerHeader(): SpeakerHeader {
  const deckTitle = element('span', { className: 'speaker-deck-title' });
  const status = element('p', { className: 'speaker-status', data: { speakerStatus: 'waiting' }, attrs: { role: 'status' } });
  const number = element('span', { className: 'speaker-counter-n' });
  const total = element('span', { className: 'speaker-counter-total' });
  const counter = element('p', { className: 'speaker-counter', data: { speakerCounter: '' } }, [number, total]);
  const prev = actionButton('prev', { className: 'speaker-icon-button speaker-nav', data: { uiLabel: 'keyPrev' }, text: '←' });
  const next = actionButton('next', { className: 'speaker-icon-button speaker-nav', data: { uiLabel: 'keyNext' }, text: '→' });
  const clock = element('time', { className: 'speaker-clock', data: { speakerClock: '' } });
  const header = element('header', { className: 'speaker-bar' }, [
    element('h1', { className: 'speaker-brand' }, [element('span', { data: { uiKey: 'speakerTitle' } }), deckTitle]),
    status,
    element('nav', { className: 'speaker-position' }, [prev, counter, next]),
    clock,
  ]);

  return {
    element: header,
    prev,
    next,
    update(view) {
      deckTitle.textContent = view.deckTitle;
      const state = !view.connected ? 'waiting' : view.paused ? 'paused' : 'connected';
      status.dataset.speakerStatus = state;
      status.textContent = state === 'waiting' ? speakerText(view.lang, 'speakerWaiting') : state === 'paused' ? speakerText(view.lang, 'keyBlackout') : '';
      number.textContent = view.index === undefined ? '–' : String(view.index + 1);
      total.textContent = `/ ${view.total}`;
      counter.setAttribute('aria-label', view.index === undefined ? '' : slideOfText(view.lang, view.index + 1, view.total));
      prev.disabled = !view.connected;
      next.disabled = !view.connected;
    },
    tick(now) {
      const text = formatTimeOfDay(now);
      if (clock.textContent !== text) {
        clock.textContent = text;
        clock.dateTime = text;
      }
    },
  };
}
