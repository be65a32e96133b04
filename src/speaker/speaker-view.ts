/**
 * The speaker view's layout: the header, the current and next slides, the notes and the time
 * panel. It only builds and holds the parts; `speaker-controller.ts` decides what they show.
 */
import { element } from './dom';
import { createNotesPanel, type NotesPanel } from './notes-panel';
import { createPacePanel, type PacePanel } from './pace-panel';
import { createSlidePreview, type SlidePreview } from './slide-preview';
import { createSpeakerHeader, type SpeakerHeader } from './speaker-header';
import type { Store } from './speaker-storage';

export interface SpeakerView {
  readonly root: HTMLElement;
  readonly header: SpeakerHeader;
  readonly current: SlidePreview;
  readonly next: SlidePreview;
  /** The titles over the two slides. */
  readonly currentTitle: HTMLElement;
  readonly nextTitle: HTMLElement;
  readonly notes: NotesPanel;
  readonly pace: PacePanel;
  /** Shown over the slides until the main window answers. */
  readonly waiting: HTMLElement;
  destroy(): void;
}

export interface SpeakerViewOptions {
  notesScale: Store<number>;
}

export function createSpeakerView(parent: HTMLElement, options: SpeakerViewOptions): SpeakerView {
  const header = createSpeakerHeader();
  const current = createSlidePreview();
  const next = createSlidePreview();
  const notes = createNotesPanel(options.notesScale);
  const pace = createPacePanel();
  const currentTitle = element('span', { className: 'speaker-slide-title' });
  const nextTitle = element('span', { className: 'speaker-slide-title' });
  // Seen, not read out: the header's status (role=status) says it to screen readers.
  const waiting = element('p', { className: 'speaker-waiting', data: { uiKey: 'speakerWaiting', speakerWaiting: '' }, attrs: { 'aria-hidden': 'true' } });

  const slidePane = (kind: 'current' | 'next', preview: SlidePreview, title: HTMLElement): HTMLElement =>
    element('section', { className: `speaker-pane speaker-pane-${kind}`, data: { [kind === 'current' ? 'speakerCurrent' : 'speakerNext']: '' } }, [
      element('h2', { className: 'speaker-pane-head speaker-label' }, [
        element('span', { className: 'speaker-label-kind', data: { uiKey: kind === 'current' ? 'speakerCurrent' : 'speakerNext' } }),
        title,
      ]),
      preview.element,
    ]);

  const root = element('div', { className: 'speaker', data: { speaker: '', connected: 'false' } }, [
    header.element,
    element('main', { className: 'speaker-main' }, [
      element('div', { className: 'speaker-column speaker-column-main' }, [slidePane('current', current, currentTitle), pace.element]),
      element('div', { className: 'speaker-column speaker-column-side' }, [slidePane('next', next, nextTitle), notes.element]),
      waiting,
    ]),
  ]);
  parent.appendChild(root);

  return {
    root,
    header,
    current,
    next,
    currentTitle,
    nextTitle,
    notes,
    pace,
    waiting,
    destroy() {
      current.destroy();
      next.destroy();
      root.remove();
    },
  };
}
