/**
 * Calendar checks (KH505–KH508) over the expanded calendar of a plan: loops of `after`;
 * deadlines on a weekend, holiday or make-up day, with both readings; report deadlines that leave
 * the parent no time (before the parent plan's own deadline, by the lead time in working days);
 * a unit with too many deadlines on one day.
 */
import { expandPlan, type CalendarItem, type Expansion } from "../../calendar/expand.js";
import { DEFAULT_CALENDAR_SETTINGS, type CalendarSettings } from "../../calendar/settings.js";
import { WorkingCalendar, weekdayName, type DeadlineReadings } from "../../calendar/working-days.js";
import type { Bilingual, Diagnostic, RelatedLocation } from "../../diagnostics/diagnostic.js";
import { makeDiagnostic } from "../../diagnostics/make.js";
import type { Span } from "../../diagnostics/span.js";
import type { InheritedMandate, ResolvedPlanInternals } from "../../resolve/model.js";
import type { Timing } from "../../syntax/ast.js";
import { formatDay, type Day } from "../../timing/day.js";
import { clip, expandTiming } from "../../timing/occurrences.js";
import type { PlanContext, PlanRule } from "./context.js";

/** Mandate kinds that are reports: the lower body reports to the higher one. */
export const REPORT_KINDS: ReadonlySet<string> = new Set(["report", "reporting", "bao-cao", "báo-cáo"]);

const calendars = new WeakMap<CalendarSettings, WorkingCalendar>();
const expansions = new WeakMap<WorkingCalendar, WeakMap<ResolvedPlanInternals, Expansion>>();

export function workingCalendarFor(settings: CalendarSettings): WorkingCalendar {
  let c = calendars.get(settings);
  if (!c) {
    c = new WorkingCalendar(settings);
    calendars.set(settings, c);
  }
  return c;
}

function expansionOf(plan: ResolvedPlanInternals, cal: WorkingCalendar): Expansion {
  let m = expansions.get(cal);
  if (!m) {
    m = new WeakMap();
    expansions.set(cal, m);
  }
  let e = m.get(plan);
  if (!e) {
    e = expandPlan(plan, cal);
    m.set(plan, e);
  }
  return e;
}

const dayWithName = (d: Day): Bilingual => ({ vi: `${weekdayName(d).vi} ${formatDay(d)}`, en: `${weekdayName(d).en} ${formatDay(d)}` });

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

function whyOff(r: DeadlineReadings): Bilingual {
  const w = weekdayName(r.day);
  switch (r.why.kind) {
    case "rest":
      return { vi: `${w.vi}, ngày nghỉ hằng tuần`, en: `a ${w.en}, a weekly rest day` };
    case "holiday":
      return { vi: `${w.vi}, nghỉ lễ: ${r.why.name.vi}`, en: `${w.en}, a public holiday: ${r.why.name.en}` };
    case "extra":
      return { vi: `${w.vi}, ngày nghỉ (${r.why.name.vi})`, en: `${w.en}, a day off (${r.why.name.en})` };
    case "make-up":
      return { vi: `${w.vi}, ngày ${lowerFirst(r.why.name.vi)}`, en: `${w.en}, the ${lowerFirst(r.why.name.en)}` };
    case "swap-off":
      return { vi: `${w.vi}, ngày nghỉ do hoán đổi ngày làm việc`, en: `${w.en}, a day off by a workday swap` };
  }
}

function offDayDiagnostic(span: Span, readings: readonly DeadlineReadings[], policy: CalendarSettings["deadlinePolicy"]): Diagnostic {
  const policyVi = policy === "previous-working-day" ? "ngày làm việc liền trước" : "ngày làm việc tiếp theo";
  const policyEn = policy === "previous-working-day" ? "the working day before" : "the next working day";
  const one = readings.length === 1 ? readings[0]! : undefined;
  if (one) {
    const prev = dayWithName(one.previous);
    const next = dayWithName(one.next);
    const why = whyOff(one);
    return makeDiagnostic(
      "KH506",
      span,
      {
        vi: `Hạn ${formatDay(one.day)} rơi vào ${why.vi}. Hai cách hiểu: ngày làm việc liền trước, ${prev.vi} (thường dùng trong thực tế); hoặc ngày làm việc tiếp theo, ${next.vi} (khoản 5 Điều 148 Bộ luật Dân sự 2015). Không gian làm việc chọn ${policyVi} (calendar.deadlinePolicy = ${policy}): ${formatDay(one.adopted)}`,
        en: `Deadline ${formatDay(one.day)} falls on ${why.en}. Two readings: the working day before, ${prev.en} (common practice); or the next working day, ${next.en} (Civil Code 2015 art. 148(5)). The workspace takes ${policyEn} (calendar.deadlinePolicy = ${policy}): ${formatDay(one.adopted)}`,
      },
      [],
      { vi: `ghi hạn vào một ngày làm việc, ví dụ ${formatDay(one.adopted)}`, en: `put the deadline on a working day, e.g. ${formatDay(one.adopted)}` },
    );
  }
  const list = (lang: "vi" | "en") =>
    readings.map((r) => `${formatDay(r.day)} (${whyOff(r)[lang]}: ${formatDay(r.previous)} ${lang === "vi" ? "hoặc" : "or"} ${formatDay(r.next)})`).join("; ");
  return makeDiagnostic(
    "KH506",
    span,
    {
      vi: `${readings.length} hạn rơi vào ngày nghỉ, mỗi hạn có hai cách hiểu (ngày làm việc liền trước, hoặc ngày làm việc tiếp theo theo khoản 5 Điều 148 Bộ luật Dân sự 2015): ${list("vi")}. Không gian làm việc chọn ${policyVi} (calendar.deadlinePolicy = ${policy})`,
      en: `${readings.length} deadlines fall on days off, each with two readings (the working day before, or the next working day per Civil Code 2015 art. 148(5)): ${list("en")}. The workspace takes ${policyEn} (calendar.deadlinePolicy = ${policy})`,
    },
    [],
    { vi: "ghi các hạn vào ngày làm việc", en: "put the deadlines on working days" },
  );
}

/** Deadlines the plan itself writes for the levels below it: `due` of its mandates and refinements. */
function declaredDeadlines(plan: ResolvedPlanInternals, cal: WorkingCalendar): { span: Span; readings: DeadlineReadings[] }[] {
  const out: { span: Span; readings: DeadlineReadings[] }[] = [];
  const period = plan.period;
  if (!period) return out;
  for (const m of plan.decl.members) {
    if (m.type !== "Mandate" && m.type !== "Refine") continue;
    for (const f of m.fields) {
      if (f.name !== "due") continue;
      const t: Timing = f.value;
      const e = expandTiming(t, period);
      if (e.kind !== "dated") continue;
      const days = e.occurrences
        .map((o) => clip(o, period))
        .filter((o) => o !== undefined && (o.kind === "deadline" || t.kind === "date"))
        .map((o) => o!.end);
      const readings = [...new Set(days)].sort((a, b) => a - b).flatMap((d) => cal.readings(d) ?? []);
      if (readings.length > 0) out.push({ span: t.span, readings });
    }
  }
  return out;
}

function leadTimeOf(m: InheritedMandate, s: CalendarSettings): number {
  return s.leadTimes.get(`${m.origin}:${m.model.id}`) ?? s.leadTimes.get(m.model.id) ?? s.leadTimeDays;
}

const serves = (x: CalendarItem, m: InheritedMandate): boolean => x.kind !== "continuous" && x.mandates.some((c) => c.origin === m.origin && c.id === m.model.id);

function reportLeadTime(ctx: PlanContext, cal: WorkingCalendar, items: readonly CalendarItem[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const settings = ctx.calendar ?? DEFAULT_CALENDAR_SETTINGS;
  for (const m of ctx.plan.inherited) {
    if (!m.model.applicable || m.model.status !== "covered" || !REPORT_KINDS.has(m.model.kind ?? "")) continue;
    const lead = leadTimeOf(m, settings);
    // the reference deadlines: the parent plans' own deadlines for the same report, else the mandate's
    const parentRefs: { day: Day; span: Span; plan: string }[] = [];
    for (const pid of ctx.plan.model.parents) {
      const parent = ctx.plans?.get(pid);
      if (!parent || parent === ctx.plan) continue;
      for (const x of expansionOf(parent, cal).items) if (serves(x, m)) parentRefs.push({ day: x.end, span: x.span, plan: pid });
    }
    const strict = parentRefs.length > 0;
    if (!strict && lead === 0) continue; // KH502 already checks the mandate's own deadline
    const dueField = m.decl.fields.find((f) => f.name === "due");
    const refs = strict
      ? parentRefs
      : (m.occurrences ?? []).filter((o) => o.kind === "deadline").map((o) => ({ day: o.end, span: dueField?.span ?? m.decl.id.span, plan: m.origin }));
    const refDays = [...new Map(refs.map((r) => [r.day, r])).values()].sort((a, b) => a.day - b.day);
    const mine = items.filter((x) => serves(x, m));
    let prev = -Infinity;
    for (const r of refDays) {
      const inSlot = mine.filter((x) => x.end > prev && x.end <= r.day);
      prev = r.day;
      if (inSlot.length === 0) continue;
      const latest = inSlot.reduce((a, b) => (b.end > a.end ? b : a));
      const required = lead > 0 ? cal.workingDaysBefore(r.day, lead) : r.day - 1;
      if (latest.end <= required) continue;
      const whose = strict ? { vi: `kế hoạch cấp trên ${r.plan} có hạn`, en: `the parent plan ${r.plan} is due` } : { vi: `${r.plan} yêu cầu hạn`, en: `${r.plan} sets the deadline` };
      const gap = lead > 0 ? { vi: ` (${lead} ngày làm việc trước)`, en: ` (${lead} working days before)` } : { vi: " (phải sớm hơn)", en: " (it must come earlier)" };
      const related: RelatedLocation[] = [{ span: r.span, message: { vi: `hạn của ${r.plan} ở đây`, en: `${r.plan}'s deadline is here` } }];
      out.push(
        makeDiagnostic(
          "KH507",
          latest.span,
          {
            vi: `Báo cáo \`${m.model.id}\` hạn ${formatDay(latest.end)} không đủ thời gian cho cấp trên: ${whose.vi} ${formatDay(r.day)}; hạn của \`${latest.task}\` không được muộn hơn ${formatDay(required)}${gap.vi}`,
            en: `Report \`${m.model.id}\` due ${formatDay(latest.end)} leaves the parent no time: ${whose.en} ${formatDay(r.day)}; \`${latest.task}\` must be due no later than ${formatDay(required)}${gap.en}`,
          },
          related,
          { vi: `đặt hạn không muộn hơn ${formatDay(required)}`, en: `set the deadline no later than ${formatDay(required)}` },
        ),
      );
    }
  }
  return out;
}

function busyDays(items: readonly CalendarItem[], max: number): Diagnostic[] {
  const out: Diagnostic[] = [];
  const groups = new Map<string, CalendarItem[]>();
  for (const x of items) {
    if (x.kind !== "deadline" || !x.lead) continue;
    const k = `${x.lead.id}\u0000${x.end}`;
    const g = groups.get(k) ?? [];
    if (!g.some((y) => y.task === x.task)) g.push(x);
    groups.set(k, g);
  }
  for (const g of groups.values()) {
    if (g.length <= max) continue;
    const sorted = [...g].sort((a, b) => a.span.offset - b.span.offset);
    const first = sorted[0]!;
    const unit = first.lead!.label ?? first.lead!.id;
    out.push(
      makeDiagnostic(
        "KH508",
        first.span,
        {
          vi: `${unit} chủ trì ${g.length} nhiệm vụ cùng hạn ${formatDay(first.end)} (nhiều hơn ${max}): ${sorted.map((x) => x.task).join(", ")}`,
          en: `${unit} leads ${g.length} tasks due on ${formatDay(first.end)} (more than ${max}): ${sorted.map((x) => x.task).join(", ")}`,
        },
        sorted.slice(1).map((x) => ({ span: x.span, message: { vi: `hạn của \`${x.task}\``, en: `\`${x.task}\`'s deadline` } })),
      ),
    );
  }
  return out;
}

export const calendarRule: PlanRule = (ctx) => {
  const settings = ctx.calendar ?? DEFAULT_CALENDAR_SETTINGS;
  const cal = workingCalendarFor(settings);
  const exp = expansionOf(ctx.plan, cal);
  const out: Diagnostic[] = [];

  for (const c of exp.cycles) {
    const loop = c.cycle.join(" → ");
    out.push(
      makeDiagnostic(
        "KH505",
        c.spans[0]!,
        { vi: `Vòng lặp \`sau\`: ${loop}; các nhiệm vụ này không thể xếp lịch`, en: `Loop of \`after\`: ${loop}; these tasks cannot be scheduled` },
        c.spans.slice(1).map((s, i) => ({ span: s, message: { vi: `\`${c.cycle[i + 1]}\` sau \`${c.cycle[i + 2]}\``, en: `\`${c.cycle[i + 1]}\` after \`${c.cycle[i + 2]}\`` } })),
      ),
    );
  }

  // deadlines on days off: the plan's tasks, then the deadlines it sets for the levels below
  const bySpan = new Map<number, { span: Span; readings: DeadlineReadings[] }>();
  for (const x of exp.items) {
    if (!x.readings) continue;
    const g = bySpan.get(x.span.offset) ?? { span: x.span, readings: [] };
    if (!g.readings.some((r) => r.day === x.readings!.day)) g.readings.push(x.readings);
    bySpan.set(x.span.offset, g);
  }
  for (const g of [...bySpan.values(), ...declaredDeadlines(ctx.plan, cal)]) out.push(offDayDiagnostic(g.span, g.readings, settings.deadlinePolicy));

  out.push(...reportLeadTime(ctx, cal, exp.items));
  out.push(...busyDays(exp.items, settings.maxDeadlinesPerUnitPerDay));
  return out;
};
