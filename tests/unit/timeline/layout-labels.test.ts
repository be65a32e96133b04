import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { layoutLabels, type LabelBox, type LabelLayout } from '../../../src/timeline/layout-labels';
import { mulberry32, syntheticEvents } from '../../../src/timeline/synthetic-events';
import { eventTime } from '../../../src/timeline/timeline-chart';
import { approxWidth, FACTS_EVENTS } from './facts-events';

/** Every pair of shown boxes in one lane is at least `gap` apart. */
function overlaps(layout: LabelLayout, gap: number): string[] {
  const byLane = new Map<number, LabelLayout['labels']>();
  for (const p of layout.labels) {
    if (p.hidden) continue;
    const lane = byLane.get(p.lane) ?? [];
    lane.push(p);
    byLane.set(p.lane, lane);
  }
  const bad: string[] = [];
  for (const lane of byLane.values()) {
    lane.sort((a, b) => a.x - b.x);
    for (let i = 1; i < lane.length; i++) {
      const a = lane[i - 1]!;
      const b = lane[i]!;
      if (a.x + a.width + gap > b.x + 1e-9) bad.push(`${a.id} / ${b.id}`);
    }
  }
  return bad;
}

const DOMAIN: [number, number] = [Date.UTC(2015, 0, 1), Date.UTC(2026, 6, 1)];

/** The chart's two layouts (mark rows, then labels) for the facts events at one width. */
function layoutAt(width: number, labelPx: number) {
  const left = width < 640 ? 14 : 28;
  const x = (t: number) => left + ((t - DOMAIN[0]) / (DOMAIN[1] - DOMAIN[0])) * (width - 2 * left);
  const r = width < 640 ? 5 : 6.5;
  const marks: LabelBox[] = FACTS_EVENTS.map((e) => {
    const { t, t0, t1 } = eventTime(e);
    const rr = e.importance === 'key' ? r * 1.35 : r;
    const ranged = e.date.precision !== 'day';
    const a = ranged ? Math.min(x(t0), x(t) - rr) : x(t) - rr;
    const b = ranged ? Math.max(x(t1), x(t) + rr) : x(t) + rr;
    return { id: e.id, x: (a + b) / 2, width: b - a, fixed: true, priority: e.importance === 'key' ? 1 : 0 };
  });
  const rows = layoutLabels(marks, { lanes: 8, gap: 3 });
  const labels = layoutLabels(
    FACTS_EVENTS.map((e) => ({
      id: e.id,
      x: x(eventTime(e).t),
      width: Math.min(Math.max(110, width * 0.2), approxWidth(e.title['zh-Hant'], labelPx)),
      priority: e.importance === 'key' ? 1 : 0,
    })),
    { lanes: 12, gap: 10, extent: [2, width - 2], leaderWidth: 1 },
  );
  return { rows, labels, x };
}

describe('layoutLabels on the facts milestones', () => {
  for (const [width, px] of [
    [1920, 15],
    [1280, 15],
    [390, 12],
  ] as const) {
    it(`lays out marks and labels without overlap at ${width} px`, () => {
      const { rows, labels } = layoutAt(width, px);
      expect(overlaps(rows, 3)).toEqual([]);
      expect(rows.hidden).toEqual([]); // every mark is drawn
      expect(rows.lanesUsed).toBeLessThanOrEqual(8);
      expect(overlaps(labels, 10)).toEqual([]);
      expect(labels.lanesUsed).toBeLessThanOrEqual(12);
      for (const id of labels.hidden) expect(labels.labels.find((p) => p.id === id)?.hidden).toBe(true);
    });
  }

  it('labels every key event at 1920 and 1280 px', () => {
    for (const width of [1920, 1280]) {
      const { labels } = layoutAt(width, 15);
      const keys = FACTS_EVENTS.filter((e) => e.importance === 'key').map((e) => e.id);
      for (const id of keys) expect(labels.hidden).not.toContain(id);
    }
  });

  it('keeps the letter and the FAW signing (4 days apart) on separate, non-overlapping marks', () => {
    const { rows, x } = layoutAt(1920, 15);
    const letter = rows.labels.find((p) => p.id === 'letter')!;
    const faw = rows.labels.find((p) => p.id === 'faw-signing')!;
    const dx = Math.abs(x(Date.UTC(2025, 11, 28, 12)) - x(Date.UTC(2025, 11, 24, 12)));
    expect(dx).toBeLessThan(3); // they would overlap on one row...
    expect(letter.lane).not.toBe(faw.lane); // ...so they get rows of their own
  });

  it('places each label so that it covers its anchor (start, centre or end aligned)', () => {
    const { labels, x } = layoutAt(1920, 15);
    for (const p of labels.labels) {
      if (p.hidden) continue;
      const e = FACTS_EVENTS.find((d) => d.id === p.id)!;
      const ax = x(eventTime(e).t);
      expect(p.x).toBeLessThanOrEqual(ax + 6 + 1e-9);
      expect(p.x + p.width).toBeGreaterThanOrEqual(ax - 6 - 1e-9);
    }
  });
});

describe('layoutLabels on random input', () => {
  it('never overlaps 1,000 random labels in 6 lanes and reports the hidden ones', () => {
    const random = mulberry32(42);
    const boxes: LabelBox[] = Array.from({ length: 1000 }, (_, i) => ({
      id: `e${i}`,
      x: random() * 1920,
      width: 40 + random() * 160,
      priority: random() < 0.05 ? 1 : 0,
    }));
    const layout = layoutLabels(boxes, { lanes: 6, gap: 4, extent: [0, 1920] });
    expect(overlaps(layout, 4)).toEqual([]);
    expect(layout.lanesUsed).toBeLessThanOrEqual(6);
    expect(layout.labels).toHaveLength(1000);
    expect(layout.hidden.length).toBeGreaterThan(0);
    expect(layout.hidden).toEqual(layout.labels.filter((p) => p.hidden).map((p) => p.id));
    for (const p of layout.labels) {
      if (p.hidden) expect(p.lane).toBe(-1);
      else {
        expect(p.lane).toBeGreaterThanOrEqual(0);
        expect(p.x).toBeGreaterThanOrEqual(0);
        expect(p.x + p.width).toBeLessThanOrEqual(1920 + 1e-9);
      }
    }
  });

  it('places high-priority labels first', () => {
    const boxes: LabelBox[] = [
      { id: 'normal', x: 100, width: 80 },
      { id: 'key', x: 110, width: 80, priority: 1 },
    ];
    const layout = layoutLabels(boxes, { lanes: 1 });
    expect(layout.hidden).toEqual(['normal']);
    expect(layout.labels[1]!.lane).toBe(0);
  });

  it('hides boxes whose anchor is outside the extent, and handles zero lanes', () => {
    const boxes: LabelBox[] = [
      { id: 'in', x: 50, width: 20 },
      { id: 'out', x: 500, width: 20 },
    ];
    expect(layoutLabels(boxes, { lanes: 2, extent: [0, 100] }).hidden).toEqual(['out']);
    expect(layoutLabels(boxes, { lanes: 0 }).hidden).toEqual(['in', 'out']);
  });

  it('keeps leaders clear of labels in lower lanes, and never hides a label for a leader', () => {
    // lane 0 holds a (50..150) and b (170..270), placed first; c (anchor 160) has no room there, so it goes
    // up to lane 1 with a leader at x=160 that passes between a and b.
    const layout = layoutLabels(
      [
        { id: 'a', x: 100, width: 100, priority: 1 },
        { id: 'b', x: 220, width: 100, priority: 1 },
        { id: 'c', x: 160, width: 100 },
      ],
      { lanes: 3, gap: 4, leaderWidth: 1, extent: [0, 1000] },
    );
    expect(overlaps(layout, 4)).toEqual([]);
    const [a, b, c] = layout.labels;
    expect([a!.lane, b!.lane, c!.lane]).toEqual([0, 0, 1]);
    expect(160 > a!.x + a!.width && 160 < b!.x).toBe(true);
    // d's anchor (140) lies under a: no lane gives it a clear leader, it is placed all the same
    const forced = layoutLabels(
      [
        { id: 'a', x: 100, width: 100 },
        { id: 'd', x: 140, width: 100 },
      ],
      { lanes: 2, gap: 4, leaderWidth: 1, extent: [0, 1000] },
    );
    expect(forced.hidden).toEqual([]);
    expect(forced.labels[1]!.lane).toBe(1);
    expect(overlaps(forced, 4)).toEqual([]);
  });

  it('holds for any input (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            x: fc.double({ min: -100, max: 1100, noNaN: true }),
            width: fc.double({ min: 0, max: 300, noNaN: true }),
            priority: fc.integer({ min: 0, max: 2 }),
            fixed: fc.boolean(),
          }),
          { maxLength: 200 },
        ),
        fc.integer({ min: 0, max: 8 }),
        fc.boolean(),
        (raw, lanes, leaders) => {
          const boxes = raw.map((b, i) => ({ ...b, id: `b${i}` }));
          const layout = layoutLabels(boxes, { lanes, gap: 3, extent: [0, 1000], ...(leaders ? { leaderWidth: 1 } : {}) });
          expect(overlaps(layout, 3)).toEqual([]);
          expect(layout.labels.map((p) => p.id)).toEqual(boxes.map((b) => b.id));
          for (const p of layout.labels) expect(p.lane).toBeLessThan(Math.max(lanes, 0) || 1);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('syntheticEvents', () => {
  it('is deterministic, in range, and valid', () => {
    const a = syntheticEvents(500, { seed: 7 });
    const b = syntheticEvents(500, { seed: 7 });
    expect(a).toEqual(b);
    expect(syntheticEvents(500, { seed: 8 })).not.toEqual(a);
    expect(new Set(a.map((e) => e.id)).size).toBe(500);
    for (const e of a) {
      expect(e.date.start).toBeLessThan(e.date.end);
      expect(e.date.start).toBeGreaterThanOrEqual(Date.UTC(2015, 0, 1));
      expect(e.date.start).toBeLessThan(Date.UTC(2026, 6, 1));
      if (e.end) expect(e.end.end).toBeGreaterThan(e.date.start);
    }
    const precisions = new Set(a.map((e) => e.date.precision));
    expect(precisions.size).toBe(5);
    expect(a.some((e) => e.end)).toBe(true);
    expect(a.some((e) => e.importance === 'key')).toBe(true);
  });
});
