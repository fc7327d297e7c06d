/**
 * The one diagnostic model used everywhere: text and JSON output, SARIF, JUnit, GitHub
 * annotations and the language server all render this object. Messages carry both languages;
 * the renderer picks one.
 */
import type { Span } from "./span.js";

export type Severity = "error" | "warning" | "info";

/** A user-facing text in both languages. */
export interface Bilingual {
  readonly vi: string;
  readonly en: string;
}

export type Lang = keyof Bilingual;

export interface RelatedLocation {
  readonly span: Span;
  readonly message: Bilingual;
}

/** A machine-applicable edit: replace the text of `span` with `text`. */
export interface TextEdit {
  readonly span: Span;
  readonly text: string;
}

export interface Fix {
  readonly title: Bilingual;
  readonly edits: readonly TextEdit[];
}

export interface Diagnostic {
  /** Stable code, e.g. `KH103`; documented by `kh explain`. */
  readonly code: string;
  readonly severity: Severity;
  readonly message: Bilingual;
  /** The primary place. */
  readonly span: Span;
  /** Label for the primary span (shown under the caret). */
  readonly label?: Bilingual;
  /** Secondary places, each with its own message (e.g. the parent's mandate). */
  readonly related: readonly RelatedLocation[];
  /** What to type to fix it. */
  readonly help?: Bilingual;
  readonly fixes?: readonly Fix[];
}

export function bi(vi: string, en: string): Bilingual {
  return { vi, en };
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Total order used for every output: file, position, code, message. Makes output deterministic. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    cmp(a.span.file, b.span.file) ||
    a.span.offset - b.span.offset ||
    a.span.endOffset - b.span.endOffset ||
    cmp(a.code, b.code) ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    cmp(a.message.en, b.message.en)
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
