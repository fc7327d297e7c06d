/**
 * kehoach diagnostics as protocol diagnostics: ranges in the editor's text, severity, the stable
 * code, `source: "kehoach"`, the message (and its help) in the chosen language, and the related
 * places (e.g. the parent template's mandate) as locations in their own files.
 */
import path from "node:path";
import { DiagnosticSeverity, type Diagnostic as LspDiagnostic, type DiagnosticRelatedInformation } from "vscode-languageserver";
import type { Diagnostic, Lang, Severity } from "../diagnostics/diagnostic.js";
import { makeDiagnostic } from "../diagnostics/make.js";
import { fileSpan } from "../diagnostics/span.js";
import { pathToUri, spanToRange } from "./positions.js";

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** The URI of a span's file: absolute paths as given, relative ones against `root`. */
export function fileUri(file: string, root: string | undefined): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(file) && !path.isAbsolute(file)) return file; // already a URI (untitled documents)
  return pathToUri(path.resolve(root ?? "/", file));
}

export function toLspDiagnostic(d: Diagnostic, lang: Lang, root: string | undefined): LspDiagnostic {
  const related: DiagnosticRelatedInformation[] = d.related.map((r) => ({
    location: { uri: fileUri(r.span.file, root), range: spanToRange(r.span) },
    message: r.message[lang],
  }));
  return {
    range: spanToRange(d.span),
    severity: SEVERITY[d.severity],
    code: d.code,
    source: "kehoach",
    message: d.help ? `${d.message[lang]}\n${d.help[lang]}` : d.message[lang],
    ...(related.length > 0 && { relatedInformation: related }),
  };
}

/** KH801: an internal failure of the server while working on a file, reported on the file. */
export function internalErrorDiagnostic(file: string, what: string, error: unknown): Diagnostic {
  const detail = error instanceof Error ? error.message : String(error);
  return makeDiagnostic("KH801", fileSpan(file), {
    vi: `Lỗi nội bộ của máy chủ ngôn ngữ khi ${what}: ${detail}`,
    en: `Internal error of the language server while ${what}: ${detail}`,
  });
}
