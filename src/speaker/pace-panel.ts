/**
 * The time panel: elapsed time, the pace against the target (even time per slide), the target,
 * a bar of the talk's slides with a marker where the time says the talk should be, and the
 * timer's buttons.
 */
import type { Lang } from '../model';
import { actionButton, element } from './dom';
import { formatDuration, pace, type PaceStatus } from './pace';
import { slideOfText, speakerText, type SpeakerKey } from './speaker-strings';
import type { TimerState } from './timer';

export interface PaceView {
  lang: Lang;
  timer: TimerState['status'];
  elapsedMs: number;
  durationMs: number;
  /** 0-based present slide, or undefined before the main window has said. */
  index: number | undefined;
  total: number;
}

export interface PacePanel {
  readonly element: HTMLElement;
  /** Start / pause / resume, and reset: wired by `speaker-controls.ts`. */
  readonly toggle: HTMLButtonElement;
  readonly reset: HTMLButtonElement;
  update(view: PaceView): void;
}

const COLON: Record<Lang, string> = { 'zh-Hant': '：', en: ': ' };
const STATUS_WORD: Record<PaceStatus, SpeakerKey> = { ahead: 'speakerAhead', behind: 'speakerBehind', 'on-time': 'speakerOnTime' };

export function createPacePanel(): PacePanel {
  // role=timer: a live region that is not read out every second.
  const elapsed = element('span', { className: 'speaker-elapsed', data: { speakerElapsed: '' }, attrs: { role: 'timer' }, text: '00:00' });
  const offset = element('span', { className: 'speaker-pace-offset' });
  const word = element('span', { className: 'speaker-pace-word' });
  const planned = element('p', { className: 'speaker-pace-planned' });
  const paceCell = element('div', { className: 'speaker-stat speaker-stat-pace', data: { speakerPace: '' } }, [
    element('h2', { className: 'speaker-label', data: { uiKey: 'speakerPace' } }),
    element('p', { className: 'speaker-pace-value' }, [offset, word]),
    planned,
  ]);
  const target = element('span', { className: 'speaker-target', data: { speakerTarget: '' } });
  const remaining = element('p', { className: 'speaker-remaining', data: { speakerRemaining: '' } });
  const segments = element('div', { className: 'speaker-progress-segments' });
  const marker = element('div', { className: 'speaker-progress-marker' });
  const bar = element('div', { className: 'speaker-progress', data: { speakerProgress: '' }, attrs: { role: 'img' } }, [segments, marker]);
  const toggle = actionButton('timer-toggle', { className: 'speaker-button-primary' });
  const reset = actionButton('timer-reset', { data: { uiKey: 'speakerReset' } });

  const panel = element('section', { className: 'speaker-pane speaker-pane-time', data: { timer: 'idle' } }, [
    element('div', { className: 'speaker-stats' }, [
      element('div', { className: 'speaker-stat speaker-stat-elapsed' }, [
        element('h2', { className: 'speaker-label', data: { uiKey: 'speakerElapsed' } }),
        elapsed,
      ]),
      paceCell,
      element('div', { className: 'speaker-stat speaker-stat-target' }, [
        element('h2', { className: 'speaker-label', data: { uiKey: 'speakerTarget' } }),
        target,
        remaining,
      ]),
    ]),
    bar,
    element('div', { className: 'speaker-timer-buttons' }, [toggle, reset]),
  ]);

  let segmentCount = -1;
  const drawSegments = (total: number): void => {
    if (total === segmentCount) return;
    segmentCount = total;
    segments.replaceChildren(...Array.from({ length: total }, () => element('span', { className: 'speaker-progress-segment' })));
  };

  return {
    element: panel,
    toggle,
    reset,
    update(view) {
      const p = pace({ elapsedMs: view.elapsedMs, durationMs: view.durationMs, index: view.index ?? 0, total: view.total });
      const started = view.timer !== 'idle';
      const known = view.index !== undefined;
      panel.dataset.timer = view.timer;
      setText(elapsed, formatDuration(view.elapsedMs, { pad: true }));
      setText(target, formatDuration(view.durationMs, { pad: true }));
      // A countdown: `-13:48` left, `+1:05` over.
      setText(remaining, started ? `${p.overtime ? '+' : '-'}${formatDuration(Math.abs(p.remainingMs), { pad: true })}` : '');
      remaining.dataset.overtime = String(p.overtime);

      const status: PaceStatus | 'idle' = started && known ? p.status : 'idle';
      paceCell.dataset.status = status;
      setText(offset, status === 'ahead' || status === 'behind' ? formatDuration(p.offsetMs) : '');
      setText(word, status === 'idle' ? '–' : speakerText(view.lang, STATUS_WORD[status]));
      setText(planned, `${speakerText(view.lang, 'speakerPlanned')}${COLON[view.lang]}${slideOfText(view.lang, p.expectedIndex + 1, view.total)}`);

      drawSegments(view.total);
      segments.querySelectorAll<HTMLElement>('.speaker-progress-segment').forEach((segment, i) => {
        segment.dataset.state = !known ? 'future' : i < (view.index ?? 0) ? 'done' : i === view.index ? 'current' : 'future';
        segment.dataset.expected = String(started && i === p.expectedIndex);
      });
      marker.style.left = `${(p.timeFraction * 100).toFixed(3)}%`;
      marker.hidden = !started;
      bar.setAttribute(
        'aria-label',
        known ? `${slideOfText(view.lang, (view.index ?? 0) + 1, view.total)}; ${planned.textContent}` : '',
      );

      const toggleKey: SpeakerKey = view.timer === 'running' ? 'speakerPause' : view.timer === 'paused' ? 'speakerResume' : 'speakerStart';
      setText(toggle, speakerText(view.lang, toggleKey));
      reset.disabled = !started;
    },
  };
}

/** Writes text only when it changes: the panel updates several times a second. */
function setText(node: HTMLElement, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}
