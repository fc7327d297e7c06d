/**
 * Working days: a day is off when it is a weekly rest day (not swapped into a workday) or a day
 * off of `holidays.ts`. Gives the previous and next working day of a deadline (the two readings of
 * a deadline that falls on a day off) and counts working days for lead times.
 */
import type { Bilingual } from "../diagnostics/diagnostic.js";
import { ymdOf, weekday, type Day } from "../timing/day.js";
import { holidaysOf, type DayOff, type YearHolidays } from "./holidays.js";
import { DEFAULT_CALENDAR_SETTINGS, type CalendarSettings, type DeadlinePolicy } from "./settings.js";

const WEEKDAYS: Record<"vi" | "en", readonly string[]> = {
  vi: ["Chủ nhật", "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy"],
  en: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
};

export function weekdayName(d: Day): Bilingual {
  const w = weekday(d);
  return { vi: WEEKDAYS.vi[w]!, en: WEEKDAYS.en[w]! };
}

/** Why a day is not a working day. */
export type NonWorking = { readonly kind: "rest"; readonly name: Bilingual } | { readonly kind: DayOff["kind"]; readonly name: Bilingual };

/** The deadline's two readings when it falls on a day off. */
export interface DeadlineReadings {
  readonly day: Day;
  readonly why: NonWorking;
  /** The working day before: what units use in practice. */
  readonly previous: Day;
  /** The working day after: Civil Code 2015 art. 148(5). */
  readonly next: Day;
  /** The reading the workspace policy picks. */
  readonly adopted: Day;
}

/** A guard against a misconfigured calendar with no working day at all. */
const MAX_SCAN = 366;

export class WorkingCalendar {
  private readonly years = new Map<number, { y: YearHolidays; off: Map<Day, DayOff>; work: Set<Day> }>();

  constructor(readonly settings: CalendarSettings = DEFAULT_CALENDAR_SETTINGS) {}

  year(year: number): YearHolidays {
    return this.load(year).y;
  }

  private load(year: number): { y: YearHolidays; off: Map<Day, DayOff>; work: Set<Day> } {
    let e = this.years.get(year);
    if (!e) {
      const y = holidaysOf(year, this.settings);
      e = { y, off: new Map(y.daysOff.map((d) => [d.day, d])), work: new Set(y.workingRestDays.map((w) => w.day)) };
      this.years.set(year, e);
    }
    return e;
  }

  /** The day off (holiday, make-up, extra, swap) on `d`, looking at `d`'s year and the one before (for spill-over). */
  dayOff(d: Day): DayOff | undefined {
    const y = ymdOf(d).year;
    return this.load(y).off.get(d) ?? this.load(y - 1).off.get(d);
  }

  isRestDay(d: Day): boolean {
    return this.settings.weeklyRestDays.includes(weekday(d)) && !this.load(ymdOf(d).year).work.has(d);
  }

  /** Undefined for a working day; otherwise why not. A holiday on a weekend reads as the holiday. */
  nonWorking(d: Day): NonWorking | undefined {
    const off = this.dayOff(d);
    if (off) return { kind: off.kind, name: off.name };
    if (this.isRestDay(d)) return { kind: "rest", name: weekdayName(d) };
    return undefined;
  }

  isWorkingDay(d: Day): boolean {
    return this.nonWorking(d) === undefined;
  }

  /** The last working day strictly before `d`. */
  previousWorkingDay(d: Day): Day {
    let x = d - 1;
    for (let i = 0; i < MAX_SCAN && !this.isWorkingDay(x); i++) x--;
    return x;
  }

  /** The first working day strictly after `d`. */
  nextWorkingDay(d: Day): Day {
    let x = d + 1;
    for (let i = 0; i < MAX_SCAN && !this.isWorkingDay(x); i++) x++;
    return x;
  }

  /** `n` working days before `d` (n = 0: `d` itself, or the working day before it if `d` is off). */
  workingDaysBefore(d: Day, n: number): Day {
    let x = this.isWorkingDay(d) ? d : this.previousWorkingDay(d);
    for (let i = 0; i < n; i++) x = this.previousWorkingDay(x);
    return x;
  }

  /** The two readings of a deadline on a day off; undefined when `d` is a working day. */
  readings(d: Day, policy: DeadlinePolicy = this.settings.deadlinePolicy): DeadlineReadings | undefined {
    const key = `${policy}:${d}`;
    if (this.readingsMemo.has(key)) return this.readingsMemo.get(key);
    const why = this.nonWorking(d);
    const previous = why && this.previousWorkingDay(d);
    const next = why && this.nextWorkingDay(d);
    const r = why && previous !== undefined && next !== undefined ? { day: d, why, previous, next, adopted: policy === "previous-working-day" ? previous : next } : undefined;
    this.readingsMemo.set(key, r);
    return r;
  }

  /** Readings by policy and day: a plan's thousands of deadlines fall on a few hundred days. */
  private readonly readingsMemo = new Map<string, DeadlineReadings | undefined>();
}
