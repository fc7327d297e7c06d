/**
 * Turns lexer and parser errors into diagnostics in the user's words: "expected a date such as
 * 14/02/2022 after `ngày`, found `"14/02/2022"`", with keywords in the file's own dialect.
 */
import { EOF, type IRecognitionException, type IToken } from "chevrotain";
import type { Bilingual, Diagnostic } from "../diagnostics/diagnostic.js";
import { makeDiagnostic } from "../diagnostics/make.js";
import type { Span } from "../diagnostics/span.js";
import { canonicalKeyword, type Dialect, type KeywordConcept } from "./keywords/table.js";
import { describeTokenType, quoteFound } from "./token-names.js";

interface Payload {
  kind: "mismatch" | "noViableAlt" | "earlyExit" | "trailing";
  expected?: string[];
  rule?: string;
}

export interface SpanMaker {
  spanOf(first: IToken, last?: IToken): Span;
  /** A zero-width span at the end of the text (for errors at end of file). */
  endSpan(): Span;
  /** A span for a raw offset range (lexer errors). */
  rangeSpan(offset: number, length: number): Span;
}

function list(items: readonly Bilingual[]): Bilingual {
  const uniq = (xs: string[]) => [...new Set(xs)];
  const vi = uniq(items.map((i) => i.vi));
  const en = uniq(items.map((i) => i.en));
  const join = (xs: string[], or: string) => (xs.length <= 1 ? (xs[0] ?? "") : `${xs.slice(0, -1).join(", ")} ${or} ${xs[xs.length - 1]}`);
  return { vi: join(vi, "hoặc"), en: join(en, "or") };
}

function kw(concepts: readonly KeywordConcept[], dialect: Dialect): string {
  return concepts.map((c) => `\`${canonicalKeyword(c, dialect)}\``).join(", ");
}

/** A short description of what may come in a rule, where listing every token would be noise. */
function ruleSummary(rule: string | undefined, dialect: Dialect): Bilingual | undefined {
  switch (rule) {
    case "member": {
      const fields = kw(["Title", "Issuer", "Level", "Number", "DateField", "Period", "Implements"], dialect);
      const decls = kw(["Unit", "Role", "Mandate", "Task", "Waive", "Refine", "Rule"], dialect);
      return {
        vi: `một trường (${fields}), một khai báo (${decls}), một mục (${kw(["Purposes", "Forms", "Budget", "Recipients", "Signature"], dialect)}) hoặc \`}\``,
        en: `a field (${fields}), a declaration (${decls}), a section (${kw(["Purposes", "Forms", "Budget", "Recipients", "Signature"], dialect)}) or \`}\``,
      };
    }
    case "timing": {
      const ex =
        dialect === "vi"
          ? "`thường xuyên`, `14/02/2022`, `trước ngày 10/06/2024`, `từ 01/03/2024 đến 30/06/2024`, `quý II/2024`, `tháng 3/2024`, `6 tháng đầu năm 2024`, `năm 2024`, `hằng năm trước 10/06 và 10/12`, `sau nhiem-vu-khac`"
          : "`continuous`, `14/02/2022`, `before 10/06/2024`, `01/03/2024 .. 30/06/2024`, `Q2 2024`, `month 3/2024`, `H1 2024`, `year 2024`, `every year before 10/06 and 10/12`, `after other-task`";
      return { vi: `một thời gian như ${ex}`, en: `a timing such as ${ex}` };
    }
    case "fullDate":
      return describeTokenType("DateLiteral", dialect);
    case "deadlineDate":
      return { vi: "một ngày như 10/06/2024 hoặc 10/06", en: "a date such as 10/06/2024 or 10/06" };
    case "planDecl":
    case "document":
      return { vi: `\`${canonicalKeyword("Plan", dialect)}\` hoặc \`${canonicalKeyword("Template", dialect)}\``, en: `\`${canonicalKeyword("Plan", dialect)}\` or \`${canonicalKeyword("Template", dialect)}\`` };
    default:
      return undefined;
  }
}

export function parserErrorToDiagnostic(e: IRecognitionException, dialect: Dialect, spans: SpanMaker): Diagnostic {
  let payload: Payload;
  try {
    payload = JSON.parse(e.message) as Payload;
  } catch {
    payload = { kind: "mismatch", expected: [] };
  }
  const actual = e.token;
  const atEof = actual.tokenType === EOF || Number.isNaN(actual.startOffset);
  const span = atEof ? spans.endSpan() : spans.spanOf(actual);
  const prev = (e as IRecognitionException & { previousToken?: IToken }).previousToken;
  const found = quoteFound(atEof ? undefined : actual.image);
  const after = prev && !Number.isNaN(prev.startOffset) && prev.image ? quoteFound(prev.image) : undefined;

  if (payload.kind === "trailing") {
    return makeDiagnostic("KH103", span, {
      vi: `Không chờ đợi ${found.vi} ở đây: tệp chỉ chứa một \`${canonicalKeyword("Plan", dialect)} … { … }\``,
      en: `Unexpected ${found.en} here: the file holds one \`${canonicalKeyword("Plan", dialect)} … { … }\``,
    });
  }
  const expectedNames = payload.expected ?? [];
  const summary =
    payload.kind === "mismatch" ? undefined : ruleSummary(payload.rule, dialect);
  const expected = summary ?? list(expectedNames.map((n) => describeTokenType(n, dialect)));
  if (atEof && expectedNames.includes("RBrace")) {
    return makeDiagnostic("KH104", span, {
      vi: `Tệp kết thúc khi khối { … } chưa được đóng; cần ${expected.vi}`,
      en: `The file ends before a { … } block is closed; expected ${expected.en}`,
    });
  }
  const afterVi = after ? ` sau ${after.vi}` : "";
  const afterEn = after ? ` after ${after.en}` : "";
  return makeDiagnostic("KH103", span, {
    vi: `Cần ${expected.vi}${afterVi}, nhưng gặp ${found.vi}`,
    en: `Expected ${expected.en}${afterEn}, found ${found.en}`,
  });
}

export function lexerErrorToDiagnostic(e: { offset: number; length: number }, text: string, spans: SpanMaker): Diagnostic {
  const ch = text.slice(e.offset, e.offset + Math.min(e.length, 20));
  return makeDiagnostic("KH101", spans.rangeSpan(e.offset, e.length), {
    vi: `Ký tự không hợp lệ \`${ch}\`; văn bản phải nằm trong dấu ngoặc kép, ghi chú bắt đầu bằng #`,
    en: `Unexpected character \`${ch}\`; text goes in double quotes, comments start with #`,
  });
}
