/**
 * Coverage (KH3xx): every applicable mandate is covered by a task, waived with a reason where
 * waivable, or reported missing at the plan's header with the mandate as the second place.
 * Unknown and ambiguous references are reported during resolution (KH302, KH306, KH308).
 */
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { makeDiagnostic } from "../../diagnostics/make.js";
import { canonicalKeyword as kw } from "../../syntax/keywords/table.js";
import type { PlanRule } from "./context.js";

export const coverageRule: PlanRule = ({ plan }) => {
  const out: Diagnostic[] = [];
  const d = plan.dialect;
  const byKey = new Map(plan.inherited.map((m) => [m.key, m]));
  for (const m of plan.inherited) {
    const model = m.model;
    if (!model.applicable) continue;
    const title = model.title ? ` (${model.title})` : "";
    if (model.status === "missing") {
      const levels = model.appliesTo.join(", ");
      out.push(
        makeDiagnostic(
          "KH301",
          plan.headerSpan,
          {
            vi: `Yêu cầu \`${model.id}\`${title} của ${model.origin} chưa có nhiệm vụ đáp ứng`,
            en: `Mandate \`${model.id}\`${title} of ${model.origin} is not covered`,
          },
          [{ span: m.decl.id.span, message: { vi: `yêu cầu ở đây, áp dụng cho ${levels}`, en: `required here, applies to ${levels}` } }],
          model.waivable
            ? {
                vi: `thêm một nhiệm vụ có \`${kw("Covers", d)} ${model.id}\`, hoặc \`${kw("Waive", d)} ${model.id} "lý do"\` nếu không áp dụng`,
                en: `add a task with \`${kw("Covers", d)} ${model.id}\`, or \`${kw("Waive", d)} ${model.id} "reason"\` if it does not apply`,
              }
            : {
                vi: `thêm một nhiệm vụ có \`${kw("Covers", d)} ${model.id}\` (yêu cầu này không được miễn)`,
                en: `add a task with \`${kw("Covers", d)} ${model.id}\` (this mandate cannot be waived)`,
              },
        ),
      );
    }
  }
  for (const r of plan.coverRefs) {
    const m = byKey.get(r.key);
    if (m && !m.model.applicable) {
      out.push(
        makeDiagnostic(
          "KH303",
          r.ref.span,
          {
            vi: `Yêu cầu \`${m.model.id}\` không áp dụng cho cấp ${plan.model.level ?? "?"} (chỉ ${m.model.appliesTo.join(", ") || "không cấp nào"})`,
            en: `Mandate \`${m.model.id}\` does not apply at level ${plan.model.level ?? "?"} (only ${m.model.appliesTo.join(", ") || "no level"})`,
          },
          [{ span: m.decl.id.span, message: { vi: "yêu cầu ở đây", en: "the mandate is here" } }],
        ),
      );
    }
  }
  for (const [key, w] of plan.waiverKeys) {
    const m = byKey.get(key);
    if (!m) continue;
    if (!w.reason || w.reason.value.trim() === "") {
      out.push(
        makeDiagnostic("KH305", w.span, { vi: `Miễn \`${m.model.id}\` mà không nêu lý do`, en: `Waiver of \`${m.model.id}\` gives no reason` }, [], {
          vi: `viết lý do trong ngoặc kép: \`${kw("Waive", d)} ${m.model.id} "lý do"\``,
          en: `give the reason in quotes: \`${kw("Waive", d)} ${m.model.id} "reason"\``,
        }),
      );
    }
    if (!m.model.waivable) {
      out.push(
        makeDiagnostic(
          "KH304",
          w.target.span,
          { vi: `Yêu cầu \`${m.model.id}\` không được miễn`, en: `Mandate \`${m.model.id}\` cannot be waived` },
          [{ span: m.decl.id.span, message: { vi: "yêu cầu ghi `được miễn không`", en: "the mandate says `waivable no`" } }],
        ),
      );
    }
    if (m.model.by.length > 0) {
      out.push(
        makeDiagnostic("KH307", w.span, {
          vi: `Yêu cầu \`${m.model.id}\` vừa được miễn vừa được đáp ứng bởi ${m.model.by.join(", ")}`,
          en: `Mandate \`${m.model.id}\` is waived and also covered by ${m.model.by.join(", ")}`,
        }),
      );
    }
  }
  return out;
};

/** Structure (KH309): sections the ancestors `require` are present. */
export const structureRule: PlanRule = ({ plan }) => {
  const out: Diagnostic[] = [];
  const reported = new Set<string>();
  for (const r of plan.requires) {
    if (plan.sectionsPresent.has(r.name) || reported.has(r.name)) continue;
    reported.add(r.name);
    out.push(
      makeDiagnostic(
        "KH309",
        plan.headerSpan,
        { vi: `Kế hoạch thiếu mục bắt buộc \`${r.name}\` (do ${r.origin} yêu cầu)`, en: `The plan lacks the \`${r.name}\` section that ${r.origin} requires` },
        [{ span: r.span, message: { vi: "bắt buộc ở đây", en: "required here" } }],
      ),
    );
  }
  return out;
};
