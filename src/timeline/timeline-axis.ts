/**
 * The chart's backdrop on the current scale: era bands with their titles, and the time axis
 * (years, or months and days when zoomed in; years only in the navigator).
 */
import { axisBottom } from 'd3-axis';
import type { ScaleTime } from 'd3-scale';
import type { Era, Lang } from '../model';
import type { SvgSelection } from './timeline-dom';
import { DAY, tickFormat, type TimeRange } from './timeline-format';
import type { Geometry } from './timeline-layout';
import { maybeTransition, type AnyTransition } from './timeline-motion';
import { fitText } from './timeline-text';

export interface BackdropOptions {
  lang: Lang;
  full: boolean;
  /** Height of the era titles' strip. */
  titleH: number;
  /** Font of the era titles, for fitting them into their bands. */
  titleFont: string;
}

export function drawEras(
  svg: SvgSelection,
  eras: readonly Era[],
  x: ScaleTime<number, number>,
  g: Geometry,
  o: BackdropOptions,
  t: AnyTransition | null,
  pending: Promise<unknown>[],
): void {
  const { lang, full, titleH, titleFont } = o;
  const sel = svg
    .select('.tl-eras')
    .selectAll<SVGGElement, Era>('g.tl-era')
    .data(eras, (d) => d.id)
    .join((enter) => {
      const e = enter.append('g').attr('class', 'tl-era');
      e.append('rect').attr('class', 'tl-era-band');
      e.append('text').attr('class', 'tl-era-title');
      return e;
    });
  sel.classed('is-odd', (_, i) => i % 2 === 1);
  const bandTop = full ? 0 : 8;
  const x0 = (d: Era) => Math.max(g.left, x(d.start.start));
  const x1 = (d: Era) => Math.min(g.right, x(d.end.end));
  maybeTransition(sel.select<SVGRectElement>('rect'), t, pending)
    .attr('x', (d) => x0(d))
    .attr('width', (d) => Math.max(0, x1(d) - x0(d)))
    .attr('y', bandTop)
    .attr('height', Math.max(0, g.axisY - bandTop));
  sel
    .select<SVGTextElement>('text')
    .text((d) => (full ? fitText(d.title[lang], titleFont, x1(d) - x0(d) - 14).text : ''))
    .attr('x', (d) => x0(d) + 8)
    .attr('y', titleH - 10)
    .style('display', (d) => (full && x1(d) - x0(d) - 14 >= 40 ? null : 'none'));
}

/** `domain` is the unzoomed range: the navigator shows at most one tick a year. */
export function drawAxis(
  svg: SvgSelection,
  xView: ScaleTime<number, number>,
  domain: TimeRange,
  g: Geometry,
  lang: Lang,
  full: boolean,
  t: AnyTransition | null,
  pending: Promise<unknown>[],
): void {
  const perTick = (full ? 86 : 54) * (lang === 'zh-Hant' ? 1.15 : 1);
  // the navigator never zooms: years only
  const years = (domain[1] - domain[0]) / (365.25 * DAY);
  const count = Math.max(2, Math.floor((g.right - g.left) / perTick));
  const ticks = xView.ticks(full ? count : Math.min(count, Math.floor(years)));
  const format = tickFormat(lang);
  const axis = axisBottom<Date>(xView)
    .tickValues(ticks)
    .tickFormat((d, i) => format(d, i, ticks))
    .tickSizeOuter(0)
    .tickSizeInner(full ? -(g.axisY - 4) : 3)
    .tickPadding(full ? 9 : 3);
  const sel = svg.select<SVGGElement>('.tl-axis').attr('transform', `translate(0,${g.axisY})`);
  if (t) {
    const tr = sel.transition(t);
    pending.push(tr.end().catch(() => undefined));
    tr.call(axis);
  } else sel.call(axis);
  sel.select('.domain').attr('d', `M${g.left},0H${g.right}`);
}
