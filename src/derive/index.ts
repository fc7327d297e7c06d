/** `kh derive`: draft a plan implementing a template, with placeholders for what only its author knows. */
export { derivePlan, type DeriveRequest, type DeriveWorkspace, type DerivedPlan, type DeriveProblem, type DeriveProblemKind, type DeriveResult } from "./derive.js";
export { defaultPlanId, slug } from "./names.js";
