import { describe, expect, it } from 'vitest';
import { formatDuration, formatTimeOfDay, pace } from '../../../src/speaker/pace.ts';

const MIN = 60_000;
const SEC = 1000;
/** The talk: 20 minutes, 30 slides, so 40 s a slide. */
const talk = { durationMs: 20 * MIN, total: 30 };

describe('pace', () => {
  it('shares the time evenly among the slides', () => {
    const p = pace({ ...talk, elapsedMs: 0, index: 0 });
    expect(p.perSlideMs).toBe(40 * SEC);
    expect(p.plannedStartMs).toBe(0);
    expect(p.plannedEndMs).toBe(40 * SEC);
    expect(p.status).toBe('on-time');
    expect(p.offsetMs).toBe(0);
    expect(p.expectedIndex).toBe(0);
  });

  it('is on time anywhere inside the slide’s planned window, edges included', () => {
    // Slide 12 (index 11) is planned for 7:20–8:00.
    for (const elapsedMs of [440 * SEC, 460 * SEC, 480 * SEC]) {
      const p = pace({ ...talk, elapsedMs, index: 11 });
      expect(p.status, `at ${elapsedMs}`).toBe('on-time');
      expect(p.offsetMs).toBe(0);
    }
  });

  it('is ahead when the slide comes before its window opens', () => {
    // Slide 12 of 30 at 6:10: planned from 7:20, so 1:10 ahead.
    const p = pace({ ...talk, elapsedMs: 370 * SEC, index: 11 });
    expect(p.status).toBe('ahead');
    expect(p.offsetMs).toBe(70 * SEC);
    expect(p.expectedIndex).toBe(9);
  });

  it('is behind when still on the slide after its window closes', () => {
    // Slide 12 of 30 at 8:40: planned until 8:00, so 0:40 behind; the plan says slide 14.
    const p = pace({ ...talk, elapsedMs: 520 * SEC, index: 11 });
    expect(p.status).toBe('behind');
    expect(p.offsetMs).toBe(40 * SEC);
    expect(p.expectedIndex).toBe(13);
  });

  it('reports the share of time gone and the time left, and overtime', () => {
    const half = pace({ ...talk, elapsedMs: 10 * MIN, index: 15 });
    expect(half.timeFraction).toBe(0.5);
    expect(half.remainingMs).toBe(10 * MIN);
    expect(half.overtime).toBe(false);
    const over = pace({ ...talk, elapsedMs: 21 * MIN, index: 29 });
    expect(over.timeFraction).toBe(1);
    expect(over.remainingMs).toBe(-1 * MIN);
    expect(over.overtime).toBe(true);
    expect(over.expectedIndex).toBe(29);
    expect(over.status).toBe('behind');
    expect(over.offsetMs).toBe(1 * MIN);
  });

  it('ends on time on the last slide at the target', () => {
    const p = pace({ ...talk, elapsedMs: 20 * MIN, index: 29 });
    expect(p.status).toBe('on-time');
    expect(p.plannedEndMs).toBe(20 * MIN);
  });

  it('keeps to sane values on odd input', () => {
    expect(pace({ durationMs: 20 * MIN, total: 0, elapsedMs: 0, index: 0 }).perSlideMs).toBe(20 * MIN);
    const outOfRange = pace({ ...talk, elapsedMs: -5, index: 99 });
    expect(outOfRange.plannedStartMs).toBe(29 * 40 * SEC);
    expect(outOfRange.timeFraction).toBe(0);
    const noDuration = pace({ durationMs: 0, total: 30, elapsedMs: 5 * SEC, index: 3 });
    expect(noDuration.timeFraction).toBe(1);
    expect(noDuration.expectedIndex).toBe(29);
  });

  it('agrees with the plan across the whole talk: the expected slide is always on time', () => {
    for (let elapsed = 0; elapsed < 20 * MIN; elapsed += 7 * SEC) {
      const expected = pace({ ...talk, elapsedMs: elapsed, index: 0 }).expectedIndex;
      expect(pace({ ...talk, elapsedMs: elapsed, index: expected }).status).toBe('on-time');
    }
  });
});

describe('formatDuration', () => {
  it('writes minutes and seconds, rounding down', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(70 * SEC)).toBe('1:10');
    expect(formatDuration(70 * SEC + 999)).toBe('1:10');
    expect(formatDuration(20 * MIN)).toBe('20:00');
  });
  it('pads minutes on request, and adds hours when needed', () => {
    expect(formatDuration(520 * SEC, { pad: true })).toBe('08:40');
    expect(formatDuration(62 * MIN + 5 * SEC, { pad: true })).toBe('1:02:05');
  });
  it('marks negative times', () => {
    expect(formatDuration(-90 * SEC, { pad: true })).toBe('-01:30');
  });
});

describe('formatTimeOfDay', () => {
  it('is a 24-hour clock in digits', () => {
    expect(formatTimeOfDay(new Date(2025, 11, 24, 9, 5))).toBe('09:05');
    expect(formatTimeOfDay(new Date(2025, 11, 24, 21, 30))).toBe('21:30');
  });
});
