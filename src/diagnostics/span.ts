/** Source spans: where a node or diagnostic is, in the file as written (1-based lines and columns). */

export interface Span {
  readonly file: string;
  /** 1-based line of the first character. */
  readonly line: number;
  /** 1-based column (UTF-16 code units) of the first character. */
  readonly column: number;
  /** 1-based line of the position just past the last character. */
  readonly endLine: number;
  /** 1-based column of the position just past the last character. */
  readonly endColumn: number;
  /** 0-based offset of the first character. */
  readonly offset: number;
  /** 0-based offset just past the last character. */
  readonly endOffset: number;
}

/** A span covering two spans (from the start of `a` to the end of `b`). */
export function joinSpans(a: Span, b: Span): Span {
  return {
    file: a.file,
    line: a.line,
    column: a.column,
    offset: a.offset,
    endLine: b.endLine,
    endColumn: b.endColumn,
    endOffset: b.endOffset,
  };
}

/** A zero-width span at the start of a file, for file-level diagnostics. */
export function fileSpan(file: string): Span {
  return { file, line: 1, column: 1, endLine: 1, endColumn: 1, offset: 0, endOffset: 0 };
}
