/** Builds reveal.js `<section>`s from the model. The HTML was compiled and sanitised at build time. */
import type { DeckLanguage, PageSlide } from '../model';

export function mountSlides(container: HTMLElement, language: DeckLanguage): void {
  const fragment = document.createDocumentFragment();
  let stack: HTMLElement | undefined;
  language.slides.forEach((slide, index) => {
    const section = slideSection(slide);
    const next = language.slides[index + 1];
    const hasVertical = slide.v === 0 && next !== undefined && next.h === slide.h;
    if (slide.v === 0) {
      stack = hasVertical ? document.createElement('section') : undefined;
      if (stack) fragment.appendChild(stack);
    }
    (slide.v > 0 || hasVertical ? stack! : fragment).appendChild(section);
  });
  container.replaceChildren(fragment);
}

/**
 * One slide's `<section>`: its body (the build-time HTML, then the chart's container, laid out
 * as a column so a chart takes the room left under the text) and its notes.
 */
export function slideSection(slide: PageSlide): HTMLElement {
  const section = document.createElement('section');
  section.id = slide.id;
  section.dataset.slideId = slide.id;
  section.dataset.section = slide.section;
  if (slide.event) section.dataset.eventId = slide.event;
  if (slide.className) section.className = slide.className;
  if (slide.background) section.dataset.backgroundColor = slide.background;
  const body = document.createElement('div');
  body.className = 'slide-body';
  body.innerHTML = slide.html;
  if (slide.chart) {
    const chart = document.createElement('div');
    chart.className = `chart chart-${slide.chart}`;
    chart.dataset.chart = slide.chart;
    // The chart goes before the source line, which stays last.
    body.insertBefore(chart, body.querySelector(':scope > .source-line'));
  }
  section.appendChild(body);
  if (slide.notesHtml) {
    const notes = document.createElement('aside');
    notes.className = 'notes';
    notes.innerHTML = slide.notesHtml;
    section.appendChild(notes);
  }
  return section;
}
