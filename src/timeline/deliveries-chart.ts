/**
 * `deliveriesChart()`: cars delivered per year, as a d3 reusable chart (same conventions as
 * `timelineChart()`: chained getter/setters, keyed joins, one drawing path with or without a
 * transition, `data-chart-ready` on the container when drawn, `destroy()`).
 *
 *   select(el).call(deliveriesChart().data(deck.deliveries).lang('en').source('Source: …'));
 *
 * A year whose value is null (2020: not verified) gets a dashed empty slot labelled with its note,
 * never a bar. Approximate figures read "about 1,000" / "約 1,000". The figure is one `role="img"`
 * whose aria-label states every value, so a screen reader hears the same data as the bars show.
 * Size: follows the container (ResizeObserver) unless `.size([w, h])` fixes it.
 */
import { select, type BaseType, type Selection } from 'd3-selection';
import 'd3-transition';
import { scaleBand, scaleLinear } from 'd3-scale';
import { axisBottom } from 'd3-axis';
import type { DeliveryYear, Lang } from '../model';
import { targetElement } from './timeline-dom';
import { maybeTransition, type AnyTransition } from './timeline-motion';

type Range = [number, number];

const STRINGS = {
  'zh-Hant': {
    title: '零跑汽車年度交付量（輛）',
    about: '約',
    year: (y: number) => `${y}年`,
    missing: '未經核實',
    sep: '；',
  },
  en: {
    title: 'Leapmotor deliveries by year (cars)',
    about: 'about',
    year: (y: number) => `${y}`,
    missing: 'not verified',
    sep: '; ',
  },
} as const;

/**
 * "約 1,000" / "about 1,000" / "596,555"; `compact` for narrow bars: "59.7萬" / "596.6K".
 * Returned as [prefix, number] so a narrow chart can put them on two lines.
 */
export function deliveriesParts(d: DeliveryYear, lang: Lang, compact = false): [string, string] {
  if (d.value === null) return ['', d.note?.[lang] ?? STRINGS[lang].missing];
  const n = new Intl.NumberFormat(lang === 'en' ? 'en' : 'zh-Hant', compact ? { notation: 'compact', maximumFractionDigits: 1 } : {}).format(d.value);
  return [d.approximate ? STRINGS[lang].about : '', n];
}

export function formatDeliveries(d: DeliveryYear, lang: Lang, compact = false): string {
  const [prefix, n] = deliveriesParts(d, lang, compact);
  return prefix ? `${prefix} ${n}` : n;
}

/** The sentence a screen reader hears for the whole chart. */
export function describeDeliveries(list: readonly DeliveryYear[], lang: Lang): string {
  const s = STRINGS[lang];
  const parts = list.map((d) => `${s.year(d.year)}${lang === 'en' ? ': ' : '：'}${formatDeliveries(d, lang)}`);
  return `${s.title}${lang === 'en' ? '. ' : '。'}${parts.join(s.sep)}`;
}


export interface DeliveriesChart {
  (target: Element | Selection<any, any, any, any>): void;
  data(): readonly DeliveryYear[];
  data(list: readonly DeliveryYear[]): DeliveriesChart;
  lang(): Lang;
  lang(lang: Lang): DeliveriesChart;
  /** The source line shown under the chart (plain text). */
  source(): string;
  source(text: string): DeliveriesChart;
  transitions(): boolean;
  transitions(on: boolean): DeliveriesChart;
  /** The smallest text size the chart may use in narrow slots, in px (phones: 16). */
  minTextSize(): number;
  minTextSize(px: number): DeliveriesChart;
  size(): Range | null;
  size(size: Range | null): DeliveriesChart;
  destroy(): void;
}

export function deliveriesChart(): DeliveriesChart {
  let data: readonly DeliveryYear[] = [];
  let lang: Lang = 'zh-Hant';
  let source = '';
  let transitions = true;
  let minText = 0;
  let fixedSize: Range | null = null;

  let container: HTMLElement | null = null;
  let root: Selection<HTMLElement, unknown, null, undefined> | null = null;
  let observer: ResizeObserver | null = null;
  let lastSize: Range = [0, 0];
  let generation = 0;

  const chart = function (target: Element | Selection<any, any, any, any>) {
    const el = targetElement(target);
    if (!el) return;
    if (el !== container) {
      if (container) chart.destroy();
      container = el;
      build();
    }
    draw(animated());
  } as DeliveriesChart;

  chart.data = function (list?: readonly DeliveryYear[]): any {
    if (list === undefined) return data;
    data = [...list].sort((a, b) => a.year - b.year);
    return chart;
  };
  chart.lang = function (l?: Lang): any {
    if (l === undefined) return lang;
    lang = l;
    return chart;
  };
  chart.source = function (text?: string): any {
    if (text === undefined) return source;
    source = text;
    return chart;
  };
  chart.transitions = function (on?: boolean): any {
    if (on === undefined) return transitions;
    transitions = on;
    return chart;
  };
  chart.minTextSize = function (px?: number): any {
    if (px === undefined) return minText;
    minText = px;
    return chart;
  };
  chart.size = function (s?: Range | null): any {
    if (s === undefined) return fixedSize;
    fixedSize = s ? [s[0], s[1]] : null;
    if (container) observe();
    return chart;
  };
  chart.destroy = function () {
    observer?.disconnect();
    observer = null;
    root?.selectAll('*').interrupt('dc-draw');
    root?.remove();
    container?.removeAttribute('data-chart-ready');
    root = null;
    container = null;
    generation++;
  };

  function animated() {
    if (!transitions) return false;
    if (typeof matchMedia === 'function') {
      if (matchMedia('(prefers-reduced-motion: reduce)').matches || matchMedia('print').matches) return false;
    }
    return true;
  }

  function measure(): Range {
    if (fixedSize) return fixedSize;
    if (!container) return [0, 0];
    const w = container.clientWidth;
    const h = container.clientHeight;
    return [w, h >= 160 ? h : Math.max(240, Math.round(w * 0.5))];
  }

  function observe() {
    observer?.disconnect();
    observer = null;
    if (fixedSize || !container || typeof ResizeObserver === 'undefined') return;
    observer = new ResizeObserver(() => {
      const [w, h] = measure();
      if (w !== lastSize[0] || h !== lastSize[1]) draw(false);
    });
    observer.observe(container);
  }

  function build() {
    root = select(container!).append('figure').attr('class', 'dc-root');
    const svg = root.append('svg').attr('class', 'dc-svg').attr('role', 'img');
    svg.append('g').attr('class', 'dc-axis');
    svg.append('g').attr('class', 'dc-slots');
    root.append('figcaption').attr('class', 'dc-source');
    observe();
  }

  function draw(animate: boolean) {
    if (!root || !container) return;
    const myGen = ++generation;
    const [width, height] = measure();
    lastSize = [width, height];
    root.style('width', fixedSize ? `${width}px` : '').style('height', fixedSize ? `${height}px` : '');
    const caption = root.select<HTMLElement>('.dc-source').text(source).style('display', source ? '' : 'none');
    if (width <= 0 || height <= 0) {
      container.setAttribute('data-chart-ready', 'true');
      return;
    }
    container.setAttribute('data-chart-ready', 'false');
    const s = STRINGS[lang];
    const svgHeight = Math.max(120, height - (source ? (caption.node()?.offsetHeight ?? 0) + 8 : 0));
    const svg = root
      .select<SVGSVGElement>('svg')
      .attr('width', width)
      .attr('height', svgHeight)
      .attr('aria-label', describeDeliveries(data, lang));
    const compact = width < 500;
    const margin = { top: compact ? 30 : 36, right: 8, bottom: compact ? 28 : 34, left: 8 };
    const x = scaleBand<number>()
      .domain(data.map((d) => d.year))
      .range([margin.left, width - margin.right])
      .paddingInner(compact ? 0.22 : 0.3)
      .paddingOuter(0.1);
    const max = Math.max(1, ...data.map((d) => d.value ?? 0));
    const y = scaleLinear().domain([0, max]).range([svgHeight - margin.bottom, margin.top]);
    const base = y(0);

    const t = animate ? svg.transition('dc-draw').duration(600) : null;
    const pending: Promise<unknown>[] = [];

    svg
      .select<SVGGElement>('.dc-axis')
      .attr('transform', `translate(0,${base})`)
      .call(axisBottom(x).tickFormat((d) => (x.step() < 60 ? String(d) : s.year(d))).tickSizeOuter(0).tickSize(0).tickPadding(compact ? 8 : 10));

    const slot = svg
      .select('.dc-slots')
      .selectAll<SVGGElement, DeliveryYear>('g.dc-slot')
      .data(data, (d) => String(d.year))
      .join((enter) => {
        const g = enter.append('g').attr('class', 'dc-slot');
        g.append('rect').attr('class', 'dc-bar').attr('y', base).attr('height', 0);
        g.append('rect').attr('class', 'dc-missing');
        g.append('text').attr('class', 'dc-value').attr('y', base - 8);
        g.append('text').attr('class', 'dc-note');
        return g;
      })
      .attr('data-year', (d) => d.year);

    const bw = x.bandwidth();
    const bar = slot
      .select<SVGRectElement>('.dc-bar')
      .classed('is-approximate', (d) => d.approximate)
      .attr('x', (d) => x(d.year) ?? 0)
      .attr('width', bw)
      .style('display', (d) => (d.value === null ? 'none' : ''));
    maybeTransition(bar, t, pending)
      .attr('y', (d) => y(d.value ?? 0))
      .attr('height', (d) => base - y(d.value ?? 0));

    // a slot with no verified figure: a dashed outline and its note, no bar
    const missingH = Math.min(base - margin.top, (base - margin.top) * 0.35 + 30);
    slot
      .select<SVGRectElement>('.dc-missing')
      .style('display', (d) => (d.value === null ? '' : 'none'))
      .attr('x', (d) => (x(d.year) ?? 0) + 1)
      .attr('width', Math.max(0, bw - 2))
      .attr('y', base - missingH)
      .attr('height', missingH)
      .attr('rx', 4);
    const noteSize = Math.max(minText, compact ? 12 : 15);
    slot
      .select<SVGTextElement>('.dc-note')
      .style('display', (d) => (d.value === null ? '' : 'none'))
      .style('--dc-note-size', `${noteSize}px`)
      .attr('x', (d) => (x(d.year) ?? 0) + bw / 2)
      .attr('y', base - missingH / 2)
      .attr('dy', '0.35em')
      .text((d) => (d.value === null ? formatDeliveries(d, lang) : ''))
      .each(function () {
        // a long note in a narrow slot is turned to read upwards
        const el = this as SVGTextElement;
        const fits = el.getComputedTextLength() <= bw - 4;
        const cx = el.getAttribute('x');
        el.setAttribute('transform', fits ? '' : `rotate(-90 ${cx} ${base - missingH / 2})`);
      });

    // narrow slots: compact numbers, the "about" on a line of its own
    const narrow = x.step() < 90;
    const valueSize = Math.max(minText, narrow ? 12 : bw < 110 ? 15 : 18);
    const value = slot
      .select<SVGTextElement>('.dc-value')
      .style('display', (d) => (d.value === null ? 'none' : ''))
      .style('--dc-value-size', `${valueSize}px`)
      .attr('x', (d) => (x(d.year) ?? 0) + bw / 2);
    value
      .selectAll<SVGTSpanElement, string>('tspan')
      .data((d) => {
        const [prefix, n] = deliveriesParts(d, lang, narrow);
        return d.value === null ? [] : narrow && prefix ? [prefix, n] : [prefix ? `${prefix} ${n}` : n];
      })
      .join('tspan')
      .attr('x', function () {
        return (this.parentNode as SVGTextElement).getAttribute('x');
      })
      .attr('dy', (_, i, nodes) => (i === 0 ? `${-(nodes.length - 1) * 1.15}em` : '1.15em'))
      .text((v) => v);
    maybeTransition(value, t, pending).attr('y', (d) => y(d.value ?? 0) - 8);
    const axisSize = x.step() < 60 ? 11 : x.step() < 90 ? 13 : 0;
    svg.select('.dc-axis').style('--dc-axis-size', axisSize ? `${Math.max(minText, axisSize)}px` : '');

    const fonts = typeof document !== 'undefined' ? document.fonts : undefined;
    const fontsLoading = !!fonts && fonts.status !== 'loaded';
    Promise.all(pending).then(() => {
      if (myGen !== generation) return;
      // the note's rotation was decided with the fallback font: decide again once fonts are in
      if (fontsLoading) fonts!.ready.then(() => myGen === generation && draw(false));
      else container?.setAttribute('data-chart-ready', 'true');
    });
  }

  return chart;
}
