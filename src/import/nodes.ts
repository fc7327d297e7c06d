/** Constructors for the AST nodes the importer builds (spans are zero-width: there is no source file). */
import type { DateValue, Ident, Text, Timing } from "../syntax/ast.js";
import { zeroSpan } from "../format/format.js";

export const SPAN = zeroSpan("<import>");

export const ident = (name: string): Ident => ({ type: "Ident", name, span: SPAN });
export const text = (value: string): Text => ({ type: "Text", value, span: SPAN });

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** The years the language accepts. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

export function validYear(y: number | undefined): y is number {
  return y !== undefined && Number.isInteger(y) && y >= MIN_YEAR && y <= MAX_YEAR;
}

/** A date node, or undefined when the date does not exist (`31/6`, `29/2/2023`, month 13). */
export function dateValue(day: number, month: number, year?: number): DateValue | undefined {
  if (!Number.isInteger(day) || !Number.isInteger(month) || month < 1 || month > 12 || day < 1) return undefined;
  if (year !== undefined && !validYear(year)) return undefined;
  const max = month === 2 && year !== undefined && !isLeap(year) ? 28 : DAYS_IN_MONTH[month - 1]!;
  if (day > max) return undefined;
  return year === undefined ? { type: "Date", day, month, span: SPAN } : { type: "Date", day, month, year, span: SPAN };
}

export function lastDayOfMonth(month: number, year: number): number {
  return month === 2 && !isLeap(year) ? 28 : DAYS_IN_MONTH[month - 1]!;
}

/** Orders two dates with years (yearless dates compare as undefined). */
export function compareDates(a: DateValue, b: DateValue): number | undefined {
  if (a.year === undefined || b.year === undefined) return undefined;
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

export const timingNode = {
  continuous: (): Timing => ({ type: "Timing", kind: "continuous", span: SPAN }),
  date: (date: DateValue): Timing => ({ type: "Timing", kind: "date", date, span: SPAN }),
  before: (date: DateValue): Timing => ({ type: "Timing", kind: "before", date, span: SPAN }),
  range: (from: DateValue, to: DateValue): Timing => ({ type: "Timing", kind: "range", from, to, span: SPAN }),
  quarter: (quarter: number, year: number): Timing => ({ type: "Timing", kind: "quarter", quarter, year, span: SPAN }),
  month: (month: number, year: number): Timing => ({ type: "Timing", kind: "month", month, year, span: SPAN }),
  half: (half: 1 | 2, year: number): Timing => ({ type: "Timing", kind: "half", half, year, span: SPAN }),
  year: (year: number): Timing => ({ type: "Timing", kind: "year", year, span: SPAN }),
  recurring: (every: "year" | "quarter" | "month", before: readonly DateValue[]): Timing => ({ type: "Timing", kind: "recurring", every, before, span: SPAN }),
};
