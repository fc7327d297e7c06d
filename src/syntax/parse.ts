/**
 * Parsing entry point: text → tokens → AST (or, for a file with syntax errors, tokens → CST with
 * error recovery → AST), with every diagnostic of the syntax stage. Never throws on any input:
 * bad input gives diagnostics, an internal failure gives KH001.
 */
import type { IRecognitionException, IToken } from "chevrotain";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { makeDiagnostic } from "../diagnostics/make.js";
import type { Span } from "../diagnostics/span.js";
import type { Document } from "./ast.js";
import { AstBuilder } from "./cst-to-ast.js";
import { parseValid } from "./fast-path.js";
import type { Dialect } from "./keywords/table.js";
import { parserInstance } from "./parser.js";
import { sourceText, type SourceText } from "./source.js";
import { lexerErrorToDiagnostic, parserErrorToDiagnostic, type SpanMaker } from "./syntax-errors.js";
import { scan, Scanner } from "./scanner.js";
import { keywordInfo, StringLiteral, UnterminatedString } from "./tokens.js";
import { validateDocument } from "./validate.js";

export interface Comment {
  readonly type: "Comment";
  /** The comment text without the leading `#`. */
  readonly value: string;
  readonly span: Span;
}

export interface ParseResult {
  readonly document: Document;
  readonly diagnostics: readonly Diagnostic[];
  readonly comments: readonly Comment[];
  /** The file's keyword language: that of its first keyword (Vietnamese for an empty file). */
  readonly dialect: Dialect;
  readonly source: SourceText;
}

/**
 * Safety limits: beyond these a file is reported (KH111) rather than analysed further.
 * `maxTokens` applies to files with syntax errors only (error recovery needs all the tokens at
 * once, and on a flood of them takes seconds and much memory): past it they are not analysed.
 */
export const LIMITS = { maxBytes: 64 * 1024 * 1024, maxErrors: 100, maxTokens: 1_000_000 } as const;

export function parse(text: string, file = "<input>"): ParseResult {
  return parseWith(text, file, {});
}

/** Internal switches, for tests and benchmarks. */
export interface ParseOptions {
  /** Try the CST-free fast path first (default true); false always runs the chevrotain parser. */
  readonly fastPath?: boolean;
}

/** `parse` with internal switches (not part of the public API). */
export function parseWith(text: string, file: string, options: ParseOptions): ParseResult {
  const src = sourceText(file, text);
  try {
    return parseSource(src, options);
  } catch (e) {
    const span: Span = { file, line: 1, column: 1, endLine: 1, endColumn: 1, offset: 0, endOffset: 0 };
    return {
      document: { type: "Document", file, plan: null, span },
      diagnostics: [
        makeDiagnostic("KH001", span, {
          vi: `Lỗi nội bộ khi phân tích tệp: ${(e as Error).message}`,
          en: `Internal error while parsing the file: ${(e as Error).message}`,
        }),
      ],
      comments: [],
      dialect: "vi",
      source: src,
    };
  }
}

function parseSource(src: SourceText, options: ParseOptions): ParseResult {
  let builder = new AstBuilder(src);
  const spans: SpanMaker = {
    spanOf: (a, b) => builder.spanOf(a, b),
    endSpan: () => rangeSpan(src, src.text.length, 0),
    rangeSpan: (o, l) => rangeSpan(src, o, l),
  };
  const fileSpan = rangeSpan(src, 0, src.text.length);
  if (src.text.length > LIMITS.maxBytes) {
    return {
      document: { type: "Document", file: src.file, plan: null, span: fileSpan },
      diagnostics: [
        makeDiagnostic("KH111", rangeSpan(src, 0, 0), {
          vi: `Tệp quá lớn (${src.text.length} ký tự, tối đa ${LIMITS.maxBytes})`,
          en: `The file is too large (${src.text.length} characters, at most ${LIMITS.maxBytes})`,
        }),
      ],
      comments: [],
      dialect: "vi",
      source: src,
    };
  }

  // Most files have no syntax error: the fast path builds the AST straight from the tokens as
  // they are scanned. Otherwise (it gives up at the first error) the file is scanned again and
  // the chevrotain parser recovers from the errors and reports them.
  let lexed = new TokenFeed(src.text);
  let document = options.fastPath === false ? undefined : parseValid(() => lexed.next(), builder, fileSpan);
  let parserErrors: IRecognitionException[] = [];
  let parserStopped = false;
  /** The first token not analysed, when a file with errors has more than LIMITS.maxTokens. */
  let tooManyTokens: IToken | undefined;
  if (document === undefined) {
    lexed = new TokenFeed(src.text);
    const tokens: IToken[] = [];
    for (let t = lexed.next(); t !== undefined; t = lexed.next()) {
      if (tokens.length === LIMITS.maxTokens) {
        tooManyTokens = t;
        break;
      }
      tokens.push(t);
    }
    builder = new AstBuilder(src);
    const parser = parserInstance();
    // Past LIMITS.maxErrors diagnostics nothing more is shown: the parser may stop there.
    const cst = parser.parseDocument(tokens, Math.max(0, LIMITS.maxErrors - lexed.scanner.errors.length - lexed.unterminatedCount));
    parserErrors = parser.errors;
    parserStopped = parser.stoppedEarly;
    document = builder.document(cst, fileSpan);
  }
  const dialect: Dialect = lexed.dialect ?? "vi";

  const diagnostics: Diagnostic[] = lexed.scanner.errors.map((e) => lexerErrorToDiagnostic(e, src.text, spans));
  for (const t of lexed.unterminated) {
    diagnostics.push(
      makeDiagnostic("KH102", spans.spanOf(t), {
        vi: "Chuỗi chưa được đóng: thiếu dấu \" ở cuối dòng",
        en: "Unterminated string: the closing \" is missing at the end of the line",
      }),
    );
  }
  const seen = new Set<number>();
  for (const e of parserErrors) {
    const off = e.token.startOffset;
    if (seen.has(off)) continue;
    seen.add(off);
    diagnostics.push(parserErrorToDiagnostic(e, dialect, spans));
  }
  for (const d of builder.diagnostics) diagnostics.push(d);
  if (tooManyTokens) {
    diagnostics.push(
      makeDiagnostic("KH111", spans.spanOf(tooManyTokens), {
        vi: `Tệp có lỗi cú pháp và quá dài: chỉ phân tích ${LIMITS.maxTokens} từ tố đầu, dừng ở đây`,
        en: `The file has syntax errors and is too long: only its first ${LIMITS.maxTokens} tokens are analysed, up to here`,
      }),
    );
  }
  if (document.plan === null && diagnostics.length === 0) {
    // An empty file (or only comments) is not an error for the parser; `kh check` reports it.
  } else {
    for (const d of validateDocument(document, dialect)) diagnostics.push(d);
  }
  const comments: Comment[] = lexed.scanner.comments.map((t) => ({
    type: "Comment",
    value: t.image.slice(1),
    span: spans.spanOf(t),
  }));
  const uncounted = lexed.unterminatedCount - lexed.unterminated.length;
  const stopped = lexed.scanner.stopped || parserStopped || tooManyTokens !== undefined;
  return { document, diagnostics: capErrors(diagnostics, stopped, uncounted), comments, dialect, source: src };
}

/**
 * The tokens of a file for the parser, with what the lexing stage reports: unterminated strings
 * (KH102; they then count as strings so that the rest of the file still parses) and the file's
 * dialect, that of its first keyword.
 */
class TokenFeed {
  readonly scanner: Scanner;
  /** The unterminated strings, up to as many as can be shown. */
  readonly unterminated: IToken[] = [];
  unterminatedCount = 0;
  dialect: Dialect | undefined;

  constructor(text: string) {
    this.scanner = new Scanner(text, LIMITS.maxErrors);
  }

  next(): IToken | undefined {
    const t = this.scanner.next();
    if (t === undefined) return undefined;
    if (t.tokenType === UnterminatedString) {
      if (this.unterminated.length <= LIMITS.maxErrors) this.unterminated.push(t);
      this.unterminatedCount++;
      t.tokenType = StringLiteral;
      t.tokenTypeIdx = StringLiteral.tokenTypeIdx!;
    } else if (this.dialect === undefined) {
      const k = keywordInfo(t);
      if (k) this.dialect = k.dialect;
    }
    return t;
  }
}

/**
 * Keeps the first LIMITS.maxErrors diagnostics and adds KH111. When lexing or parsing stopped
 * early (see `scan` and `parseDocument`) the total is unknown and the rest of the file unread.
 */
function capErrors(diags: Diagnostic[], stopped: boolean, uncounted: number): Diagnostic[] {
  if (diags.length + uncounted <= LIMITS.maxErrors) return diags;
  const kept = diags.slice(0, LIMITS.maxErrors);
  const max = LIMITS.maxErrors;
  kept.push(
    makeDiagnostic(
      "KH111",
      kept[kept.length - 1]!.span,
      stopped
        ? {
            vi: `Quá nhiều lỗi (hơn ${max}); dừng phân tích, chỉ hiện ${max} lỗi đầu`,
            en: `Too many errors (more than ${max}); analysis stopped, showing the first ${max}`,
          }
        : {
            vi: `Quá nhiều lỗi (${diags.length + uncounted}); chỉ hiện ${max} lỗi đầu`,
            en: `Too many errors (${diags.length + uncounted}); showing the first ${max}`,
          },
    ),
  );
  return kept;
}

function rangeSpan(src: SourceText, offset: number, length: number): Span {
  const o1 = src.toOriginal(offset);
  const o2 = src.toOriginal(offset + length);
  const p1 = src.position(o1);
  const p2 = src.position(o2);
  return { file: src.file, line: p1.line, column: p1.column, endLine: p2.line, endColumn: p2.column, offset: o1, endOffset: o2 };
}

/** The first stage alone (for benchmarks): NFC normalisation and lexing, as the fast path does. */
export function lexOnly(text: string): number {
  const scanner = new Scanner(sourceText("<bench>", text).text);
  let n = 0;
  while (scanner.next() !== undefined) n++;
  return n;
}

/** The first two stages of the chevrotain path (for benchmarks): lexing and the CST, no AST. */
export function lexAndCst(text: string): unknown {
  return parserInstance().parseDocument(scan(sourceText("<bench>", text).text).tokens);
}
