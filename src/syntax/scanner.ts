/**
 * The lexer `parse` uses: a hand-written scanner producing exactly the tokens, comments and
 * errors of the chevrotain lexer defined by `allTokens` in `tokens.ts` (a differential test holds
 * it to that), several times faster and linear on any input — chevrotain re-syncs after an
 * unexpected character by trying every pattern at every following position.
 */
import type { IToken, TokenType } from "chevrotain";
import { letterAlternatives, spellingWords } from "./keywords/pattern.js";
import {
  Colon,
  Comma,
  Comment,
  DateLiteral,
  DayMonth,
  DotDot,
  HalfCode,
  Identifier,
  YearRange,
  IsoDate,
  JSON_KEYWORD_TYPES,
  JsonBlock,
  jsonBlockEnd,
  KEYWORD_TOKENS,
  isHyphenated,
  LBrace,
  LETTER_RANGES,
  MonthYear,
  NumberLiteral,
  QuarterCode,
  RBrace,
  RomanPeriod,
  StringLiteral,
  UnterminatedString,
} from "./tokens.js";

/** A lexing error: `length` unexpected characters from `offset`. */
export interface ScanError {
  readonly offset: number;
  readonly length: number;
  readonly line: number;
  readonly column: number;
}

export interface ScanResult {
  /** The tokens the parser consumes (no whitespace, no comments). */
  readonly tokens: IToken[];
  readonly comments: IToken[];
  readonly errors: ScanError[];
  /** True when scanning stopped early because there were more than `maxErrors` errors. */
  readonly stopped: boolean;
}

// ---- character classes ----------------------------------------------------------------------

const LETTER = 1;
const DIGIT = 2;
const SPACE = 4;
/** A character at which some token may start (`.` only when another `.` follows). */
const START = 8;
/** A separator between the words of a keyword phrase. */
const SEP = 16;

const CLASS = new Uint8Array(0x10000);
for (const [a, b] of LETTER_RANGES) for (let c = a; c <= b; c++) CLASS[c]! |= LETTER | START;
for (let c = 0x30; c <= 0x39; c++) CLASS[c]! |= DIGIT | START;
for (const ch of " \t\r\n\uFEFF\u00A0") CLASS[ch.charCodeAt(0)]! |= SPACE | START;
for (const ch of '#{}",:“') CLASS[ch.charCodeAt(0)]! |= START;
for (const ch of " \t-") CLASS[ch.charCodeAt(0)]! |= SEP;

/** True when the scanner's letter table is the `Identifier` regex's letter class (for tests). */
export function isIdentifierLetter(code: number): boolean {
  return (CLASS[code]! & LETTER) !== 0;
}

// ---- keywords -------------------------------------------------------------------------------

/**
 * A trie of every keyword spelling. Each text character is mapped to the set of characters it
 * matches (`letterAlternatives`: a letter's diacritic family in both cases); the words of a
 * phrase are linked by a separator edge matching any run of spaces, tabs and hyphens.
 */
interface TrieNode {
  readonly next: (TrieNode | undefined)[];
  sep: TrieNode | undefined;
  /** The best (token, spelling) ending here, as `token * 256 + spelling`; -1 if none. */
  end: number;
}

/** Key of each character in the trie; -1 for characters no keyword letter matches. */
const KEY = new Int16Array(0x10000).fill(-1);
const keyIds = new Map<string, number>();

function keyOf(ch: string): number {
  const alternatives = letterAlternatives(ch);
  let id = keyIds.get(alternatives);
  if (id === undefined) {
    id = keyIds.size;
    keyIds.set(alternatives, id);
    for (const a of alternatives) {
      const code = a.charCodeAt(0);
      if (a.length !== 1 || (KEY[code] !== -1 && KEY[code] !== id)) {
        throw new Error(`keyword letter classes overlap at ${JSON.stringify(a)}`);
      }
      KEY[code] = id;
    }
  }
  return id;
}

const newNode = (): TrieNode => ({ next: [], sep: undefined, end: -1 });
const ROOT = newNode();
/**
 * The hyphenated twin of each phrase token (`VI_Budget_hyphenated` for `VI_Budget_phrase`): it
 * precedes the phrase token in lexing order and takes its matches written with single hyphens.
 * Twins are not in the trie; `word` swaps them in.
 */
const HYPHENATED_TWIN: readonly (TokenType | undefined)[] = KEYWORD_TOKENS.map((k, i) => {
  const prev = KEYWORD_TOKENS[i - 1];
  return prev?.hyphenated && prev.concept === k.concept && prev.dialect === k.dialect ? prev.type : undefined;
});

KEYWORD_TOKENS.forEach((k, tokenIndex) => {
  if (k.hyphenated) return;
  k.spellings.forEach((spelling, spellingIndex) => {
    let node = ROOT;
    spellingWords(spelling).forEach((word, w) => {
      if (w > 0) node = node.sep ??= newNode();
      for (const ch of word) {
        if (ch.length !== 1) throw new Error(`keyword ${spelling} has a character outside the BMP`);
        const key = keyOf(ch);
        node = node.next[key] ??= newNode();
      }
    });
    const code = tokenIndex * 256 + spellingIndex;
    if (node.end === -1 || code < node.end) node.end = code;
  });
});
// Dense child arrays (no holes), so that a lookup never falls through to the prototype chain.
(function densify(node: TrieNode): void {
  for (let k = 0; k < keyIds.size; k++) node.next[k] ??= undefined;
  for (const child of node.next) if (child) densify(child);
  if (node.sep) densify(node.sep);
})(ROOT);

// ---- `II/2024`, rare, matched with its token's own regex -------------------------------------

const ROMAN = new RegExp((RomanPeriod.PATTERN as RegExp).source, "y");

// ---- the scanner ------------------------------------------------------------------------------

/**
 * Splits `text` into tokens. Stops (with `stopped`) once there are more than `maxErrors`
 * errors: past that point nothing more is reported.
 */
export function scan(text: string, maxErrors = Infinity): ScanResult {
  const scanner = new Scanner(text, maxErrors);
  const tokens: IToken[] = [];
  for (let t = scanner.next(); t !== undefined; t = scanner.next()) tokens.push(t);
  return { tokens, comments: scanner.comments, errors: scanner.errors, stopped: scanner.stopped };
}

/** A token as chevrotain's lexer makes it (same fields), with one hidden class for all. */
class Token implements IToken {
  constructor(
    public image: string,
    public startOffset: number,
    public endOffset: number,
    public startLine: number,
    public endLine: number,
    public startColumn: number,
    public endColumn: number,
    public tokenTypeIdx: number,
    public tokenType: TokenType,
  ) {}
}

/**
 * Hands out the tokens of a text one at a time (`next`), collecting comments and errors on the
 * way. Pulling tokens as they are needed, rather than lexing the whole file first, lets each
 * token die young: the garbage collector never has to copy a whole file's tokens.
 */
export class Scanner {
  readonly comments: IToken[] = [];
  readonly errors: ScanError[] = [];
  /** True once scanning stopped because there were more than `maxErrors` errors. */
  stopped = false;
  private readonly n: number;
  private i = 0;
  private line = 1;
  private lineStart = 0;
  /** The type of the last token handed out (a `{` after `json` starts a JSON block). */
  private lastType: TokenType | undefined;

  constructor(
    private readonly text: string,
    private readonly maxErrors = Infinity,
  ) {
    this.n = text.length;
  }

  /** The next token for the parser (no whitespace, no comments), or undefined at the end. */
  next(): IToken | undefined {
    const t = this.scanToken();
    if (t !== undefined) this.lastType = t.tokenType;
    return t;
  }

  private scanToken(): Token | undefined {
    const text = this.text;
    const n = this.n;
    let i = this.i;
    while (i < n && !this.stopped) {
      const c = text.charCodeAt(i);
      const cls = CLASS[c]!;

      if (cls & SPACE) {
        let j = i;
        do {
          const d = text.charCodeAt(j);
          if (d === 10 || d === 13) {
            if (d === 13 && text.charCodeAt(j + 1) === 10) j++;
            this.line++;
            this.lineStart = j + 1;
          }
          j++;
        } while (j < n && CLASS[text.charCodeAt(j)]! & SPACE);
        i = j;
        continue;
      }

      if (cls & (LETTER | DIGIT)) return this.word(i, c, cls);

      switch (c) {
        case 35 /* # */: {
          let j = i + 1;
          while (j < n) {
            const d = text.charCodeAt(j);
            if (d === 10 || d === 13) break;
            j++;
          }
          this.comments.push(this.token(Comment, i, j));
          i = j;
          continue;
        }
        case 123 /* { */:
          if (this.lastType !== undefined && JSON_KEYWORD_TYPES.has(this.lastType)) return this.jsonBlock(i);
          return this.token(LBrace, i, i + 1);
        case 34 /* " */: {
          let j = i + 1;
          while (j < n) {
            const d = text.charCodeAt(j);
            if (d === 34) return this.token(StringLiteral, i, j + 1);
            if (d === 10 || d === 13) break;
            if (d === 92 /* \ */) {
              const e = text.charCodeAt(j + 1);
              if (j + 1 >= n || e === 10 || e === 13) {
                j++; // a lone backslash at the end of the line belongs to the string
                break;
              }
              j += 2;
            } else j++;
          }
          return this.token(UnterminatedString, i, j);
        }
        case 0x201c /* “ */: {
          let j = i + 1;
          while (j < n) {
            const d = text.charCodeAt(j);
            if (d === 0x201d) return this.token(StringLiteral, i, j + 1);
            if (d === 10 || d === 13) break;
            j++;
          }
          return this.token(UnterminatedString, i, j);
        }
        case 125 /* } */:
          return this.token(RBrace, i, i + 1);
        case 44 /* , */:
          return this.token(Comma, i, i + 1);
        case 58 /* : */:
          return this.token(Colon, i, i + 1);
        case 46 /* . */:
          if (text.charCodeAt(i + 1) === 46) return this.token(DotDot, i, i + 2);
          break;
      }

      // Unexpected characters: skip to the next place where some token may start.
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (CLASS[d]! & START || (d === 46 && text.charCodeAt(j + 1) === 46)) break;
        j++;
      }
      this.errors.push({ offset: i, length: j - i, line: this.line, column: i - this.lineStart + 1 });
      if (this.errors.length > this.maxErrors) this.stopped = true;
      i = j;
    }
    this.i = i;
    return undefined;
  }

  /** The token of type `type` from `start` to `end` (exclusive), on the current line; moves past it. */
  private token(type: TokenType, start: number, end: number): Token {
    const column = start - this.lineStart + 1;
    const line = this.line;
    this.i = end;
    return new Token(this.text.substring(start, end), start, end - 1, line, line, column, column + end - start - 1, type.tokenTypeIdx!, type);
  }

  /** Length of the identifier starting at `i` (0 if none). */
  private identifierLength(i: number): number {
    const text = this.text;
    const n = this.n;
    if (!(CLASS[text.charCodeAt(i)]! & LETTER)) return 0;
    let j = i + 1;
    for (;;) {
      while (j < n && CLASS[text.charCodeAt(j)]! & (LETTER | DIGIT)) j++;
      const d = text.charCodeAt(j);
      if ((d === 46 || d === 45) && j + 1 < n && CLASS[text.charCodeAt(j + 1)]! & (LETTER | DIGIT)) j += 2;
      else return j - i;
    }
  }

  /** A token starting with a letter or digit: keyword, identifier, date or number. */
  private word(i: number, c: number, cls: number): Token {
    const text = this.text;
    const n = this.n;
    // Keywords: the first keyword token (in lexing order) with a matching spelling.
    let best = -1;
    let bestLength = 0;
    let node: TrieNode | undefined = ROOT;
    let j = i;
    for (;;) {
      if (node.end !== -1 && (best === -1 || node.end < best) && !(CLASS[text.charCodeAt(j)]! & (LETTER | DIGIT))) {
        best = node.end;
        bestLength = j - i;
      }
      if (j >= n) break;
      const d = text.charCodeAt(j);
      if (CLASS[d]! & SEP) {
        if (node.sep === undefined) break;
        node = node.sep;
        do j++;
        while (j < n && CLASS[text.charCodeAt(j)]! & SEP);
        continue;
      }
      const key = KEY[d]!;
      node = key === -1 ? undefined : node.next[key];
      if (node === undefined) break;
      j++;
    }
    if (best !== -1) {
      // A longer identifier wins over the keyword (`ngay-le` is not `ngày` + `-le`).
      const id = cls & LETTER ? this.identifierLength(i) : 0;
      if (id > bestLength) return this.token(Identifier, i, i + id);
      const twin = HYPHENATED_TWIN[best >> 8];
      if (twin !== undefined && isHyphenated(text.substring(i, i + bestLength))) return this.token(twin, i, i + bestLength);
      return this.token(KEYWORD_TOKENS[best >> 8]!.type, i, i + bestLength);
    }

    if (cls & LETTER) {
      const id = this.identifierLength(i);
      const lower = c | 32;
      const next = text.charCodeAt(i + 1);
      // Q1–Q4 and H1–H2 (not followed by a digit), unless part of a longer identifier.
      if (
        id <= 2 &&
        ((lower === 113 /* q */ && next >= 49 && next <= 52) || (lower === 104 /* h */ && (next === 49 || next === 50))) &&
        !(CLASS[text.charCodeAt(i + 2)]! & DIGIT)
      ) {
        return this.token(lower === 113 ? QuarterCode : HalfCode, i, i + 2);
      }
      if (lower === 105 /* i */) {
        ROMAN.lastIndex = i;
        if (ROMAN.test(text)) return this.token(RomanPeriod, i, ROMAN.lastIndex);
      }
      return this.token(Identifier, i, i + id);
    }

    return this.digits(i);
  }

  /**
   * A token starting with a digit: `2024-02-14`, `14/02/2024`, `3/2024`, `10/06` or `2024`, as
   * the regexes of those tokens match in that order. Each `\d{m,n}` of theirs must take a whole
   * run of digits (the next character is a `/`, a `-` or no digit), so runs are measured once.
   */
  private digits(i: number): Token {
    const r1 = this.digitRun(i);
    const a = i + r1;
    const sep = this.text.charCodeAt(a);
    if (r1 === 4) {
      // `2025 - 2030`: four digits, spaces or tabs, a hyphen or en dash, spaces or tabs, four digits.
      let k = a;
      while (this.text.charCodeAt(k) === 32 || this.text.charCodeAt(k) === 9) k++;
      const dash = this.text.charCodeAt(k);
      if (dash === 45 || dash === 0x2013) {
        k++;
        while (this.text.charCodeAt(k) === 32 || this.text.charCodeAt(k) === 9) k++;
        if (this.digitRun(k) === 4) return this.token(YearRange, i, k + 4);
      }
    }
    if (r1 === 4 && sep === 45 /* - */) {
      const r2 = this.digitRun(a + 1);
      const b = a + 1 + r2;
      if (r2 >= 1 && r2 <= 2 && this.text.charCodeAt(b) === 45) {
        const r3 = this.digitRun(b + 1);
        if (r3 >= 1 && r3 <= 2) return this.token(IsoDate, i, b + 1 + r3);
      }
    }
    if (r1 <= 2 && sep === 47 /* / */) {
      const r2 = this.digitRun(a + 1);
      const b = a + 1 + r2;
      const after = this.text.charCodeAt(b);
      if (r2 >= 1 && r2 <= 2 && after === 47) {
        const r3 = this.digitRun(b + 1);
        if (r3 === 4) return this.token(DateLiteral, i, b + 1 + r3);
      }
      if (r2 === 4) return this.token(MonthYear, i, b);
      if (r2 >= 1 && r2 <= 2 && after !== 47) return this.token(DayMonth, i, b);
    }
    return this.token(NumberLiteral, i, a);
  }

  /** The number of ASCII digits from `i`. */
  private digitRun(i: number): number {
    let j = i;
    while (j < this.n && CLASS[this.text.charCodeAt(j)]! & DIGIT) j++;
    return j - i;
  }

  /** A balanced `{…}` JSON block (or the rest of the file when unbalanced), which may span lines. */
  private jsonBlock(start: number): Token {
    const text = this.text;
    const end = jsonBlockEnd(text, start);
    const token = this.token(JsonBlock, start, end);
    // Line breaks inside the block, counted as chevrotain does (`\r\n`, `\r` or `\n`).
    let breaks = 0;
    let lastBreakEnd = -1;
    for (let k = start; k < end; k++) {
      const d = text.charCodeAt(k);
      if (d === 10 || d === 13) {
        if (d === 13 && k + 1 < end && text.charCodeAt(k + 1) === 10) k++;
        breaks++;
        lastBreakEnd = k;
      }
    }
    if (breaks > 0) {
      const endsInBreak = lastBreakEnd === end - 1;
      this.line += breaks;
      this.lineStart = lastBreakEnd + 1;
      if (!(breaks === 1 && endsInBreak)) {
        token.endLine = endsInBreak ? this.line - 1 : this.line;
        token.endColumn = end - this.lineStart + (endsInBreak ? 1 : 0);
      }
    }
    return token;
  }
}
