/**
 * Expands resolved plans into calendar items: every timing of every task becomes dated
 * occurrences inside the plan period (via `timing/occurrences.ts`), continuous work one spanning
 * item, `after TASK` one start item on the first working day after the task it follows. Each item
 * carries its plan, task, lead and coordinating units, and the inherited mandates it serves with
 * their origin and the required occurrence. Pure and order-independent: the output is sorted.
 */
import type { Bilingual } from "../diagnostics/diagnostic.js";
import type { Span } from "../diagnostics/span.js";
import type { InheritedMandate, ResolvedPlanInternals } from "../resolve/model.js";
import type { TaskDecl, Timing } from "../syntax/ast.js";
import type { Day } from "../timing/day.js";
import { describeTiming, describeTimingVi } from "../timing/describe.js";
import { clip, expandTiming, meets, type Occurrence } from "../timing/occurrences.js";
import { WorkingCalendar, type DeadlineReadings } from "./working-days.js";

/** `start`: a task placed by `after`, starting that day. */
export type CalendarItemKind = "deadline" | "window" | "continuous" | "start";

export interface UnitRef {
  readonly id: string;
  readonly label: string | null;
}

export interface PlanRef {
  readonly id: string;
  readonly title: string | null;
  readonly issuer: string | null;
  readonly number: string | null;
  readonly level: string | null;
  readonly file: string;
}

/** An inherited mandate the item's task covers, with the occurrence of it this item serves. */
export interface CoveredMandate {
  readonly origin: string;
  readonly id: string;
  readonly title: string | null;
  readonly kind: string | null;
  /** The mandate's timing as the origin wrote it, or null when it has none. */
  readonly due: Bilingual | null;
  /** The required occurrence (after refinements) this item meets, if any. */
  readonly occurrence: { readonly kind: Occurrence["kind"]; readonly start: Day | null; readonly end: Day } | null;
}

export interface CalendarItem {
  /** Stable across runs and edits of dates: plan, task, field and occurrence number. */
  readonly uid: string;
  readonly plan: PlanRef;
  readonly task: string;
  readonly title: string | null;
  readonly output: string | null;
  readonly kind: CalendarItemKind;
  /** Which task field the occurrence comes from. */
  readonly field: "timing" | "due";
  /** The occurrence's number within that field, from 0. */
  readonly index: number;
  /** First day (for a deadline, the deadline itself). */
  readonly start: Day;
  /** Last day, inclusive (for a deadline, the deadline). */
  readonly end: Day;
  /** The timing as written, canonical. */
  readonly timing: Bilingual;
  readonly lead: UnitRef | null;
  readonly coordinating: readonly UnitRef[];
  readonly mandates: readonly CoveredMandate[];
  /** For `start` items: the task this one follows. */
  readonly after?: string;
  /** For a deadline on a day off: both readings and the policy's choice. */
  readonly readings?: DeadlineReadings;
  /** Where the timing is written (not part of the JSON output). */
  readonly span: Span;
}

export type UnplacedReason = "no-timing" | "no-period" | "outside-period" | "after-unknown" | "after-cycle" | "after-unplaced" | "after-past-period";

/** A task (or one of its timings) that gives no dated item, and why. */
export interface Unplaced {
  readonly plan: string;
  readonly task: string;
  readonly title: string | null;
  readonly reason: UnplacedReason;
  /** The task named by `after`, or the loop of `after`s. */
  readonly detail?: string;
  readonly span: Span;
}

/** A loop of `after` references: `cycle[0]` after `cycle[1]` … after `cycle[0]`. */
export interface AfterCycle {
  readonly plan: string;
  readonly cycle: readonly string[];
  /** The `after` reference of each task of the loop, in loop order. */
  readonly spans: readonly Span[];
}

export interface Expansion {
  readonly items: readonly CalendarItem[];
  readonly unplaced: readonly Unplaced[];
  readonly cycles: readonly AfterCycle[];
}

const TIMINGS = new WeakMap<TaskDecl, { field: "timing" | "due"; timing: Timing; span: Span }[]>();

/** A task's timings (`timing` and `due` fields), once per task. */
function timingsOf(t: TaskDecl): readonly { field: "timing" | "due"; timing: Timing; span: Span }[] {
  let list = TIMINGS.get(t);
  if (!list) {
    list = t.fields.flatMap((f) => (f.name === "timing" || f.name === "due" ? [{ field: f.name, timing: f.value, span: f.value.span }] : []));
    TIMINGS.set(t, list);
  }
  return list;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareItems(a: CalendarItem, b: CalendarItem): number {
  return a.start - b.start || a.end - b.end || cmp(a.plan.id, b.plan.id) || cmp(a.task, b.task) || cmp(a.field, b.field) || a.index - b.index;
}

/** The UID of an occurrence: readable, ASCII, stable while plan, task and occurrence number stay. */
const uidPart = (s: string): string => (/^[A-Za-z0-9._-]*$/.test(s) ? s : encodeURIComponent(s).replace(/%/g, ""));

export function itemUid(plan: string, task: string, field: "timing" | "due", index: number): string {
  return `${uidPart(task)}.${field}.${index}.${uidPart(plan)}@kehoach`;
}

/**
 * The loops of `after` references among a plan's tasks, each once, starting at the task written
 * first. Tasks may have several `after`s (in `timing` and `due`).
 */
export function afterCycles(plan: ResolvedPlanInternals): AfterCycle[] {
  const edges = new Map<string, { to: string; span: Span }[]>();
  const order = new Map<string, number>();
  for (const t of plan.tasks) {
    if (!order.has(t.id.name)) order.set(t.id.name, t.span.offset);
    for (const { timing } of timingsOf(t)) {
      if (timing.kind !== "after") continue;
      const list = edges.get(t.id.name) ?? [];
      list.push({ to: timing.task.name, span: timing.task.span });
      edges.set(t.id.name, list);
    }
  }
  if (edges.size === 0) return [];
  // Tarjan's strongly connected components
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const comps: string[][] = [];
  const visit = (v: string): void => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const e of edges.get(v) ?? []) {
      if (!order.has(e.to)) continue;
      if (!idx.has(e.to)) {
        visit(e.to);
        low.set(v, Math.min(low.get(v)!, low.get(e.to)!));
      } else if (on.has(e.to)) low.set(v, Math.min(low.get(v)!, idx.get(e.to)!));
    }
    if (low.get(v) === idx.get(v)) {
      const comp: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        comp.push(w);
      } while (w !== v);
      comps.push(comp);
    }
  };
  const names = [...order.keys()].sort((a, b) => order.get(a)! - order.get(b)! || cmp(a, b));
  for (const v of names) if (!idx.has(v)) visit(v);

  const out: AfterCycle[] = [];
  for (const comp of comps) {
    const members = new Set(comp);
    const self = comp.length === 1 && (edges.get(comp[0]!) ?? []).some((e) => e.to === comp[0]);
    if (comp.length === 1 && !self) continue;
    const start = [...members].sort((a, b) => order.get(a)! - order.get(b)! || cmp(a, b))[0]!;
    // walk inside the component back to the start (BFS for the shortest loop)
    const prev = new Map<string, { from: string; span: Span }>();
    const queue = [start];
    let found: { from: string; span: Span } | undefined;
    while (queue.length > 0 && !found) {
      const v = queue.shift()!;
      for (const e of (edges.get(v) ?? []).filter((x) => members.has(x.to)).sort((a, b) => a.span.offset - b.span.offset)) {
        if (e.to === start) {
          found = { from: v, span: e.span };
          break;
        }
        if (!prev.has(e.to)) {
          prev.set(e.to, { from: v, span: e.span });
          queue.push(e.to);
        }
      }
    }
    if (!found) continue;
    // edges in reverse: (last → start), then back along `prev` to the start
    const rev: { from: string; to: string; span: Span }[] = [{ from: found.from, to: start, span: found.span }];
    let v = found.from;
    while (v !== start) {
      const p = prev.get(v)!;
      rev.push({ from: p.from, to: v, span: p.span });
      v = p.from;
    }
    const path = rev.reverse();
    const cycle = [start, ...path.map((e) => e.to)];
    const spans = path.map((e) => e.span);
    out.push({ plan: plan.model.id, cycle, spans });
  }
  return out.sort((a, b) => a.spans[0]!.offset - b.spans[0]!.offset);
}

interface TaskInfo {
  readonly decl: TaskDecl;
  readonly lead: UnitRef | null;
  readonly coordinating: readonly UnitRef[];
  readonly mandates: readonly InheritedMandate[];
}

function dueText(m: InheritedMandate): Bilingual | null {
  const f = m.decl.fields.find((x) => x.name === "due");
  if (!f || f.name !== "due") return null;
  return { vi: describeTimingVi(f.value), en: describeTiming(f.value) };
}

/** What `covered` needs of a mandate, worked out once per mandate (not once per item). */
interface MandateFacts {
  readonly required: readonly Occurrence[];
  readonly due: Bilingual | null;
  /** The entry for items serving each required occurrence (or none): plain data, shared. */
  readonly entries: Map<Occurrence | null, CoveredMandate>;
}

const FACTS = new WeakMap<InheritedMandate, MandateFacts>();

function factsOf(m: InheritedMandate): MandateFacts {
  let f = FACTS.get(m);
  if (!f) {
    f = { required: [...(m.occurrences ?? [])].sort((a, b) => a.end - b.end), due: dueText(m), entries: new Map() };
    FACTS.set(m, f);
  }
  return f;
}

function covered(m: InheritedMandate, own: Occurrence): CoveredMandate {
  const facts = factsOf(m);
  const served = facts.required.find((p) => meets(own, p, "cover")) ?? null;
  let entry = facts.entries.get(served);
  if (!entry) {
    entry = {
      origin: m.origin,
      id: m.model.id,
      title: m.model.title,
      kind: m.model.kind,
      due: facts.due,
      occurrence: served ? { kind: served.kind, start: served.kind === "deadline" ? null : (served.start ?? null), end: served.end } : null,
    };
    facts.entries.set(served, entry);
  }
  return entry;
}

/** Expands one plan. */
export function expandPlan(plan: ResolvedPlanInternals, cal: WorkingCalendar = new WorkingCalendar()): Expansion {
  const m = plan.model;
  const planRef: PlanRef = { id: m.id, title: m.title, issuer: m.issuer, number: m.number, level: m.level, file: m.file };
  const labels = new Map(m.units.map((u) => [u.id, u.label]));
  const unitRefs = new Map<string, UnitRef>(); // one per unit, shared by its items
  const unit = (id: string): UnitRef => {
    let u = unitRefs.get(id);
    if (!u) {
      u = { id, label: labels.get(id) ?? null };
      unitRefs.set(id, u);
    }
    return u;
  };
  const byKey = new Map(plan.inherited.map((x) => [x.key, x]));
  // by id and by task, once (not a search per task: plans have thousands of tasks)
  const models = new Map<string, (typeof m.tasks)[number]>();
  for (const x of m.tasks) if (!models.has(x.id)) models.set(x.id, x);
  const refKeys = new Map<TaskDecl, Set<string>>();
  for (const r of plan.coverRefs) {
    const set = refKeys.get(r.task);
    if (set) set.add(r.key);
    else refKeys.set(r.task, new Set([r.key]));
  }
  const info = new Map<string, TaskInfo>();
  for (const t of plan.tasks) {
    if (info.has(t.id.name)) continue; // a duplicate id (KH108): the first one counts
    const model = models.get(t.id.name);
    const keys = [...(refKeys.get(t) ?? [])].sort();
    info.set(t.id.name, {
      decl: t,
      lead: model?.lead ? unit(model.lead) : null,
      coordinating: [...new Set(model?.coordinating ?? [])].map(unit),
      mandates: keys.map((k) => byKey.get(k)).filter((x): x is InheritedMandate => x !== undefined && x.model.applicable),
    });
  }

  const items: CalendarItem[] = [];
  const unplaced: Unplaced[] = [];
  const period = plan.period;
  const miss = (t: TaskDecl, reason: UnplacedReason, span: Span, detail?: string): void =>
    void unplaced.push({ plan: m.id, task: t.id.name, title: t.label?.value ?? null, reason, ...(detail !== undefined && { detail }), span });

  const make = (ti: TaskInfo, field: "timing" | "due", index: number, kind: CalendarItemKind, o: { start: Day; end: Day }, timing: Timing, span: Span, after?: string): CalendarItem => {
    const own: Occurrence = kind === "deadline" ? { kind: "deadline", end: o.end } : { kind: kind === "continuous" ? "continuous" : "window", start: o.start, end: o.end };
    const readings = kind === "deadline" ? cal.readings(o.end) : undefined;
    return {
      uid: itemUid(m.id, ti.decl.id.name, field, index),
      plan: planRef,
      task: ti.decl.id.name,
      title: ti.decl.label?.value ?? null,
      output: models.get(ti.decl.id.name)?.output ?? null,
      kind,
      field,
      index,
      start: o.start,
      end: o.end,
      timing: { vi: describeTimingVi(timing), en: describeTiming(timing) },
      lead: ti.lead,
      coordinating: ti.coordinating,
      mandates: ti.mandates.map((x) => covered(x, own)),
      ...(after !== undefined && { after }),
      ...(readings && { readings }),
      span,
    };
  };

  // 1. dated timings
  const dated = new Map<string, CalendarItem[]>();
  for (const ti of info.values()) {
    const list: CalendarItem[] = [];
    const timings = timingsOf(ti.decl);
    if (timings.length === 0) miss(ti.decl, "no-timing", ti.decl.id.span);
    for (const { field, timing, span } of timings) {
      if (timing.kind === "after") continue;
      if (!period) {
        miss(ti.decl, "no-period", span);
        continue;
      }
      const e = expandTiming(timing, period);
      if (e.kind !== "dated") continue;
      const occs = e.occurrences.map((o) => clip(o, period)).filter((o): o is Occurrence => o !== undefined);
      if (occs.length === 0 && timing.kind !== "recurring") miss(ti.decl, "outside-period", span);
      occs.forEach((o, i) => {
        // a `due` date is a deadline; other windows stay windows
        const kind: CalendarItemKind = o.kind === "deadline" || (field === "due" && timing.kind === "date") ? "deadline" : o.kind;
        const start = kind === "deadline" ? o.end : (o.start ?? o.end);
        list.push(make(ti, field, i, kind, { start, end: o.end }, timing, span));
      });
    }
    dated.set(ti.decl.id.name, list);
  }

  // 2. `after`: the first working day after the last day of the task followed
  const cycles = afterCycles(plan);
  const inCycle = new Map<string, AfterCycle>();
  for (const c of cycles) for (const t of c.cycle) if (!inCycle.has(t)) inCycle.set(t, c);
  const placed = new Map<string, Day | null>(); // the last day of a task, null if it has none
  const lastDay = (name: string, seen: Set<string>): Day | null => {
    if (placed.has(name)) return placed.get(name)!;
    const ti = info.get(name);
    if (!ti || seen.has(name)) return null;
    seen.add(name);
    const ends = (dated.get(name) ?? []).map((x) => x.end);
    for (const { field, timing, span } of timingsOf(ti.decl)) {
      if (timing.kind !== "after" || !period) continue;
      const idx = timingsOf(ti.decl).filter((x) => x.field === field && x.timing.kind === "after").findIndex((x) => x.span === span);
      const loop = inCycle.get(name);
      if (loop) {
        miss(ti.decl, "after-cycle", span, loop.cycle.join(" → "));
        continue;
      }
      const target = timing.task.name;
      if (!info.has(target)) {
        miss(ti.decl, "after-unknown", span, target);
        continue;
      }
      const before = lastDay(target, seen);
      if (before === null) {
        miss(ti.decl, "after-unplaced", span, target);
        continue;
      }
      const day = cal.nextWorkingDay(before);
      if (day > period.end) {
        miss(ti.decl, "after-past-period", span, target);
        continue;
      }
      const item = make(ti, field, idx, "start", { start: day, end: day }, timing, span, target);
      items.push(item);
      ends.push(day);
    }
    const last = ends.length > 0 ? Math.max(...ends) : null;
    placed.set(name, last);
    return last;
  };
  // only tasks placed by `after` need it (and, through them, the tasks they follow)
  for (const [name, ti] of info) if (timingsOf(ti.decl).some((x) => x.timing.kind === "after")) lastDay(name, new Set());
  for (const list of dated.values()) items.push(...list);

  items.sort(compareItems);
  unplaced.sort((a, b) => cmp(a.task, b.task) || a.span.offset - b.span.offset || cmp(a.reason, b.reason));
  return { items, unplaced, cycles };
}

/** Expands several plans into one merged calendar. */
export function expandPlans(plans: Iterable<ResolvedPlanInternals>, cal: WorkingCalendar = new WorkingCalendar()): Expansion {
  const items: CalendarItem[] = [];
  const unplaced: Unplaced[] = [];
  const cycles: AfterCycle[] = [];
  for (const p of plans) {
    const e = expandPlan(p, cal);
    items.push(...e.items);
    unplaced.push(...e.unplaced);
    cycles.push(...e.cycles);
  }
  items.sort(compareItems);
  unplaced.sort((a, b) => cmp(a.plan, b.plan) || cmp(a.task, b.task) || a.span.offset - b.span.offset);
  cycles.sort((a, b) => cmp(a.plan, b.plan) || a.spans[0]!.offset - b.spans[0]!.offset);
  return { items, unplaced, cycles };
}

