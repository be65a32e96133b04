/**
 * Deterministic synthetic timeline events (seeded PRNG) for tests and the render benchmark.
 * Same seed, same events, on every machine.
 */
import { parseDate } from '../parse-date';
import { CATEGORIES, type DatePrecision, type PreciseDate, type TimelineEvent } from '../model';

/** mulberry32: a small, fast, well-distributed 32-bit PRNG. Returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A `PreciseDate` from the data files' notation (see parse-date.ts); throws on a non-date. */
export function preciseDate(text: string): PreciseDate {
  const date = parseDate(text);
  if (!date) throw new Error(`not a date: ${text}`);
  return date;
}

/** The date of `ms` written at `precision`, in the data file's notation. */
function dateText(ms: number, precision: DatePrecision): string {
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  switch (precision) {
    case 'year':
      return `${y}`;
    case 'half':
      return `${y}-H${m < 6 ? 1 : 2}`;
    case 'quarter':
      return `${y}-Q${Math.floor(m / 3) + 1}`;
    case 'month':
      return `${y}-${pad(m + 1)}`;
    case 'day':
      return `${y}-${pad(m + 1)}-${pad(d.getUTCDate())}`;
  }
}

export interface SyntheticOptions {
  seed?: number;
  /** [start, end) in epoch ms; default 2015-01-01 to 2026-07-01. */
  range?: readonly [number, number];
  /** Share of events marked 'key'. Default 0.03. */
  keyShare?: number;
  /** Share of events that are spans (with `end`). Default 0.08. */
  spanShare?: number;
}

const WORDS_EN = ['launch', 'plant', 'model', 'deal', 'platform', 'update', 'market', 'record', 'round', 'award'];
const WORDS_ZH = ['發布', '工廠', '車型', '合作', '平台', '升級', '市場', '紀錄', '融資', '獎項'];

/** `n` synthetic events spread over 2015–2026, with every precision, category and some spans. */
export function syntheticEvents(n: number, options: SyntheticOptions = {}): TimelineEvent[] {
  const random = mulberry32(options.seed ?? 1);
  const [r0, r1] = options.range ?? [Date.UTC(2015, 0, 1), Date.UTC(2026, 6, 1)];
  const keyShare = options.keyShare ?? 0.03;
  const spanShare = options.spanShare ?? 0.08;
  const events: TimelineEvent[] = [];
  for (let i = 0; i < n; i++) {
    const p = random();
    const precision: DatePrecision =
      p < 0.6 ? 'day' : p < 0.85 ? 'month' : p < 0.92 ? 'quarter' : p < 0.95 ? 'half' : 'year';
    const at = r0 + random() * (r1 - r0);
    const date = preciseDate(dateText(at, precision));
    let end: PreciseDate | undefined;
    if (random() < spanShare) {
      const later = Math.min(r1 - 1, date.end + random() * 400 * 86_400_000);
      end = preciseDate(dateText(later, 'month'));
      if (end.end <= date.start) end = undefined;
    }
    const words = 1 + Math.floor(random() * 4);
    const w = Math.floor(random() * WORDS_EN.length);
    const en = Array.from({ length: words }, (_, k) => WORDS_EN[(w + k) % WORDS_EN.length]).join(' ');
    const zh = Array.from({ length: words }, (_, k) => WORDS_ZH[(w + k) % WORDS_ZH.length]).join('');
    const id = `syn-${String(i).padStart(5, '0')}`;
    events.push({
      id,
      date,
      ...(end ? { end } : {}),
      title: { en: `Event ${i} ${en}`, 'zh-Hant': `事件${i}${zh}` },
      summary: { en: `Synthetic event ${i}.`, 'zh-Hant': `合成事件 ${i}。` },
      category: CATEGORIES[Math.floor(random() * CATEGORIES.length)]!,
      importance: random() < keyShare ? 'key' : 'normal',
      slide: id,
      sources: [],
    });
  }
  return events;
}
