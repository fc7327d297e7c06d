/**
 * Wording shared by the calendar renderers (ICS, CSV, Markdown): item kinds, units, covered
 * mandates and the two readings of a deadline on a day off, in Vietnamese or English.
 */
import type { CalendarItem, CoveredMandate, UnitRef, UnplacedReason } from "../calendar/expand.js";
import { weekdayName, type DeadlineReadings } from "../calendar/working-days.js";
import type { Lang } from "../diagnostics/diagnostic.js";
import { formatDay } from "../timing/day.js";

export const KIND_LABEL: Record<Lang, Record<CalendarItem["kind"], string>> = {
  vi: { deadline: "Hạn", window: "Thực hiện", continuous: "Thường xuyên", start: "Bắt đầu" },
  en: { deadline: "Due", window: "Do", continuous: "Ongoing", start: "Start" },
};

export const LABELS = {
  vi: {
    task: "Nhiệm vụ",
    plan: "Kế hoạch",
    timing: "Thời gian",
    lead: "Chủ trì",
    coordinating: "Phối hợp",
    covers: "Đáp ứng",
    output: "Sản phẩm",
    after: "Sau nhiệm vụ",
    noLead: "(chưa có đơn vị chủ trì)",
    due: "hạn",
    thisTime: "lần này",
  },
  en: {
    task: "Task",
    plan: "Plan",
    timing: "Timing",
    lead: "Lead",
    coordinating: "Coordinating",
    covers: "Covers",
    output: "Output",
    after: "After task",
    noLead: "(no lead unit)",
    due: "due",
    thisTime: "this time",
  },
} as const;

export const UNPLACED_REASON: Record<Lang, Record<UnplacedReason, string>> = {
  vi: {
    "no-timing": "không nêu thời gian",
    "no-period": "kế hoạch không có kỳ (giai đoạn)",
    "outside-period": "thời gian nằm ngoài kỳ kế hoạch",
    "after-unknown": "`sau` nêu nhiệm vụ không tồn tại",
    "after-cycle": "vòng lặp `sau`",
    "after-unplaced": "nhiệm vụ được nêu trong `sau` không có ngày",
    "after-past-period": "sau nhiệm vụ kia thì đã hết kỳ kế hoạch",
  },
  en: {
    "no-timing": "no timing",
    "no-period": "the plan has no period",
    "outside-period": "the timing lies outside the plan period",
    "after-unknown": "`after` names an unknown task",
    "after-cycle": "a loop of `after`",
    "after-unplaced": "the task named by `after` has no date",
    "after-past-period": "after the other task, the plan period is over",
  },
};

export function unitText(u: UnitRef | null, lang: Lang): string {
  if (!u) return LABELS[lang].noLead;
  return u.label ? `${u.label} (${u.id})` : u.id;
}

export function unitShort(u: UnitRef): string {
  return u.label ?? u.id;
}

/** `01/01/2022–31/03/2022`, or one date when start and end agree. */
export function spanText(start: number, end: number): string {
  return start === end ? formatDay(start) : `${formatDay(start)}–${formatDay(end)}`;
}

export function mandateText(m: CoveredMandate, lang: Lang): string {
  const L = LABELS[lang];
  const title = m.title ? `${m.title} ` : "";
  const due = m.due ? `, ${L.due} ${m.due[lang]}` : "";
  const occ = m.occurrence ? ` (${L.thisTime}: ${m.occurrence.kind === "deadline" ? formatDay(m.occurrence.end) : spanText(m.occurrence.start ?? m.occurrence.end, m.occurrence.end)})` : "";
  return `${title}(${m.origin}:${m.id})${due}${occ}`;
}

export function readingsText(r: DeadlineReadings, lang: Lang, policy: string): string {
  const w = weekdayName(r.day)[lang];
  const prev = `${weekdayName(r.previous)[lang]} ${formatDay(r.previous)}`;
  const next = `${weekdayName(r.next)[lang]} ${formatDay(r.next)}`;
  const name = r.why.kind === "rest" ? "" : ` (${r.why.name[lang]})`;
  return lang === "vi"
    ? `Hạn rơi vào ngày nghỉ: ${w} ${formatDay(r.day)}${name}. Ngày làm việc liền trước: ${prev}; ngày làm việc tiếp theo (khoản 5 Điều 148 BLDS 2015): ${next}. Theo chính sách (${policy}): ${formatDay(r.adopted)}.`
    : `The deadline falls on a day off: ${w} ${formatDay(r.day)}${name}. Working day before: ${prev}; next working day (Civil Code 2015 art. 148(5)): ${next}. By the policy (${policy}): ${formatDay(r.adopted)}.`;
}

/** The lines of an item's full description (ICS description, Markdown details). */
export function describeItem(x: CalendarItem, lang: Lang, policy: string): string[] {
  const L = LABELS[lang];
  const lines: string[] = [];
  lines.push(`${L.task}: ${x.title ?? x.task} [${x.task}]`);
  const planBits = [x.plan.number, x.plan.id].filter((s): s is string => !!s).join(", ");
  lines.push(`${L.plan}: ${x.plan.title ?? x.plan.id} (${planBits})`);
  lines.push(`${L.timing}: ${x.timing[lang]} → ${spanText(x.start, x.end)}`);
  if (x.after) lines.push(`${L.after}: ${x.after}`);
  lines.push(`${L.lead}: ${unitText(x.lead, lang)}`);
  if (x.coordinating.length > 0) lines.push(`${L.coordinating}: ${x.coordinating.map((u) => unitText(u, lang)).join("; ")}`);
  for (const m of x.mandates) lines.push(`${L.covers}: ${mandateText(m, lang)}`);
  if (x.readings) lines.push(readingsText(x.readings, lang, policy));
  if (x.output) lines.push(`${L.output}: ${x.output}`);
  return lines;
}

/** A one-line summary: kind and title, shortened for calendar apps. */
export function summaryOf(x: CalendarItem, lang: Lang, max = 120): string {
  const title = x.title ?? x.task;
  const short = [...title].length > max ? `${[...title].slice(0, max - 1).join("").trimEnd()}…` : title;
  return `${KIND_LABEL[lang][x.kind]}: ${short}`;
}
