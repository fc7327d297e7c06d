/** `kh check [PATH…]`: validates plans and prints diagnostics in the chosen format. */
import { readFile } from "node:fs/promises";
import { checkWorkspace, type SourceFile } from "../../check/check.js";
import { levelTable } from "../../resolve/levels.js";
import { findWorkspace, libraryFiles } from "../../resolve/workspace.js";
import path from "node:path";
import { countSeverities, type CheckReport } from "../../check/report.js";
import type { Diagnostic, Lang } from "../../diagnostics/diagnostic.js";
import { makeDiagnostic } from "../../diagnostics/make.js";
import { fileSpan } from "../../diagnostics/span.js";
import { renderGithub } from "../../outputs/github.js";
import { renderJson } from "../../outputs/json.js";
import { renderJunit } from "../../outputs/junit.js";
import { renderSarif } from "../../outputs/sarif.js";
import { INFORMATION_URI, toolVersion } from "../version.js";
import { renderText } from "../../outputs/text.js";
import { discoverFiles, displayPath } from "../../resolve/discover.js";
import type { PackRule } from "../../check/jsonlogic/index.js";
import type { CalendarSettings } from "../../calendar/settings.js";
import { loadWorkspaceSettings } from "../../check/workspace-settings.js";
import { EXIT, type CliIO } from "../io.js";

export const CHECK_FORMATS = ["text", "json", "sarif", "junit", "github"] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

export interface CheckOptions {
  readonly format: CheckFormat;
  readonly lang: Lang;
  readonly summary?: boolean;
  readonly strict?: boolean;
  readonly maxWarnings?: number;
  readonly color?: boolean;
}

export interface LoadedSources {
  readonly sources: SourceFile[];
  readonly ioErrors: Diagnostic[];
}

/** Reads the files named by `paths` (folders recursively); unreadable paths become KH002. */
export async function loadSources(paths: readonly string[], io: CliIO): Promise<LoadedSources> {
  const found = await discoverFiles(paths.length > 0 ? paths : ["."], io.cwd);
  const ioErrors: Diagnostic[] = found.missing.map((m) =>
    makeDiagnostic("KH002", fileSpan(m.path), {
      vi: `Không tìm thấy hoặc không đọc được \`${m.path}\` (${m.message})`,
      en: `Cannot find or read \`${m.path}\` (${m.message})`,
    }),
  );
  const sources: SourceFile[] = [];
  for (const abs of found.files) {
    const file = displayPath(abs, io.cwd);
    try {
      sources.push({ file, text: await readFile(abs, "utf8") });
    } catch (e) {
      ioErrors.push(
        makeDiagnostic("KH002", fileSpan(file), {
          vi: `Không đọc được \`${file}\` (${(e as NodeJS.ErrnoException).code ?? e})`,
          en: `Cannot read \`${file}\` (${(e as NodeJS.ErrnoException).code ?? e})`,
        }),
      );
    }
  }
  return { sources, ioErrors };
}

export interface WorkspaceContext {
  readonly library: SourceFile[];
  readonly rulePacks: PackRule[];
  readonly levels: ReturnType<typeof levelTable>;
  /** The `calendar` settings of kehoach.json (defaults when absent). */
  readonly calendar: CalendarSettings;
  readonly diagnostics: Diagnostic[];
}

/** The workspace around the checked files: configuration, levels, and the plans that may be parents. */
export async function loadWorkspaceContext(sources: readonly SourceFile[], io: CliIO): Promise<WorkspaceContext> {
  const checkedAbs = sources.map((s) => path.resolve(io.cwd, s.file));
  const ws = await findWorkspace(io.cwd, checkedAbs);
  const lib = await libraryFiles(ws, checkedAbs, io.cwd);
  const library: SourceFile[] = [];
  for (const abs of lib.files) {
    try {
      library.push({ file: displayPath(abs, io.cwd), text: await readFile(abs, "utf8") });
    } catch {
      // an unreadable library file simply cannot serve as a parent
    }
  }
  const settings = await loadWorkspaceSettings(ws, io.cwd);
  return {
    library,
    rulePacks: settings.rulePacks,
    levels: settings.levels,
    calendar: settings.calendar,
    diagnostics: [...ws.diagnostics, ...lib.diagnostics, ...settings.diagnostics],
  };
}

/** `--strict` turns warnings into errors. */
export function applyStrict(report: CheckReport, strict: boolean | undefined): CheckReport {
  if (!strict) return report;
  return {
    ...report,
    diagnostics: report.diagnostics.map((d) => (d.severity === "warning" ? { ...d, severity: "error" as const } : d)),
  };
}

export async function runCheck(paths: readonly string[], opts: CheckOptions, io: CliIO): Promise<number> {
  const { sources, ioErrors } = await loadSources(paths, io);
  if (sources.length === 0 && ioErrors.length === 0) {
    io.stderr.write(
      opts.lang === "vi"
        ? `kh: không tìm thấy tệp .kh nào trong ${paths.join(", ") || "."}\n`
        : `kh: no .kh files found in ${paths.join(", ") || "."}\n`,
    );
    return EXIT.usage;
  }
  const ctx = await loadWorkspaceContext(sources, io);
  const base = checkWorkspace({ sources, library: ctx.library, levels: ctx.levels, rulePacks: ctx.rulePacks, calendar: ctx.calendar, extra: [...ioErrors, ...ctx.diagnostics] }).report;
  const report = applyStrict(base, opts.strict);
  const texts = new Map([...ctx.library, ...sources].map((s) => [s.file, s.text]));
  switch (opts.format) {
    case "json":
      io.stdout.write(renderJson(report, opts.lang));
      break;
    case "sarif":
      io.stdout.write(renderSarif(report, { lang: opts.lang, toolVersion: toolVersion(), informationUri: INFORMATION_URI, srcRoot: io.cwd, sources: texts }));
      break;
    case "junit":
      io.stdout.write(renderJunit(report, { lang: opts.lang, files: sources.map((s) => s.file), srcRoot: io.cwd }));
      break;
    case "github":
      io.stdout.write(renderGithub(report, { lang: opts.lang, srcRoot: io.cwd }));
      break;
    case "text":
      io.stdout.write(
        renderText(report, { lang: opts.lang, color: opts.color ?? false, sources: texts, summary: opts.summary ?? false }),
      );
      break;
  }
  if (ioErrors.length > 0) return EXIT.usage;
  const { errors, warnings } = countSeverities(report.diagnostics);
  if (errors > 0) return EXIT.errors;
  if (opts.maxWarnings !== undefined && warnings > opts.maxWarnings) {
    io.stderr.write(
      opts.lang === "vi"
        ? `kh: ${warnings} cảnh báo, vượt giới hạn --max-warnings ${opts.maxWarnings}\n`
        : `kh: ${warnings} warnings exceed --max-warnings ${opts.maxWarnings}\n`,
    );
    return EXIT.errors;
  }
  return EXIT.ok;
}
