/**
 * Development harness for the timeline and deliveries charts, with the talk's real data
 * (slides/*.yaml). Serve from its own folder, so the root vite.config.ts is not loaded:
 *   cd tests/harness && npx vite --host 127.0.0.1
 * then open /timeline.html. Query parameters:
 *   lang=en|zh-Hant   view=all|navigator|deliveries   transitions=0   n=1000 (synthetic events)
 *   zoom=dec2025 (full view zoomed to December 2025)   active=<event id>   focus=<event id>
 * Exposes window.__benchTimeline (scripts/bench-timeline.ts) and window.__charts.
 */
import { select } from 'd3-selection';
import { parse } from 'yaml';
import type { DeliveryYear, Era, Lang, TimelineEvent } from '../../src/model';
import { timelineChart } from '../../src/timeline/timeline-chart';
import { deliveriesChart } from '../../src/timeline/deliveries-chart';
import { preciseDate, syntheticEvents } from '../../src/timeline/synthetic-events';
import { measureTimelineRender } from './bench-timeline';
import '../../src/timeline/timeline.css';
import timelineYaml from '../../slides/timeline.yaml?raw';
import deliveriesYaml from '../../slides/deliveries.yaml?raw';
import regularUrl from '../../node_modules/@expo-google-fonts/noto-sans-tc/400Regular/NotoSansTC_400Regular.ttf?url';
import boldUrl from '../../node_modules/@expo-google-fonts/noto-sans-tc/700Bold/NotoSansTC_700Bold.ttf?url';

declare global {
  interface Window {
    __benchTimeline: typeof measureTimelineRender;
    __charts: { full: ReturnType<typeof timelineChart>; nav: ReturnType<typeof timelineChart> };
  }
}

// The harness's own stand-in for the build-time parser: the YAML mapped onto the model.
interface YamlEvent extends Omit<TimelineEvent, 'date' | 'end'> {
  date: string;
  end?: string;
}
interface YamlEra extends Omit<Era, 'start' | 'end'> {
  start: string;
  end: string;
}
const doc = parse(timelineYaml) as { events: YamlEvent[]; eras: YamlEra[] };
const realEvents: TimelineEvent[] = doc.events.map(({ date, end, ...rest }) => ({
  ...rest,
  date: preciseDate(String(date)),
  ...(end ? { end: preciseDate(String(end)) } : {}),
}));
const eras: Era[] = doc.eras.map(({ start, end, ...rest }) => ({ ...rest, start: preciseDate(String(start)), end: preciseDate(String(end)) }));
const deliveries = (parse(deliveriesYaml) as { years: DeliveryYear[] }).years;

const params = new URLSearchParams(location.search);
let lang: Lang = params.get('lang') === 'en' ? 'en' : 'zh-Hant';
const n = Number(params.get('n') ?? 0);
const events = n > 0 ? syntheticEvents(n) : realEvents;
const transitions = params.get('transitions') !== '0';
document.body.classList.add(`view-${params.get('view') ?? 'all'}`);

async function loadFonts() {
  const faces = [new FontFace('Noto Sans TC', `url(${regularUrl})`, { weight: '400' }), new FontFace('Noto Sans TC', `url(${boldUrl})`, { weight: '700' })];
  for (const f of faces) document.fonts.add(f);
  await Promise.all(faces.map((f) => f.load()));
}
void loadFonts();

const full = timelineChart().events(events).eras(eras).mode('full').transitions(transitions);
const nav = timelineChart().events(events).eras(eras).mode('navigator').transitions(transitions);
const dc = deliveriesChart().data(deliveries).transitions(transitions);
window.__charts = { full, nav };
window.__benchTimeline = measureTimelineRender;

function select_(id: string) {
  // the harness plays the deck: a select moves "the talk", which then tells both charts
  full.active(id);
  nav.active(id);
  select('#selected').text(`selected: ${id}`);
}
full.on('select', select_);
nav.on('select', select_);

function render() {
  document.documentElement.lang = lang;
  full.lang(lang);
  nav.lang(lang);
  dc.lang(lang).source(lang === 'en' ? 'Source: company reports; World Journal (2026-01). 2020: not verified.' : '資料來源：公司公告；世界日報（2026年1月）。2020年數字未經核實。');
  select<HTMLElement, unknown>('#full').call(full);
  select<HTMLElement, unknown>('#nav').call(nav);
  select<HTMLElement, unknown>('#deliveries').call(dc);
  select('#status').text(`${events.length} events · ${lang}`);
}

render();
const active = params.get('active');
if (active) select_(active);
if (params.get('zoom') === 'dec2025') full.zoomTo([Date.UTC(2025, 10, 20), Date.UTC(2026, 0, 8)]);
select('#lang').on('click', () => {
  lang = lang === 'en' ? 'zh-Hant' : 'en';
  render();
});
select('#dec').on('click', () => full.zoomTo([Date.UTC(2025, 10, 20), Date.UTC(2026, 0, 8)]));
const focus = params.get('focus');
if (focus) {
  document.fonts.ready.then(() =>
    setTimeout(() => (document.querySelector(`#full [data-event-id="${focus}"]`) as SVGElement | null)?.focus(), 50),
  );
}
