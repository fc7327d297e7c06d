/**
 * Questions about a resolved plan that editors (and commands) ask: which inherited mandate a
 * reference names, which mandates are still missing, what a unit is responsible for.
 */
import type { InheritedMandate, ModelTask, ResolvedPlanInternals } from "./model.js";

/** The inherited mandate `ref` names (`id` or `origin:id`), if exactly one. */
export function findInherited(plan: ResolvedPlanInternals, ref: { readonly origin?: string | undefined; readonly name: string }): InheritedMandate | undefined {
  const found = plan.inherited.filter((m) => m.model.id === ref.name && (ref.origin === undefined || m.origin === ref.origin));
  return found.length === 1 ? found[0] : undefined;
}

/** Applicable mandates with no covering task and no waiver, by origin and id. */
export function missingMandates(plan: ResolvedPlanInternals): InheritedMandate[] {
  return plan.inherited.filter((m) => m.model.applicable && m.model.status === "missing");
}

/**
 * Mandates in the order an author covering them wants to see them: missing first, then the
 * other applicable ones, then those that pass through to lower levels.
 */
export function mandatesByNeed(plan: ResolvedPlanInternals): { mandate: InheritedMandate; need: "missing" | "applicable" | "passing" }[] {
  const rank = { missing: 0, applicable: 1, passing: 2 } as const;
  return plan.inherited
    .map((m) => ({ mandate: m, need: !m.model.applicable ? ("passing" as const) : m.model.status === "missing" ? ("missing" as const) : ("applicable" as const) }))
    .sort((a, b) => rank[a.need] - rank[b.need]);
}

export interface UnitDuties {
  readonly lead: readonly ModelTask[];
  readonly coordinating: readonly ModelTask[];
  /** Roles the unit takes, each with the applicable mandates that the role must lead. */
  readonly roles: readonly { readonly role: string; readonly mandates: readonly InheritedMandate[] }[];
}

/** What a unit of the plan does: the tasks it leads or coordinates, the mandates its roles lead. */
export function unitDuties(plan: ResolvedPlanInternals, unitId: string): UnitDuties {
  const unit = plan.model.units.find((u) => u.id === unitId);
  return {
    lead: plan.model.tasks.filter((t) => t.lead === unitId),
    coordinating: plan.model.tasks.filter((t) => t.coordinating.includes(unitId)),
    roles: (unit?.roles ?? []).map((role) => ({ role, mandates: plan.inherited.filter((m) => m.model.applicable && m.model.leadRole === role) })),
  };
}
