/** Checks every parse result must pass, whatever the input: well-formed spans, codes and messages. */
import { expect } from "vitest";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import type { Span } from "../../src/diagnostics/span.js";
import type { ParseResult } from "../../src/syntax/parse.js";

/**
 * Where lines start, computed independently of the parser: a line ends at `\r\n`, `\n` or a
 * lone `\r`.
 */
function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

/** Line and column (UTF-16 code units, from 1) of offsets in one text. */
export class Positions {
  private readonly starts: number[];
  constructor(readonly text: string) {
    this.starts = lineStartsOf(text);
  }
  get lines(): number {
    return this.starts.length;
  }
  of(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }
}

export function positionOf(text: string, offset: number): { line: number; column: number } {
  return new Positions(text).of(offset);
}

/** Problems with one span, as readable strings (empty when the span is fine). */
export function spanProblems(span: Span, pos: Positions, file: string): string[] {
  const text = pos.text;
  const lines = pos.lines;
  const out: string[] = [];
  const where = JSON.stringify(span);
  if (span.file !== file) out.push(`wrong file in ${where}`);
  if (!(Number.isInteger(span.offset) && Number.isInteger(span.endOffset))) out.push(`non-integer offsets in ${where}`);
  if (!(0 <= span.offset && span.offset <= span.endOffset && span.endOffset <= text.length)) {
    out.push(`offsets out of order or range (text length ${text.length}) in ${where}`);
    return out;
  }
  if (!(span.line >= 1 && span.line <= lines && span.endLine >= 1 && span.endLine <= lines)) out.push(`line out of range 1..${lines} in ${where}`);
  if (!(span.column >= 1 && span.endColumn >= 1)) out.push(`column below 1 in ${where}`);
  const start = pos.of(span.offset);
  const end = pos.of(span.endOffset);
  if (start.line !== span.line || start.column !== span.column) {
    out.push(`start ${span.line}:${span.column} but offset ${span.offset} is at ${start.line}:${start.column} in ${where}`);
  }
  if (end.line !== span.endLine || end.column !== span.endColumn) {
    out.push(`end ${span.endLine}:${span.endColumn} but offset ${span.endOffset} is at ${end.line}:${end.column} in ${where}`);
  }
  return out;
}

export function diagnosticProblems(d: Diagnostic, pos: Positions, file: string): string[] {
  const out = spanProblems(d.span, pos, file).map((p) => `${d.code}: ${p}`);
  if (!/^KH\d{3}$/.test(d.code)) out.push(`bad code ${JSON.stringify(d.code)}`);
  if (d.code === "KH001") out.push(`internal error: ${d.message.en}`);
  if (!(typeof d.message.vi === "string" && d.message.vi.trim().length > 0)) out.push(`${d.code}: empty vi message`);
  if (!(typeof d.message.en === "string" && d.message.en.trim().length > 0)) out.push(`${d.code}: empty en message`);
  for (const r of d.related) out.push(...spanProblems(r.span, pos, file).map((p) => `${d.code} related: ${p}`));
  return out;
}

/** Every span in the AST (any object with a `span` or `sourceSpan`). */
export function astSpans(node: unknown, out: Span[] = []): Span[] {
  if (Array.isArray(node)) {
    for (const x of node) astSpans(x, out);
  } else if (node !== null && typeof node === "object") {
    const o = node as Record<string, unknown>;
    if (o.type === "Rule") {
      // `logic` is user JSON (possibly very deep): only the rule's own spans matter.
      out.push(o.span as Span, o.sourceSpan as Span);
      astSpans(o.id, out);
      astSpans(o.label, out);
      astSpans(o.severity, out);
      return out;
    }
    for (const [k, v] of Object.entries(o)) {
      if ((k === "span" || k === "sourceSpan") && v && typeof v === "object") out.push(v as Span);
      else astSpans(v, out);
    }
  }
  return out;
}

/** Problems with a parse result of `text` (the text as given to `parse`). */
export function resultProblems(r: ParseResult, text: string, file: string): string[] {
  const pos = new Positions(text);
  const out: string[] = [];
  if (r.source.original !== text) out.push("source.original is not the input");
  for (const d of r.diagnostics) out.push(...diagnosticProblems(d, pos, file));
  for (const s of astSpans(r.document.plan)) {
    const problems = spanProblems(s, pos, file);
    if (problems.length > 0) out.push(...problems.map((p) => `AST: ${p}`));
    if (out.length > 20) break;
  }
  for (const c of r.comments) out.push(...spanProblems(c.span, pos, file).map((p) => `comment: ${p}`));
  return out;
}

export function expectWellFormed(r: ParseResult, text: string, file: string): void {
  const problems = resultProblems(r, text, file);
  expect(problems.slice(0, 5), `input: ${JSON.stringify(text.length > 400 ? `${text.slice(0, 400)}…` : text)}`).toEqual([]);
}
