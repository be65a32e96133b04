/**
 * Mounts the D3 charts: the full timeline and the deliveries chart into the slides that ask for
 * them (`chart:` in front matter), and the slim timeline navigator under every slide. The deck
 * stays the one source of truth for position: charts are told the active event and emit `select`.
 */
import { select } from 'd3-selection';
import type { DeckShell, Lang } from '../model';
import { deliveriesChart, type DeliveriesChart } from '../timeline/deliveries-chart';
import { timelineChart, type TimelineChart } from '../timeline/timeline-chart';
import { ui } from '../ui-strings';

export interface DeckCharts {
  /** Highlights the event of the slide now shown (null: none). Cheap: no re-layout. */
  setActive(eventId: string | null): void;
  /** Draws into the slides' chart containers again (after reveal rebuilt the slides' DOM). */
  remount(): void;
  /** Remounts if reveal rebuilt the slides' DOM since the charts were drawn. */
  ensureMounted(): void;
  destroy(): void;
}

export interface ChartOptions {
  deck: DeckShell;
  lang: Lang;
  transitions: boolean;
  /** Smallest text the charts may use, in px (16 on phones). */
  minTextSize: number;
  /** Where the navigator goes, or null for none (print). */
  navigatorParent: HTMLElement | null;
  onSelect(eventId: string): void;
}

export function mountCharts(slides: HTMLElement, options: ChartOptions): DeckCharts {
  const { deck, lang, transitions } = options;
  let active: string | null = null;
  let inSlides: (TimelineChart | DeliveriesChart)[] = [];
  let mounted = new WeakSet<HTMLElement>();
  const timelines: TimelineChart[] = [];

  const newTimeline = (mode: 'full' | 'navigator'): TimelineChart =>
    timelineChart()
      .events(deck.events)
      .eras(deck.eras)
      .lang(lang)
      .mode(mode)
      .transitions(transitions)
      .sourceLine((event) => sourceLine(event.sources))
      .on('select', options.onSelect);
  const sourceLine = (ids: string[]): string =>
    ids.length ? `${ui(lang, 'sourcePrefix')}${ids.map((id) => deck.sources[id]?.label[lang] ?? id).join(ui(lang, 'sourceSeparator'))}` : '';

  let navigator: TimelineChart | undefined;
  if (options.navigatorParent) {
    const bar = document.createElement('nav');
    bar.className = 'timeline-nav';
    bar.setAttribute('aria-label', ui(lang, 'timeline'));
    options.navigatorParent.appendChild(bar);
    navigator = newTimeline('navigator');
    select(bar).call(navigator);
  }

  const mountInSlides = (): void => {
    for (const chart of inSlides) chart.destroy();
    inSlides = [];
    mounted = new WeakSet();
    timelines.length = 0;
    if (navigator) timelines.push(navigator);
    for (const container of slides.querySelectorAll<HTMLElement>('[data-chart]')) {
      container.replaceChildren();
      delete container.dataset.chartReady;
      mounted.add(container);
      if (container.dataset.chart === 'timeline') {
        const chart = newTimeline('full').active(active);
        select(container).call(chart);
        inSlides.push(chart);
        timelines.push(chart);
      } else if (container.dataset.chart === 'deliveries') {
        const chart = deliveriesChart()
          .data(deck.deliveries)
          .lang(lang)
          .source('')
          .transitions(transitions)
          .minTextSize(options.minTextSize);
        select(container).call(chart);
        inSlides.push(chart);
      }
    }
  };
  mountInSlides();

  return {
    setActive(eventId) {
      if (eventId === active) return;
      active = eventId;
      for (const chart of timelines) chart.active(eventId);
    },
    remount: mountInSlides,
    ensureMounted() {
      const containers = slides.querySelectorAll<HTMLElement>('[data-chart]');
      if ([...containers].some((container) => !mounted.has(container))) mountInSlides();
    },
    destroy() {
      for (const chart of [...inSlides, ...(navigator ? [navigator] : [])]) chart.destroy();
    },
  };
}
