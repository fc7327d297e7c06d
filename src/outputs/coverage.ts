/**
 * The coverage matrix of a plan: every inherited mandate that applies, its status, the tasks
 * covering it and their lead units, as a text table, a Markdown table or JSON.
 */
import type { Lang } from "../diagnostics/diagnostic.js";
import type { ResolvedPlan } from "../resolve/model.js";

export interface CoverageRow {
  readonly origin: string;
  readonly id: string;
  readonly title: string | null;
  readonly status: "covered" | "waived" | "missing";
  readonly by: readonly { readonly task: string; readonly lead: string | null }[];
  readonly due: string | null;
  readonly waiverReason: string | null;
}

export function coverageRows(plan: ResolvedPlan): CoverageRow[] {
  const leads = new Map(plan.tasks.map((t) => [t.id, t.lead]));
  return plan.mandates
    .filter((m) => m.applicable)
    .map((m) => ({
      origin: m.origin,
      id: m.id,
      title: m.title,
      status: m.status!,
      by: m.by.map((t) => ({ task: t, lead: leads.get(t) ?? null })),
      due: m.due?.text ?? null,
      waiverReason: m.waiver?.reason ?? null,
    }));
}

const STATUS = {
  vi: { covered: "đáp ứng", waived: "miễn", missing: "THIẾU" },
  en: { covered: "covered", waived: "waived", missing: "MISSING" },
} as const;

const HEAD = {
  vi: ["Kế hoạch gốc", "Yêu cầu", "Nội dung", "Trạng thái", "Nhiệm vụ (chủ trì)", "Hạn"],
  en: ["Origin", "Mandate", "Title", "Status", "Tasks (lead)", "Due"],
} as const;

function cells(r: CoverageRow, lang: Lang): string[] {
  const by =
    r.status === "waived"
      ? `${lang === "vi" ? "lý do" : "reason"}: ${r.waiverReason ?? "—"}`
      : r.by.map((b) => (b.lead ? `${b.task} (${b.lead})` : b.task)).join(", ") || "—";
  return [r.origin, r.id, r.title ?? "", STATUS[lang][r.status], by, r.due ?? ""];
}

function summaryLine(plan: ResolvedPlan, lang: Lang): string {
  const s = plan.summary;
  return lang === "vi"
    ? `${plan.id}: ${s.applicable} yêu cầu áp dụng — ${s.covered} đáp ứng, ${s.waived} miễn, ${s.missing} thiếu`
    : `${plan.id}: ${s.applicable} applicable mandates — ${s.covered} covered, ${s.waived} waived, ${s.missing} missing`;
}

export function renderCoverageText(plan: ResolvedPlan, lang: Lang): string {
  const rows = [HEAD[lang] as readonly string[], ...coverageRows(plan).map((r) => cells(r, lang))];
  const width = (i: number) => Math.min(48, Math.max(...rows.map((r) => [...(r[i] ?? "")].length)));
  const clip = (s: string, w: number) => ([...s].length > w ? [...s].slice(0, w - 1).join("") + "…" : s + " ".repeat(w - [...s].length));
  const lines = rows.map((r) => r.map((c, i) => clip(c, width(i))).join("  ").trimEnd());
  lines.splice(1, 0, HEAD[lang].map((_, i) => "-".repeat(width(i))).join("  "));
  return `${summaryLine(plan, lang)}\n\n${lines.join("\n")}\n`;
}

function mdCell(s: string): string {
  return s.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\n/g, " ");
}

export function renderCoverageMarkdown(plan: ResolvedPlan, lang: Lang): string {
  const out = [`## ${mdCell(plan.title ?? plan.id)} (\`${plan.id}\`)`, "", summaryLine(plan, lang), ""];
  out.push(`| ${HEAD[lang].join(" | ")} |`, `|${HEAD[lang].map(() => "---").join("|")}|`);
  for (const r of coverageRows(plan)) out.push(`| ${cells(r, lang).map(mdCell).join(" | ")} |`);
  return out.join("\n") + "\n";
}

export function renderCoverageJson(plans: readonly ResolvedPlan[]): string {
  return (
    JSON.stringify(
      {
        version: 1,
        plans: plans.map((p) => ({ id: p.id, file: p.file, level: p.level, summary: p.summary, mandates: coverageRows(p) })),
      },
      null,
      2,
    ) + "\n"
  );
}
