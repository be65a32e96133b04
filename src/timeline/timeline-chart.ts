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
import { select, type BaseType, type Selection } from 'd3-selection';
import 'd3-transition';
import type { Transition } from 'd3-transition';
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { axisBottom } from 'd3-axis';
import { zoom as d3zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { utcDay, utcMonth, utcYear } from 'd3-time';
import { timeFormatLocale, type TimeLocaleObject } from 'd3-time-format';
import { CATEGORIES, type Category, type Era, type Lang, type PreciseDate, type TimelineEvent } from '../model';
import { layoutLabels, type LabelBox } from './layout-labels';

export type TimelineMode = 'full' | 'navigator';
type Range = [number, number];

// ---------------------------------------------------------------------------------------------
// Localisation (pure, exported for tests)

const LOCALES: Record<Lang, TimeLocaleObject> = {
  'zh-Hant': timeFormatLocale({
    dateTime: '%Y年%-m月%-d日 %X',
    date: '%Y/%-m/%-d',
    time: '%H:%M:%S',
    periods: ['上午', '下午'],
    days: ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'],
    shortDays: ['週日', '週一', '週二', '週三', '週四', '週五', '週六'],
    months: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
    shortMonths: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
  }),
  en: timeFormatLocale({
    dateTime: '%a %b %e %X %Y',
    date: '%m/%d/%Y',
    time: '%H:%M:%S',
    periods: ['AM', 'PM'],
    days: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    shortDays: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    shortMonths: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  }),
};

const STRINGS = {
  'zh-Hant': {
    chart: '零跑十年時間軸',
    navigator: '時間軸導覽',
    marks: '事件：以左右方向鍵瀏覽，按 Enter 前往',
    list: '時間軸事件（按時間順序）',
    zoomIn: '放大',
    zoomOut: '縮小',
    reset: '重設縮放',
    here: '目前位置',
    inset: (when: string) => `${when}（放大）`,
    insetZoom: (when: string) => `將時間軸放大至${when}`,
    key: '重要事件',
    sep: '：',
    categories: {
      company: '公司',
      product: '產品',
      technology: '技術',
      capital: '資本',
      partnership: '合作',
      global: '全球化',
      results: '業績',
    } satisfies Record<Category, string>,
  },
  en: {
    chart: "Leapmotor's first decade: timeline",
    navigator: 'Timeline navigator',
    marks: 'Events: use the Left and Right arrow keys, Enter to go to the slide',
    list: 'Timeline events in time order',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    reset: 'Reset zoom',
    here: 'You are here',
    inset: (when: string) => `${when} (magnified)`,
    insetZoom: (when: string) => `Zoom the timeline to ${when}`,
    key: 'key event',
    sep: ': ',
    categories: {
      company: 'Company',
      product: 'Product',
      technology: 'Technology',
      capital: 'Capital',
      partnership: 'Partnership',
      global: 'Global',
      results: 'Results',
    } satisfies Record<Category, string>,
  },
} as const;

const formatters = new Map<string, (d: Date) => string>();
function fmt(lang: Lang, specifier: string): (d: Date) => string {
  const k = `${lang}|${specifier}`;
  let f = formatters.get(k);
  if (!f) formatters.set(k, (f = LOCALES[lang].utcFormat(specifier)));
  return f;
}

/** A date at its own precision: "2024年第4季" / "Q4 2024", "2015年12月" / "December 2015". */
export function formatPreciseDate(date: PreciseDate, lang: Lang): string {
  const d = new Date(date.start);
  const f = (specifier: string) => fmt(lang, specifier);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  const zh = lang === 'zh-Hant';
  switch (date.precision) {
    case 'year':
      return zh ? `${y}年` : `${y}`;
    case 'half':
      return zh ? `${y}年${m < 6 ? '上' : '下'}半年` : `H${m < 6 ? 1 : 2} ${y}`;
    case 'quarter':
      return zh ? `${y}年第${Math.floor(m / 3) + 1}季` : `Q${Math.floor(m / 3) + 1} ${y}`;
    case 'month':
      return f(zh ? '%Y年%-m月' : '%B %Y')(d);
    case 'day':
      return f(zh ? '%Y年%-m月%-d日' : '%-d %B %Y')(d);
  }
}

/** The event's date, or its span "May 2024 – September 2024". */
export function formatEventDate(event: TimelineEvent, lang: Lang): string {
  const a = formatPreciseDate(event.date, lang);
  if (!event.end) return a;
  return `${a}${lang === 'en' ? ' – ' : '至'}${formatPreciseDate(event.end, lang)}`;
}

/** Where an event sits in time: its period [t0, t1) and the anchor t (the middle of the period). */
export function eventTime(event: TimelineEvent): { t: number; t0: number; t1: number } {
  const t0 = event.date.start;
  const t1 = event.end ? event.end.end : event.date.end;
  return { t: (t0 + t1) / 2, t0, t1 };
}

/**
 * Axis tick labels: "2015年" / "2015" at year ticks; when zoomed in, months ("12月" / "Dec") and
 * days ("24日" / "24"). The first tick, and the first of each new month or year, carries its
 * context ("2025年12月" / "Dec 2025", "12月2日" / "Dec 2") so a zoomed axis is never ambiguous.
 */
export function tickFormat(lang: Lang): (d: Date, i: number, ticks?: readonly Date[]) => string {
  const f = LOCALES[lang].utcFormat;
  const zh = lang === 'zh-Hant';
  const year = f(zh ? '%Y年' : '%Y');
  const month = f(zh ? '%-m月' : '%b');
  const monthYear = f(zh ? '%Y年%-m月' : '%b %Y');
  const day = f(zh ? '%-d日' : '%-d');
  const dayMonth = f(zh ? '%-m月%-d日' : '%b %-d');
  return (d, i, ticks) => {
    const prev = i > 0 ? ticks?.[i - 1] : undefined;
    if (utcMonth.floor(d) < d) {
      const newMonth = ticks !== undefined && (!prev || prev.getUTCMonth() !== d.getUTCMonth());
      return newMonth ? dayMonth(d) : day(d);
    }
    if (utcYear.floor(d) < d) {
      const newYear = ticks !== undefined && (!prev || prev.getUTCFullYear() !== d.getUTCFullYear());
      return newYear ? monthYear(d) : month(d);
    }
    return year(d);
  };
}

export function categoryName(category: Category, lang: Lang): string {
  return STRINGS[lang].categories[category];
}

// ---------------------------------------------------------------------------------------------
// Mark shapes: one per category, so colour is never the only cue.

const shapeCache = new Map<string, string>();
export function symbolPath(category: Category, r: number): string {
  const k = `${category}:${r}`;
  const hit = shapeCache.get(k);
  if (hit) return hit;
  const n = (v: number) => +v.toFixed(2);
  const poly = (pts: [number, number][]) => `M${pts.map(([x, y]) => `${n(x)},${n(y)}`).join('L')}Z`;
  const ring = (count: number, radius: number, rot: number, inner?: number) =>
    Array.from({ length: inner ? count * 2 : count }, (_, i): [number, number] => {
      const a = rot + (i * Math.PI * 2) / (inner ? count * 2 : count);
      const rr = inner && i % 2 ? inner : radius;
      return [Math.cos(a) * rr, Math.sin(a) * rr];
    });
  // every shape fits inside a circle of radius r, so r alone decides spacing
  let d: string;
  switch (category) {
    case 'company': {
      const c = n(r * 0.84);
      d = `M${c},0A${c},${c} 0 1,1 ${-c},0A${c},${c} 0 1,1 ${c},0Z`;
      break;
    }
    case 'product': {
      const h = n(r * 0.7);
      d = `M${-h},${-h}H${h}V${h}H${-h}Z`;
      break;
    }
    case 'technology':
      d = poly(ring(4, r, -Math.PI / 2));
      break;
    case 'capital':
      d = poly(ring(3, r, -Math.PI / 2).map(([px, py]): [number, number] => [px, py + r * 0.2]));
      break;
    case 'partnership':
      d = poly(ring(3, r, Math.PI / 2).map(([px, py]): [number, number] => [px, py - r * 0.2]));
      break;
    case 'global':
      d = poly(ring(6, r * 0.9, 0));
      break;
    case 'results':
      d = poly(ring(5, r, -Math.PI / 2, r * 0.48));
      break;
  }
  shapeCache.set(k, d);
  return d;
}

/** The scale as plain arithmetic on epoch ms: the same numbers, without a Date per call. */
function linear(scale: ScaleTime<number, number>): (t: number) => number {
  const [d0, d1] = scale.domain().map(Number) as [number, number];
  const [r0, r1] = scale.range() as [number, number];
  const k = (r1 - r0) / (d1 - d0 || 1);
  return (t) => r0 + (t - d0) * k;
}

/** A bar for a span, from 0 to `w`, `h` tall, centred on y = 0. */
function barPath(w: number, h: number): string {
  const r = Math.min(h / 2, w / 2);
  const ww = Math.max(w, 0.5);
  return `M${r},${-h / 2}H${ww - r}A${r},${r} 0 0,1 ${ww - r},${h / 2}H${r}A${r},${r} 0 0,1 ${r},${-h / 2}Z`;
}

// ---------------------------------------------------------------------------------------------
// Text measurement: one canvas, cached per font and string.

let measureCtx: CanvasRenderingContext2D | null = null;
let measureFont = '';
const widthCache = new Map<string, number>();
function textWidth(text: string, font: string): number {
  const k = `${font}\u0000${text}`;
  let w = widthCache.get(k);
  if (w !== undefined) return w;
  measureCtx ??= document.createElement('canvas').getContext('2d');
  if (!measureCtx) return text.length * 10;
  // ctx.font reads back normalised, so compare with what was last set, not with ctx.font
  if (measureFont !== font) measureCtx.font = measureFont = font;
  w = measureCtx.measureText(text).width;
  if (widthCache.size > 50_000) widthCache.clear();
  widthCache.set(k, w);
  return w;
}

/** `text`, cut with an ellipsis to fit `max` px. */
function fitText(text: string, font: string, max: number): { text: string; width: number } {
  const full = textWidth(text, font);
  if (full <= max) return { text, width: full };
  const chars = Array.from(text);
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (textWidth(`${chars.slice(0, mid).join('').trimEnd()}…`, font) <= max) lo = mid;
    else hi = mid - 1;
  }
  const cut = `${chars.slice(0, lo).join('').trimEnd()}…`;
  return { text: cut, width: textWidth(cut, font) };
}

function fontOf(el: Element | null): string {
  if (!el) return '';
  const s = getComputedStyle(el);
  return `${s.fontStyle} ${s.fontWeight} ${s.fontSize} ${s.fontFamily}`;
}

/** The fonts the stylesheet gives each kind of text, read from hidden probes. */
interface Fonts {
  label: string;
  keyLabel: string;
  labelPx: number;
  eraTitle: string;
  inset: string;
  keyInset: string;
  insetPx: number;
}

const pxOf = (font: string, fallback: number) => parseFloat(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? '') || fallback;

// ---------------------------------------------------------------------------------------------
// Per-event working data

interface Item {
  id: string;
  event: TimelineEvent;
  /** Position in time order. */
  index: number;
  t: number;
  t0: number;
  t1: number;
  span: boolean;
  /** Drawn with a precision whisker: any date coarser than a day. */
  ranged: boolean;
  key: boolean;
  title: string;
  /** Localised date and "date: title", made on first use (most of 10,000 are never shown). */
  date: string | null;
  aria: string | null;
  // geometry of the last layout
  r: number;
  px: number;
  py: number;
  x0: number;
  x1: number;
  drawn: boolean;
}

interface LabelDatum {
  id: string;
  item: Item;
  text: string;
  x: number;
  y: number;
  width: number;
  /** Where the leader line leaves the label. */
  leaderTop: number;
}

interface Geometry {
  width: number;
  height: number;
  svgHeight: number;
  left: number;
  right: number;
  axisY: number;
  marksTop: number;
  /** Top of the "you are here" caret. */
  hereTop: number;
}

type AnyTransition = Transition<any, any, any, any>;
type Listener = (eventId: string) => void;

/** Same attribute calls on a selection or on a transition (d3-axis' idiom): one drawing path. */
function maybeTransition<G extends BaseType, D>(
  sel: Selection<G, D, any, any>,
  t: AnyTransition | null,
  pending: Promise<unknown>[],
): Selection<G, D, any, any> {
  if (!t || sel.empty()) return sel;
  const tr = sel.transition(t);
  pending.push(tr.end().catch(() => undefined));
  // Only attr() and style() are called on the result; both exist with these signatures on both.
  return tr as unknown as Selection<G, D, any, any>;
}

export interface TimelineChart {
  (target: Element | Selection<any, any, any, any>): void;
  events(): readonly TimelineEvent[];
  events(list: readonly TimelineEvent[]): TimelineChart;
  eras(): readonly Era[];
  eras(list: readonly Era[]): TimelineChart;
  lang(): Lang;
  lang(lang: Lang): TimelineChart;
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

const DAY = 86_400_000;
/** Longest screen-reader list joined synchronously; longer ones are built in idle time. */
const LIST_SYNC = 400;
const idle = (fn: () => void) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(fn, { timeout: 200 }) : setTimeout(fn, 1);
/** How much the active mark grows in the full view. */
const ACTIVE_SCALE = 1.15;

export function timelineChart(): TimelineChart {
  // options
  let events: readonly TimelineEvent[] = [];
  let eras: readonly Era[] = [];
  let lang: Lang = 'zh-Hant';
  let mode: TimelineMode = 'full';
  let activeId: string | null = null;
  let transitions = true;
  let fixedSize: Range | null = null;
  let domain: Range = [Date.UTC(2015, 0, 1), Date.UTC(2026, 6, 1)];
  let inset: Range | null = [Date.UTC(2025, 11, 1), Date.UTC(2026, 0, 1)];
  let onSelect: Listener | undefined;

  // mounted state
  let container: HTMLElement | null = null;
  let root: Selection<HTMLDivElement, unknown, null, undefined> | null = null;
  let svg: Selection<SVGSVGElement, unknown, null, undefined> | null = null;
  let zoomer: ZoomBehavior<SVGSVGElement, unknown> | null = null;
  let transform: ZoomTransform = zoomIdentity;
  let view: Range | null = null; // visible time range when zoomed, kept across resizes
  let resizeObserver: ResizeObserver | null = null;
  let media: { query: MediaQueryList; listener: () => void }[] = [];
  let items: Item[] = [];
  let byId = new Map<string, Item>();
  let markNodes = new Map<string, SVGPathElement>();
  let liNodes = new Map<string, HTMLLIElement>();
  let listJob = 0;
  let listDone: Promise<void> | null = null;
  let dirty = true;
  let focusId: string | null = null;
  let generation = 0;
  let drawing = false;
  let animating = false;
  let geometry: Geometry | null = null;
  let lastSize: Range = [0, 0];
  let xBase: ScaleTime<number, number> = scaleUtc();
  let xView: ScaleTime<number, number> = scaleUtc();
  let fontsPending = false;
  let insetShown = false;
  let fonts: Fonts = { label: '', keyLabel: '', labelPx: 15, eraTitle: '', inset: '', keyInset: '', insetPx: 13 };
  let uid = Math.random().toString(36).slice(2, 8);

  const chart = function (target: Element | Selection<any, any, any, any>) {
    const el = (target instanceof Element ? target : (target.node() as Element | null)) as HTMLElement | null;
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
    view = null;
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
  function zoomTo(range: Range | null, anim: boolean) {
    if (!svg || !zoomer || !geometry || mode !== 'full') {
      view = range ? clampRange(range) : null;
      return;
    }
    const t = transformFor(range ? clampRange(range) : null);
    if (anim) {
      setReady(false);
      const tr = svg.transition('tl-zoom').duration(500);
      const gen = generation;
      tr.end().then(
        () => gen === generation && setReady(true),
        () => undefined,
      );
      tr.call(zoomer.transform, t);
    } else {
      svg.call(zoomer.transform, t);
    }
  }
  chart.destroy = function () {
    if (!container) return;
    resizeObserver?.disconnect();
    resizeObserver = null;
    for (const m of media) m.query.removeEventListener('change', m.listener);
    media = [];
    if (svg) {
      svg.interrupt('tl-zoom');
      svg.on('.zoom', null);
    }
    root?.selectAll('*').interrupt('tl-draw');
    root?.remove();
    container.removeAttribute('data-chart-ready');
    container = null;
    root = null;
    svg = null;
    zoomer = null;
    geometry = null;
    markNodes = new Map();
    liNodes = new Map();
    dirty = true;
    generation++;
  };

  // --- helpers ------------------------------------------------------------------------------------

  function animated(): boolean {
    if (!transitions) return false;
    if (typeof matchMedia === 'function') {
      if (matchMedia('(prefers-reduced-motion: reduce)').matches) return false;
      if (matchMedia('print').matches) return false;
    }
    return true;
  }

  function setReady(ready: boolean) {
    container?.setAttribute('data-chart-ready', String(ready && !fontsPending));
  }

  function clampRange([a, b]: Range): Range {
    const lo = Math.max(domain[0], Math.min(a, b));
    const hi = Math.min(domain[1], Math.max(a, b));
    return hi - lo < DAY ? [lo, lo + DAY] : [lo, hi];
  }

  function transformFor(range: Range | null): ZoomTransform {
    if (!range || !geometry) return zoomIdentity;
    const { left, right } = geometry;
    const a = xBase(range[0]);
    const b = xBase(range[1]);
    const k = Math.max(1, Math.min(maxScale(), (right - left) / Math.max(1e-6, b - a)));
    let tx = left - k * a;
    // keep inside the translate extent
    tx = Math.min(left - k * left, Math.max(right - k * right, tx));
    return zoomIdentity.translate(tx, 0).scale(k);
  }

  function maxScale() {
    return Math.max(1, (domain[1] - domain[0]) / (10 * DAY));
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
    if (fixedSize) return fixedSize;
    if (!container) return [0, 0];
    const w = container.clientWidth;
    let h = container.clientHeight;
    if (mode === 'navigator' && h < 40) h = 60;
    if (mode === 'full' && h < 200) h = Math.max(320, Math.round(w * 0.5625));
    return [w, h];
  }

  function dateOf(d: Item): string {
    return (d.date ??= formatEventDate(d.event, lang));
  }

  function ariaOf(d: Item): string {
    return (d.aria ??= `${dateOf(d)}${STRINGS[lang].sep}${d.title}`);
  }

  function prepare() {
    items = events.map((event) => {
      const { t, t0, t1 } = eventTime(event);
      const title = event.title[lang];
      return {
        id: event.id,
        event,
        index: 0,
        t,
        t0,
        t1,
        span: !!event.end,
        ranged: !!event.end || event.date.precision !== 'day',
        key: event.importance === 'key',
        title,
        date: null,
        aria: null,
        r: 0,
        px: 0,
        py: 0,
        x0: 0,
        x1: 0,
        drawn: false,
      };
    });
    items.sort((a, b) => a.t - b.t || a.t0 - b.t0 || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    items.forEach((d, i) => (d.index = i));
    byId = new Map(items.map((d) => [d.id, d]));
  }

  // --- DOM skeleton (built once per container) --------------------------------------------------------

  function build() {
    if (!container) return;
    uid = Math.random().toString(36).slice(2, 8);
    root = select(container).append('div').attr('class', 'tl-root');
    svg = root.append('svg').attr('class', 'tl-svg');
    const defs = svg.append('defs');
    defs.append('clipPath').attr('id', `tl-clip-${uid}`).append('rect');
    svg.append('g').attr('class', 'tl-eras').attr('aria-hidden', 'true');
    svg.append('g').attr('class', 'tl-axis').attr('aria-hidden', 'true');
    svg.append('g').attr('class', 'tl-inset-bracket').attr('aria-hidden', 'true').append('path');
    // leaders, labels and the marker are only made for marks in view, so they need no clipping;
    // the leaders and the marker's line run behind the marks
    svg.append('g').attr('class', 'tl-leaders').attr('aria-hidden', 'true');
    const here = svg.append('g').attr('class', 'tl-here').attr('aria-hidden', 'true').style('display', 'none');
    here.append('line');
    here.append('path').attr('class', 'tl-here-caret');
    here.append('text').attr('class', 'tl-here-text');
    const plot = svg.append('g').attr('class', 'tl-plot').attr('clip-path', `url(#tl-clip-${uid})`);
    plot.append('g').attr('class', 'tl-ranges').attr('aria-hidden', 'true');
    plot.append('g').attr('class', 'tl-marks').attr('role', 'group');
    svg.append('g').attr('class', 'tl-labels').attr('aria-hidden', 'true');
    // probes give the exact fonts the stylesheet sets, for measuring label widths
    const probes = svg.append('g').attr('class', 'tl-probes').attr('aria-hidden', 'true').style('visibility', 'hidden');
    probes.append('text').attr('class', 'tl-label');
    probes.append('text').attr('class', 'tl-label is-key');
    probes.append('text').attr('class', 'tl-era-title');
    probes.append('text').attr('class', 'tl-inset-label');
    probes.append('text').attr('class', 'tl-inset-label is-key');

    const footer = root.append('div').attr('class', 'tl-footer');
    const controls = footer.append('div').attr('class', 'tl-controls');
    controls.append('button').attr('type', 'button').attr('class', 'tl-btn tl-zoom-in').text('+');
    controls.append('button').attr('type', 'button').attr('class', 'tl-btn tl-zoom-out').text('−');
    // An icon, not a symbol character: the talk's font has no reset arrow.
    controls
      .append('button')
      .attr('type', 'button')
      .attr('class', 'tl-btn tl-zoom-reset')
      .append('svg')
      .attr('viewBox', '0 0 24 24')
      .attr('width', 20)
      .attr('height', 20)
      .attr('aria-hidden', 'true')
      .append('path')
      .attr('d', 'M4 12a8 8 0 1 0 2.3-5.6M4 4v4h4')
      .attr('fill', 'none')
      .attr('stroke', 'currentColor')
      .attr('stroke-width', 2)
      .attr('stroke-linecap', 'round')
      .attr('stroke-linejoin', 'round');
    footer.append('ul').attr('class', 'tl-legend').attr('aria-hidden', 'true');
    const insetBox = footer.append('div').attr('class', 'tl-inset');
    insetBox.append('button').attr('type', 'button').attr('class', 'tl-inset-title');
    const isvg = insetBox.append('svg').attr('class', 'tl-inset-svg').attr('aria-hidden', 'true');
    isvg.append('rect').attr('class', 'tl-inset-frame');
    isvg.append('g').attr('class', 'tl-axis');
    isvg.append('g').attr('class', 'tl-leaders');
    isvg.append('g').attr('class', 'tl-marks');
    isvg.append('g').attr('class', 'tl-labels');

    root.append('div').attr('class', 'tl-detail').attr('role', 'tooltip').attr('id', `tl-detail-${uid}`).attr('hidden', '');
    root.append('ol').attr('class', 'tl-sr-only');

    // one delegated listener per kind: nothing to leak when marks come and go
    svg.on('click.tl', onClick);
    isvg.on('click.tl', onClick);
    svg.on('pointerover.tl', onPointerOver).on('pointerout.tl', onPointerOut);
    isvg.on('pointerover.tl', onPointerOver).on('pointerout.tl', onPointerOut);
    svg.select('.tl-marks').on('keydown.tl', onKeyDown).on('focusin.tl', onFocusIn).on('focusout.tl', onFocusOut);
    controls.select('.tl-zoom-in').on('click.tl', () => zoomBy(1.6));
    controls.select('.tl-zoom-out').on('click.tl', () => zoomBy(1 / 1.6));
    controls.select('.tl-zoom-reset').on('click.tl', () => chart.zoomTo(null));
    insetBox.select('.tl-inset-title').on('click.tl', () => inset && chart.zoomTo(padRange(inset)));

    zoomer = d3zoom<SVGSVGElement, unknown>()
      .scaleExtent([1, maxScale()])
      .filter((event: Event) => mode === 'full' && (!(event as MouseEvent).button || event.type === 'wheel') && !((event as MouseEvent).ctrlKey && event.type !== 'wheel'))
      .on('zoom', onZoom);
    svg.call(zoomer).on('dblclick.zoom', null);

    for (const q of ['(prefers-reduced-motion: reduce)', 'print']) {
      if (typeof matchMedia !== 'function') break;
      const query = matchMedia(q);
      const listener = () => {
        if (query.matches) {
          root?.selectAll('*').interrupt('tl-draw');
          svg?.interrupt('tl-zoom');
          draw(false);
        }
      };
      query.addEventListener('change', listener);
      media.push({ query, listener });
    }
    observe();
  }

  function readFonts(): Fonts {
    const probe = (sel: string) => fontOf(svg!.select(`.tl-probes ${sel}`).node() as Element | null);
    const label = probe('.tl-label:not(.is-key)');
    const inset = probe('.tl-inset-label:not(.is-key)');
    return {
      label,
      keyLabel: probe('.tl-label.is-key'),
      labelPx: pxOf(label, 15),
      eraTitle: probe('.tl-era-title'),
      inset,
      keyInset: probe('.tl-inset-label.is-key'),
      insetPx: pxOf(inset, 13),
    };
  }

  function padRange([a, b]: Range): Range {
    const pad = (b - a) * 0.15;
    return [a - pad, b + pad];
  }

  function zoomBy(k: number) {
    if (!svg || !zoomer) return;
    if (animated()) svg.transition('tl-zoom').duration(300).call(zoomer.scaleBy, k);
    else svg.call(zoomer.scaleBy, k);
  }

  function onZoom(event: D3ZoomEvent<SVGSVGElement, unknown>) {
    transform = event.transform;
    if (drawing || !geometry) return;
    const [a, b] = transform.rescaleX(xBase).domain();
    view = transform.k === 1 ? null : [+a!, +b!];
    if (animating) {
      root?.selectAll('*').interrupt('tl-draw');
      animating = false;
    }
    layoutAndRender(null, []);
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
    if (dirty) prepare();
    const s = STRINGS[lang];

    root
      .attr('lang', lang)
      .classed('tl-mode-full', mode === 'full')
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
      .attr('aria-label', mode === 'full' ? s.chart : s.navigator)
      .attr('aria-roledescription', null);
    const footer = root.select<HTMLDivElement>('.tl-footer').style('display', mode === 'full' ? '' : 'none');
    if (dirty) {
      footer.select('.tl-zoom-in').attr('aria-label', s.zoomIn).attr('title', s.zoomIn);
      footer.select('.tl-zoom-out').attr('aria-label', s.zoomOut).attr('title', s.zoomOut);
      footer.select('.tl-zoom-reset').attr('aria-label', s.reset).attr('title', s.reset);
      drawLegend();
    }
    // measure first (fonts, footer), then grow the DOM: one style pass on a small tree instead
    // of a forced one on thousands of new marks
    fonts = readFonts();
    const showInset = (insetShown = mode === 'full' && inset !== null && items.some((d) => d.t >= inset![0] && d.t < inset![1]));
    footer.select('.tl-inset').style('display', showInset ? '' : 'none');
    const compact = width < 640;
    const left = mode === 'full' ? (compact ? 22 : 28) : 20;
    const right = width - left;
    if (showInset) drawInset(width, left); // first: its height is part of the footer's
    const footerHeight = mode === 'full' ? (footer.node()?.offsetHeight ?? 0) : 0;
    if (dirty) {
      const job = joinList();
      listDone = job;
      void job.then(() => {
        if (listDone === job) listDone = null;
      });
    }
    const svgHeight = Math.max(mode === 'full' ? 160 : 30, height - footerHeight);
    svg.attr('width', width).attr('height', svgHeight);

    const axisY = mode === 'full' ? svgHeight - 30 : svgHeight - 15;
    geometry = { width, height, svgHeight, left, right, axisY, marksTop: axisY, hereTop: 1 };
    xBase = scaleUtc().domain([new Date(domain[0]), new Date(domain[1])]).range([left, right]);

    svg.select(`#tl-clip-${uid} rect`).attr('x', left - 12).attr('y', 0).attr('width', right - left + 24).attr('height', svgHeight);
    zoomer!
      .scaleExtent([1, maxScale()])
      .extent([[left, 0], [right, svgHeight]])
      .translateExtent([[left, 0], [right, svgHeight]]);
    drawing = true;
    svg.call(zoomer!.transform, mode === 'full' ? transformFor(view) : zoomIdentity);
    drawing = false;

    const t = animate ? svg.transition('tl-draw').duration(450) : null;
    const pending: Promise<unknown>[] = [];
    animating = !!t;
    layoutAndRender(t, pending);
    dirty = false;

    if (typeof document !== 'undefined' && document.fonts && document.fonts.status !== 'loaded' && !fontsPending) {
      fontsPending = true;
      document.fonts.ready.then(() => {
        fontsPending = false;
        widthCache.clear();
        if (container) draw(false);
      });
    }
    if (listDone) pending.push(listDone); // a list still being built, maybe by an earlier draw
    Promise.all(pending).then(() => {
      if (myGen !== generation) return;
      animating = false;
      setReady(true);
    });
  }

  /** Everything that depends on the scale: cheap enough to run on every zoom event. */
  function layoutAndRender(t: AnyTransition | null, pending: Promise<unknown>[]) {
    if (!svg || !geometry) return;
    const g = geometry;
    const full = mode === 'full';
    xView = full ? transform.rescaleX(xBase) : xBase;

    // 1. mark rows: no two marks overlap; whiskers and bars count as part of their mark
    const rBase = full ? (g.width < 640 ? 6.5 : 8) : 4.2;
    const rKey = full ? rBase * 1.3 : 5;
    const rowGap = full ? 3 : 1;
    // room for the active mark's enlargement (full view only) and its ring
    const rowH = 2 * rKey * (full ? ACTIVE_SCALE : 1) + rowGap + (full ? 2 : 1);
    const labelFont = fonts.label;
    const labelPx = full ? fonts.labelPx : 0;
    const eraTitleH = full ? Math.round(labelPx * 1.6) + 6 : 4;
    const maxRows = Math.max(1, Math.min(full ? 8 : 6, Math.floor((g.axisY - eraTitleH - (full ? labelPx * 3 : 3)) / rowH)));
    const lo = g.left - 10;
    const hi = g.right + 10;
    const markBoxes: LabelBox[] = [];
    const inView: Item[] = [];
    const x = linear(xView);
    for (const d of items) {
      d.r = d.key ? rKey : rBase;
      d.px = x(d.t);
      // A span's bar is part of its mark. In the full view a coarse date's whisker is drawn too,
      // but it may pass behind other marks: were it a solid box, a year-wide whisker would take a
      // row of its own and push marks out of a short chart.
      const wide = d.span || (full && d.ranged);
      const a = wide ? Math.min(x(d.t0), d.px - d.r) : d.px - d.r;
      const b = wide ? Math.max(x(d.t1), d.px + d.r) : d.px + d.r;
      d.x0 = d.span ? x(d.t0) : a;
      d.x1 = d.span ? x(d.t1) : b;
      d.drawn = false;
      if (b < lo || a > hi) continue;
      inView.push(d);
      const [boxA, boxB] = d.span ? [a, b] : [d.px - d.r, d.px + d.r];
      markBoxes.push({ id: d.id, x: (boxA + boxB) / 2, width: boxB - boxA, fixed: true, priority: d.key ? 1 : 0 });
    }
    const rows = layoutLabels(markBoxes, { lanes: maxRows, gap: full ? 3 : 1 });
    const markBase = g.axisY - (full ? 8 : 3);
    rows.labels.forEach((p, i) => {
      const d = inView[i]!;
      if (p.hidden) return;
      d.drawn = true;
      d.py = markBase - rowH * p.lane - rKey;
    });
    const marksTop = markBase - rowH * Math.max(1, rows.lanesUsed);
    g.marksTop = marksTop;
    g.hereTop = full ? marksTop - 6 - Math.round(labelPx * 0.9) + 2 : 1;
    root!.attr('data-hidden-marks', rows.hidden.length || null);

    // 2. labels: full view only; key events first so they are always labelled
    const labels: LabelDatum[] = [];
    if (full) {
      const keyFont = fonts.keyLabel;
      const labelTop = eraTitleH + 4;
      const minLaneH = labelPx * 1.45;
      const labelBottom = marksTop - 6 - Math.round(labelPx * 0.9); // the "you are here" strip
      const lanes = Math.max(0, Math.min(14, Math.floor((labelBottom - labelTop) / minLaneH)));
      const maxW = Math.max(110, Math.min(420, g.width * 0.24));
      const boxes: LabelBox[] = [];
      const texts: { text: string; width: number }[] = [];
      const drawn = inView.filter((d) => d.drawn && d.px >= g.left && d.px <= g.right);
      for (const d of drawn) {
        const fit = fitText(d.title, d.key ? keyFont : labelFont, maxW);
        texts.push(fit);
        boxes.push({ id: d.id, x: d.px, width: fit.width + 2, priority: d.key ? 1 : 0 });
      }
      const placed = layoutLabels(boxes, { lanes, gap: 10, extent: [2, g.width - 2], leaderWidth: 1 });
      const laneH = placed.lanesUsed
        ? Math.max(minLaneH, Math.min(labelPx * 2.4, (labelBottom - labelTop) / placed.lanesUsed))
        : minLaneH;
      placed.labels.forEach((p, i) => {
        if (p.hidden) return;
        const d = drawn[i]!;
        const bottom = labelBottom - laneH * p.lane;
        labels.push({
          id: d.id,
          item: d,
          text: texts[i]!.text,
          x: p.x + 1,
          y: bottom - labelPx * 0.28,
          width: p.width,
          leaderTop: bottom + 1,
        });
      });
    }

    // 3. eras, axis, marks, labels, marker
    drawEras(eraTitleH, t, pending);
    drawAxis(t, pending);
    renderMarks(t, pending, dirty);
    renderLabels(labels, t, pending);
    drawInsetBracket();
    placeHere(t, pending);
    updateTabStop();
  }

  function drawEras(titleH: number, t: AnyTransition | null, pending: Promise<unknown>[]) {
    const g = geometry!;
    const x = xView;
    const full = mode === 'full';
    const titleFont = fonts.eraTitle;
    const sel = svg!
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

  function drawAxis(t: AnyTransition | null, pending: Promise<unknown>[]) {
    const g = geometry!;
    const full = mode === 'full';
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
    const sel = svg!.select<SVGGElement>('.tl-axis').attr('transform', `translate(0,${g.axisY})`);
    if (t) {
      const tr = sel.transition(t);
      pending.push(tr.end().catch(() => undefined));
      tr.call(axis);
    } else sel.call(axis);
    sel.select('.domain').attr('d', `M${g.left},0H${g.right}`);
  }

  /**
   * Marks exist only while drawn (in view, with a row): with 10,000 events, most have no room at
   * full zoom, and a node that is never shown costs style and layout for nothing. The join is
   * keyed, so a mark that stays drawn keeps its node (and its focus) across zooms and resizes.
   */
  function renderMarks(t: AnyTransition | null, pending: Promise<unknown>[], relabel: boolean) {
    const full = mode === 'full';
    const drawn = items.filter((d) => d.drawn);
    const marks = svg!
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
        (update) => (relabel ? labelMarks(update) : update),
        (exit) => exit.remove(),
      )
      // positions are set directly, never transitioned, so zooming never fights a transition
      .attr('transform', (d) => `translate(${d.span ? d.x0 : d.px},${d.py})`)
      .attr('d', (d) => markPath(d))
      .attr('data-active', (d) => (d.id === activeId ? 'true' : null))
      .attr('aria-current', (d) => (d.id === activeId ? 'step' : null))
      .order();
    if (t) maybeTransition(marks, t, pending).style('opacity', 1);
    else clearFade(marks);
    markNodes = new Map();
    marks.each(function (d) {
      markNodes.set(d.id, this);
    });
    svg!
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
  }

  /** Undo a fade-in that an interrupted transition left half done. */
  function clearFade<G extends SVGElement>(sel: Selection<G, any, any, any>) {
    sel.filter(function () {
      return this.style.opacity !== '';
    }).style('opacity', null);
  }

  function labelMarks(sel: Selection<SVGPathElement, Item, any, any>) {
    return sel
      .attr('class', (d) => `tl-event cat-${d.event.category}${d.key ? ' is-key' : ''}${d.span ? ' is-span' : ''}`)
      .attr('data-event-id', (d) => d.id)
      .attr('aria-label', ariaOf);
  }

  function markPath(d: Item): string {
    const r = d.id === activeId && mode === 'full' ? d.r * ACTIVE_SCALE : d.r;
    if (d.span) return barPath(d.x1 - d.x0, r * 1.5);
    return symbolPath(d.event.category, r);
  }

  function renderLabels(labels: LabelDatum[], t: AnyTransition | null, pending: Promise<unknown>[]) {
    const text = svg!
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
    const leaders = svg!
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

  function drawInsetBracket() {
    const path = svg!.select('.tl-inset-bracket').select('path');
    const g = geometry!;
    if (mode !== 'full' || !inset || !insetShown) {
      path.attr('d', null);
      return;
    }
    const a = Math.max(g.left, xView(inset[0]));
    const b = Math.min(g.right, xView(inset[1]));
    // once zoomed in enough to see the range itself, the pointer to the panel is noise
    if (b <= a || b - a > (g.right - g.left) / 8) {
      path.attr('d', null);
      return;
    }
    const y = g.axisY + 3;
    path.attr('d', `M${a},${y}V${y + 6}H${b}V${y}M${(a + b) / 2},${y + 6}V${y + 12}`);
  }

  function placeHere(t: AnyTransition | null, pending: Promise<unknown>[]) {
    const here = svg!.select<SVGGElement>('.tl-here');
    const d = activeId ? byId.get(activeId) : undefined;
    const g = geometry!;
    if (!d || d.px < g.left - 1 || d.px > g.right + 1) {
      here.style('display', 'none');
      return;
    }
    const full = mode === 'full';
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

  /** Roving tabindex: one tab stop per chart; arrows move inside. */
  function updateTabStop() {
    const want = (focusId && byId.get(focusId)?.drawn ? focusId : null) ?? (activeId && byId.get(activeId)?.drawn ? activeId : null) ?? items.find((d) => d.drawn)?.id ?? null;
    for (const [id, node] of markNodes) {
      const ti = id === want ? '0' : '-1';
      if (node.getAttribute('tabindex') !== ti) node.setAttribute('tabindex', ti);
    }
  }

  /**
   * The screen-reader list. Up to LIST_SYNC events it is joined at once; a longer one (only
   * synthetic data gets there) is built in idle-time chunks after the chart is drawn, since laying
   * out thousands of list items would cost more than drawing the chart. Returns when complete.
   */
  function joinList(): Promise<void> {
    const s = STRINGS[lang];
    const ol = root!.select<HTMLOListElement>('ol.tl-sr-only').attr('aria-label', s.list);
    const text = (d: Item) => `${ariaOf(d)}${d.key ? ` (${s.key})` : ''}. ${d.event.summary[lang]} (${s.categories[d.event.category]})`;
    const job = ++listJob;
    liNodes = new Map();
    const finish = () => {
      const a = activeId ? liNodes.get(activeId) : undefined;
      a?.setAttribute('aria-current', 'step');
    };
    if (items.length <= LIST_SYNC) {
      const li = ol
        .selectAll<HTMLLIElement, Item>('li')
        .data(items, (d) => d.id)
        .join('li')
        .attr('data-list-event-id', (d) => d.id)
        .attr('aria-current', null)
        .text(text)
        .order();
      li.each(function (d) {
        liNodes.set(d.id, this);
      });
      finish();
      return Promise.resolve();
    }
    ol.selectAll('li').remove();
    const list = items;
    return new Promise<void>((resolve) => {
      let i = 0;
      const step = () => {
        if (job !== listJob || !root) return resolve();
        const frag = document.createDocumentFragment();
        for (const end = Math.min(list.length, i + 500); i < end; i++) {
          const d = list[i]!;
          const li = document.createElement('li');
          li.setAttribute('data-list-event-id', d.id);
          li.textContent = text(d);
          liNodes.set(d.id, li);
          frag.append(li);
        }
        ol.node()!.append(frag);
        if (i < list.length) idle(step);
        else {
          finish();
          resolve();
        }
      };
      idle(step);
    });
  }

  function drawLegend() {
    const s = STRINGS[lang];
    const li = root!
      .select('.tl-legend')
      .selectAll<HTMLLIElement, Category>('li')
      .data(CATEGORIES, (d) => d)
      .join((enter) => {
        const e = enter.append('li');
        const sw = e.append('svg').attr('width', 16).attr('height', 16).attr('viewBox', '-8 -8 16 16');
        sw.append('path');
        e.append('span');
        return e;
      })
      .attr('class', (d) => `cat-${d}`);
    li.select('path').attr('class', 'tl-swatch').attr('d', (d) => symbolPath(d, 7));
    li.select('span').text((d) => s.categories[d]);
  }

  /** The magnified panel: its own scale over the inset range, sized to what it holds. */
  function drawInset(width: number, left: number) {
    if (!inset || !root) return;
    const range = inset;
    const box = root.select<HTMLDivElement>('.tl-inset');
    const s = STRINGS[lang];
    const when = insetName(range);
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

  function insetName([a, b]: Range): string {
    const start = new Date(a);
    const monthEnd = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1);
    if (start.getUTCDate() === 1 && b === monthEnd) {
      return formatPreciseDate({ text: '', precision: 'month', start: a, end: b }, lang);
    }
    const day = (ms: number) => formatPreciseDate({ text: '', precision: 'day', start: ms, end: ms + DAY }, lang);
    return `${day(a)}–${day(b - DAY)}`;
  }

  // --- active (cheap: no layout) ----------------------------------------------------------------------

  function setActive(id: string | null) {
    if (id === activeId) return;
    const prev = activeId;
    activeId = id;
    if (!root || !svg || !geometry) return;
    for (const [eid, on] of [
      [prev, false],
      [id, true],
    ] as const) {
      if (!eid) continue;
      const node = markNodes.get(eid);
      const d = byId.get(eid);
      if (node && d) {
        if (on) {
          node.setAttribute('data-active', 'true');
          node.setAttribute('aria-current', 'step');
        } else {
          node.removeAttribute('data-active');
          node.removeAttribute('aria-current');
        }
        node.setAttribute('d', markPath(d));
      }
      const li = liNodes.get(eid);
      if (on) li?.setAttribute('aria-current', 'step');
      else li?.removeAttribute('aria-current');
    }
    // the inset's copy is marked apart, so [data-active] names exactly one element
    root.selectAll<SVGPathElement, unknown>('.tl-inset-event').attr('data-inset-active', function () {
      return this.getAttribute('data-inset-event-id') === id ? 'true' : null;
    });
    const anim = animated();
    const pending: Promise<unknown>[] = [];
    const t = anim ? svg.transition('tl-here').duration(300) : null;
    placeHere(t, pending);
    if (!focusId) updateTabStop();
  }

  // --- interaction ----------------------------------------------------------------------------------

  function eventIdOf(target: EventTarget | null): string | null {
    const el = target instanceof Element ? target.closest('[data-event-id],[data-inset-event-id]') : null;
    return el ? el.getAttribute('data-event-id') ?? el.getAttribute('data-inset-event-id') : null;
  }

  function emit(id: string) {
    onSelect?.(id);
  }

  function onClick(event: MouseEvent) {
    let id = eventIdOf(event.target);
    if (!id && event.currentTarget === svg?.node()) id = nearest(event);
    if (id) emit(id);
  }

  /** A tap near a small mark counts as a tap on it (touch targets of at least ~32 px). */
  function nearest(event: MouseEvent): string | null {
    const node = svg!.node()!;
    const ctm = node.getScreenCTM();
    if (!ctm) return null;
    const p = new DOMPoint(event.clientX, event.clientY).matrixTransform(ctm.inverse());
    let best: Item | null = null;
    let bestDist = mode === 'full' ? 16 : 14;
    for (const d of items) {
      if (!d.drawn) continue;
      const dx = d.span ? Math.max(d.x0 - p.x, 0, p.x - d.x1) : d.px - p.x;
      const dist = Math.hypot(dx, d.py - p.y);
      if (dist < bestDist) {
        bestDist = dist;
        best = d;
      }
    }
    return best?.id ?? null;
  }

  function onKeyDown(event: KeyboardEvent) {
    const id = eventIdOf(event.target);
    const d = id ? byId.get(id) : undefined;
    if (!d) return;
    let next: Item | undefined;
    switch (event.key) {
      case 'ArrowRight':
        next = items[Math.min(items.length - 1, d.index + 1)];
        break;
      case 'ArrowLeft':
        next = items[Math.max(0, d.index - 1)];
        break;
      case 'Home':
        next = items[0];
        break;
      case 'End':
        next = items[items.length - 1];
        break;
      case 'Enter':
      case ' ':
        event.preventDefault();
        event.stopPropagation();
        emit(d.id);
        return;
      case '+':
      case '=':
        if (mode !== 'full') return;
        zoomBy(1.6);
        break;
      case '-':
        if (mode !== 'full') return;
        zoomBy(1 / 1.6);
        break;
      case 'Escape':
        hideDetail();
        return;
      default:
        return;
    }
    // the deck must not also turn the slide
    event.preventDefault();
    event.stopPropagation();
    if (next) focusItem(next);
  }

  function focusItem(d: Item) {
    // bring it into view, without animation so that its node exists when it is focused: centre
    // on it, zooming in until it has a row of its own
    for (let i = 0; i < 12 && mode === 'full' && !d.drawn; i++) {
      const span = view ? view[1] - view[0] : domain[1] - domain[0];
      const k = d.px >= geometry!.left && d.px <= geometry!.right ? 0.5 : 1;
      zoomTo([d.t - (span * k) / 2, d.t + (span * k) / 2], false);
    }
    focusId = d.id;
    updateTabStop();
    markNodes.get(d.id)?.focus({ preventScroll: true });
  }

  function onFocusIn(event: FocusEvent) {
    const id = eventIdOf(event.target);
    if (!id) return;
    focusId = id;
    updateTabStop();
    showDetail(id, true);
  }

  function onFocusOut(event: FocusEvent) {
    const next = event.relatedTarget instanceof Element ? event.relatedTarget : null;
    if (!next || !svg?.node()?.contains(next)) {
      focusId = null;
      hideDetail();
    }
  }

  function onPointerOver(event: PointerEvent) {
    const id = eventIdOf(event.target);
    const inInset = event.target instanceof Element && event.target.hasAttribute('data-inset-event-id');
    if (id) showDetail(id, false, inInset);
  }

  function onPointerOut(event: PointerEvent) {
    if (!eventIdOf(event.target)) return;
    const toMark = eventIdOf(event.relatedTarget);
    if (toMark) return;
    const focused = document.activeElement;
    const fid = focused instanceof Element ? focused.getAttribute('data-event-id') : null;
    if (fid) showDetail(fid, true);
    else hideDetail();
  }

  function showDetail(id: string, byFocus: boolean, inInset = false) {
    const d = byId.get(id);
    if (!d || !root || !geometry) return;
    const s = STRINGS[lang];
    const box = root.select<HTMLDivElement>('.tl-detail').attr('hidden', null).classed('is-key', d.key);
    box
      .selectAll<HTMLElement, string>('.tl-detail-part')
      .data(['date', 'title', 'summary', 'cat'])
      .join((e) => e.append('div'))
      .attr('class', (k) => `tl-detail-part tl-detail-${k}`);
    box.select('.tl-detail-date').text(dateOf(d));
    box.select('.tl-detail-title').text(d.title);
    box.select('.tl-detail-summary').text(mode === 'full' ? d.event.summary[lang] : '').style('display', mode === 'full' ? '' : 'none');
    box
      .select('.tl-detail-cat')
      .attr('class', `tl-detail-part tl-detail-cat cat-${d.event.category}`)
      .text(`${s.categories[d.event.category]}${d.key ? ` · ${s.key}` : ''}`);
    // place it above the mark (below, in the full view, when there is no room above)
    const node = box.node()!;
    const bw = node.offsetWidth;
    const bh = node.offsetHeight;
    let x = d.px;
    let y = d.py - d.r - 10;
    if (inInset) {
      const insetMark = root.select<SVGPathElement>(`[data-inset-event-id="${CSS.escape(id)}"]`).node();
      if (!insetMark) return;
      const rb = root.node()!.getBoundingClientRect();
      const mb = insetMark.getBoundingClientRect();
      const scale = rb.width / (root.node()!.offsetWidth || rb.width) || 1;
      x = (mb.left + mb.width / 2 - rb.left) / scale;
      y = (mb.top - rb.top) / scale - 8;
    }
    const left = Math.max(4, Math.min(geometry.width - bw - 4, x - bw / 2));
    let topPx = y - bh;
    if (mode === 'full' && topPx < 0) topPx = y + 2 * d.r + 22;
    box.style('left', `${left}px`).style('top', `${topPx}px`);
    const mark = markNodes.get(id);
    if (byFocus && mark) mark.setAttribute('aria-describedby', node.id);
  }

  function hideDetail() {
    root?.select('.tl-detail').attr('hidden', '');
    for (const node of root?.selectAll<SVGPathElement, unknown>('[aria-describedby]').nodes() ?? []) {
      node.removeAttribute('aria-describedby');
    }
  }

  return chart;
}
