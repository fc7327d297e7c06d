/**
 * The text around a position, for editors: the tokens of a file with their kind (keyword with
 * its concept and dialect, name, text, date, …) in the file as written, and what surrounds a
 * cursor (the blocks it is in, the statement it is typing, the keyword that statement expects
 * a value for). Works on any text, including a file in the middle of being typed.
 */
import type { IToken } from "chevrotain";
import type { Dialect, KeywordConcept } from "./keywords/table.js";
import { Scanner } from "./scanner.js";
import { sourceText } from "./source.js";
import { Colon, Comma, DotDot, Identifier, JsonBlock, keywordInfo, LBrace, NumberLiteral, RBrace, StringLiteral, UnterminatedString } from "./tokens.js";

export type LexKind = "keyword" | "name" | "text" | "number" | "json" | "punctuation" | "comment";

export interface LexToken {
  readonly kind: LexKind;
  /** Offsets in the text as written (NFD input mapped back), end exclusive. */
  readonly offset: number;
  readonly endOffset: number;
  /** The token's text (NFC). */
  readonly image: string;
  readonly concept?: KeywordConcept;
  readonly dialect?: Dialect;
  /** For punctuation: `{`, `}`, `,`, `:`, `..`. */
  readonly punct?: string;
}

function kindOf(t: IToken): Pick<LexToken, "kind" | "concept" | "dialect" | "punct"> {
  const k = keywordInfo(t);
  if (k) return { kind: "keyword", concept: k.concept, dialect: k.dialect };
  switch (t.tokenType) {
    case Identifier:
      return { kind: "name" };
    case StringLiteral:
    case UnterminatedString:
      return { kind: "text" };
    case JsonBlock:
      return { kind: "json" };
    case LBrace:
    case RBrace:
    case Comma:
    case Colon:
    case DotDot:
      return { kind: "punctuation", punct: t.image };
    case NumberLiteral:
    default:
      return { kind: "number" }; // dates, quarters, numbers
  }
}

/** Every token of `text` up to `limit` (an offset in the text as written), comments included, in order. */
export function lexTokens(text: string, limit = Infinity): LexToken[] {
  const src = sourceText("<cursor>", text);
  const scanner = new Scanner(src.text);
  const out: LexToken[] = [];
  let c = 0;
  const flushComments = (before: number) => {
    while (c < scanner.comments.length && scanner.comments[c]!.startOffset < before) {
      const t = scanner.comments[c++]!;
      out.push({ kind: "comment", offset: src.toOriginal(t.startOffset), endOffset: src.toOriginal(t.endOffset! + 1), image: t.image });
    }
  };
  for (let t = scanner.next(); t !== undefined; t = scanner.next()) {
    const offset = src.toOriginal(t.startOffset);
    if (offset >= limit) break;
    flushComments(t.startOffset);
    out.push({ offset, endOffset: src.toOriginal(t.endOffset! + 1), image: t.image, ...kindOf(t) });
  }
  flushComments(Infinity);
  return out.filter((t) => t.offset < limit);
}

/** The keyword token at `offset` (inside it or just after it), if any. */
export function keywordAt(text: string, offset: number): LexToken | undefined {
  // Keywords never span lines: scanning the line alone is enough (and cheap on big files).
  const start = Math.max(text.lastIndexOf("\n", offset - 1), text.lastIndexOf("\r", offset - 1)) + 1;
  let end = text.slice(offset).search(/[\r\n]/);
  end = end === -1 ? text.length : offset + end;
  const tokens = lexTokens(text.slice(start, end));
  const t = tokens.find((x) => x.kind === "keyword" && start + x.offset <= offset && offset <= start + x.endOffset);
  return t && { ...t, offset: start + t.offset, endOffset: start + t.endOffset };
}

export interface CursorContext {
  /** The keywords that opened the blocks around the cursor, outermost first (`Plan`, `Task`, …). */
  readonly blocks: readonly KeywordConcept[];
  /** The tokens of the statement being typed, before the cursor (the word under it excluded). */
  readonly statement: readonly LexToken[];
  /** The last keyword of that statement, which says what value is expected. */
  readonly expecting: KeywordConcept | undefined;
  /** The tokens after `expecting` in the statement (values already typed). */
  readonly afterExpecting: readonly LexToken[];
  /** The part of a name or keyword typed just before the cursor, and where it starts. */
  readonly prefix: string;
  readonly prefixStart: number;
  /** The dialect of the file's first keyword, if any. */
  readonly dialect: Dialect | undefined;
}

/** What surrounds `offset` in `text` (see `CursorContext`). */
export function cursorContext(text: string, offset: number): CursorContext {
  const tokens = lexTokens(text, offset).filter((t) => t.kind !== "comment");
  const dialect = tokens.find((t) => t.kind === "keyword")?.dialect;
  // the word being typed: letters, digits, `-` and `.` just before the cursor
  let prefixStart = offset;
  while (prefixStart > 0 && /[\p{L}\p{M}\p{N}_.:-]/u.test(text[prefixStart - 1]!)) prefixStart--;
  const prefix = text.slice(prefixStart, offset);
  const before = tokens.filter((t) => t.endOffset <= prefixStart || t.offset < prefixStart);
  const lastKept = (t: LexToken) => (t.endOffset > prefixStart ? undefined : t);
  // blocks and the current statement: a statement starts after `{`, `}` or a line break
  const blocks: KeywordConcept[] = [];
  let statementStart = 0;
  const stmtHead: (KeywordConcept | undefined)[] = [];
  for (let i = 0; i < before.length; i++) {
    const t = before[i]!;
    const prev = before[i - 1];
    if (prev && /[\r\n]/.test(text.slice(prev.endOffset, t.offset))) statementStart = i;
    if (t.punct === "{") {
      stmtHead.push(before.slice(statementStart, i).find((x) => x.kind === "keyword")?.concept);
      blocks.push(stmtHead[stmtHead.length - 1] ?? "Plan");
      statementStart = i + 1;
    } else if (t.punct === "}") {
      blocks.pop();
      stmtHead.pop();
      statementStart = i + 1;
    }
  }
  // a line break between the last token and the cursor starts a new statement
  const last = before[before.length - 1];
  if (last && /[\r\n]/.test(text.slice(last.endOffset, prefixStart))) statementStart = before.length;
  const statement = before.slice(statementStart).filter((t) => lastKept(t) !== undefined);
  let k = statement.length - 1;
  while (k >= 0 && statement[k]!.kind !== "keyword") k--;
  const expecting = k >= 0 ? statement[k]!.concept : undefined;
  return { blocks, statement, expecting, afterExpecting: k >= 0 ? statement.slice(k + 1) : [], prefix, prefixStart, dialect };
}
