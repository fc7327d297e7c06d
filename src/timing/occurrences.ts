/**
 * Expands a timing into dated occurrences inside a period, and compares two sets of
 * occurrences: does a child's timing meet every occurrence its parent requires? Deadlines are
 * points (with the slot since the previous deadline of the same series); windows are ranges;
 * continuous work spans the period.
 */
import type { DateValue, Timing } from "../syntax/ast.js";
import { dayOf, daysInMonth, monthBounds, quarterBounds, type Day } from "./day.js";
import { ContentMemo, timingKey } from "./key.js";

export interface Period {
  readonly start: Day;
  readonly end: Day;
}

export type OccurrenceKind = "deadline" | "window" | "continuous";

export interface Occurrence {
  readonly kind: OccurrenceKind;
  /**
   * For windows and continuous work, the first day. For deadlines, the previous deadline of the
   * same series (exclusive), if any: a second yearly report must come after the first one's date.
   */
  readonly start?: Day;
  /** The deadline, or the last day of the window. */
  readonly end: Day;
}

/** The result of expanding a timing: occurrences, or `after` (placed relative to another task). */
export type Expansion = { readonly kind: "dated"; readonly occurrences: readonly Occurrence[] } | { readonly kind: "after"; readonly task: string };

function dateDay(d: DateValue, fallbackYear: number): Day {
  const year = d.year ?? fallbackYear;
  const day = Math.min(d.day, daysInMonth(year, Math.max(1, Math.min(12, d.month))));
  return dayOf(year, d.month, day);
}

function yearsOf(period: Period): number[] {
  const y0 = new Date(period.start * 86_400_000).getUTCFullYear();
  const y1 = new Date(period.end * 86_400_000).getUTCFullYear();
  const out: number[] = [];
  for (let y = y0; y <= y1 && out.length < 200; y++) out.push(y);
  return out;
}

/** The part of an occurrence inside a period: a deadline in it, or the window cut to it; undefined if none. */
export function clip(o: Occurrence, p: Period): Occurrence | undefined {
  if (o.kind === "deadline") return o.end >= p.start && o.end <= p.end ? o : undefined;
  const start = Math.max(o.start ?? p.start, p.start);
  const end = Math.min(o.end, p.end);
  return start <= end ? { kind: o.kind, start, end } : undefined;
}

/** Deadlines sorted, each slot starting at the previous one. */
function deadlineSeries(days: Day[]): Occurrence[] {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  return sorted.map((end, i) => (i === 0 ? { kind: "deadline" as const, end } : { kind: "deadline" as const, start: sorted[i - 1]!, end }));
}

/**
 * Expansions are memoised per timing node and period: a ministry's mandate is expanded once for
 * the thousands of plans below it, and a task's timing once for the resolver, the timing rules
 * and the calendar alike. The AST is immutable, so the cache never goes stale.
 */
const CACHE = new WeakMap<Timing, Map<string, Expansion>>();
/**
 * Expansions by content as well: a file parsed again (the language server re-parses the edited
 * file on every keystroke) has new timing nodes with the same content, and a plan repeats a few
 * timings (`thường xuyên`, `hằng quý`) across its tasks. Expansions hold no spans, so sharing
 * them between equal timings is safe.
 */
const BY_CONTENT = new ContentMemo<Expansion>();

export function expandTiming(t: Timing, period: Period): Expansion {
  let byPeriod = CACHE.get(t);
  if (!byPeriod) {
    byPeriod = new Map();
    CACHE.set(t, byPeriod);
  }
  const key = `${period.start}:${period.end}`;
  let e = byPeriod.get(key);
  if (!e) {
    e = BY_CONTENT.get(`${key}|${timingKey(t)}`, () => computeExpansion(t, period));
    byPeriod.set(key, e);
  }
  return e;
}

function dated(occ: readonly Occurrence[], period: Period): Expansion {
  return {
    kind: "dated",
    occurrences: occ.map((o) => (o.kind === "deadline" ? o : clip(o, period))).filter((o): o is Occurrence => o !== undefined),
  };
}

/** A plain switch, not ts-pattern: this is the hottest function of a workspace check. */
function computeExpansion(t: Timing, period: Period): Expansion {
  const y0 = new Date(period.start * 86_400_000).getUTCFullYear();
  switch (t.kind) {
    case "continuous":
      return dated([{ kind: "continuous", start: period.start, end: period.end }], period);
    case "date": {
      const d = dateDay(t.date, y0);
      return dated([{ kind: "window", start: d, end: d }], period);
    }
    case "before":
      return dated([{ kind: "deadline", end: dateDay(t.date, y0) }], period);
    case "range":
      return dated([{ kind: "window", start: dateDay(t.from, y0), end: dateDay(t.to, y0) }], period);
    case "quarter": {
      const [s, e] = quarterBounds(t.year, Math.min(4, Math.max(1, t.quarter)));
      return dated([{ kind: "window", start: s, end: e }], period);
    }
    case "month": {
      const [s, e] = monthBounds(t.year, Math.min(12, Math.max(1, t.month)));
      return dated([{ kind: "window", start: s, end: e }], period);
    }
    case "half":
      return dated([{ kind: "window", start: dayOf(t.year, t.half === 1 ? 1 : 7, 1), end: dayOf(t.year, t.half === 1 ? 6 : 12, t.half === 1 ? 30 : 31) }], period);
    case "year":
      return dated([{ kind: "window", start: dayOf(t.year, 1, 1), end: dayOf(t.year, 12, 31) }], period);
    case "recurring": {
      const x = t;
      const years = yearsOf(period);
      if (x.before.length === 0) {
        const windows: Occurrence[] = [];
        for (const y of years) {
          if (x.every === "year") windows.push({ kind: "window", start: dayOf(y, 1, 1), end: dayOf(y, 12, 31) });
          else if (x.every === "quarter") {
            for (let q = 1; q <= 4; q++) {
              const [s, e] = quarterBounds(y, q);
              windows.push({ kind: "window", start: s, end: e });
            }
          } else {
            for (let m = 1; m <= 12; m++) {
              const [s, e] = monthBounds(y, m);
              windows.push({ kind: "window", start: s, end: e });
            }
          }
        }
        return dated(windows, period);
      }
      const days: Day[] = [];
      for (const y of years) {
        for (const d of x.before) {
          if (d.month === 0) {
            // a day of the month: every month, or the last month of every quarter
            const months = x.every === "month" ? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] : [3, 6, 9, 12];
            for (const m of months) days.push(dayOf(y, m, Math.min(d.day, daysInMonth(y, m))));
          } else if (d.year !== undefined) {
            if (d.year === y) days.push(dateDay(d, y));
          } else days.push(dateDay(d, y));
        }
      }
      const inPeriod = days.filter((d) => d >= period.start && d <= period.end);
      return { kind: "dated", occurrences: deadlineSeries(inPeriod) };
    }
    case "after":
      return { kind: "after", task: t.task.name };
    default: {
      const unreachable: never = t;
      return unreachable;
    }
  }
}

export type MeetMode = "refine" | "cover";

/** Does child occurrence `c` meet parent occurrence `p`? */
export function meets(c: Occurrence, p: Occurrence, mode: MeetMode): boolean {
  switch (p.kind) {
    case "deadline":
      if (c.kind === "continuous") return false;
      return c.end <= p.end && (p.start === undefined || c.end > p.start);
    case "window":
      if (c.kind === "continuous") return mode === "cover" && (c.start ?? -Infinity) <= p.end && c.end >= (p.start ?? -Infinity);
      if (c.kind === "deadline") return c.end >= (p.start ?? -Infinity) && c.end <= p.end;
      return (c.start ?? c.end) >= (p.start ?? -Infinity) && c.end <= p.end;
    case "continuous":
      return mode === "cover" || c.kind === "continuous" || ((c.start ?? -Infinity) >= (p.start ?? -Infinity) && c.end <= p.end);
  }
}

/**
 * The parent occurrences that no child occurrence meets. Each dated child occurrence serves one
 * parent occurrence at most (one report cannot stand for both the June and the December one);
 * continuous work may serve many windows.
 */
export function unmet(child: readonly Occurrence[], parent: readonly Occurrence[], mode: MeetMode): Occurrence[] {
  const claims = mode === "cover" ? claimsOfDeadlines(child, parent) : undefined;
  const used = new Set<number>();
  const missed: Occurrence[] = [];
  const order = parent.map((p, i) => ({ p, i })).sort((a, b) => a.p.end - b.p.end || a.i - b.i);
  const missedIdx = new Set<number>();
  for (const { p, i } of order) {
    if (claims && p.kind === "deadline") {
      // A deadline is met by a report made for it (see `claimsOfDeadlines`); continuous work is no report.
      if (!(claims.get(i) ?? []).some((j) => meets(child[j]!, p, mode))) missedIdx.add(i);
      continue;
    }
    let best = -1;
    for (let j = 0; j < child.length; j++) {
      const c = child[j]!;
      if ((c.kind !== "continuous" && used.has(j)) || !meets(c, p, mode)) continue;
      if (best === -1 || c.end < child[best]!.end) best = j;
    }
    if (best === -1) missedIdx.add(i);
    else if (child[best]!.kind !== "continuous") used.add(best);
  }
  parent.forEach((p, i) => {
    if (missedIdx.has(i)) missed.push(p);
  });
  return missed;
}

/**
 * Which parent deadline each dated child occurrence is made for: the nearest in time, a deadline
 * it misses counting four times its distance (ties go to one it meets, then to the earlier). A
 * yearly report five days late is the late report of that year, not an early one for the next
 * year: without this, each late report would be counted for the following deadline and only the
 * first year would be reported. A report a day after one deadline and two days before the next
 * (moved off a weekend) is the next one's.
 */
/** How much further a missed deadline counts than a met one, when attributing a report. */
const LATE_WEIGHT = 4;

function claimsOfDeadlines(child: readonly Occurrence[], parent: readonly Occurrence[]): Map<number, number[]> {
  const claims = new Map<number, number[]>();
  child.forEach((c, j) => {
    if (c.kind === "continuous") return;
    let best = -1;
    let bestDistance = Infinity;
    let bestMeets = false;
    parent.forEach((p, i) => {
      if (p.kind !== "deadline") return;
      const ok = meets(c, p, "cover");
      const distance = Math.abs(c.end - p.end) * (ok ? 1 : LATE_WEIGHT);
      if (distance < bestDistance || (distance === bestDistance && ok && !bestMeets)) {
        best = i;
        bestDistance = distance;
        bestMeets = ok;
      }
    });
    if (best !== -1) claims.set(best, [...(claims.get(best) ?? []), j]);
  });
  return claims;
}

/**
 * The meet of refinements for one parent occurrence: the tightest of the child occurrences that
 * meet it (earliest deadline; intersection of windows). Undefined when windows do not overlap.
 */
export function tightest(p: Occurrence, candidates: readonly Occurrence[]): Occurrence | undefined {
  if (candidates.length === 0) return p;
  if (p.kind === "deadline" || candidates.every((c) => c.kind === "deadline")) {
    const end = Math.min(...candidates.map((c) => c.end));
    return p.start === undefined ? { kind: "deadline", end } : { kind: "deadline", start: p.start, end };
  }
  let start = -Infinity;
  let end = Infinity;
  let kind: OccurrenceKind = "continuous";
  for (const c of candidates) {
    start = Math.max(start, c.kind === "deadline" ? (p.start ?? -Infinity) : (c.start ?? -Infinity));
    end = Math.min(end, c.end);
    if (c.kind !== "continuous") kind = "window";
  }
  if (start > end) return undefined;
  return Number.isFinite(start) ? { kind, start, end } : { kind, end };
}
