import { describe, expect, it } from 'vitest';
import { elapsedMs, IDLE_TIMER, parseTimer, pauseTimer, resetTimer, resumeTimer, startTimer, toggleTimer } from '../../../src/speaker/timer.ts';

describe('timer', () => {
  it('counts from the start, and not before', () => {
    expect(elapsedMs(IDLE_TIMER, 5000)).toBe(0);
    const running = startTimer(IDLE_TIMER, 1000);
    expect(elapsedMs(running, 4000)).toBe(3000);
    // Starting again does not restart it.
    expect(startTimer(running, 3000)).toBe(running);
  });

  it('stops counting while paused and goes on from there', () => {
    const paused = pauseTimer(startTimer(IDLE_TIMER, 0), 10_000);
    expect(elapsedMs(paused, 60_000)).toBe(10_000);
    const resumed = resumeTimer(paused, 60_000);
    expect(elapsedMs(resumed, 65_000)).toBe(15_000);
  });

  it('toggles start → pause → resume, and resets to idle', () => {
    let timer = toggleTimer(IDLE_TIMER, 0);
    expect(timer.status).toBe('running');
    timer = toggleTimer(timer, 2000);
    expect(timer).toEqual({ status: 'paused', banked: 2000 });
    timer = toggleTimer(timer, 5000);
    expect(timer).toEqual({ status: 'running', since: 5000, banked: 2000 });
    expect(resetTimer()).toEqual(IDLE_TIMER);
  });

  it('never counts backwards when the clock does', () => {
    expect(elapsedMs(startTimer(IDLE_TIMER, 5000), 4000)).toBe(0);
  });

  it('reads back what it stored, and idle from anything else', () => {
    const running = startTimer(IDLE_TIMER, 1234);
    expect(parseTimer(JSON.stringify(running))).toEqual(running);
    const paused = pauseTimer(running, 2000);
    expect(parseTimer(JSON.stringify(paused))).toEqual(paused);
    for (const text of [null, '', 'not json', '42', '{"status":"running"}', '{"status":"paused","banked":-1}', '{"status":"odd"}']) {
      expect(parseTimer(text)).toEqual(IDLE_TIMER);
    }
  });
});
