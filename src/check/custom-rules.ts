/**
 * Runs custom JsonLogic rules over resolved plans: `rule` blocks of a plan's ancestors (a
 * template's rules bind the plans implementing it, not the template itself) and rule packs from
 * `rules/*.json`. Every pack and every template gets its own isolated, bounded engine, created
 * once per check run and shared by all plans.
 */
import type { Diagnostic, Severity } from "../diagnostics/diagnostic.js";
import { makeDiagnostic } from "../diagnostics/make.js";
import type { ResolvedPlanInternals } from "../resolve/model.js";
import { createRuleEngine, freezeData, ruleAppliesTo, runRule, type PackRule, type RuleEngine } from "./jsonlogic/index.js";

const SEVERITIES: ReadonlySet<string> = new Set(["error", "warning", "info"]);

export class CustomRuleRunner {
  private readonly engines = new Map<string, RuleEngine>();

  constructor(private readonly packs: readonly PackRule[] = []) {}

  private engine(key: string): RuleEngine {
    let e = this.engines.get(key);
    if (!e) {
      e = createRuleEngine();
      this.engines.set(key, e);
    }
    return e;
  }

  run(plan: ResolvedPlanInternals): Diagnostic[] {
    const inherited = plan.rules.filter((r) => r.origin !== plan.model.id && r.decl.logic !== undefined);
    const packs = this.packs.filter((r) => ruleAppliesTo(r, plan.model.level ?? undefined));
    if (inherited.length === 0 && packs.length === 0) return [];
    const data = freezeData({ plan: plan.model });
    const out: Diagnostic[] = [];
    const atPlan = (d: Diagnostic | undefined, ruleSpan: Diagnostic["span"]): void => {
      if (!d) return;
      // A failing rule is the plan's problem: point at the plan, show the rule as the second place.
      const where = d.code === "KH601" ? plan.headerSpan : d.span;
      out.push({
        ...d,
        span: where,
        related: [...d.related, ...(d.code === "KH601" ? [{ span: ruleSpan, message: { vi: "quy tắc ở đây", en: "the rule is here" } }] : [])],
      });
    };
    for (const r of inherited) {
      const sev = r.decl.severity?.name;
      if (sev !== undefined && !SEVERITIES.has(sev)) {
        out.push(
          makeDiagnostic("KH602", r.decl.severity!.span, {
            vi: `Mức \`${sev}\` không hợp lệ; dùng error, warning hoặc info`,
            en: `Severity \`${sev}\` is invalid; use error, warning or info`,
          }),
        );
        continue;
      }
      const title = r.decl.label?.value ?? r.decl.id.name;
      const rule = { id: r.decl.id.name, title: { vi: title, en: title }, severity: (sev ?? "error") as Severity, logic: r.decl.logic };
      atPlan(runRule(this.engine(`template:${r.origin}`), rule, data, r.decl.sourceSpan), r.decl.sourceSpan);
    }
    for (const r of packs) atPlan(runRule(this.engine(`pack:${r.file}`), r, data, r.span), r.span);
    return out;
  }
}
