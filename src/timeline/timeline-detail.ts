/**
 * The detail box (a tooltip): an event's date, title, summary, category and sources, shown over
 * its mark on hover or focus, and tied to a focused mark with aria-describedby.
 */
import type { Lang } from '../model';
import type { RootSelection } from './timeline-dom';
import { STRINGS } from './timeline-format';
import { itemDate, type Item } from './timeline-items';
import { eventIdOf } from './timeline-marks';

/** What the box needs from a drawn chart, read when it is shown. */
export interface DetailContext {
  root: RootSelection;
  lang: Lang;
  full: boolean;
  /** The chart's width, or null before it is first laid out. */
  width: number | null;
  /** The event's source line, or '' for none. */
  sourceLine(eventId: string): string;
  item(id: string): Item | undefined;
  mark(id: string): SVGPathElement | undefined;
}

export interface DetailBox {
  /** Shows the event's details; `byFocus` ties them to its mark for screen readers. */
  show(id: string, byFocus: boolean, inInset?: boolean): void;
  hide(): void;
  onPointerOver(event: PointerEvent): void;
  onPointerOut(event: PointerEvent): void;
}

/** The detail box of a chart; `context()` is null while the chart has no DOM. */
export function detailBox(context: () => DetailContext | null): DetailBox {
  const show = (id: string, byFocus: boolean, inInset = false) => {
    const c = context();
    const d = c?.item(id);
    if (!c || !d || c.width === null) return;
    showDetail(c.root, d, {
      lang: c.lang,
      full: c.full,
      width: c.width,
      inInset,
      describes: byFocus ? c.mark(id) : undefined,
      sources: c.sourceLine(id),
    });
  };
  const hide = () => {
    const c = context();
    if (c) hideDetail(c.root);
  };
  return {
    show,
    hide,
    onPointerOver(event) {
      const id = eventIdOf(event.target);
      const inInset = event.target instanceof Element && event.target.hasAttribute('data-inset-event-id');
      if (id) show(id, false, inInset);
    },
    onPointerOut(event) {
      if (!eventIdOf(event.target)) return;
      const toMark = eventIdOf(event.relatedTarget);
      if (toMark) return;
      // back to the focused mark's details, if a mark has focus
      const focused = document.activeElement;
      const fid = focused instanceof Element ? focused.getAttribute('data-event-id') : null;
      if (fid) show(fid, true);
      else hide();
    },
  };
}

interface DetailOptions {
  lang: Lang;
  full: boolean;
  /** The chart's width, which the box stays inside. */
  width: number;
  /** Place it over the event's copy in the inset rather than over its mark. */
  inInset: boolean;
  /** The mark to describe with the box (focus), if any. */
  describes: SVGPathElement | undefined;
  /** The event's source line ('' for none). */
  sources: string;
}

function showDetail(root: RootSelection, d: Item, o: DetailOptions): void {
  const { lang, full } = o;
  const s = STRINGS[lang];
  const box = root.select<HTMLDivElement>('.tl-detail').attr('hidden', null).classed('is-key', d.key);
  box
    .selectAll<HTMLElement, string>('.tl-detail-part')
    .data(['date', 'title', 'summary', 'cat', 'sources'])
    .join((e) => e.append('div'))
    .attr('class', (k) => `tl-detail-part tl-detail-${k}`);
  box.select('.tl-detail-date').text(itemDate(d, lang));
  box.select('.tl-detail-title').text(d.title);
  box.select('.tl-detail-summary').text(full ? d.event.summary[lang] : '').style('display', full ? '' : 'none');
  box
    .select('.tl-detail-cat')
    .attr('class', `tl-detail-part tl-detail-cat cat-${d.event.category}`)
    .text(`${s.categories[d.event.category]}${d.key ? ` · ${s.key}` : ''}`);
  box.select('.tl-detail-sources').text(o.sources).style('display', o.sources ? '' : 'none');
  // place it above the mark (below, in the full view, when there is no room above)
  const node = box.node()!;
  const bw = node.offsetWidth;
  const bh = node.offsetHeight;
  let x = d.px;
  let y = d.py - d.r - 10;
  if (o.inInset) {
    const insetMark = root.select<SVGPathElement>(`[data-inset-event-id="${CSS.escape(d.id)}"]`).node();
    if (!insetMark) return;
    const rb = root.node()!.getBoundingClientRect();
    const mb = insetMark.getBoundingClientRect();
    const scale = rb.width / (root.node()!.offsetWidth || rb.width) || 1;
    x = (mb.left + mb.width / 2 - rb.left) / scale;
    y = (mb.top - rb.top) / scale - 8;
  }
  const left = Math.max(4, Math.min(o.width - bw - 4, x - bw / 2));
  let topPx = y - bh;
  if (full && topPx < 0) topPx = y + 2 * d.r + 22;
  box.style('left', `${left}px`).style('top', `${topPx}px`);
  o.describes?.setAttribute('aria-describedby', node.id);
}

function hideDetail(root: RootSelection): void {
  root.select('.tl-detail').attr('hidden', '');
  for (const node of root.selectAll<SVGPathElement, unknown>('[aria-describedby]').nodes()) {
    node.removeAttribute('aria-describedby');
  }
}
