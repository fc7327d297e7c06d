/**
 * The JsonLogic operator allow-list and the plan-specific custom operations (dates, counts).
 * Rules are untrusted data from other public bodies, so every operator a rule may name is listed
 * here explicitly; anything else is rejected before and during evaluation.
 */

/** An extra operation: receives the evaluated arguments, must be pure and must not throw on odd input. */
export type CustomOperation = (...args: readonly unknown[]) => unknown;

/**
 * The operators of json-logic-js 2.0.5 that rules may use. `method` is deliberately absent: it
 * calls arbitrary JavaScript methods on values (2.0.5 no longer ships it, but a rule naming it is
 * still refused by name so the refusal does not depend on the library version). The dotted
 * "operation path" syntax (`"a.b"`) of json-logic-js is refused too, because no dotted name is listed.
 */
export const STANDARD_OPERATORS: readonly string[] = Object.freeze([
  "==", "===", "!=", "!==", ">", ">=", "<", "<=", "!!", "!",
  "%", "+", "-", "*", "/", "min", "max",
  "and", "or", "if", "?:",
  "in", "cat", "substr", "merge", "log",
  "var", "missing", "missing_some",
  "filter", "map", "reduce", "all", "none", "some",
]);

/** Operators that are known but never allowed, with the reason shown to rule authors. */
export const FORBIDDEN_OPERATORS: ReadonlyMap<string, { readonly vi: string; readonly en: string }> = new Map([
  ["method", { vi: "toán tử `method` bị tắt vì nó gọi phương thức JavaScript tùy ý", en: "`method` is disabled because it calls arbitrary JavaScript methods" }],
]);

/** Property names a `var` path may never step through, even where they are own data properties. */
export const FORBIDDEN_PATH_SEGMENTS: ReadonlySet<string> = new Set(["__proto__", "prototype", "constructor"]);

const DAY_MS = 86_400_000;

/**
 * A calendar date as a day number (days since 1970-01-01, UTC), or undefined when the value is not
 * a real date. Accepts `dd/mm/yyyy` (also `d/m/yyyy`), the form used in Vietnamese documents, and
 * ISO `yyyy-mm-dd`. Times and time zones are not accepted: plans are dated by day.
 */
export function dayNumber(value: unknown): number | undefined {
  if (typeof value !== "string") return undefined;
  let y: number;
  let m: number;
  let d: number;
  const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  const iso = vn ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (vn) {
    d = Number(vn[1]);
    m = Number(vn[2]);
    y = Number(vn[3]);
  } else if (iso) {
    y = Number(iso[1]);
    m = Number(iso[2]);
    d = Number(iso[3]);
  } else {
    return undefined;
  }
  if (m < 1 || m > 12 || d < 1) return undefined;
  // Day 0 of the next month is the last day of this one; years here are >= 1000 so Date.UTC
  // does not apply its 1900 offset for two-digit years.
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > last) return undefined;
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

/**
 * The custom operations available to every rule. All are pure and total: a value of the wrong
 * kind yields `null` (falsy) rather than an exception, so a rule over an incomplete plan fails
 * as a rule instead of crashing.
 *
 * - `date_diff_days(a, b)`: days from `a` to `b` (`b - a`; negative if `b` is earlier), or null.
 * - `date_before(a, b)`: whether `a` is strictly earlier than `b`, or null if either is not a date.
 * - `quarter_of(d)`: the quarter (1–4) containing `d`, or null.
 * - `count(xs)`: the length of an array; 0 for anything else (so a missing list counts as empty).
 *   To count matching items, combine with `filter`: `{"count": {"filter": [xs, test]}}` — a
 *   separate `count_where` would need lazy arguments, which only the built-in iterators get.
 */
export const PLAN_OPERATIONS: Readonly<Record<string, CustomOperation>> = Object.freeze({
  date_diff_days: (a: unknown, b: unknown): number | null => {
    const x = dayNumber(a);
    const y = dayNumber(b);
    return x === undefined || y === undefined ? null : y - x;
  },
  date_before: (a: unknown, b: unknown): boolean | null => {
    const x = dayNumber(a);
    const y = dayNumber(b);
    return x === undefined || y === undefined ? null : x < y;
  },
  quarter_of: (d: unknown): number | null => {
    const x = dayNumber(d);
    if (x === undefined) return null;
    return Math.floor(new Date(x * DAY_MS).getUTCMonth() / 3) + 1;
  },
  count: (xs: unknown): number => (Array.isArray(xs) ? xs.length : 0),
});

/** Names an engine's extra operations may take: plain identifiers, never a standard or forbidden name. */
export const CUSTOM_OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
