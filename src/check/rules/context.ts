/** What a built-in rule sees: one resolved plan (with its AST) and the workspace settings. */
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import type { LevelTable } from "../../resolve/levels.js";
import type { ResolvedPlanInternals } from "../../resolve/model.js";

export interface PlanContext {
  readonly plan: ResolvedPlanInternals;
  readonly levels: LevelTable;
}

/** A built-in rule family: pure, from one resolved plan to its diagnostics. */
export type PlanRule = (ctx: PlanContext) => Diagnostic[];
