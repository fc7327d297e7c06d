/**
 * The timing of a derived task: the latest the mandate allows. The required occurrences are the
 * mandate's effective ones (after every refinement, as the resolver computed them); each deadline
 * is then moved to the last working day on or before it and, for reports, before the parent's own
 * deadline by the workspace's lead time (the calendar checks KH506 and KH507). The mandate's own
 * form (`every year before 10/06 and 10/12`) is kept when it gives exactly those days; otherwise
 * the days are written out.
 */
import { REPORT_KINDS } from "../check/rules/calendar.js";
import type { CalendarSettings } from "../calendar/settings.js";
import type { WorkingCalendar } from "../calendar/working-days.js";
import type { InheritedMandate } from "../resolve/model.js";
import type { Timing } from "../syntax/ast.js";
import type { Day } from "../timing/day.js";
import { clip, expandTiming, type Occurrence, type Period } from "../timing/occurrences.js";
import type { AstBuilder } from "./ast-build.js";

export interface DeadlineContext {
  /** The derived plan's period (its own or inherited), if any. */
  readonly period: Period | undefined;
  readonly calendar: WorkingCalendar;
  readonly settings: CalendarSettings;
  /**
   * The parent plan's own deadlines for this mandate (from its covering tasks), each with the end
   * of the mandate's occurrence it serves for the parent, if any.
   */
  readonly parentDeadlines: readonly ParentDeadline[];
}

export interface ParentDeadline {
  readonly day: Day;
  readonly serves: Day | null;
}

/** The timing fields of one task: at most one `due` and one `timing`. */
export interface TaskTimings {
  readonly due?: Timing;
  readonly timing?: Timing;
}

export interface TimingChoice {
  /** One entry per task to write (a mandate with several windows needs several tasks); empty for none. */
  readonly tasks: readonly TaskTimings[];
  /** Deadlines set earlier than the mandate's: from → to. */
  readonly moved: readonly { readonly from: Day; readonly to: Day }[];
  /** The mandate has a due date, but no occurrence of it falls in the plan's period. */
  readonly outsidePeriod: boolean;
}

const NONE: TimingChoice = { tasks: [], moved: [], outsidePeriod: false };

/** Deadline-like timings go in `due`, the others (windows, continuous work) in `timing`. */
function fieldOf(t: Timing): "due" | "timing" {
  return t.kind === "before" || (t.kind === "recurring" && t.before.length > 0) ? "due" : "timing";
}

function single(t: Timing): TaskTimings {
  return fieldOf(t) === "due" ? { due: t } : { timing: t };
}

/** The mandate's due and its refinements' dues, the refinement of the nearest plan first. */
function candidates(m: InheritedMandate): Timing[] {
  const depth = (plan: string) => Math.max(-1, ...m.model.chains.map((c) => c.indexOf(plan)));
  const refs = m.refinements
    .flatMap((r) => r.decl.fields.flatMap((f) => (f.name === "due" ? [{ plan: r.plan, timing: f.value }] : [])))
    .sort((a, b) => depth(b.plan) - depth(a.plan));
  const own = m.decl.fields.flatMap((f) => (f.name === "due" ? [f.value] : []));
  return [...refs.map((r) => r.timing), ...own].filter((t) => t.kind !== "after");
}

function leadTime(m: InheritedMandate, s: CalendarSettings): number {
  return s.leadTimes.get(`${m.origin}:${m.model.id}`) ?? s.leadTimes.get(m.model.id) ?? s.leadTimeDays;
}

/**
 * The latest day a deadline occurrence may be set to: a working day, before the parent's own
 * deadline for the same occurrence (the first it serves that ends no earlier), and inside the
 * slot KH507 checks (before the first of the parent's deadlines that is not earlier).
 */
function latestAllowed(o: Occurrence, parent: readonly ParentDeadline[], refs: readonly Day[], lead: number, cal: WorkingCalendar): Day {
  const before = (r: Day) => (lead > 0 ? cal.workingDaysBefore(r, lead) : r - 1);
  const served = parent.flatMap((p) => (p.serves !== null && p.serves >= o.end ? [p.serves] : []));
  const same = served.length > 0 ? Math.min(...served) : undefined;
  const paired = parent.filter((p) => p.serves === same).map((p) => p.day);
  let d = paired.length > 0 ? Math.min(o.end, before(Math.min(...paired))) : o.end;
  for (let i = 0; i < 32; i++) {
    let next = cal.isWorkingDay(d) ? d : cal.previousWorkingDay(d);
    const r = refs.find((x) => x >= next);
    if (r !== undefined) next = Math.min(next, before(r));
    if (next === d) break;
    d = next;
  }
  // never before the previous deadline of the series: the occurrence would no longer be met
  return o.start !== undefined && d <= o.start ? o.end : d;
}

const key = (o: Occurrence) => (o.kind === "deadline" ? `d${o.end}` : `${o.kind}${o.start ?? ""}-${o.end}`);

function sameOccurrences(a: readonly Occurrence[], b: readonly Occurrence[]): boolean {
  if (a.length !== b.length) return false;
  const ka = a.map(key).sort();
  const kb = b.map(key).sort();
  return ka.every((k, i) => k === kb[i]);
}

/** A one-off timing (not continuous, not recurring) that reaches outside the period (KH501). */
function spillsOutside(t: Timing, period: Period): boolean {
  if (t.kind === "continuous" || t.kind === "recurring") return false;
  const wide = { start: period.start - 366 * 50, end: period.end + 366 * 50 };
  const e = expandTiming(t, wide);
  return e.kind === "dated" && e.occurrences.some((o) => o.end < period.start || (o.start ?? o.end) > period.end);
}

export function chooseTimings(m: InheritedMandate, ctx: DeadlineContext, b: AstBuilder): TimingChoice {
  const cands = candidates(m);
  const required = m.occurrences;
  const period = ctx.period;
  if (!period || required === null) return cands[0] ? { ...NONE, tasks: [single(cands[0])] } : NONE;
  // a deadline outside the period cannot be met by a task inside it (KH501): left to the author
  const inside = required.filter((o) => clip(o, period) !== undefined);
  const outsidePeriod = inside.length < required.length || (required.length === 0 && cands.length > 0);
  if (inside.length === 0) return { ...NONE, outsidePeriod };

  const report = REPORT_KINDS.has(m.model.kind ?? "");
  const lead = report ? leadTime(m, ctx.settings) : 0;
  const parent = report ? ctx.parentDeadlines : [];
  const refs = parent.length > 0 ? parent.map((p) => p.day) : report && lead > 0 ? inside.filter((o) => o.kind === "deadline").map((o) => o.end) : [];
  refs.sort((x, y) => x - y);
  const moved: { from: Day; to: Day }[] = [];
  const target = inside.map((o): Occurrence => {
    if (o.kind !== "deadline") return o;
    const end = latestAllowed(o, parent, refs, lead, ctx.calendar);
    if (end !== o.end) moved.push({ from: o.end, to: end });
    return { ...o, end };
  });

  for (const c of cands) {
    const e = expandTiming(c, period);
    if (e.kind === "dated" && !spillsOutside(c, period) && sameOccurrences(e.occurrences, target)) return { tasks: [single(c)], moved, outsidePeriod };
  }

  // written out: every deadline in one `due`, each window or continuous span in a `timing`
  const days = [...new Set(target.filter((o) => o.kind === "deadline").map((o) => o.end))].sort((x, y) => x - y);
  const due = days.length === 0 ? undefined : deadlineTiming(days, period, b);
  const spans = target
    .filter((o) => o.kind !== "deadline")
    .sort((x, y) => (x.start ?? x.end) - (y.start ?? y.end) || x.end - y.end)
    .map((o) => (o.kind === "continuous" ? b.continuous() : b.window(o.start ?? o.end, o.end)));
  const tasks: TaskTimings[] = [];
  if (due || spans[0]) tasks.push({ ...(due && { due }), ...(spans[0] && { timing: spans[0] }) });
  for (const s of spans.slice(1)) tasks.push({ timing: s });
  return { tasks, moved, outsidePeriod };
}

/**
 * One `due` for these exact deadlines: `before D` for one; `every year before 10/06 and 09/12`
 * when those days and months give exactly these days in the period; else the dates in full.
 */
function deadlineTiming(days: readonly Day[], period: Period, b: AstBuilder): Timing {
  if (days.length === 1) return b.before(days[0]!);
  const yearly = b.yearly(days);
  const e = expandTiming(yearly, period);
  const same = e.kind === "dated" && e.occurrences.length === days.length && e.occurrences.every((o, i) => o.end === days[i]);
  return same ? yearly : b.deadlines(days);
}
