/** The built-in rule families, run in this order on every resolved plan. */
import { calendarRule } from "./calendar.js";
import type { PlanRule } from "./context.js";
import { coverageRule, structureRule } from "./coverage.js";
import { responsibilityRule } from "./responsibility.js";
import { timingRule } from "./timing.js";

export const BUILTIN_RULES: readonly PlanRule[] = [coverageRule, structureRule, responsibilityRule, timingRule, calendarRule];
export type { PlanContext, PlanRule } from "./context.js";
