/**
 * A slide drawn from the model's HTML at the deck's own size (1280×720) with the theme's CSS, then
 * scaled to fit its box, so it looks like the slide on the projector. Charts are drawn by the main
 * page only; here they get a labelled placeholder of the same place.
 */
import { slideSection } from '../deck/mount-slides';
import type { FragmentState } from '../deck/speaker-link';
import { SLIDE_HEIGHT, SLIDE_WIDTH } from '../deck/reveal-config';
import type { Lang, PageSlide } from '../model';
import { ui } from '../ui-strings';

export interface SlidePreview {
  readonly element: HTMLElement;
  /** Shows a slide; `fragments` as the main window has them, or all shown when not given. */
  show(slide: PageSlide | undefined, lang: Lang, fragments?: readonly FragmentState[]): void;
  /** Updates the fragments of the slide shown, without redrawing it. */
  showFragments(fragments?: readonly FragmentState[]): void;
  destroy(): void;
}

export function createSlidePreview(): SlidePreview {
  const frame = document.createElement('div');
  frame.className = 'speaker-frame';
  const stage = document.createElement('div');
  stage.className = 'speaker-stage reveal';
  stage.style.width = `${SLIDE_WIDTH}px`;
  stage.style.height = `${SLIDE_HEIGHT}px`;
  stage.setAttribute('aria-hidden', 'true');
  const slides = document.createElement('div');
  slides.className = 'slides';
  stage.appendChild(slides);
  frame.appendChild(stage);

  const fit = (): void => {
    const scale = frame.clientWidth / SLIDE_WIDTH;
    if (scale > 0) stage.style.transform = `scale(${scale})`;
  };
  const resizeObserver = new ResizeObserver(fit);
  resizeObserver.observe(frame);

  let section: HTMLElement | undefined;

  const showFragments = (fragments?: readonly FragmentState[]): void => {
    if (!section) return;
    section.querySelectorAll<HTMLElement>('.fragment').forEach((fragment, index) => {
      const state = fragments?.[index] ?? 'visible';
      fragment.classList.toggle('visible', state !== 'hidden');
      fragment.classList.toggle('current-fragment', state === 'current');
      // Still to come: drawn faintly, so the speaker sees what the next steps reveal.
      fragment.classList.toggle('speaker-fragment-pending', state === 'hidden');
    });
  };

  return {
    element: frame,
    show(slide, lang, fragments) {
      frame.dataset.slideId = slide?.id ?? '';
      frame.style.backgroundColor = slide?.background ?? '';
      section = slide ? previewSection(slide, lang) : undefined;
      slides.replaceChildren(...(section ? [section] : []));
      showFragments(fragments);
      fit();
    },
    showFragments,
    destroy() {
      resizeObserver.disconnect();
      frame.remove();
    },
  };
}

function previewSection(slide: PageSlide, lang: Lang): HTMLElement {
  const section = slideSection(slide);
  section.removeAttribute('id');
  section.classList.add('present');
  // Charts are drawn in the talk's window only; the preview names them.
  const chart = section.querySelector<HTMLElement>('[data-chart]');
  if (chart) {
    chart.classList.add('speaker-chart-placeholder');
    chart.textContent = ui(lang, slide.chart === 'deliveries' ? 'deliveries' : 'timeline');
  }
  return section;
}
