/**
 * The talk's stopwatch as plain values: every change takes the current time, so it is exact
 * whatever the page's timers do (a background window's timers are throttled) and easy to test.
 */

export type TimerState =
  | { status: 'idle' }
  | { status: 'running'; /** When it last started or resumed. */ since: number; /** Time banked before `since`. */ banked: number }
  | { status: 'paused'; banked: number };

export const IDLE_TIMER: TimerState = { status: 'idle' };

export function elapsedMs(timer: TimerState, now: number): number {
  switch (timer.status) {
    case 'idle':
      return 0;
    case 'paused':
      return timer.banked;
    case 'running':
      return timer.banked + Math.max(0, now - timer.since);
  }
}

/** Starts an idle timer; a running or paused one is left as it is. */
export function startTimer(timer: TimerState, now: number): TimerState {
  return timer.status === 'idle' ? { status: 'running', since: now, banked: 0 } : timer;
}

export function pauseTimer(timer: TimerState, now: number): TimerState {
  return timer.status === 'running' ? { status: 'paused', banked: elapsedMs(timer, now) } : timer;
}

/** Resumes a paused timer, or starts an idle one. */
export function resumeTimer(timer: TimerState, now: number): TimerState {
  if (timer.status === 'paused') return { status: 'running', since: now, banked: timer.banked };
  return startTimer(timer, now);
}

/** The one button: start, pause, resume. */
export function toggleTimer(timer: TimerState, now: number): TimerState {
  return timer.status === 'running' ? pauseTimer(timer, now) : resumeTimer(timer, now);
}

export function resetTimer(): TimerState {
  return IDLE_TIMER;
}

/** A stored timer read back, or idle when the stored value is not one. */
export function parseTimer(text: string | null): TimerState {
  if (!text) return IDLE_TIMER;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return IDLE_TIMER;
    const { status, since, banked } = value as Record<string, unknown>;
    const isTime = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0;
    if (status === 'running' && isTime(since) && isTime(banked)) return { status, since, banked };
    if (status === 'paused' && isTime(banked)) return { status, banked };
    return IDLE_TIMER;
  } catch {
    return IDLE_TIMER;
  }
}
