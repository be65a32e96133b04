/**
 * The timeline's words and dates in both languages: d3 time locales, the chart's strings, dates
 * at their own precision, axis tick labels. Pure; the formatters are memoised per language.
 */
import { utcMonth, utcYear } from 'd3-time';
import { timeFormatLocale, type TimeLocaleObject } from 'd3-time-format';
import type { Category, Lang, PreciseDate, TimelineEvent } from '../model';

/** A time range [start, end) in epoch ms. */
export type TimeRange = [number, number];

export const DAY = 86_400_000;

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

/** Every string the chart shows or tells a screen reader, per language. */
export const STRINGS = {
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

/** A range's name: "2025年12月" / "December 2025" for a whole month, else its first and last day. */
export function rangeName([a, b]: TimeRange, lang: Lang): string {
  const start = new Date(a);
  const monthEnd = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1);
  if (start.getUTCDate() === 1 && b === monthEnd) {
    return formatPreciseDate({ text: '', precision: 'month', start: a, end: b }, lang);
  }
  const day = (ms: number) => formatPreciseDate({ text: '', precision: 'day', start: ms, end: ms + DAY }, lang);
  return `${day(a)}–${day(b - DAY)}`;
}
