/**
 * Runs one custom rule and turns the outcome into the diagnostic to emit: nothing when the rule
 * holds, KH601 when it fails, KH602 when it is invalid or crashes, KH603 when it runs out of budget.
 */
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { makeDiagnostic } from "../../diagnostics/make.js";
import type { Span } from "../../diagnostics/span.js";
import type { RuleEngine } from "./engine.js";
import type { RuleLike } from "./pack.js";

/** JsonLogic truthiness: like JavaScript's, except that an empty array is falsy. */
export function truthy(value: unknown): boolean {
  return Array.isArray(value) ? value.length > 0 : Boolean(value);
}

/**
 * Evaluates `rule` on `data` (the resolved plan model; pass it through `freezeData` once when
 * running many rules, to avoid copying it per rule). `span` is where to point: the rule in a
 * template or its entry in a pack file. Filtering by level (`appliesTo`) is the caller's job,
 * see `ruleAppliesTo`.
 */
export function runRule(engine: RuleEngine, rule: RuleLike, data: unknown, span: Span): Diagnostic | undefined {
  const result = engine.apply(rule.logic, data);
  const label = { vi: `quy tắc ${rule.id}`, en: `rule ${rule.id}` };
  if (result.kind === "value") {
    if (truthy(result.value)) return undefined;
    // The rule's own severity wins over the catalogue's default for KH601.
    return { ...makeDiagnostic("KH601", span, rule.title), severity: rule.severity ?? "error", label };
  }
  switch (result.reason) {
    case "budget":
      return {
        ...makeDiagnostic("KH603", span, {
          vi: `Quy tắc "${rule.id}" vượt giới hạn tính toán: ${result.message.vi}`,
          en: `Rule "${rule.id}" exceeded its work budget: ${result.message.en}`,
        }),
        label,
      };
    case "invalid":
    case "exception": {
      const where = result.problems?.[0]?.path;
      return {
        ...makeDiagnostic("KH602", span, {
          vi: `Quy tắc "${rule.id}" không hợp lệ${where ? ` (${where})` : ""}: ${result.message.vi}`,
          en: `Rule "${rule.id}" is invalid${where ? ` (${where})` : ""}: ${result.message.en}`,
        }),
        label,
      };
    }
  }
}
