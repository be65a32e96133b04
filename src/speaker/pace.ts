/**
 * Pacing, as plain maths: the talk's duration shared evenly among its slides gives every slide a
 * planned window of time. Being on a slide before its window opens is being ahead; still being on
 * it after its window closes is being behind; inside it is on time.
 */

export interface PaceInput {
  elapsedMs: number;
  /** The talk's target length (`deck.meta.durationMinutes`). */
  durationMs: number;
  /** 0-based position of the present slide in the talk. */
  index: number;
  /** Number of slides in the talk. */
  total: number;
}

export type PaceStatus = 'ahead' | 'on-time' | 'behind';

export interface Pace {
  status: PaceStatus;
  /** How far ahead or behind; 0 when on time. */
  offsetMs: number;
  /** 0-based slide the plan expects now (the last one once the time is up). */
  expectedIndex: number;
  /** The present slide's planned window, [start, end). */
  plannedStartMs: number;
  plannedEndMs: number;
  /** Planned time per slide. */
  perSlideMs: number;
  /** Share of the talk's time gone, clamped to [0, 1]. */
  timeFraction: number;
  /** Time left of the target; negative once over. */
  remainingMs: number;
  overtime: boolean;
}

export function pace(input: PaceInput): Pace {
  const total = Math.max(1, Math.floor(input.total));
  const index = clamp(Math.floor(input.index), 0, total - 1);
  const durationMs = Math.max(0, input.durationMs);
  const elapsedMs = Math.max(0, input.elapsedMs);
  const perSlideMs = durationMs / total;
  const plannedStartMs = index * perSlideMs;
  const plannedEndMs = (index + 1) * perSlideMs;
  const expectedIndex = perSlideMs > 0 ? clamp(Math.floor(elapsedMs / perSlideMs), 0, total - 1) : total - 1;
  let status: PaceStatus = 'on-time';
  let offsetMs = 0;
  if (elapsedMs < plannedStartMs) {
    status = 'ahead';
    offsetMs = plannedStartMs - elapsedMs;
  } else if (elapsedMs > plannedEndMs) {
    status = 'behind';
    offsetMs = elapsedMs - plannedEndMs;
  }
  return {
    status,
    offsetMs,
    expectedIndex,
    plannedStartMs,
    plannedEndMs,
    perSlideMs,
    timeFraction: durationMs > 0 ? clamp(elapsedMs / durationMs, 0, 1) : 1,
    remainingMs: durationMs - elapsedMs,
    overtime: elapsedMs > durationMs,
  };
}

/**
 * A length of time as the speaker reads it: `8:40`, `1:02:05`; `pad` gives `08:40`.
 * Whole seconds, rounded down; negative times get a leading `-`.
 */
export function formatDuration(ms: number, options: { pad?: boolean } = {}): string {
  const sign = ms < 0 ? '-' : '';
  const seconds = Math.floor(Math.abs(ms) / 1000);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const two = (n: number): string => String(n).padStart(2, '0');
  if (h > 0) return `${sign}${h}:${two(m)}:${two(s)}`;
  return `${sign}${options.pad ? two(m) : m}:${two(s)}`;
}

/** The wall clock, 24-hour `14:05`: digits only, whatever the language. */
export function formatTimeOfDay(date: Date): string {
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
