/**
 * The result of checking a set of files: every diagnostic and, per plan, the status of each
 * applicable mandate. This is what every output format renders (text, JSON, SARIF, JUnit, …).
 */
import type { Diagnostic } from "../diagnostics/diagnostic.js";

export type MandateStatus = "covered" | "waived" | "missing";

export interface MandateReport {
  /** The plan that declared the mandate. */
  readonly origin: string;
  readonly id: string;
  readonly title?: string;
  readonly status: MandateStatus;
  /** Task ids that cover it (status `covered`). */
  readonly by: readonly string[];
  /** The waiver's reason (status `waived`). */
  readonly reason?: string;
}

export interface PlanReport {
  readonly id: string;
  readonly file: string;
  readonly kind: "template" | "plan";
  readonly level?: string;
  readonly title?: string;
  readonly parents: readonly string[];
  /** How many mandates the plan declares for the levels below it. */
  readonly declares?: number;
  readonly mandates: readonly MandateReport[];
  readonly summary: { readonly applicable: number; readonly covered: number; readonly waived: number; readonly missing: number };
}

export interface CheckReport {
  readonly files: number;
  readonly plans: readonly PlanReport[];
  /** Sorted by file and position. */
  readonly diagnostics: readonly Diagnostic[];
}

export function countSeverities(diags: readonly Diagnostic[]): { errors: number; warnings: number; infos: number } {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const d of diags) {
    if (d.severity === "error") errors++;
    else if (d.severity === "warning") warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}
