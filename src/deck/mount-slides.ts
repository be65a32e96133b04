/** Builds reveal.js `<section>`s from the model. The HTML was compiled and sanitised at build time. */
import type { DeckLanguage, Slide } from '../model';

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

function slideSection(slide: Slide): HTMLElement {
  const section = document.createElement('section');
  section.id = slide.id;
  section.dataset.slideId = slide.id;
  section.dataset.section = slide.section;
  if (slide.event) section.dataset.eventId = slide.event;
  if (slide.className) section.className = slide.className;
  if (slide.background) section.dataset.backgroundColor = slide.background;
  section.innerHTML = slide.html;
  if (slide.chart) {
    const chart = document.createElement('div');
    chart.className = `chart chart-${slide.chart}`;
    chart.dataset.chart = slide.chart;
    section.appendChild(chart);
  }
  if (slide.notesHtml) {
    const notes = document.createElement('aside');
    notes.className = 'notes';
    notes.innerHTML = slide.notesHtml;
    section.appendChild(notes);
  }
  return section;
}
