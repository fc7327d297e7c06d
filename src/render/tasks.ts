/**
 * The plan's tasks as the document speaks of them: the content items with their timing
 * (section "Nội dung"), the duties of each lead unit with the units it works with (section
 * "Tổ chức thực hiện"), and the reporting duties with their deadlines ("Chế độ báo cáo").
 */
import type { ResolvedPlanInternals } from "../resolve/model.js";
import type { TaskDecl, Timing } from "../syntax/ast.js";
import { isRecurringDeadline, timingPhrase } from "./timing.js";
import { fold } from "../syntax/fold.js";
import { inSentence, joinVi, stripEnd, terminate, upperFirst } from "./text.js";

export interface TaskView {
  readonly id: string;
  /** The task as the plan states it (its title; else its output; else its id). */
  readonly text: string;
  /** The lead unit's id, if any. */
  readonly lead: string | null;
  readonly coordinating: readonly string[];
  readonly timing: Timing | undefined;
  readonly due: Timing | undefined;
  /** A reporting duty: it covers a report mandate, or it is due on recurring deadlines. */
  readonly report: boolean;
  /** The part of the document it is listed under (`part`), if the plan says. */
  readonly part: string | null;
}

/** Mandate kinds that are reports, folded (`báo-cáo` → `bao cao`). */
const REPORT_KINDS = new Set(["report", "bao cao", "baocao", "bao_cao"]);

function field<N extends TaskDecl["fields"][number]["name"]>(t: TaskDecl, name: N): Extract<TaskDecl["fields"][number], { name: N }> | undefined {
  return t.fields.find((f): f is Extract<TaskDecl["fields"][number], { name: N }> => f.name === name);
}

/** The plan's tasks in document order, with what the document needs of each. */
export function taskViews(plan: ResolvedPlanInternals): TaskView[] {
  const reportMandates = new Set(plan.model.mandates.filter((m) => m.kind !== null && REPORT_KINDS.has(fold(m.kind))).map((m) => `${m.origin}\u0000${m.id}`));
  const reportKeys = new Set(plan.model.mandates.filter((m) => reportMandates.has(`${m.origin}\u0000${m.id}`)).map((m) => m.id));
  const models = new Map(plan.model.tasks.map((m) => [m.id, m]));
  return plan.tasks.map((t) => {
    const model = models.get(t.id.name);
    const covers = model?.covers ?? [];
    const coversReport = covers.some((c) => (c.origin === null ? reportKeys.has(c.id) : reportMandates.has(`${c.origin}\u0000${c.id}`)));
    const timing = field(t, "timing")?.value;
    const due = field(t, "due")?.value;
    return {
      id: t.id.name,
      text: t.label?.value ?? field(t, "output")?.value.value ?? t.id.name,
      lead: field(t, "lead")?.value.name ?? null,
      coordinating: field(t, "coordinating")?.value.map((u) => u.name) ?? [],
      timing,
      due,
      report: coversReport || isRecurringDeadline(due) || isRecurringDeadline(timing),
      part: field(t, "part")?.value.value.trim() || null,
    };
  });
}

/** Names units by their labels (`van-phong` → `Văn phòng HĐND&UBND xã`). */
export type UnitNamer = (id: string) => string;

/** When: the timing, then the deadline (`quý II/2022`, `trước ngày 30/6/2022`, or both). */
export function whenPhrase(t: TaskView, taskTitle: (id: string) => string | undefined): string | null {
  const parts: string[] = [];
  if (t.timing) parts.push(timingPhrase(t.timing, taskTitle));
  // A due date is the last day allowed: "chậm nhất ngày 05/6/2024".
  if (t.due) parts.push(t.due.kind === "date" ? `chậm nhất ${timingPhrase(t.due)}` : timingPhrase(t.due, taskTitle));
  return parts.length === 0 ? null : parts.join(", hoàn thành ");
}

/**
 * A content item: `Quý I/2022: Thông tin, tuyên truyền…`, as the timelines of real plans write
 * it; no prefix when the text already starts with it (`Thường xuyên cập nhật…`).
 */
export function contentItem(t: TaskView, taskTitle: (id: string) => string | undefined): string {
  const when = whenPhrase(t, taskTitle);
  return terminate(when && !fold(t.text).startsWith(fold(when)) ? `${upperFirst(when)}: ${t.text}` : upperFirst(t.text));
}

/** A duty of a lead unit: the task, then whom it works with (unless the text already speaks of "phối hợp"). */
export function dutyItem(t: TaskView, unitName: UnitNamer): string {
  const text = upperFirst(t.text);
  if (t.coordinating.length === 0 || /\bphoi hop\b/u.test(fold(text))) return terminate(text);
  return `${stripEnd(text)}, phối hợp với ${joinVi(t.coordinating.map((u) => inSentence(unitName(u))))}.`;
}

/** A reporting duty: `Văn hóa và Thông tin xã: Tổng hợp…, trước ngày 10/6 và 10/12 hằng năm.` */
export function reportItem(t: TaskView, unitName: UnitNamer, taskTitle: (id: string) => string | undefined): string {
  const when = whenPhrase(t, taskTitle);
  const text = t.lead ? `${unitName(t.lead)}: ${t.text}` : t.text;
  return when ? `${stripEnd(text)}, ${when}.` : terminate(text);
}

/** Tasks grouped by lead unit: units in the order the plan declares them, then undeclared ids, then tasks without a lead. */
export function byLeadUnit(tasks: readonly TaskView[], declared: readonly string[]): { readonly lead: string | null; readonly tasks: readonly TaskView[] }[] {
  const groups = new Map<string | null, TaskView[]>();
  for (const t of tasks) {
    const g = groups.get(t.lead);
    if (g) g.push(t);
    else groups.set(t.lead, [t]);
  }
  const known = new Set(declared);
  const order = [...declared.filter((u) => groups.has(u)), ...[...groups.keys()].filter((k): k is string => k !== null && !known.has(k))];
  const out: { lead: string | null; tasks: readonly TaskView[] }[] = order.map((lead) => ({ lead, tasks: groups.get(lead)! }));
  const unassigned = groups.get(null);
  if (unassigned) out.push({ lead: null, tasks: unassigned });
  return out;
}
