/**
 * Shared by the commands that work on a plan in its workspace (`resolve`, `coverage`, later
 * `calendar`, `render`): load the named files, their possible parents, and check them all.
 */
import { checkWorkspace, type CheckResult } from "../../check/check.js";
import type { Diagnostic, Lang } from "../../diagnostics/diagnostic.js";
import { renderDiagnostic } from "../../outputs/text.js";
import type { ResolvedPlanInternals } from "../../resolve/model.js";
import type { CalendarSettings } from "../../calendar/settings.js";
import type { LevelTable } from "../../resolve/levels.js";
import type { CliIO } from "../io.js";
import { loadSources, loadWorkspaceContext } from "./check.js";

export interface PlanSelection {
  readonly result: CheckResult;
  readonly plans: readonly ResolvedPlanInternals[];
  readonly texts: ReadonlyMap<string, string>;
  readonly ioErrors: readonly Diagnostic[];
  /** The workspace's calendar settings and level table, for `calendar` and `holidays`. */
  readonly calendar: CalendarSettings;
  readonly levels: LevelTable;
}

export async function loadPlans(paths: readonly string[], io: CliIO): Promise<PlanSelection> {
  const { sources, ioErrors } = await loadSources(paths, io);
  const ctx = await loadWorkspaceContext(sources, io);
  const result = checkWorkspace({ sources, library: ctx.library, levels: ctx.levels, rulePacks: ctx.rulePacks, calendar: ctx.calendar, extra: ctx.diagnostics });
  const files = new Set(sources.map((s) => s.file));
  const plans = [...result.workspace.plans.values()].filter((p) => files.has(p.model.file)).sort((a, b) => (a.model.file < b.model.file ? -1 : 1));
  const texts = new Map([...ctx.library, ...sources].map((s) => [s.file, s.text]));
  return { result, plans, texts, ioErrors, calendar: ctx.calendar, levels: ctx.levels };
}

/** Prints the errors (not warnings) of a selection to stderr; returns how many. */
export function reportErrors(sel: PlanSelection, lang: Lang, io: CliIO): number {
  const errors = [...sel.ioErrors, ...sel.result.report.diagnostics.filter((d) => d.severity === "error")];
  for (const d of errors) io.stderr.write(renderDiagnostic(d, { lang, color: false, sources: sel.texts }) + "\n\n");
  return errors.length;
}
