/**
 * Parsing entry point: text → tokens → CST → AST, with every diagnostic of the syntax stage.
 * Never throws on any input: bad input gives diagnostics, an internal failure gives KH001.
 */
import { Lexer, type IToken } from "chevrotain";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { makeDiagnostic } from "../diagnostics/make.js";
import type { Span } from "../diagnostics/span.js";
import type { Document } from "./ast.js";
import { AstBuilder } from "./cst-to-ast.js";
import type { Dialect } from "./keywords/table.js";
import { parserInstance } from "./parser.js";
import { sourceText, type SourceText } from "./source.js";
import { lexerErrorToDiagnostic, parserErrorToDiagnostic, type SpanMaker } from "./syntax-errors.js";
import { allTokens, keywordInfo, StringLiteral, UnterminatedString } from "./tokens.js";
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

/** Safety limits: beyond these a file is reported (KH111) rather than analysed further. */
export const LIMITS = { maxBytes: 64 * 1024 * 1024, maxErrors: 100 } as const;

let lexer: Lexer | undefined;
function lexerInstance(): Lexer {
  lexer ??= new Lexer(allTokens, { positionTracking: "full", ensureOptimizations: true });
  return lexer;
}

export function parse(text: string, file = "<input>"): ParseResult {
  const src = sourceText(file, text);
  try {
    return parseSource(src);
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

function parseSource(src: SourceText): ParseResult {
  const builder = new AstBuilder(src);
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

  const lexed = lexerInstance().tokenize(src.text);
  const diagnostics: Diagnostic[] = lexed.errors.map((e) => lexerErrorToDiagnostic(e, src.text, spans));
  const tokens: IToken[] = lexed.tokens;
  let dialect: Dialect | undefined;
  for (const t of tokens) {
    if (t.tokenType === UnterminatedString) {
      diagnostics.push(
        makeDiagnostic("KH102", spans.spanOf(t), {
          vi: "Chuỗi chưa được đóng: thiếu dấu \" ở cuối dòng",
          en: "Unterminated string: the closing \" is missing at the end of the line",
        }),
      );
      // Recover: treat it as a string so the rest of the file still parses.
      t.tokenType = StringLiteral;
      t.tokenTypeIdx = StringLiteral.tokenTypeIdx!;
    } else if (dialect === undefined) {
      const k = keywordInfo(t);
      if (k) dialect = k.dialect;
    }
  }
  dialect ??= "vi";

  const comments: Comment[] = (lexed.groups.comments ?? []).map((t) => ({
    type: "Comment",
    value: t.image.slice(1),
    span: spans.spanOf(t),
  }));

  const parser = parserInstance();
  parser.input = tokens;
  const cst = parser.document();
  const seen = new Set<number>();
  for (const e of parser.errors) {
    const off = e.token.startOffset;
    if (seen.has(off)) continue;
    seen.add(off);
    diagnostics.push(parserErrorToDiagnostic(e, dialect, spans));
  }
  const document = builder.document(cst, fileSpan);
  diagnostics.push(...builder.diagnostics);
  if (document.plan === null && diagnostics.length === 0) {
    // An empty file (or only comments) is not an error for the parser; `kh check` reports it.
  } else {
    diagnostics.push(...validateDocument(document, dialect));
  }
  return { document, diagnostics: capErrors(diagnostics, src), comments, dialect, source: src };
}

function capErrors(diags: Diagnostic[], src: SourceText): Diagnostic[] {
  if (diags.length <= LIMITS.maxErrors) return diags;
  const kept = diags.slice(0, LIMITS.maxErrors);
  kept.push(
    makeDiagnostic("KH111", kept[kept.length - 1]!.span, {
      vi: `Quá nhiều lỗi (${diags.length}); chỉ hiện ${LIMITS.maxErrors} lỗi đầu`,
      en: `Too many errors (${diags.length}); showing the first ${LIMITS.maxErrors}`,
    }),
  );
  void src;
  return kept;
}

function rangeSpan(src: SourceText, offset: number, length: number): Span {
  const o1 = src.toOriginal(offset);
  const o2 = src.toOriginal(offset + length);
  const p1 = src.position(o1);
  const p2 = src.position(o2);
  return { file: src.file, line: p1.line, column: p1.column, endLine: p2.line, endColumn: p2.column, offset: o1, endOffset: o2 };
}
