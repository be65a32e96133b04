/**
 * Draws what belongs to each event where the layout put it: the marks (keyed joins, so a mark
 * keeps its node and its focus across zooms), precision whiskers, labels with their leaders and
 * the "you are here" marker. Also the DOM hooks that lead back from a node to its event.
 */
import type { ScaleTime } from 'd3-scale';
import type { Selection } from 'd3-selection';
import type { Lang } from '../model';
import type { SvgSelection } from './timeline-dom';
import { STRINGS } from './timeline-format';
import { itemAria, type Item } from './timeline-items';
import { ACTIVE_SCALE, nearestItem, type Geometry, type LabelDatum } from './timeline-layout';
import { clearFade, maybeTransition, type AnyTransition } from './timeline-motion';
import { barPath, symbolPath } from './timeline-shapes';

export interface MarkOptions {
  lang: Lang;
  full: boolean;
  activeId: string | null;
  /** Set class and aria-label on marks that stay, too (the events or the language changed). */
  relabel: boolean;
}

/** The event id a node (a mark, or a mark in the inset) stands for. */
export function eventIdOf(target: EventTarget | null): string | null {
  const el = target instanceof Element ? target.closest('[data-event-id],[data-inset-event-id]') : null;
  return el ? el.getAttribute('data-event-id') ?? el.getAttribute('data-inset-event-id') : null;
}

/**
 * The event a click or tap on the chart means: the mark (or inset mark) hit, else, in the main
 * svg, a drawn mark within reach, so that small marks get touch targets of about 32 px.
 */
export function eventAt(event: MouseEvent, svg: SVGSVGElement | null, items: readonly Item[], full: boolean): string | null {
  const id = eventIdOf(event.target);
  if (id || !svg || event.currentTarget !== svg) return id;
  const ctm = svg.getScreenCTM();
  if (!ctm) return null;
  const p = new DOMPoint(event.clientX, event.clientY).matrixTransform(ctm.inverse());
  return nearestItem(items, p.x, p.y, full ? 16 : 14)?.id ?? null;
}

/** A mark's path; the active one is larger in the full view. */
function markPath(d: Item, enlarged: boolean): string {
  const r = enlarged ? d.r * ACTIVE_SCALE : d.r;
  if (d.span) return barPath(d.x1 - d.x0, r * 1.5);
  return symbolPath(d.event.category, r);
}

/** Marks the node of item `d` active or not, without a redraw. */
export function setMarkActive(node: SVGPathElement, d: Item, on: boolean, full: boolean): void {
  if (on) {
    node.setAttribute('data-active', 'true');
    node.setAttribute('aria-current', 'step');
  } else {
    node.removeAttribute('data-active');
    node.removeAttribute('aria-current');
  }
  node.setAttribute('d', markPath(d, on && full));
}

/**
 * Marks exist only while drawn (in view, with a row): with 10,000 events, most have no room at
 * full zoom, and a node that is never shown costs style and layout for nothing. The join is
 * keyed, so a mark that stays drawn keeps its node (and its focus) across zooms and resizes.
 * Returns the mark nodes by event id.
 */
export function renderMarks(
  svg: SvgSelection,
  items: readonly Item[],
  xView: ScaleTime<number, number>,
  o: MarkOptions,
  t: AnyTransition | null,
  pending: Promise<unknown>[],
): Map<string, SVGPathElement> {
  const { lang, full, activeId } = o;
  const labelMarks = (sel: Selection<SVGPathElement, Item, any, any>) =>
    sel
      .attr('class', (d) => `tl-event cat-${d.event.category}${d.key ? ' is-key' : ''}${d.span ? ' is-span' : ''}`)
      .attr('data-event-id', (d) => d.id)
      .attr('aria-label', (d) => itemAria(d, lang));
  const drawn = items.filter((d) => d.drawn);
  const marks = svg
    .select('.tl-marks')
    .attr('aria-label', STRINGS[lang].marks)
    .selectAll<SVGPathElement, Item>('path.tl-event')
    .data(drawn, (d) => d.id)
    .join(
      (enter) => {
        const e = enter.append('path').attr('role', 'button').attr('tabindex', -1);
        if (t) e.style('opacity', 0);
        return labelMarks(e);
      },
      (update) => (o.relabel ? labelMarks(update) : update),
      (exit) => exit.remove(),
    )
    // positions are set directly, never transitioned, so zooming never fights a transition
    .attr('transform', (d) => `translate(${d.span ? d.x0 : d.px},${d.py})`)
    .attr('d', (d) => markPath(d, d.id === activeId && full))
    .attr('data-active', (d) => (d.id === activeId ? 'true' : null))
    .attr('aria-current', (d) => (d.id === activeId ? 'step' : null))
    .order();
  if (t) maybeTransition(marks, t, pending).style('opacity', 1);
  else clearFade(marks);
  const nodes = new Map<string, SVGPathElement>();
  marks.each(function (d) {
    nodes.set(d.id, this);
  });
  svg
    .select('.tl-ranges')
    .selectAll<SVGPathElement, Item>('path.tl-range')
    .data(
      full ? drawn.filter((d) => d.ranged && !d.span && xView(d.t1) - xView(d.t0) > d.r * 2 + 2) : [],
      (d) => d.id,
    )
    .join('path')
    .attr('class', (d) => `tl-range cat-${d.event.category}`)
    .attr('d', (d) => {
      const a = xView(d.t0);
      const b = xView(d.t1);
      const h = d.r * 0.7;
      return `M${a},${d.py - h}V${d.py + h}M${a},${d.py}H${b}M${b},${d.py - h}V${d.py + h}`;
    });
  return nodes;
}

/** Labels fade in where they first appear, then move with their marks; leaders follow. */
export function renderLabels(svg: SvgSelection, labels: LabelDatum[], t: AnyTransition | null, pending: Promise<unknown>[]): void {
  const text = svg
    .select('.tl-labels')
    .selectAll<SVGTextElement, LabelDatum>('text.tl-label')
    .data(labels, (d) => d.id)
    .join(
      (enter) => {
        const e = enter.append('text').attr('x', (d) => d.x).attr('y', (d) => d.y);
        return t ? e.style('opacity', 0) : e;
      },
      (update) => update,
      (exit) => exit.remove(),
    )
    .attr('class', (d) => `tl-label cat-${d.item.event.category}${d.item.key ? ' is-key' : ''}`)
    .attr('data-label-for', (d) => d.id)
    .text((d) => d.text);
  const moved = maybeTransition(text, t, pending)
    .attr('x', (d) => d.x)
    .attr('y', (d) => d.y);
  if (t) moved.style('opacity', 1);
  else clearFade(text);
  const leaders = svg
    .select('.tl-leaders')
    .selectAll<SVGLineElement, LabelDatum>('line.tl-leader')
    .data(labels, (d) => d.id)
    .join('line')
    .attr('class', (d) => `tl-leader cat-${d.item.event.category}`);
  maybeTransition(leaders, t, pending)
    .attr('x1', (d) => d.item.px)
    .attr('x2', (d) => d.item.px)
    .attr('y1', (d) => d.leaderTop)
    .attr('y2', (d) => d.item.py - d.item.r - 1);
}

/** The "you are here" marker over the active item `d`; hidden when there is none in view. */
export function placeHere(
  svg: SvgSelection,
  d: Item | undefined,
  g: Geometry,
  full: boolean,
  lang: Lang,
  t: AnyTransition | null,
  pending: Promise<unknown>[],
): void {
  const here = svg.select<SVGGElement>('.tl-here');
  if (!d || d.px < g.left - 1 || d.px > g.right + 1) {
    here.style('display', 'none');
    return;
  }
  const top = g.hereTop;
  here.style('display', null);
  here.select('line').attr('y1', top + 6).attr('y2', g.axisY);
  here.select('.tl-here-caret').attr('d', `M-5,${top}H5L0,${top + 7}Z`);
  const flip = full && d.px > g.right - 120;
  here
    .select('.tl-here-text')
    .attr('x', flip ? -8 : 8)
    .attr('y', top + 8)
    .attr('text-anchor', flip ? 'end' : 'start')
    .text(full ? STRINGS[lang].here : '');
  maybeTransition(here, t, pending).attr('transform', `translate(${d.px},0)`);
}
