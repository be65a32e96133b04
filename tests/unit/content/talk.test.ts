/** The talk itself: every slide has notes, every figure its source, every source is listed. */
import { describe, expect, it } from 'vitest';
import { loadDeck } from '../../../src/content/load-deck.ts';
import { LANGS, type Slide } from '../../../src/model.ts';

const { deck } = loadDeck(process.cwd());
const visibleText = (slide: Slide): string =>
  slide.html
    .replace(/<p class="source-line">.*?<\/p>/s, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#?\w+;/g, ' ');

describe.each(LANGS)('the talk in %s', (lang) => {
  const slides = deck.languages[lang].slides;

  it('has 20 to 30 slides', () => {
    expect(slides.length).toBeGreaterThanOrEqual(20);
    expect(slides.length).toBeLessThanOrEqual(30);
  });

  it('has speaker notes on every slide, in the slide\'s language', () => {
    for (const slide of slides) {
      const notes = slide.notesHtml.replace(/<[^>]*>/g, '').trim();
      expect(notes.length, `${slide.file}:${slide.line} (${slide.id}) has no notes`).toBeGreaterThan(40);
      const han = (notes.match(/\p{Script=Han}/gu) ?? []).length / notes.length;
      if (lang === 'zh-Hant') expect(han, `${slide.id}: notes are not Chinese`).toBeGreaterThan(0.4);
      else expect(han, `${slide.id}: notes are not English`).toBeLessThan(0.1);
    }
  });

  it('shows a source line on every slide with a figure, a date or a quote', () => {
    for (const slide of slides) {
      if (slide.generated === 'sources') continue;
      if (!/[0-9０-９「」“”]/.test(visibleText(slide))) continue;
      expect(slide.sources.length, `${slide.file}:${slide.line} (${slide.id}) shows figures without a source`).toBeGreaterThan(0);
      expect(slide.html).toMatch(/<p class="source-line">/);
    }
  });

  it('lists every cited source on the sources slide, in order of first citation', () => {
    const sourcesSlide = slides.find((slide) => slide.generated === 'sources');
    expect(sourcesSlide).toBeDefined();
    const listed = [...sourcesSlide!.html.matchAll(/<li>(.*?)<\/li>/g)].map((match) => match[1]);
    const cited = [...new Set([...slides.flatMap((slide) => slide.sources), ...deck.events.flatMap((e) => e.sources), ...deck.deliveries.flatMap((d) => d.sources)])];
    expect(listed).toEqual(cited.map((id) => deck.sources[id]!.label[lang].replace(/&/g, '&#38;')));
  });

  it('links every timeline event to a slide of the talk', () => {
    const ids = new Set(slides.map((slide) => slide.id));
    for (const event of deck.events) expect(ids.has(event.slide), event.id).toBe(true);
  });
});

describe('what facts.md says never to state', () => {
  const all = LANGS.flatMap((lang) => deck.languages[lang].slides.map((slide) => `${slide.html} ${slide.notesHtml}`)).join('\n');

  it('gives no 2020 delivery figure', () => {
    expect(deck.deliveries.find((year) => year.year === 2020)?.value).toBeNull();
  });

  it('does not say Volkswagen invested', () => {
    expect(all).not.toMatch(/Volkswagen|大眾|福斯/);
  });

  it('keeps the four key events the issue names', () => {
    expect(deck.events.filter((event) => event.importance === 'key').map((event) => event.date.text)).toEqual([
      '2015-12',
      '2023-10-26',
      '2025-12-24',
      '2025-12-28',
    ]);
  });
});
