/**
 * Civil dates as whole day numbers (days since 1970-01-01), the one date representation of the
 * timing, check and calendar code: comparisons are integer comparisons and no time zone enters.
 */

export type Day = number;

export function dayOf(year: number, month: number, day: number): Day {
  return Math.floor(Date.UTC(year, month - 1, day) / 86_400_000);
}

export interface Ymd {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export function ymdOf(d: Day): Ymd {
  const dt = new Date(d * 86_400_000);
  return { year: dt.getUTCFullYear(), month: dt.getUTCMonth() + 1, day: dt.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(d: Day): number {
  return (((d + 4) % 7) + 7) % 7;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `dd/mm/yyyy`, the way Vietnamese documents write dates. */
export function formatDay(d: Day): string {
  const { year, month, day } = ymdOf(d);
  return `${String(day).padStart(2, "0")}/${String(month).padStart(2, "0")}/${year}`;
}

const ISO = new Map<Day, string>();

/** ISO `yyyy-mm-dd` (memoised: models repeat the same few deadlines thousands of times). */
export function isoDay(d: Day): string {
  let s = ISO.get(d);
  if (s === undefined) {
    const { year, month, day } = ymdOf(d);
    s = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    if (ISO.size < 100_000) ISO.set(d, s);
  }
  return s;
}

export function quarterBounds(year: number, quarter: number): [Day, Day] {
  const m = (quarter - 1) * 3 + 1;
  return [dayOf(year, m, 1), dayOf(year, m + 2, daysInMonth(year, m + 2))];
}

export function monthBounds(year: number, month: number): [Day, Day] {
  return [dayOf(year, month, 1), dayOf(year, month, daysInMonth(year, month))];
}
