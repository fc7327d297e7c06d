/**
 * Checks a workspace: parse every file, resolve inheritance, run the built-in rule families on
 * every checked plan, and collect one sorted list of diagnostics. Pure: the caller reads the
 * files (see `resolve/workspace.ts`), so the CLI, the language server and tests share it.
 */
import type { CalendarSettings } from "../calendar/settings.js";
import { compareDiagnostics, type Diagnostic } from "../diagnostics/diagnostic.js";
import { levelTable, type LevelTable } from "../resolve/levels.js";
import type { ResolvedPlanInternals, ResolvedWorkspace } from "../resolve/model.js";
import { resolveWorkspace, type ParsedFile, type ResolveCache } from "../resolve/resolver.js";
import { parse } from "../syntax/parse.js";
import type { CheckReport, PlanReport } from "./report.js";
import { CustomRuleRunner } from "./custom-rules.js";
import type { PackRule } from "./jsonlogic/index.js";
import { BUILTIN_RULES } from "./rules/index.js";
import { placeholderRule, withoutSuperseded } from "./rules/placeholders.js";

export interface SourceFile {
  /** The path shown to users (relative to the working directory). */
  readonly file: string;
  readonly text: string;
}

export type { ParsedFile };

export interface CheckInput {
  /** Files to check: their diagnostics are reported. */
  readonly sources: readonly SourceFile[];
  /** Files that may serve as parents; parsed, not reported. */
  readonly library?: readonly SourceFile[];
  readonly levels?: LevelTable;
  /** Diagnostics from outside the files (I/O, configuration). */
  readonly extra?: readonly Diagnostic[];
  /** Rules from rule packs (`rules/*.json`), already loaded and validated. */
  readonly rulePacks?: readonly PackRule[];
  /** Calendar settings (`calendar` in kehoach.json) for the calendar checks; defaults when absent. */
  readonly calendar?: CalendarSettings;
}

export interface CheckResult {
  readonly report: CheckReport;
  readonly workspace: ResolvedWorkspace;
  readonly parsed: readonly ParsedFile[];
}

export function parseSources(sources: readonly SourceFile[]): ParsedFile[] {
  return sources.map((s) => ({ file: s.file, parsed: parse(s.text, s.file) }));
}

export function checkWorkspace(input: CheckInput): CheckResult {
  const parsed = parseSources(input.sources);
  const library = parseSources(input.library ?? []);
  return checkParsed(parsed, library, input.levels ?? levelTable(), input.extra ?? [], input.rulePacks ?? [], input.calendar);
}

/** Options of `checkParsed` for callers that re-check files incrementally (the language server). */
export interface IncrementalOptions {
  /** Keeps the library plans' resolution between calls (see `ResolveInput.cache`). */
  readonly cache?: ResolveCache;
  /**
   * Resolved plans of the library checked earlier, by id: rules that compare a plan with its
   * parents' own plans (KH507) see them as if those plans were checked in the same run.
   */
  readonly contextPlans?: ReadonlyMap<string, ResolvedPlanInternals>;
}

export function checkParsed(
  parsed: readonly ParsedFile[],
  library: readonly ParsedFile[],
  levels: LevelTable,
  extra: readonly Diagnostic[] = [],
  rulePacks: readonly PackRule[] = [],
  calendar?: CalendarSettings,
  options: IncrementalOptions = {},
): CheckResult {
  const workspace = resolveWorkspace({ files: parsed, library, levels, ...(options.cache && { cache: options.cache }) });
  const context = options.contextPlans ? new Map([...options.contextPlans, ...workspace.plans]) : workspace.plans;
  const custom = new CustomRuleRunner(rulePacks);
  const diagnostics: Diagnostic[] = [...extra, ...workspace.diagnostics];
  for (const f of parsed) diagnostics.push(...f.parsed.diagnostics);
  const plans: PlanReport[] = [];
  for (const plan of workspace.plans.values()) {
    for (const rule of BUILTIN_RULES) diagnostics.push(...rule({ plan, levels, plans: context, ...(calendar && { calendar }) }));
    diagnostics.push(...placeholderRule({ plan, levels }));
    diagnostics.push(...custom.run(plan));
    const m = plan.model;
    plans.push({
      id: m.id,
      file: m.file,
      kind: m.kind,
      ...(m.level !== null && { level: m.level }),
      ...(m.title !== null && { title: m.title }),
      parents: m.parents,
      declares: m.declares.length,
      mandates: m.mandates
        .filter((x) => x.applicable)
        .map((x) => ({
          origin: x.origin,
          id: x.id,
          ...(x.title !== null && { title: x.title }),
          status: x.status!,
          by: x.by,
          ...(x.waiver?.reason != null && { reason: x.waiver.reason }),
        })),
      summary: m.summary,
    });
  }
  diagnostics.sort(compareDiagnostics);
  plans.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.id < b.id ? -1 : 1));
  return { report: { files: parsed.length, plans, diagnostics: dedupe(withoutSuperseded(diagnostics)) }, workspace, parsed };
}

/** Back-compat helper: check sources with no library. */
export function checkSources(sources: readonly SourceFile[]): CheckReport {
  return checkWorkspace({ sources }).report;
}

function dedupe(sorted: Diagnostic[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const d of sorted) {
    const prev = out[out.length - 1];
    if (prev && prev.code === d.code && prev.span.file === d.span.file && prev.span.offset === d.span.offset && prev.message.en === d.message.en) continue;
    out.push(d);
  }
  return out;
}
