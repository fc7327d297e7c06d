/** What a built-in rule sees: one resolved plan (with its AST) and the workspace settings. */
import type { CalendarSettings } from "../../calendar/settings.js";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import type { LevelTable } from "../../resolve/levels.js";
import type { ResolvedPlanInternals } from "../../resolve/model.js";

export interface PlanContext {
  readonly plan: ResolvedPlanInternals;
  readonly levels: LevelTable;
  /** The workspace's calendar settings (`calendar` in kehoach.json); defaults when absent. */
  readonly calendar?: CalendarSettings;
  /** Every checked plan of the workspace by id, for rules that compare a plan with its parents. */
  readonly plans?: ReadonlyMap<string, ResolvedPlanInternals>;
}

/** A built-in rule family: pure, from one resolved plan to its diagnostics. */
export type PlanRule = (ctx: PlanContext) => Diagnostic[];
