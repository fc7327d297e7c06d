/**
 * Shared helpers for the CI renderers (SARIF, JUnit, GitHub): repository-relative paths with
 * forward slashes, and regions clamped to what CI consumers accept (1-based, never inverted).
 */
import type { Span } from "../diagnostics/span.js";

/**
 * The path to show a CI system: forward slashes, no leading `./`, and relative to `root` when
 * the file is absolute and lies inside it. Relative paths are kept as given (the CLI already makes
 * them relative to the working directory, which in CI is the repository root).
 */
export function ciPath(file: string, root?: string): string {
  let p = file.replace(/\\/g, "/");
  if (root !== undefined && isAbsolutePath(p)) {
    const r = root.replace(/\\/g, "/").replace(/\/+$/, "");
    if (p === r) p = "";
    else if (p.startsWith(r + "/")) p = p.slice(r.length + 1);
  }
  while (p.startsWith("./")) p = p.slice(2);
  return p;
}

/** True for POSIX (`/x`, `//server/x`) and Windows drive (`C:/x`) absolute paths, after slash normalisation. */
export function isAbsolutePath(p: string): boolean {
  return p.startsWith("/") || /^[A-Za-z]:\//.test(p);
}

export interface Region {
  readonly startLine: number;
  readonly startColumn: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/**
 * The span as a 1-based region that is never inverted. A file-level span (`fileSpan`) becomes
 * line 1, column 1 to line 1, column 1: an empty region at the start of the file.
 */
export function regionOf(span: Span): Region {
  const startLine = positive(span.line);
  const startColumn = positive(span.column);
  let endLine = positive(span.endLine);
  let endColumn = positive(span.endColumn);
  if (endLine < startLine) {
    endLine = startLine;
    endColumn = startColumn;
  } else if (endLine === startLine && endColumn < startColumn) {
    endColumn = startColumn;
  }
  return { startLine, startColumn, endLine, endColumn };
}

function positive(n: number): number {
  return Number.isFinite(n) && n >= 1 ? Math.floor(n) : 1;
}
