import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, type DeliveryYear } from '../../../src/model';
import { preciseDate } from '../../../src/timeline/synthetic-events';
import {
  eventTime,
  formatEventDate,
  formatPreciseDate,
  symbolPath,
  tickFormat,
} from '../../../src/timeline/timeline-chart';
import { deliveriesParts, describeDeliveries, formatDeliveries } from '../../../src/timeline/deliveries-chart';
import { FACTS_EVENTS } from './facts-events';

describe('dates at their precision', () => {
  it('formats every precision in both languages', () => {
    const cases: [string, string, string][] = [
      ['2021', '2021年', '2021'],
      ['2024-H1', '2024年上半年', 'H1 2024'],
      ['2024-Q4', '2024年第4季', 'Q4 2024'],
      ['2015-12', '2015年12月', 'December 2015'],
      ['2023-10-26', '2023年10月26日', '26 October 2023'],
    ];
    for (const [text, zh, en] of cases) {
      expect(formatPreciseDate(preciseDate(text), 'zh-Hant')).toBe(zh);
      expect(formatPreciseDate(preciseDate(text), 'en')).toBe(en);
    }
  });

  it('formats spans', () => {
    const e = { ...FACTS_EVENTS[0]!, date: preciseDate('2024-05'), end: preciseDate('2024-09') };
    expect(formatEventDate(e, 'en')).toBe('May 2024 – September 2024');
    expect(formatEventDate(e, 'zh-Hant')).toBe('2024年5月至2024年9月');
  });

  it('centres a month-precision event on its month, not on the 1st', () => {
    const founding = FACTS_EVENTS.find((e) => e.id === 'founding')!;
    const { t, t0, t1 } = eventTime(founding);
    expect(t0).toBe(Date.UTC(2015, 11, 1));
    expect(t1).toBe(Date.UTC(2016, 0, 1));
    expect(t).toBe((t0 + t1) / 2);
    expect(new Date(t).getUTCDate()).toBe(16);
  });

  it('draws a span from its start to the end of its last period', () => {
    const e = { ...FACTS_EVENTS[0]!, date: preciseDate('2024-05'), end: preciseDate('2024-09') };
    const { t0, t1 } = eventTime(e);
    expect(t0).toBe(Date.UTC(2024, 4, 1));
    expect(t1).toBe(Date.UTC(2024, 9, 1));
  });

  it('keeps the letter and the FAW signing 4 days apart', () => {
    const letter = eventTime(FACTS_EVENTS.find((e) => e.id === 'letter')!).t;
    const faw = eventTime(FACTS_EVENTS.find((e) => e.id === 'faw-signing')!).t;
    expect((faw - letter) / 86_400_000).toBe(4);
  });
});

describe('axis ticks', () => {
  it('labels years "2015年" / "2015"', () => {
    const y = new Date(Date.UTC(2015, 0, 1));
    expect(tickFormat('zh-Hant')(y, 0)).toBe('2015年');
    expect(tickFormat('en')(y, 0)).toBe('2015');
  });

  it('gives zoomed ticks their month or year as context', () => {
    const ticks = [Date.UTC(2025, 10, 28), Date.UTC(2025, 10, 30), Date.UTC(2025, 11, 2), Date.UTC(2025, 11, 4)].map((t) => new Date(t));
    const zh = tickFormat('zh-Hant');
    expect(ticks.map((d, i) => zh(d, i, ticks))).toEqual(['11月28日', '30日', '12月2日', '4日']);
    const en = tickFormat('en');
    expect(ticks.map((d, i) => en(d, i, ticks))).toEqual(['Nov 28', '30', 'Dec 2', '4']);
    const months = [Date.UTC(2025, 10, 1), Date.UTC(2025, 11, 1), Date.UTC(2026, 1, 1)].map((t) => new Date(t));
    expect(months.map((d, i) => en(d, i, months))).toEqual(['Nov 2025', 'Dec', 'Feb 2026']);
  });
});

describe('mark shapes', () => {
  it('has a distinct shape for each category', () => {
    const paths = CATEGORIES.map((c) => symbolPath(c, 8));
    expect(new Set(paths).size).toBe(CATEGORIES.length);
  });

  it('keeps every shape inside its radius (so rows never overlap)', () => {
    for (const c of CATEGORIES) {
      const nums = (symbolPath(c, 10).match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
      // coordinates (arc flags and radii are small or equal to r as well)
      for (const n of nums) expect(Math.abs(n)).toBeLessThanOrEqual(10 + 1e-9);
    }
  });
});

describe('colours (WCAG AA against the deck navy)', () => {
  const css = readFileSync(new URL('../../../src/timeline/timeline.css', import.meta.url), 'utf8');
  const vars = new Map([...css.matchAll(/(--tl-[\w-]+):\s*(#[0-9a-f]{6})\b/gi)].map((m) => [m[1]!, m[2]!]));
  const lum = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const contrast = (a: string, b: string) => {
    const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
    return (hi! + 0.05) / (lo! + 0.05);
  };

  it('defines a colour variable per category', () => {
    for (const c of CATEGORIES) {
      expect(vars.get(`--tl-cat-${c}`), c).toBeDefined();
      expect(css).toContain(`.cat-${c} { --tl-cat: var(--tl-cat-${c}); }`);
    }
  });

  it('gives text-grade contrast (4.5:1) to categories, text, muted text and focus ring', () => {
    const bg = vars.get('--tl-bg')!;
    expect(bg.toLowerCase()).toBe('#0d1b2a');
    for (const name of [...CATEGORIES.map((c) => `--tl-cat-${c}`), '--tl-fg', '--tl-muted', '--tl-focus', '--tl-active']) {
      expect(contrast(vars.get(name)!, bg), name).toBeGreaterThanOrEqual(4.5);
    }
    // the detail box and inset panel are a lighter navy: text must still pass there
    const panel = vars.get('--tl-panel')!;
    for (const name of ['--tl-fg', '--tl-muted', '--tl-focus', ...CATEGORIES.map((c) => `--tl-cat-${c}`)]) {
      expect(contrast(vars.get(name)!, panel), `${name} on panel`).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('deliveries labels', () => {
  const d = (year: number, value: number | null, approximate = false): DeliveryYear => ({
    year,
    value,
    approximate,
    ...(value === null ? { note: { 'zh-Hant': '未經核實', en: 'not verified' } } : {}),
    sources: [],
  });

  it('prefixes approximate figures and shows the note for a missing one', () => {
    expect(formatDeliveries(d(2019, 1000, true), 'zh-Hant')).toBe('約 1,000');
    expect(formatDeliveries(d(2019, 1000, true), 'en')).toBe('about 1,000');
    expect(formatDeliveries(d(2025, 596555), 'en')).toBe('596,555');
    expect(formatDeliveries(d(2020, null), 'zh-Hant')).toBe('未經核實');
    expect(formatDeliveries(d(2020, null), 'en')).toBe('not verified');
    expect(deliveriesParts(d(2021, 43000, true), 'en', true)).toEqual(['about', '43K']);
  });

  it('summarises every year for screen readers', () => {
    const text = describeDeliveries([d(2019, 1000, true), d(2020, null), d(2025, 596555)], 'en');
    expect(text).toContain('2019: about 1,000');
    expect(text).toContain('2020: not verified');
    expect(text).toContain('2025: 596,555');
  });
});
