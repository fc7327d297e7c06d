/**
 * The calendar as CSV (UTF-8 with a byte-order mark and CRLF lines, so Excel opens Vietnamese
 * text correctly), as a Markdown agenda grouped by month and by lead unit, and as JSON.
 */
import type { CalendarItem, Expansion, Unplaced } from "../calendar/expand.js";
import type { DeadlinePolicy } from "../calendar/settings.js";
import { weekdayName } from "../calendar/working-days.js";
import type { Lang } from "../diagnostics/diagnostic.js";
import { formatDay, isoDay, ymdOf, type Day } from "../timing/day.js";
import { KIND_LABEL, LABELS, UNPLACED_REASON, mandateText, readingsText, spanText, unitShort, unitText } from "./calendar-common.js";

// ---- CSV ---------------------------------------------------------------------------------------

const CSV_HEAD: Record<Lang, readonly string[]> = {
  vi: ["Kế hoạch", "Cấp", "Mã nhiệm vụ", "Nhiệm vụ", "Loại", "Từ ngày", "Đến ngày", "Chủ trì", "Phối hợp", "Đáp ứng yêu cầu", "Thời gian", "Ngày theo chính sách", "Sau nhiệm vụ", "UID"],
  en: ["Plan", "Level", "Task id", "Task", "Kind", "Start", "End", "Lead", "Coordinating", "Covers", "Timing", "Date by policy", "After task", "UID"],
};

function csvCell(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function renderCsv(items: readonly CalendarItem[], lang: Lang): string {
  const rows: string[][] = [[...CSV_HEAD[lang]]];
  for (const x of items) {
    rows.push([
      x.plan.id,
      x.plan.level ?? "",
      x.task,
      x.title ?? "",
      KIND_LABEL[lang][x.kind],
      isoDay(x.start),
      isoDay(x.end),
      x.lead ? unitShort(x.lead) : "",
      x.coordinating.map(unitShort).join("; "),
      x.mandates.map((m) => mandateText(m, lang)).join("; "),
      x.timing[lang],
      x.readings ? isoDay(x.readings.adopted) : "",
      x.after ?? "",
      x.uid,
    ]);
  }
  return "\uFEFF" + rows.map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

// ---- Markdown ----------------------------------------------------------------------------------

function md(s: string): string {
  return s.replace(/([\\`*_[\]<>|#])/g, "\\$1");
}

const MONTH: Record<Lang, (y: number, m: number) => string> = {
  vi: (y, m) => `Tháng ${m}/${y}`,
  en: (y, m) => `${["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][m - 1]} ${y}`,
};

const MD = {
  vi: {
    title: "Lịch thực hiện nhiệm vụ",
    plans: "Kế hoạch",
    continuous: "Thường xuyên, cả kỳ kế hoạch",
    unplaced: "Nhiệm vụ chưa xếp được lịch",
    empty: "Không có mục nào.",
    level: "cấp",
  },
  en: {
    title: "Task calendar",
    plans: "Plans",
    continuous: "Ongoing, the whole plan period",
    unplaced: "Tasks not on the calendar",
    empty: "No items.",
    level: "level",
  },
} as const;

function itemLine(x: CalendarItem, lang: Lang, policy: string, multiPlan: boolean): string[] {
  const L = LABELS[lang];
  const when = x.kind === "deadline" ? `**${formatDay(x.end)}** (${weekdayName(x.end)[lang]})` : `**${spanText(x.start, x.end)}**`;
  const bits = [`${when} · ${KIND_LABEL[lang][x.kind]}: ${md(x.title ?? x.task)} \`${x.task}\`${multiPlan ? ` · ${md(x.plan.id)}` : ""}`];
  const sub: string[] = [];
  sub.push(`${L.timing}: ${md(x.timing[lang])}${x.after ? ` (${L.after.toLowerCase()} \`${x.after}\`)` : ""}`);
  if (x.coordinating.length > 0) sub.push(`${L.coordinating}: ${x.coordinating.map((u) => md(unitShort(u))).join("; ")}`);
  for (const m of x.mandates) sub.push(`${L.covers}: ${md(mandateText(m, lang))}`);
  if (x.readings) sub.push(md(readingsText(x.readings, lang, policy)));
  return [`- ${bits[0]}`, ...sub.map((s) => `  - ${s}`)];
}

function groupByUnit(items: readonly CalendarItem[], lang: Lang): [string, CalendarItem[]][] {
  const groups = new Map<string, CalendarItem[]>();
  for (const x of items) {
    const k = unitText(x.lead, lang);
    const g = groups.get(k) ?? [];
    g.push(x);
    groups.set(k, g);
  }
  return [...groups.entries()].sort((a, b) => a[0].localeCompare(b[0], "vi"));
}

export interface MarkdownOptions {
  readonly lang: Lang;
  readonly policy: DeadlinePolicy;
  readonly title?: string;
  readonly unplaced?: readonly Unplaced[];
}

export function renderMarkdown(items: readonly CalendarItem[], opts: MarkdownOptions): string {
  const { lang } = opts;
  const T = MD[lang];
  const out: string[] = [`# ${md(opts.title ?? T.title)}`, ""];
  const plans = [...new Map(items.map((x) => [x.plan.id, x.plan])).values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  const multiPlan = plans.length > 1;
  if (plans.length > 0) {
    out.push(`${T.plans}:`, "");
    for (const p of plans) {
      const bits = [p.number, p.level ? `${T.level} ${p.level}` : null].filter((s): s is string => !!s).join(", ");
      out.push(`- \`${p.id}\` ${md(p.title ?? "")}${bits ? ` (${md(bits)})` : ""}`);
    }
    out.push("");
  }
  if (items.length === 0) out.push(T.empty, "");
  const continuous = items.filter((x) => x.kind === "continuous");
  if (continuous.length > 0) {
    out.push(`## ${T.continuous}`, "");
    for (const [unit, g] of groupByUnit(continuous, lang)) {
      out.push(`### ${md(unit)}`, "");
      for (const x of g) out.push(...itemLine(x, lang, opts.policy, multiPlan));
      out.push("");
    }
  }
  const byMonth = new Map<string, { y: number; m: number; items: CalendarItem[] }>();
  for (const x of items) {
    if (x.kind === "continuous") continue;
    const { year, month } = ymdOf(x.start);
    const k = `${year}-${String(month).padStart(2, "0")}`;
    const g = byMonth.get(k) ?? { y: year, m: month, items: [] };
    g.items.push(x);
    byMonth.set(k, g);
  }
  for (const k of [...byMonth.keys()].sort()) {
    const g = byMonth.get(k)!;
    out.push(`## ${MONTH[lang](g.y, g.m)}`, "");
    for (const [unit, list] of groupByUnit(g.items, lang)) {
      out.push(`### ${md(unit)}`, "");
      for (const x of list) out.push(...itemLine(x, lang, opts.policy, multiPlan));
      out.push("");
    }
  }
  const unplaced = opts.unplaced ?? [];
  if (unplaced.length > 0) {
    out.push(`## ${T.unplaced}`, "");
    for (const u of unplaced) {
      out.push(`- \`${u.task}\`${multiPlan ? ` · ${md(u.plan)}` : ""}: ${md(UNPLACED_REASON[lang][u.reason])}${u.detail ? ` (${md(u.detail)})` : ""}`);
    }
    out.push("");
  }
  return out.join("\n");
}

/** The next deadlines as a short Markdown list (for `--next`). */
export function renderNextMarkdown(items: readonly CalendarItem[], opts: { lang: Lang; today: Day; upcoming: boolean; policy: DeadlinePolicy }): string {
  const { lang } = opts;
  const head = opts.upcoming
    ? lang === "vi"
      ? `## Hạn sắp tới (từ ${formatDay(opts.today)})`
      : `## Next deadlines (from ${formatDay(opts.today)})`
    : lang === "vi"
      ? `## Không còn hạn nào từ ${formatDay(opts.today)}; ${items.length} hạn cuối cùng của các kế hoạch`
      : `## No deadline left from ${formatDay(opts.today)}; the plans' last ${items.length} deadlines`;
  const out = [head, ""];
  for (const x of items) {
    const unit = x.lead ? unitShort(x.lead) : LABELS[lang].noLead;
    const adopted = x.readings ? ` → ${formatDay(x.readings.adopted)}` : "";
    out.push(`- **${formatDay(x.end)}** (${weekdayName(x.end)[lang]}${adopted}) · ${md(x.plan.id)} · \`${x.task}\` · ${md(unit)}: ${md(x.title ?? x.task)}`);
  }
  if (items.length === 0) out.push(MD[lang].empty);
  return out.join("\n") + "\n";
}

// ---- JSON --------------------------------------------------------------------------------------

export interface CalendarJsonOptions {
  readonly policy: DeadlinePolicy;
  readonly filter?: Readonly<Record<string, string | number>>;
  readonly next?: { readonly today: Day; readonly upcoming: boolean };
}

export function calendarJson(exp: Pick<Expansion, "items" | "unplaced">, opts: CalendarJsonOptions): unknown {
  return {
    version: 1,
    deadlinePolicy: opts.policy,
    ...(opts.filter && Object.keys(opts.filter).length > 0 && { filter: opts.filter }),
    ...(opts.next && { next: { today: isoDay(opts.next.today), upcoming: opts.next.upcoming } }),
    items: exp.items.map((x) => ({
      uid: x.uid,
      plan: x.plan,
      task: x.task,
      title: x.title,
      kind: x.kind,
      field: x.field,
      index: x.index,
      start: isoDay(x.start),
      end: isoDay(x.end),
      timing: x.timing,
      lead: x.lead,
      coordinating: x.coordinating,
      mandates: x.mandates.map((m) => ({
        origin: m.origin,
        id: m.id,
        title: m.title,
        kind: m.kind,
        due: m.due,
        occurrence: m.occurrence && { kind: m.occurrence.kind, ...(m.occurrence.start !== null && { start: isoDay(m.occurrence.start) }), end: isoDay(m.occurrence.end) },
      })),
      output: x.output,
      ...(x.after !== undefined && { after: x.after }),
      ...(x.readings && {
        dayOff: {
          kind: x.readings.why.kind,
          name: x.readings.why.name,
          previousWorkingDay: isoDay(x.readings.previous),
          nextWorkingDay: isoDay(x.readings.next),
          byPolicy: isoDay(x.readings.adopted),
        },
      }),
      at: { file: x.span.file, line: x.span.line, column: x.span.column },
    })),
    unplaced: exp.unplaced.map((u) => ({
      plan: u.plan,
      task: u.task,
      title: u.title,
      reason: u.reason,
      ...(u.detail !== undefined && { detail: u.detail }),
      at: { file: u.span.file, line: u.span.line, column: u.span.column },
    })),
  };
}

export function renderCalendarJson(exp: Pick<Expansion, "items" | "unplaced">, opts: CalendarJsonOptions): string {
  return JSON.stringify(calendarJson(exp, opts), null, 2) + "\n";
}
