/**
 * What each token is called in messages, in the user's words and in the file's dialect:
 * "a date such as 14/02/2022", "`chủ trì`" — never chevrotain token names.
 */
import type { Bilingual } from "../diagnostics/diagnostic.js";
import { canonicalKeyword, KEYWORD_CONCEPTS, type Dialect, type KeywordConcept } from "./keywords/table.js";

const LITERALS: Readonly<Record<string, Bilingual>> = {
  Identifier: { vi: "một mã định danh như `van-phong`", en: "an identifier such as `van-phong`" },
  StringLiteral: { vi: 'một đoạn văn bản trong ngoặc kép "…"', en: 'a text in double quotes "…"' },
  DateLiteral: { vi: "một ngày như 14/02/2022", en: "a date such as 14/02/2022" },
  IsoDate: { vi: "một ngày như 14/02/2022", en: "a date such as 14/02/2022" },
  DayMonth: { vi: "một ngày và tháng như 10/06", en: "a day and month such as 10/06" },
  MonthYear: { vi: "tháng và năm như 3/2024", en: "a month and year such as 3/2024" },
  NumberLiteral: { vi: "một số như 2024", en: "a number such as 2024" },
  RomanPeriod: { vi: "một quý như II/2024", en: "a quarter such as II/2024" },
  QuarterCode: { vi: "một quý như Q2", en: "a quarter such as Q2" },
  HalfCode: { vi: "H1 hoặc H2", en: "H1 or H2" },
  JsonBlock: { vi: "một đối tượng JSON { … }", en: "a JSON object { … }" },
  LBrace: { vi: "`{`", en: "`{`" },
  RBrace: { vi: "`}`", en: "`}`" },
  Comma: { vi: "`,`", en: "`,`" },
  Colon: { vi: "`:`", en: "`:`" },
  DotDot: { vi: "`..`", en: "`..`" },
  EOF: { vi: "hết tệp", en: "the end of the file" },
};

const CONCEPTS: ReadonlySet<string> = new Set(KEYWORD_CONCEPTS);

/** Describes a token type (by name) for a message; keywords are shown in the file's dialect. */
export function describeTokenType(name: string, dialect: Dialect): Bilingual {
  const literal = LITERALS[name];
  if (literal) return literal;
  const concept = keywordConceptOf(name);
  if (concept) {
    const k = `\`${canonicalKeyword(concept, dialect)}\``;
    return { vi: k, en: k };
  }
  return { vi: `\`${name}\``, en: `\`${name}\`` };
}

const conceptCache = new Map<string, KeywordConcept | undefined>();

/** `VI_Lead_phrase` → `Lead`; `VI_Lead_hyphenated` → `Lead`; `Lead` → `Lead`. */
export function keywordConceptOf(tokenName: string): KeywordConcept | undefined {
  if (conceptCache.has(tokenName)) return conceptCache.get(tokenName);
  const m = /^(?:EN_|VI_)?([A-Za-z]+?)(?:_phrase|_hyphenated)?$/.exec(tokenName);
  const c = m?.[1];
  const concept = c && CONCEPTS.has(c) ? (c as KeywordConcept) : undefined;
  if (conceptCache.size < 1000) conceptCache.set(tokenName, concept);
  return concept;
}

/** Shows the text the user wrote, shortened for a message. */
export function quoteFound(image: string | undefined): Bilingual {
  if (image === undefined || image === "") return { vi: "hết tệp", en: "the end of the file" };
  const short = image.length > 40 ? `${image.slice(0, 37)}…` : image;
  const q = `\`${short.replace(/\n/g, " ")}\``;
  return { vi: q, en: q };
}
