/**
 * Hover: for a mandate (covered, waived or inherited), its text, origin plan and number, the
 * chain it came through and the constraints in force after refinements; for a unit, its duties
 * in this plan; for a role, plan, task or level, what it is; for a keyword, its documentation
 * in the file's language.
 */
import type { Hover, HoverParams } from "vscode-languageserver";
import type { Lang } from "../diagnostics/diagnostic.js";
import type { InheritedMandate, ResolvedPlanInternals } from "../resolve/model.js";
import { findInherited, unitDuties } from "../resolve/queries.js";
import { headerOf } from "../resolve/header.js";
import type { MandateDecl, Timing } from "../syntax/ast.js";
import { keywordAt } from "../syntax/cursor.js";
import { KEYWORD_DOCS } from "../syntax/keywords/docs.js";
import { SPELLINGS } from "../syntax/keywords/table.js";
import { symbolAt, type SymbolOccurrence } from "../syntax/locate.js";
import { describeTiming, describeTimingVi } from "../timing/describe.js";
import { offsetRange, positionsOf } from "./positions.js";
import type { Analysis, Session } from "./session.js";

type T = (vi: string, en: string) => string;

const code = (s: string) => `\`${s}\``;
const isoToVn = (iso: string) => iso.replace(/^(\d{4})-(\d{2})-(\d{2})$/, "$3/$2/$1");

export async function hover(session: Session, params: HoverParams): Promise<Hover | null> {
  const a = await session.analysis(params.textDocument.uri);
  if (!a) return null;
  const pos = positionsOf(a.text);
  const offset = pos.offsetAt(params.position);
  const t: T = (vi, en) => (a.lang === "vi" ? vi : en);
  const doc = a.check.result.parsed[0]?.parsed.document;
  const sym = doc ? symbolAt(doc, offset) : undefined;
  if (sym) {
    const text = symbolHover(session, a, sym, t);
    if (text) return { contents: { kind: "markdown", value: text }, range: offsetRange(pos, sym.span.offset, sym.span.endOffset) };
  }
  const kw = keywordAt(a.text, offset);
  if (kw?.concept) {
    const dialect = a.check.result.parsed[0]?.parsed.dialect ?? kw.dialect ?? "vi";
    const spellings = SPELLINGS[dialect][kw.concept] ?? SPELLINGS.en[kw.concept] ?? [];
    const value = [`**${spellings.map(code).join(", ")}**`, "", KEYWORD_DOCS[kw.concept][dialect]].join("\n");
    return { contents: { kind: "markdown", value }, range: offsetRange(pos, kw.offset, kw.endOffset) };
  }
  return null;
}

function symbolHover(session: Session, a: Analysis, sym: SymbolOccurrence, t: T): string | undefined {
  const plan = a.check.plan;
  switch (sym.kind) {
    case "mandate": {
      if (sym.use === "declaration") {
        const decl = a.check.result.parsed[0]?.parsed.document.plan?.members.find((m): m is MandateDecl => m.type === "Mandate" && m.id.name === sym.name);
        return decl && ownMandateHover(decl, a.lang, t);
      }
      const m = plan && findInherited(plan, sym);
      return m ? mandateHover(session, a, plan, m, t) : undefined;
    }
    case "unit": {
      if (!plan) return undefined;
      const unit = plan.model.units.find((u) => u.id === sym.name);
      if (!unit) return undefined;
      const d = unitDuties(plan, sym.name);
      const lines = [`**${t("Đơn vị", "Unit")} ${code(unit.id)}**${unit.label ? ` — ${unit.label}` : ""}`, ""];
      const list = (ids: readonly { id: string; title: string | null }[]) => ids.map((x) => `${code(x.id)}${x.title ? ` ${x.title}` : ""}`).join("; ");
      lines.push(`- ${t("Chủ trì", "Leads")} (${d.lead.length}): ${d.lead.length > 0 ? list(d.lead.slice(0, 20)) : "—"}${d.lead.length > 20 ? " …" : ""}`);
      lines.push(`- ${t("Phối hợp", "Coordinates")} (${d.coordinating.length}): ${d.coordinating.length > 0 ? list(d.coordinating.slice(0, 20)) : "—"}${d.coordinating.length > 20 ? " …" : ""}`);
      for (const r of d.roles) {
        const ms = r.mandates.map((m) => `${code(m.model.id)} (${m.origin})`).join(", ");
        lines.push(`- ${t("Vai trò", "Role")} ${code(r.role)}${ms ? `: ${t("chủ trì các yêu cầu", "leads the mandates")} ${ms}` : ""}`);
      }
      return lines.join("\n");
    }
    case "role": {
      const role = plan?.model.roles.find((r) => r.id === sym.name);
      if (!role || !plan) return undefined;
      const units = plan.model.units.filter((u) => u.roles.includes(role.id)).map((u) => code(u.id));
      return [
        `**${t("Vai trò", "Role")} ${code(role.id)}**${role.label ? ` — ${role.label}` : ""}`,
        "",
        `- ${t("Khai báo bởi", "Declared by")} ${code(role.origin)}`,
        `- ${t("Đơn vị nhận vai trò", "Bound to")}: ${units.length > 0 ? units.join(", ") : "—"}`,
      ].join("\n");
    }
    case "plan": {
      const found = session.state.planById(a.ws, sym.name);
      if (!found) return undefined;
      const h = headerOf(found.decl);
      const kind = found.decl.kind === "template" ? t("Kế hoạch mẫu", "Template") : t("Kế hoạch", "Plan");
      return [
        `**${kind} ${code(sym.name)}**${h.number ? ` — ${h.number}` : ""}`,
        "",
        ...(h.title ? [h.title, ""] : []),
        `- ${t("Cơ quan", "Issuer")}: ${h.issuer ?? "—"}`,
        `- ${t("Cấp", "Level")}: ${h.level?.name ?? "—"}`,
        ...(h.implements.length > 0 ? [`- ${t("Thực hiện", "Implements")}: ${h.implements.map((p) => code(p.name)).join(", ")}`] : []),
      ].join("\n");
    }
    case "task": {
      const task = plan?.model.tasks.find((x) => x.id === sym.name);
      if (!task) return undefined;
      return [
        `**${t("Nhiệm vụ", "Task")} ${code(task.id)}**${task.title ? ` — ${task.title}` : ""}`,
        "",
        `- ${t("Chủ trì", "Lead")}: ${task.lead ? code(task.lead) : "—"}`,
        ...(task.timing ? [`- ${t("Thời gian", "Timing")}: ${task.timing}`] : []),
        ...(task.due ? [`- ${t("Hạn", "Due")}: ${task.due}`] : []),
      ].join("\n");
    }
    case "level": {
      const level = a.ws.settings.levels.lookup(sym.name);
      if (!level) return undefined;
      return `**${t("Cấp", "Level")} ${code(level.id)}** — ${level.label[a.lang]}`;
    }
  }
}

function timingText(tm: Timing, lang: Lang): string {
  return lang === "vi" ? describeTimingVi(tm) : describeTiming(tm);
}

/** A mandate as this plan inherits it. */
function mandateHover(session: Session, a: Analysis, plan: ResolvedPlanInternals, m: InheritedMandate, t: T): string {
  const model = m.model;
  const origin = session.state.planById(a.ws, m.origin);
  const number = origin ? headerOf(origin.decl).number : undefined;
  const lines = [`**${t("Yêu cầu", "Mandate")} ${code(model.id)}**${model.title ? ` — ${model.title}` : ""}`, ""];
  lines.push(`- ${t("Của", "Of")} ${code(m.origin)}${number ? ` (${number})` : ""}${origin && headerOf(origin.decl).title ? `: ${headerOf(origin.decl).title}` : ""}`);
  const chains = model.chains.map((c) => [...c, plan.model.id].map(code).join(" → "));
  if (chains.length > 0) lines.push(`- ${t("Qua", "Through")}: ${chains.join("; ")}`);
  lines.push(`- ${t("Áp dụng cho", "Applies to")}: ${model.appliesTo.join(", ") || "—"}${model.applicable ? "" : t(" (không áp dụng cho cấp này)", " (not at this level)")}`);
  if (model.leadRole) lines.push(`- ${t("Chủ trì", "Lead")}: ${t("vai trò", "role")} ${code(model.leadRole)}`);
  lines.push(`- ${t("Được miễn", "Waivable")}: ${model.waivable ? t("có", "yes") : t("không", "no")}`);
  const due = m.decl.fields.find((f) => f.name === "due");
  if (due && due.name === "due") {
    const occs = (model.due?.occurrences ?? []).map((o) => isoToVn(o.end));
    lines.push(`- ${t("Hạn", "Due")}: ${timingText(due.value, a.lang)}${occs.length > 0 ? ` → ${t("trong kỳ", "in force")}: ${occs.join(", ")}` : ""}`);
  }
  for (const r of m.refinements) {
    const fields = r.decl.fields.map((f) => (f.name === "due" ? `${t("hạn", "due")} ${timingText(f.value, a.lang)}` : f.name));
    lines.push(`- ${t("Cụ thể hóa bởi", "Refined by")} ${code(r.plan)}: ${fields.join(", ")}`);
  }
  if (model.applicable) {
    const status =
      model.status === "covered"
        ? `${t("đã đáp ứng bởi", "covered by")} ${model.by.map(code).join(", ")}`
        : model.status === "waived"
          ? `${t("được miễn", "waived")}${model.waiver?.reason ? `: “${model.waiver.reason}”` : ""}`
          : t("**chưa có nhiệm vụ đáp ứng**", "**not covered yet**");
    lines.push(`- ${t("Ở kế hoạch này", "In this plan")}: ${status}`);
  }
  return lines.join("\n");
}

/** A mandate this file declares (a template's own). */
function ownMandateHover(decl: MandateDecl, lang: Lang, t: T): string {
  const lines = [`**${t("Yêu cầu", "Mandate")} ${code(decl.id.name)}**${decl.label ? ` — ${decl.label.value}` : ""}`, ""];
  for (const f of decl.fields) {
    if (f.name === "appliesTo") lines.push(`- ${t("Áp dụng cho", "Applies to")}: ${f.value.map((l) => l.name).join(", ")}`);
    else if (f.name === "leadRole") lines.push(`- ${t("Chủ trì", "Lead")}: ${t("vai trò", "role")} ${code(f.value.name)}`);
    else if (f.name === "due") lines.push(`- ${t("Hạn", "Due")}: ${timingText(f.value, lang)}`);
    else if (f.name === "waivable") lines.push(`- ${t("Được miễn", "Waivable")}: ${f.value ? t("có", "yes") : t("không", "no")}`);
  }
  return lines.join("\n");
}
