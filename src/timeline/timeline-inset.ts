/**
 * The magnified inset (by default December 2025, whose events crowd one spot of the decade): a
 * panel in the footer with its own scale, marks and labels, and a bracket under the main axis
 * that points from the range to the panel.
 */
import { axisBottom } from 'd3-axis';
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { utcDay } from 'd3-time';
import type { Lang } from '../model';
import { layoutLabels } from './layout-labels';
import type { RootSelection, SvgSelection } from './timeline-dom';
import { STRINGS, rangeName, tickFormat, type TimeRange } from './timeline-format';
import type { Item } from './timeline-items';
import type { Geometry } from './timeline-layout';
import { symbolPath } from './timeline-shapes';
import { fitText, type Fonts } from './timeline-text';

export interface InsetOptions {
  lang: Lang;
  fonts: Fonts;
  activeId: string | null;
  /** The chart's width and left margin, which bound the panel's width. */
  width: number;
  left: number;
}

interface InsetMark {
  d: Item;
  x: number;
  y: number;
  r: number;
  text: string;
  lx: number;
  ly: number;
  lane: number;
}

/** Whether any item falls in `range` (else the inset is not shown). */
export function insetHasItems(items: readonly Item[], range: TimeRange): boolean {
  return items.some((d) => d.t >= range[0] && d.t < range[1]);
}

/** The range with a margin on both sides, for zooming the main view to it. */
export function padRange([a, b]: TimeRange): TimeRange {
  const pad = (b - a) * 0.15;
  return [a - pad, b + pad];
}

/** The magnified panel: its own scale over the inset range, sized to what it holds. */
export function drawInset(root: RootSelection, items: readonly Item[], range: TimeRange, o: InsetOptions): void {
  const { lang, fonts, activeId, width, left } = o;
  const box = root.select<HTMLDivElement>('.tl-inset');
  const s = STRINGS[lang];
  const when = rangeName(range, lang);
  box.select('.tl-inset-title').text(s.inset(when)).attr('aria-label', s.insetZoom(when)).attr('title', s.insetZoom(when));
  const iw = Math.max(200, Math.min(440, width - 2 * left));
  const pad = 14;
  const x = scaleUtc().domain([new Date(range[0]), new Date(range[1])]).range([pad, iw - pad]);
  const inside = items.filter((d) => d.t >= range[0] && d.t < range[1]);
  const r = 8;
  const rowH = 2 * r * 1.3 + 4;
  const rows = layoutLabels(
    inside.map((d) => ({ id: d.id, x: x(d.t), width: 2 * (d.key ? r * 1.3 : r), fixed: true, priority: d.key ? 1 : 0 })),
    { lanes: 3, gap: 3 },
  );
  const font = fonts.inset;
  const keyFont = fonts.keyInset;
  const fontPx = fonts.insetPx;
  const lineH = fontPx * 1.4;
  const fits = inside.map((d) => fitText(d.title, d.key ? keyFont : font, iw - 2 * pad));
  const placed = layoutLabels(
    inside.map((d, i) => ({ id: d.id, x: x(d.t), width: fits[i]!.width, priority: d.key ? 1 : 0 })),
    { lanes: 3, gap: 8, extent: [4, iw - 4], leaderWidth: 1 },
  );
  // heights measured up from the axis, then flipped once the panel's height is known
  const marksH = 6 + rowH * Math.max(1, rows.lanesUsed);
  const ih = Math.ceil(22 + marksH + 6 + lineH * Math.max(1, placed.lanesUsed) + 8);
  const axisY = ih - 22;
  const marksTop = axisY - marksH;
  const marks: InsetMark[] = [];
  inside.forEach((d, i) => {
    const row = rows.labels[i]!;
    const label = placed.labels[i]!;
    if (row.hidden) return;
    marks.push({
      d,
      x: x(d.t),
      y: axisY - 6 - rowH * row.lane - r * 1.3,
      r: d.key ? r * 1.3 : r,
      text: label.hidden ? '' : fits[i]!.text,
      lx: label.x,
      ly: marksTop - 6 - label.lane * lineH - fontPx * 0.25,
      lane: label.lane,
    });
  });
  const isvg = box.select<SVGSVGElement>('svg').attr('width', iw).attr('height', ih);
  isvg.select('.tl-inset-frame').attr('x', 0.5).attr('y', 0.5).attr('width', iw - 1).attr('height', ih - 1).attr('rx', 6);
  // the panel's title names the month, so its ticks need no context
  const format = tickFormat(lang);
  const axis = axisBottom<Date>(x)
    .tickValues(x.ticks(utcDay.every(7)!).filter((d) => +d < range[1]))
    .tickFormat((d, i) => format(d, i))
    .tickSizeOuter(0)
    .tickSize(4);
  isvg.select<SVGGElement>('.tl-axis').attr('transform', `translate(0,${axisY})`).call(axis);
  isvg
    .select('.tl-marks')
    .selectAll<SVGPathElement, InsetMark>('path')
    .data(marks, (m) => m.d.id)
    .join('path')
    .attr('class', (m) => `tl-event tl-inset-event cat-${m.d.event.category}${m.d.key ? ' is-key' : ''}`)
    .attr('data-inset-event-id', (m) => m.d.id)
    .attr('data-inset-active', (m) => (m.d.id === activeId ? 'true' : null))
    .attr('transform', (m) => `translate(${m.x},${m.y})`)
    .attr('d', (m) => symbolPath(m.d.event.category, m.r));
  const shown = marks.filter((m) => m.text);
  isvg
    .select('.tl-labels')
    .selectAll<SVGTextElement, InsetMark>('text')
    .data(shown, (m) => m.d.id)
    .join('text')
    .attr('class', (m) => `tl-inset-label${m.d.key ? ' is-key' : ''}`)
    .attr('x', (m) => m.lx)
    .attr('y', (m) => m.ly)
    .text((m) => m.text);
  isvg
    .select('.tl-leaders')
    .selectAll<SVGLineElement, InsetMark>('line')
    .data(shown, (m) => m.d.id)
    .join('line')
    .attr('class', (m) => `tl-leader cat-${m.d.event.category}`)
    .attr('x1', (m) => m.x)
    .attr('x2', (m) => m.x)
    .attr('y1', (m) => marksTop - 4 - m.lane * lineH)
    .attr('y2', (m) => m.y - m.r - 1);
}

/** The inset's copy of the active event is marked apart, so [data-active] names exactly one element. */
export function setInsetActive(root: RootSelection, id: string | null): void {
  root.selectAll<SVGPathElement, unknown>('.tl-inset-event').attr('data-inset-active', function () {
    return this.getAttribute('data-inset-event-id') === id ? 'true' : null;
  });
}

/** The bracket under the main axis over `range` (null: none shown); gone once zoomed in on it. */
export function drawInsetBracket(svg: SvgSelection, range: TimeRange | null, xView: ScaleTime<number, number>, g: Geometry): void {
  const path = svg.select('.tl-inset-bracket').select('path');
  if (!range) {
    path.attr('d', null);
    return;
  }
  const a = Math.max(g.left, xView(range[0]));
  const b = Math.min(g.right, xView(range[1]));
  // once zoomed in enough to see the range itself, the pointer to the panel is noise
  if (b <= a || b - a > (g.right - g.left) / 8) {
    path.attr('d', null);
    return;
  }
  const y = g.axisY + 3;
  path.attr('d', `M${a},${y}V${y + 6}H${b}V${y}M${(a + b) / 2},${y + 6}V${y + 12}`);
}
