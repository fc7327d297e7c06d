/**
 * `kh resolve PLAN`: prints the resolved model of a plan (what it inherits, from where, through
 * which chain, after which refinements), as JSON (schema: docs/schema/resolved-plan.schema.json)
 * or as readable text.
 */
import type { Lang } from "../../diagnostics/diagnostic.js";
import type { ResolvedPlan } from "../../resolve/model.js";
import { EXIT, type CliIO } from "../io.js";
import { loadPlans } from "./plan-context.js";

export function renderResolvedText(p: ResolvedPlan, lang: Lang): string {
  const vi = lang === "vi";
  const out: string[] = [];
  out.push(`${p.id} (${p.kind}, ${vi ? "cấp" : "level"} ${p.level ?? "?"}) ${p.file}`);
  if (p.title) out.push(`  ${p.title}`);
  out.push(`  ${vi ? "thực hiện" : "implements"}: ${p.parents.join(", ") || "—"}`);
  out.push(`  ${vi ? "tổ tiên" : "ancestors"}: ${p.ancestors.join(", ") || "—"}`);
  out.push("");
  for (const m of p.mandates) {
    const state = m.applicable ? (m.status ?? "") : vi ? "chuyển tiếp (không áp dụng cấp này)" : "passes through (not for this level)";
    out.push(`- ${m.origin}:${m.id}${m.title ? ` — ${m.title}` : ""}  [${state}]`);
    out.push(`    ${vi ? "qua" : "via"}: ${m.chains.map((c) => c.join(" → ")).join(" | ")}`);
    out.push(`    ${vi ? "áp dụng" : "applies to"}: ${m.appliesTo.join(", ") || "—"}${m.leadRole ? `; ${vi ? "vai trò chủ trì" : "lead role"} ${m.leadRole}` : ""}${m.waivable ? "" : vi ? "; không được miễn" : "; not waivable"}`);
    if (m.due) out.push(`    ${vi ? "hạn" : "due"}: ${m.due.text} → ${m.due.occurrences.map((o) => o.end).join(", ")}`);
    for (const r of m.refinements) out.push(`    ${vi ? "cụ thể hóa bởi" : "refined by"} ${r.plan} (${r.fields.join(", ")}) ${r.at.file}:${r.at.line}`);
    if (m.by.length > 0) out.push(`    ${vi ? "đáp ứng bởi" : "covered by"}: ${m.by.join(", ")}`);
  }
  return out.join("\n") + "\n";
}

export async function runResolve(paths: readonly string[], opts: { format: "json" | "text"; lang: Lang }, io: CliIO): Promise<number> {
  const sel = await loadPlans(paths, io);
  if (sel.ioErrors.length > 0 || sel.plans.length === 0) {
    for (const d of sel.ioErrors) io.stderr.write(`kh resolve: ${d.message[opts.lang]}\n`);
    if (sel.plans.length === 0 && sel.ioErrors.length === 0) {
      io.stderr.write(opts.lang === "vi" ? "kh resolve: không có kế hoạch nào trong tệp đã cho\n" : "kh resolve: no plan in the given files\n");
    }
    return EXIT.usage;
  }
  const models = sel.plans.map((p) => p.model);
  if (opts.format === "json") {
    io.stdout.write(JSON.stringify(models.length === 1 ? models[0] : models, null, 2) + "\n");
  } else {
    io.stdout.write(models.map((m) => renderResolvedText(m, opts.lang)).join("\n"));
  }
  return sel.result.report.diagnostics.some((d) => d.severity === "error" && d.code.startsWith("KH1")) ? EXIT.errors : EXIT.ok;
}
