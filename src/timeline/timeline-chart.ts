/**
 * `timelineChart()`: the decade timeline as a d3 reusable chart.
 *
 *   const chart = timelineChart().events(deck.events).eras(deck.eras).lang('en').mode('navigator')
 *     .on('select', (id) => deck.goToSlideOfEvent(id));
 *   select(container).call(chart);   // draws, or redraws reusing the DOM (keyed joins)
 *   chart.active('letter');          // cheap: classes and the "you are here" marker, no re-layout
 *   chart.destroy();                 // removes the DOM it made and every listener it added
 *
 * Options are chained getter/setters. Apart from `active()` and `zoomTo()`, which act at once on
 * a drawn chart, a setter takes effect the next time the chart is called on its container.
 *
 * Size: by default the chart fills its container and follows it with a ResizeObserver (the
 * navigator falls back to 60 px when the container has no height). `.size([w, h])` fixes the size
 * instead and observes nothing.
 *
 * Readiness: the container carries `data-chart-ready="true"` once the last draw has finished
 * (transitions ended, web fonts loaded, labels measured with them), "false" while drawing.
 *
 * The chart never tracks where the talk is: it shows the event it is told is active and emits
 * 'select' on click, tap, Enter or Space; the caller decides what that means.
 */
import type { Selection } from 'd3-selection';
import { scaleUtc, type ScaleTime } from 'd3-scale';
import type { Era, Lang, TimelineEvent } from '../model';
import { rovingFocus, screenReaderList } from './timeline-a11y';
import { drawAxis, drawEras } from './timeline-axis';
import { detailBox } from './timeline-detail';
import { buildSkeleton, chartSize, labelFooter, targetElement, type RootSelection, type SvgSelection } from './timeline-dom';
import { STRINGS } from './timeline-format';
import { drawInset, drawInsetBracket, insetHasItems, padRange, setInsetActive } from './timeline-inset';
import { prepareItems, type Item } from './timeline-items';
import { frameGeometry, layoutTimeline, plotMargin, type Geometry } from './timeline-layout';
import { eventAt, placeHere, renderLabels, renderMarks, setMarkActive } from './timeline-marks';
import { motionAllowed, onStillMedia, type AnyTransition } from './timeline-motion';
import { DEFAULT_FONTS, clearTextWidths, readFonts, type Fonts } from './timeline-text';
import { panZoom } from './timeline-zoom';

// The pure helpers other modules and the tests import from here.
export { categoryName, eventTime, formatEventDate, formatPreciseDate, tickFormat } from './timeline-format';
export { symbolPath } from './timeline-shapes';

export type TimelineMode = 'full' | 'navigator';
type Range = [number, number];
type Listener = (eventId: string) => void;

export interface TimelineChart {
  (target: Element | Selection<any, any, any, any>): void;
  events(): readonly TimelineEvent[];
  events(list: readonly TimelineEvent[]): TimelineChart;
  eras(): readonly Era[];
  eras(list: readonly Era[]): TimelineChart;
  lang(): Lang;
  lang(lang: Lang): TimelineChart;
  /** The source line shown with an event's details (default: none). */
  sourceLine(): (event: TimelineEvent) => string;
  sourceLine(describe: (event: TimelineEvent) => string): TimelineChart;
  mode(): TimelineMode;
  mode(mode: TimelineMode): TimelineChart;
  /** The highlighted event (the current slide's). Applies at once; never re-lays out. */
  active(): string | null;
  active(eventId: string | null): TimelineChart;
  /** Transitions on or off (off for print). Reduced motion and print media turn them off anyway. */
  transitions(): boolean;
  transitions(on: boolean): TimelineChart;
  /** Fixed [width, height] in px, or null (default) to follow the container with a ResizeObserver. */
  size(): Range | null;
  size(size: Range | null): TimelineChart;
  /** Full time range shown when not zoomed, epoch ms. Default 2015-01-01 to 2026-07-01. */
  domain(): Range;
  domain(range: Range): TimelineChart;
  /** Range magnified in the full view's inset, or null for none. Default December 2025. */
  inset(): Range | null;
  inset(range: Range | null): TimelineChart;
  /** 'select' is emitted with an event id on click, tap, Enter or Space. null removes. */
  on(type: 'select'): Listener | undefined;
  on(type: 'select', listener: Listener | null): TimelineChart;
  /** Zoom the full view to a time range (null: reset). Applies at once on a drawn chart. */
  zoomTo(range: Range | null): TimelineChart;
  /** Remove the chart's DOM, observers and listeners. The chart can be called again afterwards. */
  destroy(): void;
}

export function timelineChart(): TimelineChart {
  // options
  let events: readonly TimelineEvent[] = [];
  let eras: readonly Era[] = [];
  let lang: Lang = 'zh-Hant';
  let sourceLine: (event: TimelineEvent) => string = () => '';
  let mode: TimelineMode = 'full';
  let activeId: string | null = null;
  let transitions = true;
  let fixedSize: Range | null = null;
  let domain: Range = [Date.UTC(2015, 0, 1), Date.UTC(2026, 6, 1)];
  let inset: Range | null = [Date.UTC(2025, 11, 1), Date.UTC(2026, 0, 1)];
  let onSelect: Listener | undefined;

  // mounted state
  let container: HTMLElement | null = null;
  let root: RootSelection | null = null;
  let svg: SvgSelection | null = null;
  let resizeObserver: ResizeObserver | null = null;
  let unwatchMedia: (() => void) | null = null;
  let items: Item[] = [];
  let byId = new Map<string, Item>();
  let markNodes = new Map<string, SVGPathElement>();
  let dirty = true;
  let generation = 0;
  let animating = false;
  let geometry: Geometry | null = null;
  let lastSize: Range = [0, 0];
  let xBase: ScaleTime<number, number> = scaleUtc();
  let xView: ScaleTime<number, number> = scaleUtc();
  let fontsPending = false;
  let insetShown = false;
  let fonts: Fonts = DEFAULT_FONTS;
  let uid = Math.random().toString(36).slice(2, 8);

  // the parts with state of their own, each handed what it reads from the chart
  const zoom = panZoom({
    enabled: () => mode === 'full',
    domain: () => domain,
    onZoom() {
      if (animating) {
        root?.selectAll('*').interrupt('tl-draw');
        animating = false;
      }
      layoutAndRender(null, []);
    },
  });
  const list = screenReaderList();
  const detail = detailBox(() =>
    root
      ? {
          root,
          lang,
          full: mode === 'full',
          width: geometry?.width ?? null,
          sourceLine: (id) => {
            const event = byId.get(id)?.event;
            return event ? sourceLine(event) : '';
          },
          item: (id) => byId.get(id),
          mark: (id) => markNodes.get(id),
        }
      : null,
  );
  const focus = rovingFocus(
    () => ({ svg: svg?.node() ?? null, items, byId, markNodes, activeId, full: mode === 'full' }),
    { select: emit, zoomBy, reveal, showDetail: (id) => detail.show(id, true), hideDetail: detail.hide },
  );

  const chart = function (target: Element | Selection<any, any, any, any>) {
    const el = targetElement(target);
    if (!el) return;
    if (container !== el) {
      if (container) chart.destroy();
      container = el;
      build();
    }
    draw(animated());
  } as TimelineChart;

  // --- getter/setters ---------------------------------------------------------------------------

  chart.events = function (list?: readonly TimelineEvent[]): any {
    if (list === undefined) return events;
    events = list;
    dirty = true;
    return chart;
  };
  chart.eras = function (list?: readonly Era[]): any {
    if (list === undefined) return eras;
    eras = list;
    return chart;
  };
  chart.lang = function (l?: Lang): any {
    if (l === undefined) return lang;
    if (l !== lang) dirty = true;
    lang = l;
    return chart;
  };
  chart.sourceLine = function (describe?: (event: TimelineEvent) => string): any {
    if (describe === undefined) return sourceLine;
    sourceLine = describe;
    return chart;
  };
  chart.mode = function (m?: TimelineMode): any {
    if (m === undefined) return mode;
    if (m !== mode) dirty = true;
    mode = m;
    return chart;
  };
  chart.active = function (id?: string | null): any {
    if (id === undefined) return activeId;
    setActive(id);
    return chart;
  };
  chart.transitions = function (on?: boolean): any {
    if (on === undefined) return transitions;
    transitions = on;
    return chart;
  };
  chart.size = function (s?: Range | null): any {
    if (s === undefined) return fixedSize;
    fixedSize = s ? [s[0], s[1]] : null;
    if (container) observe();
    return chart;
  };
  chart.domain = function (r?: Range): any {
    if (r === undefined) return domain;
    domain = [r[0], r[1]];
    zoom.resetView();
    return chart;
  };
  chart.inset = function (r?: Range | null): any {
    if (r === undefined) return inset;
    inset = r ? [r[0], r[1]] : null;
    return chart;
  };
  chart.on = function (type: 'select', listener?: Listener | null): any {
    if (type !== 'select') throw new Error(`timelineChart: unknown event type "${String(type)}"`);
    if (listener === undefined) return onSelect;
    onSelect = listener ?? undefined;
    return chart;
  };
  chart.zoomTo = function (range: Range | null): TimelineChart {
    zoomTo(range, animated());
    return chart;
  };
  chart.destroy = function () {
    if (!container) return;
    resizeObserver?.disconnect();
    resizeObserver = null;
    unwatchMedia?.();
    unwatchMedia = null;
    zoom.detach();
    root?.selectAll('*').interrupt('tl-draw');
    root?.remove();
    container.removeAttribute('data-chart-ready');
    container = null;
    root = null;
    svg = null;
    geometry = null;
    markNodes = new Map();
    list.reset();
    dirty = true;
    generation++;
  };

  // --- helpers ------------------------------------------------------------------------------------

  function animated(): boolean {
    return motionAllowed(transitions);
  }

  function setReady(ready: boolean) {
    container?.setAttribute('data-chart-ready', String(ready && !fontsPending));
  }

  function observe() {
    resizeObserver?.disconnect();
    resizeObserver = null;
    if (fixedSize || !container || typeof ResizeObserver === 'undefined') return;
    resizeObserver = new ResizeObserver(() => {
      const [w, h] = measure();
      if (w !== lastSize[0] || h !== lastSize[1]) draw(false);
    });
    resizeObserver.observe(container);
  }

  function measure(): Range {
    return fixedSize ?? (container ? chartSize(container, mode === 'full') : [0, 0]);
  }

  // --- DOM skeleton and listeners (once per container) --------------------------------------------

  function build() {
    if (!container) return;
    uid = Math.random().toString(36).slice(2, 8);
    const dom = buildSkeleton(container, uid);
    root = dom.root;
    svg = dom.svg;
    // one delegated listener per kind: nothing to leak when marks come and go
    for (const s of [dom.svg, dom.isvg]) {
      s.on('click.tl', onClick);
      s.on('pointerover.tl', detail.onPointerOver).on('pointerout.tl', detail.onPointerOut);
    }
    svg.select('.tl-marks').on('keydown.tl', focus.onKeyDown).on('focusin.tl', focus.onFocusIn).on('focusout.tl', focus.onFocusOut);
    dom.controls.select('.tl-zoom-in').on('click.tl', () => zoomBy(1.6));
    dom.controls.select('.tl-zoom-out').on('click.tl', () => zoomBy(1 / 1.6));
    dom.controls.select('.tl-zoom-reset').on('click.tl', () => chart.zoomTo(null));
    dom.insetTitle.on('click.tl', () => inset && chart.zoomTo(padRange(inset)));

    zoom.attach(svg);

    unwatchMedia = onStillMedia(() => {
      root?.selectAll('*').interrupt('tl-draw');
      svg?.interrupt('tl-zoom');
      draw(false);
    });
    observe();
  }

  // --- zoom -----------------------------------------------------------------------------------------

  function zoomTo(range: Range | null, anim: boolean) {
    const end = zoom.zoomTo(range, anim);
    if (!end) return;
    setReady(false);
    const gen = generation;
    end.then(
      () => gen === generation && setReady(true),
      () => undefined,
    );
  }

  function zoomBy(k: number) {
    zoom.zoomBy(k, animated());
  }

  // --- drawing ------------------------------------------------------------------------------------

  function draw(animate: boolean) {
    if (!container || !root || !svg) return;
    const myGen = ++generation;
    if (animating) {
      root.selectAll('*').interrupt('tl-draw');
      animating = false;
    }
    const [width, height] = measure();
    lastSize = [width, height];
    if (dirty) ({ items, byId } = prepareItems(events, lang));
    const s = STRINGS[lang];
    const full = mode === 'full';

    root
      .attr('lang', lang)
      .classed('tl-mode-full', full)
      .classed('tl-mode-navigator', mode === 'navigator')
      .classed('tl-compact', width < 640)
      .style('width', fixedSize ? `${width}px` : '')
      .style('height', fixedSize || mode === 'navigator' ? `${height}px` : '');
    if (width <= 0 || height <= 0) {
      setReady(true);
      return;
    }
    setReady(false);

    svg
      .attr('role', 'group')
      .attr('aria-label', full ? s.chart : s.navigator)
      .attr('aria-roledescription', null);
    const footer = root.select<HTMLDivElement>('.tl-footer').style('display', full ? '' : 'none');
    if (dirty) labelFooter(footer, lang);
    // measure first (fonts, footer), then grow the DOM: one style pass on a small tree instead
    // of a forced one on thousands of new marks
    fonts = readFonts(svg);
    const showInset = (insetShown = full && inset !== null && insetHasItems(items, inset));
    footer.select('.tl-inset').style('display', showInset ? '' : 'none');
    // first: its height is part of the footer's
    if (showInset && inset) drawInset(root, items, inset, { lang, fonts, activeId, width, left: plotMargin(width, full) });
    const footerHeight = full ? (footer.node()?.offsetHeight ?? 0) : 0;
    if (dirty) list.join(root, items, lang, () => activeId);
    geometry = frameGeometry(width, height, footerHeight, full);
    const { left, right, svgHeight } = geometry;
    svg.attr('width', width).attr('height', svgHeight);
    xBase = scaleUtc().domain([new Date(domain[0]), new Date(domain[1])]).range([left, right]);

    svg.select(`#tl-clip-${uid} rect`).attr('x', left - 12).attr('y', 0).attr('width', right - left + 24).attr('height', svgHeight);
    zoom.frame(xBase, left, right, svgHeight, full);

    const t = animate ? svg.transition('tl-draw').duration(450) : null;
    const pending: Promise<unknown>[] = [];
    animating = !!t;
    layoutAndRender(t, pending);
    dirty = false;

    if (typeof document !== 'undefined' && document.fonts && document.fonts.status !== 'loaded' && !fontsPending) {
      fontsPending = true;
      document.fonts.ready.then(() => {
        fontsPending = false;
        clearTextWidths();
        if (container) draw(false);
      });
    }
    const listDone = list.pending(); // a list still being built, maybe by an earlier draw
    if (listDone) pending.push(listDone);
    Promise.all(pending).then(() => {
      if (myGen !== generation) return;
      animating = false;
      setReady(true);
    });
  }

  /** Everything that depends on the scale: cheap enough to run on every zoom event. */
  function layoutAndRender(t: AnyTransition | null, pending: Promise<unknown>[]) {
    if (!svg || !root || !geometry) return;
    const g = geometry;
    const full = mode === 'full';
    xView = full ? zoom.rescale(xBase) : xBase;
    const layout = layoutTimeline(items, xView, g, full, fonts);
    g.marksTop = layout.marksTop;
    g.hereTop = layout.hereTop;
    root.attr('data-hidden-marks', layout.hiddenMarks || null);

    drawEras(svg, eras, xView, g, { lang, full, titleH: layout.eraTitleH, titleFont: fonts.eraTitle }, t, pending);
    drawAxis(svg, xView, domain, g, lang, full, t, pending);
    markNodes = renderMarks(svg, items, xView, { lang, full, activeId, relabel: dirty }, t, pending);
    renderLabels(svg, layout.labels, t, pending);
    drawInsetBracket(svg, full && insetShown ? inset : null, xView, g);
    placeHere(svg, activeId ? byId.get(activeId) : undefined, g, full, lang, t, pending);
    focus.updateTabStop();
  }

  // --- active (cheap: no layout) ----------------------------------------------------------------------

  function setActive(id: string | null) {
    if (id === activeId) return;
    const prev = activeId;
    activeId = id;
    if (!root || !svg || !geometry) return;
    const full = mode === 'full';
    for (const [eid, on] of [
      [prev, false],
      [id, true],
    ] as const) {
      if (!eid) continue;
      const node = markNodes.get(eid);
      const d = byId.get(eid);
      if (node && d) setMarkActive(node, d, on, full);
      list.setCurrent(eid, on);
    }
    setInsetActive(root, id);
    const t = animated() ? svg.transition('tl-here').duration(300) : null;
    placeHere(svg, id ? byId.get(id) : undefined, geometry, full, lang, t, []);
    if (!focus.focused()) focus.updateTabStop();
  }

  // --- interaction ----------------------------------------------------------------------------------

  function emit(id: string) {
    onSelect?.(id);
  }

  function onClick(event: MouseEvent) {
    const id = eventAt(event, svg?.node() ?? null, items, mode === 'full');
    if (id) emit(id);
  }

  /** Zooms in, without animation, until `d` has a row of its own, so it has a mark to focus. */
  function reveal(d: Item) {
    for (let i = 0; i < 12 && mode === 'full' && !d.drawn; i++) {
      const view = zoom.view();
      const span = view ? view[1] - view[0] : domain[1] - domain[0];
      const k = d.px >= geometry!.left && d.px <= geometry!.right ? 0.5 : 1;
      zoomTo([d.t - (span * k) / 2, d.t + (span * k) / 2], false);
    }
  }

  return chart;
}
