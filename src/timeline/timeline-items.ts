/**
 * The chart's per-event working data: each event's place in time, made once per events/language
 * change, plus the geometry of the last layout, which `layoutTimeline` writes into it.
 */
import type { Lang, TimelineEvent } from '../model';
import { STRINGS, eventTime, formatEventDate } from './timeline-format';

export interface Item {
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

/** The events as items in time order, and an index by id. */
export function prepareItems(events: readonly TimelineEvent[], lang: Lang): { items: Item[]; byId: Map<string, Item> } {
  const items = events.map((event): Item => {
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
  return { items, byId: new Map(items.map((d) => [d.id, d])) };
}

/** The item's localised date (`lang` must be the one it was prepared in). */
export function itemDate(d: Item, lang: Lang): string {
  return (d.date ??= formatEventDate(d.event, lang));
}

/** "date: title", the mark's accessible name. */
export function itemAria(d: Item, lang: Lang): string {
  return (d.aria ??= `${itemDate(d, lang)}${STRINGS[lang].sep}${d.title}`);
}
