/**
 * Timing phrases of plan texts mapped to the timing forms the language has (docs/language.md,
 * "Dates and timing"): `Quý IV năm 2025` → `quý IV/2025`, `Quí II` → the plan's year, `2025 - 2030`
 * → `từ 01/01/2025 đến 31/12/2030`, `trước ngày 15 tháng 11` → `trước 15/11`, `trước ngày 10/6 và
 * 10/12` → every year before both, `Hằng năm`, `6 tháng đầu năm`, `tháng 3/2024`, `từ … đến …`.
 * Each form is one recogniser over the folded text (no diacritics, so `Quí`, `Quý` and `Quy` are
 * one); the earliest match wins, a longer one overlapping it wins over it.
 */
import type { DateValue, Timing } from "../syntax/ast.js";
import { romanValue } from "./markers.js";
import { compareDates, dateValue, lastDayOfMonth, SPAN, timingNode, validYear } from "./nodes.js";
import { foldKeep } from "./text.js";

export interface TimingContext {
  /** The plan's year: dates and quarters written without a year take it. */
  readonly year?: number;
  /** The end of the plan's period, for `từ 01/7/2025` with no end. */
  readonly periodEnd?: DateValue;
  /** The plan spans several years: a deadline without a year repeats every year. */
  readonly multiYear?: boolean;
}

export interface FoundTiming {
  readonly timing: Timing;
  readonly start: number;
  readonly end: number;
  /** A deadline (`trước ngày …`): it goes in `due`, not `timing`. */
  readonly deadline: boolean;
}

/** A day-month(-year) date: `10/6`, `10 /6/2024`, `15 tháng 11`, `30 tháng 4 năm 2025`. */
const DATE = String.raw`(?:(?<![\d/])(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?(?![\d/])|(\d{1,2})\s+thang\s+(\d{1,2})(?:\s*,?\s*nam\s+(\d{4}))?)`;
const DATE_GROUPS = 6;

interface ParsedDate {
  readonly day: number;
  readonly month: number;
  readonly year?: number;
}

function dateFrom(groups: readonly (string | undefined)[], offset: number): ParsedDate | undefined {
  const g = (i: number): string | undefined => groups[offset + i];
  const [d, m, y] = g(0) !== undefined ? [g(0), g(1), g(2)] : [g(3), g(4), g(5)];
  if (d === undefined || m === undefined) return undefined;
  return y === undefined ? { day: Number(d), month: Number(m) } : { day: Number(d), month: Number(m), year: Number(y) };
}

function withYear(d: ParsedDate, ctx: TimingContext): DateValue | undefined {
  return dateValue(d.day, d.month, d.year ?? ctx.year);
}

type Recogniser = (f: string, ctx: TimingContext) => FoundTiming[];

function all(re: RegExp, f: string, make: (m: RegExpExecArray) => Timing | undefined, deadline = false): FoundTiming[] {
  const out: FoundTiming[] = [];
  for (const m of f.matchAll(re)) {
    const timing = make(m as RegExpExecArray);
    if (timing) out.push({ timing, start: m.index, end: m.index + m[0].length, deadline });
  }
  return out;
}

const YEAR = String.raw`((?:19|20|21)\d\d)`;

const continuous: Recogniser = (f) => all(/\bthuong xuyen\b/g, f, () => timingNode.continuous());

const dateRange: Recogniser = (f, ctx) =>
  all(new RegExp(String.raw`\b(?:tu\s+(?:ngay\s*)?)?${DATE}\s*(?:den|toi|-|–)\s*(?:het\s+)?(?:ngay\s*)?${DATE}`, "g"), f, (m) => {
    const a = dateFrom(m, 1);
    const b = dateFrom(m, 1 + DATE_GROUPS);
    if (!a || !b) return undefined;
    // A range needs a year on at least one side (`01/3 - 30/6` alone is too ambiguous).
    if (a.year === undefined && b.year === undefined && ctx.year === undefined) return undefined;
    const from = dateValue(a.day, a.month, a.year ?? b.year ?? ctx.year);
    const to = dateValue(b.day, b.month, b.year ?? a.year ?? ctx.year);
    return from && to && (compareDates(from, to) ?? 1) <= 0 ? timingNode.range(from, to) : undefined;
  });

const monthRange: Recogniser = (f, ctx) =>
  all(new RegExp(String.raw`\btu\s+thang\s+(\d{1,2})(?:\s*[/-]\s*${YEAR})?\s*(?:den|toi)\s*(?:het\s+)?thang\s+(\d{1,2})(?:\s*[/-]\s*${YEAR})?`, "g"), f, (m) => {
    const y1 = m[2] ? Number(m[2]) : m[4] ? Number(m[4]) : ctx.year;
    const y2 = m[4] ? Number(m[4]) : y1;
    if (!validYear(y1) || !validYear(y2)) return undefined;
    const from = dateValue(1, Number(m[1]), y1);
    const to = dateValue(Math.min(31, lastDayOfMonth(Number(m[3]), y2)), Number(m[3]), y2);
    return from && to && (compareDates(from, to) ?? 1) <= 0 ? timingNode.range(from, to) : undefined;
  });

const yearRange: Recogniser = (f) =>
  all(new RegExp(String.raw`(?<!\d)${YEAR}\s*(?:-|–|—|den|toi)\s*(?:nam\s+)?${YEAR}(?!\d)`, "g"), f, (m) => {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const from = dateValue(1, 1, a);
    const to = dateValue(31, 12, b);
    return from && to && a <= b ? timingNode.range(from, to) : undefined;
  });

/** `trước ngày D`, with following `và D`, `và cả năm trước ngày D`: one deadline with every date. */
const DEADLINE = new RegExp(String.raw`\btruoc ngay\s*${DATE}((?:\s*(?:,|;|va)\s*(?:ca nam\s+|6 thang(?: cuoi nam)?\s+|nam\s+)?(?:truoc ngay\s*)?${DATE})*)`, "g");
const NEXT_DATE = new RegExp(DATE, "g");

function deadlineTiming(dates: readonly ParsedDate[], recurring: boolean, ctx: TimingContext): Timing | undefined {
  if (dates.length === 0) return undefined;
  if (!recurring && dates.length === 1) {
    const d = withYear(dates[0]!, ctx);
    return d ? timingNode.before(d) : undefined;
  }
  const days = dates.map((d) => dateValue(d.day, d.month)).filter((d): d is DateValue => d !== undefined);
  return days.length > 0 ? timingNode.recurring("year", days) : undefined;
}

const deadlines: Recogniser = (f, ctx) => {
  const everyYear = /\b(?:hang nam|dinh ky)\b/.test(f) || ctx.multiYear === true;
  return all(
    DEADLINE,
    f,
    (m) => {
      const dates: ParsedDate[] = [];
      const first = dateFrom(m, 1);
      if (first) dates.push(first);
      for (const n of (m[1 + DATE_GROUPS] ?? "").matchAll(NEXT_DATE)) {
        const d = dateFrom(n, 1);
        if (d) dates.push(d);
      }
      const yearless = dates.some((d) => d.year === undefined);
      return deadlineTiming(dates, dates.length > 1 || (yearless && (everyYear || ctx.year === undefined)), ctx);
    },
    true,
  );
};

const monthlyDeadline: Recogniser = (f) =>
  all(/\b(?:hang thang[^.;]{0,40}?truoc ngay\s*(\d{1,2})|truoc ngay\s*(\d{1,2})\s+hang thang)(?![\d/])/g, f, (m) => {
    const day = Number(m[1] ?? m[2]);
    return day >= 1 && day <= 31 ? timingNode.recurring("month", [{ type: "Date", day, month: 0, span: SPAN }]) : undefined;
  }, true);

const quarter: Recogniser = (f, ctx) =>
  all(new RegExp(String.raw`\b(?:qu[iy]\s*([ivxl]{1,4}|[1-4])(?![a-z0-9])|q([1-4]))(?:\s*(?:/|-|,)?\s*(?:nam\s+)?${YEAR}(?!\d))?`, "g"), f, (m) => {
    const q = m[2] ? Number(m[2]) : /^\d$/.test(m[1]!) ? Number(m[1]) : romanValue(m[1]!.toUpperCase().replace(/L/g, "I"));
    const year = m[3] ? Number(m[3]) : ctx.year;
    if (q === undefined || q < 1 || q > 4 || !validYear(year)) return undefined;
    // `Q1` alone is too short to trust without a year.
    if (m[2] && !m[3]) return undefined;
    return timingNode.quarter(q, year);
  });

const half: Recogniser = (f, ctx) =>
  all(new RegExp(String.raw`\b6 thang (dau|cuoi) nam(?:\s*${YEAR}(?!\d))?`, "g"), f, (m) => {
    const year = m[2] ? Number(m[2]) : ctx.year;
    return validYear(year) ? timingNode.half(m[1] === "dau" ? 1 : 2, year) : undefined;
  });

const month: Recogniser = (f, ctx) => [
  ...all(new RegExp(String.raw`\bthang\s+(\d{1,2})\s*(?:/|-|,?\s*nam)\s*${YEAR}(?!\d)`, "g"), f, (m) => {
    const mo = Number(m[1]);
    return mo >= 1 && mo <= 12 ? timingNode.month(mo, Number(m[2])) : undefined;
  }),
  ...all(/\b(?:trong|vao|cuoi|dau|truoc)\s+thang\s+(\d{1,2})(?![\d/])/g, f, (m) => {
    const mo = Number(m[1]);
    return mo >= 1 && mo <= 12 && validYear(ctx.year) ? timingNode.month(mo, ctx.year) : undefined;
  }),
];

const recurring: Recogniser = (f) =>
  all(/\bhang (nam|quy|thang)\b/g, f, (m) => timingNode.recurring(m[1] === "nam" ? "year" : m[1] === "quy" ? "quarter" : "month", []));

/** `từ 01/7/2025`, `từ tháng 10/2025` with no end: up to the end of the plan's period. */
const openRange: Recogniser = (f, ctx) => [
  ...all(new RegExp(String.raw`\btu\s+(?:ngay\s*)?${DATE}`, "g"), f, (m) => {
    const d = dateFrom(m, 1);
    const from = d && withYear(d, ctx);
    if (!from || !ctx.periodEnd || (compareDates(from, ctx.periodEnd) ?? 1) > 0) return undefined;
    return timingNode.range(from, ctx.periodEnd);
  }),
  ...all(new RegExp(String.raw`\btu\s+thang\s+(\d{1,2})\s*[/-]\s*${YEAR}`, "g"), f, (m) => {
    const from = dateValue(1, Number(m[1]), Number(m[2]));
    if (!from || !ctx.periodEnd || (compareDates(from, ctx.periodEnd) ?? 1) > 0) return undefined;
    return timingNode.range(from, ctx.periodEnd);
  }),
];

const year: Recogniser = (f) => [
  ...all(new RegExp(String.raw`\bnam\s+${YEAR}(?!\d)`, "g"), f, (m) => timingNode.year(Number(m[1]))),
  ...all(new RegExp(String.raw`^\s*${YEAR}\s*\.?\s*$`, "g"), f, (m) => timingNode.year(Number(m[1]))),
];

/** A full date, except the start of an open `từ D` (which is not that day). */
const fullDate: Recogniser = (f) =>
  all(new RegExp(String.raw`(?<!\btu\s+(?:ngay\s*)?)(?<![\d/])(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})(?![\d/])|(\d{1,2})\s+thang\s+(\d{1,2})\s*,?\s*nam\s+(\d{4})`, "g"), f, (m) => {
    const d = dateFrom(m, 1);
    const v = d && d.year !== undefined ? dateValue(d.day, d.month, d.year) : undefined;
    return v ? timingNode.date(v) : undefined;
  });

/** The recognisers, each a row: the timing forms of the language and the phrases that map to them. */
export const TIMING_RECOGNISERS: readonly (readonly [string, Recogniser])[] = [
  ["continuous", continuous],
  ["date range", dateRange],
  ["month range", monthRange],
  ["year range", yearRange],
  ["deadline", deadlines],
  ["monthly deadline", monthlyDeadline],
  ["quarter", quarter],
  ["half-year", half],
  ["month", month],
  ["recurring", recurring],
  ["open range", openRange],
  ["year", year],
  ["date", fullDate],
];

function pick(found: readonly FoundTiming[]): FoundTiming | undefined {
  let best: FoundTiming | undefined;
  for (const f of found) {
    if (!best || f.start < best.start || (f.start === best.start && f.end > best.end)) best = f;
  }
  if (!best) return undefined;
  // A longer phrase that overlaps the earliest one is the better reading (`năm 2025 - 2030`).
  for (const f of found) {
    if (f.start < best.end && f.end > best.start && f.end - f.start > best.end - best.start) best = f;
  }
  // `hằng năm (trước ngày 15 tháng 11)`: the deadline says when in the year.
  const deadline = found.find((f) => f.deadline);
  if (best.timing.kind === "recurring" && best.timing.before.length === 0 && deadline) return deadline;
  return best;
}

/** The first timing phrase in `text` (NFC), if any. Positions index `text`. */
export function findTiming(text: string, ctx: TimingContext = {}): FoundTiming | undefined {
  const f = foldKeep(text);
  return pick(TIMING_RECOGNISERS.flatMap(([, r]) => r(f, ctx)));
}

/** Every reporting deadline in `text` merged into one timing (`trước ngày 10/6 … trước ngày 10/12`). */
export function findDeadline(text: string, ctx: TimingContext = {}): FoundTiming | undefined {
  const f = foldKeep(text);
  const found = [...deadlines(f, ctx), ...monthlyDeadline(f, ctx)];
  if (found.length <= 1) return found[0];
  const days: DateValue[] = [];
  for (const x of found) {
    const t = x.timing;
    if (t.kind === "before") days.push(dateValue(t.date.day, t.date.month)!);
    else if (t.kind === "recurring" && t.every === "year") days.push(...t.before);
    else return found[0];
  }
  const unique = [...new Map(days.map((d) => [`${d.day}/${d.month}`, d])).values()];
  return { timing: timingNode.recurring("year", unique), start: found[0]!.start, end: found[found.length - 1]!.end, deadline: true };
}

/** Whether the text says more than the timing found in it (the rest goes in a comment). */
export function saysMore(text: string, found: FoundTiming | undefined): boolean {
  const rest = found ? text.slice(0, found.start) + " " + text.slice(found.end) : text;
  const words = foldKeep(rest)
    .replace(/[^a-z0-9 ]/g, " ")
    .split(/\s+/)
    .filter((w) => w.length > 1 && !["va", "cac", "nam", "ngay", "tu", "den", "thoi", "gian", "thuc", "hien", "hoan", "thanh"].includes(w));
  return words.length > 0;
}

/** The period of a plan from its title: `giai đoạn 2026 - 2030`, `đến năm 2035`, `năm 2022`. */
export function periodFromTitle(title: string, issueYear: number | undefined): Timing | undefined {
  const f = foldKeep(title);
  const range = yearRange(f, {})[0];
  if (range) return range.timing;
  const until = /\bden nam\s+((?:19|20|21)\d\d)(?!\d)/.exec(f);
  if (until && issueYear !== undefined && issueYear <= Number(until[1])) {
    const from = dateValue(1, 1, issueYear);
    const to = dateValue(31, 12, Number(until[1]));
    if (from && to) return timingNode.range(from, to);
  }
  const single = /\bnam\s+((?:19|20|21)\d\d)(?!\d)/.exec(f);
  return single ? timingNode.year(Number(single[1])) : undefined;
}
