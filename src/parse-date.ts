/** Dates written at their precision (`2021`, `2024-H1`, `2024-Q4`, `2015-12`, `2023-10-26`). */
import type { DatePrecision, PreciseDate } from './model.ts';

const FORMS: [RegExp, DatePrecision][] = [
  [/^(\d{4})$/, 'year'],
  [/^(\d{4})-H([12])$/, 'half'],
  [/^(\d{4})-Q([1-4])$/, 'quarter'],
  [/^(\d{4})-(\d{2})$/, 'month'],
  [/^(\d{4})-(\d{2})-(\d{2})$/, 'day'],
];

/** Parses a date, or returns undefined when it is not one of the forms or not a real day. */
export function parseDate(input: string | number): PreciseDate | undefined {
  const text = String(input).trim();
  for (const [pattern, precision] of FORMS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const year = Number(match[1]);
    const a = Number(match[2] ?? 1);
    const b = Number(match[3] ?? 1);
    switch (precision) {
      case 'year':
        return period(text, precision, year, 0, 1, year + 1, 0, 1);
      case 'half':
        return period(text, precision, year, (a - 1) * 6, 1, year, a * 6, 1);
      case 'quarter':
        return period(text, precision, year, (a - 1) * 3, 1, year, a * 3, 1);
      case 'month':
        if (a < 1 || a > 12) return undefined;
        return period(text, precision, year, a - 1, 1, year, a, 1);
      case 'day': {
        const start = Date.UTC(year, a - 1, b);
        const check = new Date(start);
        if (check.getUTCMonth() !== a - 1 || check.getUTCDate() !== b) return undefined;
        return { text, precision, start, end: Date.UTC(year, a - 1, b + 1) };
      }
    }
  }
  return undefined;
}

function period(
  text: string,
  precision: DatePrecision,
  y0: number,
  m0: number,
  d0: number,
  y1: number,
  m1: number,
  d1: number,
): PreciseDate {
  return { text, precision, start: Date.UTC(y0, m0, d0), end: Date.UTC(y1, m1, d1) };
}
