/**
 * kehoach as a library: the same core the CLI, the formatter and the language server are thin
 * shells over. The pipeline is syntax → resolve → check → outputs; each stage is exported.
 */
// Syntax
export { parse, LIMITS, type ParseResult, type Comment } from "./syntax/parse.js";
export type * from "./syntax/ast.js";
// Diagnostics
export { bi, compareDiagnostics, type Bilingual, type Diagnostic, type Fix, type Lang, type RelatedLocation, type Severity, type TextEdit } from "./diagnostics/diagnostic.js";
export { allCodes, codeDoc, type CodeDoc } from "./diagnostics/codes.js";
// Workspace and resolution
export { findWorkspace, libraryFiles, type Workspace } from "./resolve/workspace.js";
export { parseConfig, type WorkspaceConfig } from "./resolve/config.js";
export { DEFAULT_LEVELS, levelTable, type LevelDef, type LevelTable } from "./resolve/levels.js";
export { resolveWorkspace, type ResolveInput } from "./resolve/resolver.js";
export type { InheritedMandate, MandateStatus, ModelMandate, ModelTask, ModelUnit, ModelRole, ResolvedPlan, ResolvedPlanInternals, ResolvedWorkspace } from "./resolve/model.js";
// Checks
export { checkWorkspace, checkSources, type CheckInput, type CheckResult, type SourceFile } from "./check/check.js";
// Timing and calendar
export { describeTiming, describeTimingVi } from "./timing/describe.js";
export { expandTiming, type Occurrence, type Period } from "./timing/occurrences.js";
export { expandPlan, expandPlans, type CalendarItem } from "./calendar/expand.js";
export { holidaysOf, statutoryHolidays, type DayOff, type YearHolidays } from "./calendar/holidays.js";
export { WorkingCalendar } from "./calendar/working-days.js";
export { DEFAULT_CALENDAR_SETTINGS, parseCalendarSettings, type CalendarSettings } from "./calendar/settings.js";
// Formatter
export { formatText, printDocument, type FormatOptions, type FormatResult } from "./format/format.js";
// Outputs
export * from "./outputs/index.js";
// Authoring: a draft plan from a template, the official document, plain text in
export { derivePlan, type DeriveRequest, type DeriveResult, type DerivedPlan } from "./derive/index.js";
export { buildDocument, renderDocx, renderHtml, renderMarkdown, RENDER_FORMATS, type RenderDocument, type RenderFormat } from "./render/index.js";
export { importPlan, type ImportOptions, type ImportResult } from "./import/index.js";
// Editors: the language server (over any pair of streams, or stdio)
export { startServer, type KehoachServer, type ServerOptions } from "./lsp/server.js";
export { serveStdio } from "./lsp/stdio.js";
