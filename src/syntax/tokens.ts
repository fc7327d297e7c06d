/**
 * Token types of the kehoach language. Each keyword concept is a token *category* (what the
 * parser consumes) with one member token per dialect (what the lexer produces), so the parser
 * never sees spellings and the formatter can tell a file's dialect from its tokens. Single-word
 * keywords also belong to the `Identifier` category: keywords are contextual, so a unit may be
 * called `level` or `ngay`. These definitions specify the lexer; `parse` runs the faster
 * `scanner.ts`, which a test holds to exactly the tokens a chevrotain `Lexer` of them produces.
 */
import { createToken, Lexer, type CustomPatternMatcherFunc, type IToken, type TokenType } from "chevrotain";
import { KEYWORD_CONCEPTS, SPELLINGS, type Dialect, type KeywordConcept } from "./keywords/table.js";
import { keywordRegex, letterAlternatives, maxWords, spellingsInMatchOrder } from "./keywords/pattern.js";

/** Letters an identifier may contain: ASCII, Latin-1, Latin Extended-A/B, Latin Extended Additional. */
const L = "A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u1E00-\\u1EFF\\u0300-\\u036F_";
/** The same letters as code-unit ranges, for the hand-written scanner (a test checks they agree). */
export const LETTER_RANGES: readonly (readonly [number, number])[] = [
  [0x41, 0x5a],
  [0x61, 0x7a],
  [0xc0, 0xd6],
  [0xd8, 0xf6],
  [0xf8, 0x24f],
  [0x1e00, 0x1eff],
  [0x300, 0x36f],
  [0x5f, 0x5f],
];

export const Identifier = createToken({
  name: "Identifier",
  pattern: new RegExp(`[${L}][${L}0-9]*(?:[.-][${L}0-9]+)*`),
});

export const WhiteSpace = createToken({
  name: "WhiteSpace",
  pattern: /[ \t\r\n\uFEFF\u00A0]+/,
  group: Lexer.SKIPPED,
  line_breaks: true,
});

export const Comment = createToken({ name: "Comment", pattern: /#[^\n\r]*/, group: "comments" });

/** A straight-quoted string with JSON-style escapes, or a typographic “…” string. */
export const StringLiteral = createToken({
  name: "StringLiteral",
  pattern: /"(?:[^"\\\n\r]|\\[^\n\r])*"|“[^”\n\r]*”/,
});
export const UnterminatedString = createToken({
  name: "UnterminatedString",
  pattern: /"(?:[^"\\\n\r]|\\[^\n\r])*(?:\\)?|“[^”\n\r]*/,
});

/**
 * The end (exclusive) of a balanced `{…}` JSON block starting at `offset`, skipping strings; the
 * end of the text when the block is unbalanced. Shared by the chevrotain token and the scanner.
 */
export function jsonBlockEnd(text: string, offset: number): number {
  let depth = 0;
  let i = offset;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d === 92 /* \ */) i += 2;
        else if (d === 34 || d === 10) break;
        else i++;
      }
    } else if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) {
      depth--;
      if (depth === 0) {
        i++;
        break;
      }
    }
    i++;
  }
  return Math.min(i, n);
}

/** Matches a balanced `{…}` JSON block, only right after the `json` keyword. */
const matchJsonBlock: CustomPatternMatcherFunc = (text, offset, tokens) => {
  const last = tokens[tokens.length - 1];
  if (!last || !JSON_KEYWORD_TYPES.has(last.tokenType) || text.charCodeAt(offset) !== 123 /* { */) return null;
  return [text.slice(offset, jsonBlockEnd(text, offset))] as unknown as RegExpExecArray;
};

export const JsonBlock = createToken({
  name: "JsonBlock",
  pattern: { exec: matchJsonBlock },
  line_breaks: true,
  start_chars_hint: ["{"],
});

export const LBrace = createToken({ name: "LBrace", pattern: /\{/ });
export const RBrace = createToken({ name: "RBrace", pattern: /\}/ });
export const Comma = createToken({ name: "Comma", pattern: /,/ });
export const Colon = createToken({ name: "Colon", pattern: /:/ });
export const DotDot = createToken({ name: "DotDot", pattern: /\.\./ });

/** `2025 - 2030`, `2021–2025`: a span of whole years (a hyphen or an en dash, spaces optional). */
export const YearRange = createToken({ name: "YearRange", pattern: /\d{4}[ \t]*[-\u2013][ \t]*\d{4}(?![0-9])/ });
export const IsoDate = createToken({ name: "IsoDate", pattern: /\d{4}-\d{1,2}-\d{1,2}(?![0-9])/ });
export const DateLiteral = createToken({ name: "DateLiteral", pattern: /\d{1,2}\/\d{1,2}\/\d{4}(?![0-9])/ });
/** `3/2024` (a month, or a quarter number, of a year). */
export const MonthYear = createToken({ name: "MonthYear", pattern: /\d{1,2}\/\d{4}(?![0-9])/ });
/** `10/06`: a day and month without year (recurring deadlines). */
export const DayMonth = createToken({ name: "DayMonth", pattern: /\d{1,2}\/\d{1,2}(?![0-9/])/ });
export const NumberLiteral = createToken({ name: "NumberLiteral", pattern: /\d+/ });
/** `II/2024`: a Roman-numbered quarter of a year. */
export const RomanPeriod = createToken({
  name: "RomanPeriod",
  pattern: /(?:[iI][vV]|[iI]{1,3})\/\d{4}(?![0-9])/,
});
export const QuarterCode = createToken({
  name: "QuarterCode",
  pattern: /[qQ][1-4](?![0-9])/,
  longer_alt: Identifier,
  categories: [Identifier],
});
export const HalfCode = createToken({
  name: "HalfCode",
  pattern: /[hH][12](?![0-9])/,
  longer_alt: Identifier,
  categories: [Identifier],
});

/** Keyword categories: the parser consumes these. */
export const Kw = Object.fromEntries(
  KEYWORD_CONCEPTS.map((c) => [c, createToken({ name: c, pattern: Lexer.NA })]),
) as Record<KeywordConcept, TokenType>;

export interface KeywordToken {
  readonly type: TokenType;
  readonly concept: KeywordConcept;
  readonly dialect: Dialect;
  readonly words: number;
  /** The spellings the token matches, in the order its regex tries them. */
  readonly spellings: readonly string[];
  /**
   * The phrase written with single hyphens only (`kinh-phi`, `chu-tri`): it is also an
   * `Identifier`, so a name may be spelled like a keyword of several words. Such a token comes
   * right before the `_phrase` token of the same spellings, which matches every other spacing.
   */
  readonly hyphenated: boolean;
}

/**
 * The phrase regex's match when its words are joined by single hyphens only (`kinh-phi`, not
 * `kinh phi`, `kinh - phi` or `áp-dụng cho`): what the phrase token would take, as a name.
 */
function hyphenatedOnly(phrase: RegExp): CustomPatternMatcherFunc {
  const sticky = new RegExp(phrase.source, "y");
  return (text, offset) => {
    sticky.lastIndex = offset;
    const m = sticky.exec(text);
    return m && isHyphenated(m[0]) ? m : null;
  };
}

/** True when a phrase's words are separated by single hyphens only. */
export function isHyphenated(phrase: string): boolean {
  return !/[ \t]|--/.test(phrase) && phrase.includes("-");
}

/** Every character a phrase of `spellings` may start with (each letter's diacritic family, both cases). */
function startChars(spellings: readonly string[]): string[] {
  return [...new Set(spellings.flatMap((s) => [...letterAlternatives(s.normalize("NFC")[0]!)]))];
}

function buildKeywordTokens(): KeywordToken[] {
  const out: KeywordToken[] = [];
  for (const dialect of ["vi", "en"] as const) {
    for (const concept of KEYWORD_CONCEPTS) {
      let spellings = SPELLINGS[dialect][concept] ?? [];
      // The Vietnamese mandate token also serves the requirements section (shared spelling).
      if (dialect === "vi" && concept === "Requirements") spellings = spellings.filter((s) => s !== "yêu cầu");
      // Single words may also be identifiers (contextual keywords), and so may phrases written
      // with single hyphens (`kinh-phi`); phrases with spaces cannot.
      const single = spellings.filter((s) => maxWords([s]) === 1 && /^\p{L}/u.test(s));
      const phrases = spellings.filter((s) => !single.includes(s));
      const namelike = phrases.filter((s) => /^\p{L}/u.test(s));
      for (const [group, kind] of [[single, "single"], [namelike, "hyphenated"], [phrases, "phrase"]] as const) {
        if (group.length === 0) continue;
        const categories = [Kw[concept]];
        if (dialect === "vi" && concept === "Mandate") categories.push(Kw.Requirements);
        if (kind !== "phrase") categories.push(Identifier);
        // A keyword ends at a word boundary, so `hạn` does not match the start of `hằng năm`.
        const regex = new RegExp(`(?:${keywordRegex(group).source})(?![${L}0-9])`);
        const type = createToken({
          name: `${dialect.toUpperCase()}_${concept}${kind === "single" ? "" : `_${kind}`}`,
          pattern: kind === "hyphenated" ? { exec: hyphenatedOnly(regex) } : regex,
          ...(kind === "hyphenated" && { start_chars_hint: startChars(group), line_breaks: false }),
          longer_alt: Identifier,
          categories,
        });
        out.push({ type, concept, dialect, words: maxWords(group), spellings: spellingsInMatchOrder(group), hyphenated: kind === "hyphenated" });
      }
    }
  }
  // Longer phrases first: chevrotain takes the first pattern that matches.
  return out.sort((a, b) => b.words - a.words);
}

/** The keyword tokens in lexing order. */
export const KEYWORD_TOKENS: readonly KeywordToken[] = buildKeywordTokens();
/** The tokens after which a `{` opens a JSON block. */
export const JSON_KEYWORD_TYPES: ReadonlySet<TokenType> = new Set(
  KEYWORD_TOKENS.filter((k) => k.concept === "Json").map((k) => k.type),
);

const KEYWORD_INFO: ReadonlyMap<TokenType, KeywordToken> = new Map(KEYWORD_TOKENS.map((k) => [k.type, k]));

/** The dialect and concept of a keyword token, if it is one. */
export function keywordInfo(token: IToken): { concept: KeywordConcept; dialect: Dialect } | undefined {
  const k = KEYWORD_INFO.get(token.tokenType);
  return k && { concept: k.concept, dialect: k.dialect };
}

/** Every token type in lexing order. */
export const allTokens: TokenType[] = [
  WhiteSpace,
  Comment,
  JsonBlock,
  StringLiteral,
  UnterminatedString,
  // Keywords whose phrases start with a digit (`6 tháng đầu năm`) must precede numbers.
  ...KEYWORD_TOKENS.map((k) => k.type),
  QuarterCode,
  HalfCode,
  RomanPeriod,
  Identifier,
  YearRange,
  IsoDate,
  DateLiteral,
  MonthYear,
  DayMonth,
  NumberLiteral,
  DotDot,
  LBrace,
  RBrace,
  Comma,
  Colon,
  // categories last: they have no pattern of their own
  ...Object.values(Kw),
];
