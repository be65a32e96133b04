/** Adds each slide's source line, and fills the sources slide with every source in order of first citation. */
import type { Lang, Slide, Source } from '../model.ts';
import { ui } from '../ui-strings.ts';
import type { DataFiles } from './load-data-files.ts';


export function renderSourceLines(slides: Slide[], data: Pick<DataFiles, 'sources' | 'events' | 'deliveries'>, lang: Lang): Slide[] {
  const cited = citationOrder(slides, data);
  return slides.map((slide) => {
    if (slide.generated === 'sources') {
      const items = cited.map((id) => `<li>${sourceHtml(data.sources[id], lang)}</li>`).join('');
      return { ...slide, html: `${slide.html}<ol class="source-list">${items}</ol>\n` };
    }
    if (slide.sources.length === 0) return slide;
    const list = slide.sources.map((id) => sourceHtml(data.sources[id], lang)).join(ui(lang, 'sourceSeparator'));
    return { ...slide, html: `${slide.html}<p class="source-line">${ui(lang, 'sourcePrefix')}${list}</p>\n` };
  });
}

/** Source ids in the order the talk first cites them: slides first, then the charts' data. */
export function citationOrder(slides: Slide[], data: Pick<DataFiles, 'events' | 'deliveries'>): string[] {
  const order = new Set<string>();
  for (const slide of slides) for (const id of slide.sources) order.add(id);
  for (const event of data.events) for (const id of event.sources) order.add(id);
  for (const year of data.deliveries) for (const id of year.sources) order.add(id);
  return [...order];
}

function sourceHtml(source: Source | undefined, lang: Lang): string {
  if (!source) return '';
  const label = escapeHtml(source.label[lang]);
  return source.url ? `<a href="${escapeHtml(source.url)}" rel="noopener noreferrer" target="_blank">${label}</a>` : label;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
