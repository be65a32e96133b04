/** The speaker notes, large, with a size the speaker can change (A− / A+, or the - and + keys). */
import type { Store } from './speaker-storage';
import { actionButton, element } from './dom';

export const NOTES_SCALE = { min: 0.6, max: 2.2, step: 0.1, initial: 1 } as const;

export interface NotesPanel {
  readonly element: HTMLElement;
  /** The model's notes HTML (sanitised at build time); empty shows nothing. */
  show(notesHtml: string): void;
  /** Steps the text size up (+1) or down (-1). */
  resize(step: 1 | -1): void;
}

export function createNotesPanel(store: Store<number>): NotesPanel {
  const smaller = actionButton('notes-smaller', { className: 'speaker-icon-button', data: { uiLabel: 'zoomOut' } }, [
    element('span', { className: 'speaker-a-small', text: 'A' }),
  ]);
  const bigger = actionButton('notes-bigger', { className: 'speaker-icon-button', data: { uiLabel: 'zoomIn' } }, [
    element('span', { className: 'speaker-a-big', text: 'A' }),
  ]);
  const body = element('div', { className: 'speaker-notes', data: { speakerNotes: '' }, attrs: { tabindex: '0' } });
  const panel = element('section', { className: 'speaker-pane speaker-pane-notes', attrs: { 'aria-labelledby': 'speaker-notes-label' } }, [
    element('header', { className: 'speaker-pane-head' }, [
      element('h2', { className: 'speaker-label', data: { uiKey: 'speakerNotes' }, attrs: { id: 'speaker-notes-label' } }),
      element('div', { className: 'speaker-tools' }, [smaller, bigger]),
    ]),
    body,
  ]);

  let scale = clampScale(store.load());
  const applyScale = (): void => {
    panel.style.setProperty('--speaker-notes-scale', scale.toFixed(2));
    smaller.disabled = scale <= NOTES_SCALE.min + 1e-9;
    bigger.disabled = scale >= NOTES_SCALE.max - 1e-9;
  };
  const resize = (step: 1 | -1): void => {
    scale = clampScale(Math.round((scale + step * NOTES_SCALE.step) * 10) / 10);
    store.save(scale);
    applyScale();
  };
  smaller.addEventListener('click', () => resize(-1));
  bigger.addEventListener('click', () => resize(1));
  applyScale();

  let shown: string | undefined;
  return {
    element: panel,
    show(notesHtml) {
      if (notesHtml === shown) return;
      shown = notesHtml;
      // The model's notes HTML, compiled and sanitised at build time.
      body.innerHTML = notesHtml;
      body.scrollTop = 0;
    },
    resize,
  };
}

function clampScale(value: number): number {
  return Math.min(NOTES_SCALE.max, Math.max(NOTES_SCALE.min, value));
}
