/** The `kh check --format json` contract (BRIEF §5): version 1, summary, diagnostics, plans. */
import type { CheckReport } from "../check/report.js";
import { countSeverities } from "../check/report.js";
import type { Lang } from "../diagnostics/diagnostic.js";

export interface JsonDiagnostic {
  code: string;
  severity: "error" | "warning" | "info";
  message: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  related: { file: string; line: number; column: number; endLine: number; endColumn: number; message: string }[];
  help?: string;
}

export function toJsonReport(report: CheckReport, lang: Lang) {
  const { errors, warnings } = countSeverities(report.diagnostics);
  return {
    version: 1 as const,
    summary: { files: report.files, plans: report.plans.length, errors, warnings },
    diagnostics: report.diagnostics.map(
      (d): JsonDiagnostic => ({
        code: d.code,
        severity: d.severity,
        message: d.message[lang],
        file: d.span.file,
        line: d.span.line,
        column: d.span.column,
        endLine: d.span.endLine,
        endColumn: d.span.endColumn,
        related: d.related.map((r) => ({
          file: r.span.file,
          line: r.span.line,
          column: r.span.column,
          endLine: r.span.endLine,
          endColumn: r.span.endColumn,
          message: r.message[lang],
        })),
        ...(d.help && { help: d.help[lang] }),
      }),
    ),
    plans: report.plans.map((p) => ({
      id: p.id,
      file: p.file,
      kind: p.kind,
      level: p.level ?? null,
      parents: p.parents,
      mandates: p.mandates.map((m) => ({ origin: m.origin, id: m.id, status: m.status, by: m.by })),
      summary: p.summary,
    })),
  };
}

export function renderJson(report: CheckReport, lang: Lang): string {
  return JSON.stringify(toJsonReport(report, lang), null, 2) + "\n";
}
