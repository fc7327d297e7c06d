/** Safe evaluation of custom JsonLogic rules from templates and rule packs (KH601–KH604). */
export { createRuleEngine, DEFAULT_MAX_STEPS, DEFAULT_MAX_VALUE_LENGTH, DEFAULT_TIMEOUT_MS } from "./engine.js";
export type { EvalErrorReason, EvalResult, RuleEngine, RuleEngineOptions } from "./engine.js";
export { freezeData } from "./data.js";
export { dayNumber, PLAN_OPERATIONS, STANDARD_OPERATORS, type CustomOperation } from "./operators.js";
export { loadRulePack, loadRulePackText, ruleAppliesTo } from "./pack.js";
export type { PackRule, RuleLike, RulePackLoad } from "./pack.js";
export { runRule, truthy } from "./run.js";
export { DEFAULT_MAX_DEPTH, DEFAULT_MAX_NODES, DEFAULT_OPERATORS, validateRule } from "./validate.js";
export type { RuleLimits, RuleProblem, RuleValidation } from "./validate.js";
