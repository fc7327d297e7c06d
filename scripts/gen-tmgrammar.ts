/**
 * Generates the VS Code TextMate grammar (`editors/vscode/syntaxes/kehoach.tmLanguage.json`) and
 * the language configuration (`editors/vscode/language-configuration.json`) from the lexer's own
 * tables: every keyword spelling of both dialects (`src/syntax/keywords/`), in the lexer's order
 * (`KEYWORD_TOKENS`: longer phrases first), each letter matching its diacritic family in both
 * cases like `src/syntax/keywords/pattern.ts`, and the identifier letters of `LETTER_RANGES`.
 *
 * Run with `npx tsx scripts/gen-tmgrammar.ts`; `test/editors/tmgrammar.test.ts` fails when the
 * committed files differ from what this generates.
 *
 * The regexes stay in the subset that Oniguruma (VS Code, GitHub, Shiki) and JavaScript (`u`
 * flag) read the same way: no `\b` (ASCII-only in JavaScript, Unicode in Oniguruma), no `\d`, no
 * inline flags, no lookbehind but of one character (`(?<=\})`), no `\u`/`\x{…}` escapes (non-ASCII
 * letters are written as they are).
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { KeywordConcept } from "../src/syntax/keywords/table.js";
import { letterAlternatives, spellingWords } from "../src/syntax/keywords/pattern.js";
import { KEYWORD_TOKENS, LETTER_RANGES } from "../src/syntax/tokens.js";

/** A TextMate rule (the subset this grammar uses). */
export interface TmRule {
  readonly name?: string;
  readonly comment?: string;
  readonly match?: string;
  readonly begin?: string;
  readonly end?: string;
  readonly include?: string;
  readonly captures?: Readonly<Record<string, { readonly name: string }>>;
  readonly beginCaptures?: Readonly<Record<string, { readonly name: string }>>;
  readonly endCaptures?: Readonly<Record<string, { readonly name: string }>>;
  readonly patterns?: readonly TmRule[];
}

export interface TmGrammar {
  readonly $schema: string;
  readonly name: string;
  readonly scopeName: string;
  readonly fileTypes: readonly string[];
  readonly comment: string;
  readonly patterns: readonly TmRule[];
  readonly repository: Readonly<Record<string, TmRule>>;
}

const SUFFIX = ".kehoach";

/** Combining marks: decomposed (NFD) Vietnamese puts tones and vowel marks after the base letter. */
const MARKS = "[\u0300-\u036F]";

function chr(code: number): string {
  return String.fromCharCode(code);
}

/** The identifier letters of the lexer, as a character-class body of literal characters. */
export const LETTER_CLASS_BODY = LETTER_RANGES.map(([lo, hi]) => (lo === hi ? chr(lo) : `${chr(lo)}-${chr(hi)}`)).join("");
const LETTER = `[${LETTER_CLASS_BODY}]`;
const LETTER_OR_DIGIT = `[${LETTER_CLASS_BODY}0-9]`;

/** The lexer's identifier: a letter, letters and digits, parts joined by `.` or `-`. */
export const IDENTIFIER = `${LETTER}${LETTER_OR_DIGIT}*(?:[.-]${LETTER_OR_DIGIT}+)*`;

/**
 * A keyword (or code like `Q2`) ends where an identifier could not go on: otherwise the lexer's
 * longer identifier wins (`so-mau-2024` is a name, not `số`; `tu-phap` is not `từ`).
 */
export const WORD_END = `(?!${LETTER_OR_DIGIT}|[.-]${LETTER_OR_DIGIT})`;

/** Dates and numbers as editor words: longer forms first, as alternation takes the first that matches. */
const WORD_DATES = [
  "[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}",
  "[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}",
  "[0-9]{1,2}/[0-9]{4}",
  "[0-9]{1,2}/[0-9]{1,2}",
  "[0-9]+",
].join("|");

/** One keyword letter: its diacritic family in both cases, then any combining marks (NFD input). */
function keywordLetter(ch: string): string {
  const alternatives = letterAlternatives(ch);
  if (alternatives === ch) return /[A-Za-z0-9]/.test(ch) ? ch : `\\${ch}`;
  const isVowelFamily = /[aeiouy]/.test(ch.normalize("NFD")[0]!.toLowerCase());
  return `[${alternatives}]${isVowelFamily ? `${MARKS}*` : ""}`;
}

/** Regex source of one spelling: words separated by spaces, tabs or hyphens, like the lexer. */
export function keywordSpellingSource(spelling: string): string {
  return spellingWords(spelling)
    .map((w) => [...w].map(keywordLetter).join(""))
    .join("[ \\t-]+");
}

/** The scope of each keyword concept, and of the name that follows a declaring keyword. */
interface ConceptScope {
  readonly keyword: string;
  readonly declares?: string;
}

const DECLARATION = "storage.type.declaration";
const HEADER = "keyword.other.header";
const FIELD = "keyword.other.field";
const SECTION = "keyword.other.section";
const TIMING_OPERATOR = "keyword.operator.word.timing";
const TIMING_UNIT = "keyword.other.unit.timing";
const TIMING_CONSTANT = "constant.language.timing";

/** Every concept must have a scope: the compiler lists a new concept here. */
export const CONCEPT_SCOPES: Readonly<Record<KeywordConcept, ConceptScope>> = {
  Template: { keyword: "storage.type.plan", declares: "entity.name.type.plan" },
  Plan: { keyword: "storage.type.plan", declares: "entity.name.type.plan" },
  Title: { keyword: HEADER },
  Issuer: { keyword: HEADER },
  Level: { keyword: HEADER },
  Number: { keyword: HEADER },
  DateField: { keyword: HEADER },
  Place: { keyword: HEADER },
  Period: { keyword: HEADER },
  Implements: { keyword: HEADER },
  Role: { keyword: DECLARATION, declares: "entity.name.type.role" },
  Unit: { keyword: DECLARATION, declares: "entity.name.type.unit" },
  Mandate: { keyword: DECLARATION, declares: "entity.name.function.mandate" },
  Refine: { keyword: DECLARATION, declares: "entity.name.function.mandate" },
  Task: { keyword: DECLARATION, declares: "entity.name.function.task" },
  Waive: { keyword: DECLARATION, declares: "entity.name.function.mandate" },
  Rule: { keyword: DECLARATION, declares: "entity.name.function.rule" },
  Requires: { keyword: DECLARATION },
  AppliesTo: { keyword: FIELD },
  Lead: { keyword: FIELD },
  Coordinating: { keyword: FIELD },
  Due: { keyword: FIELD },
  Timing: { keyword: FIELD },
  Waivable: { keyword: FIELD },
  Kind: { keyword: FIELD },
  Covers: { keyword: FIELD },
  Output: { keyword: FIELD },
  Part: { keyword: FIELD },
  Note: { keyword: FIELD },
  Severity: { keyword: FIELD },
  Json: { keyword: "keyword.other.json" },
  Yes: { keyword: "constant.language.boolean" },
  No: { keyword: "constant.language.boolean" },
  Purposes: { keyword: SECTION },
  Requirements: { keyword: SECTION },
  Audiences: { keyword: SECTION },
  Forms: { keyword: SECTION },
  Budget: { keyword: SECTION },
  Recipients: { keyword: SECTION },
  Signature: { keyword: SECTION },
  Authority: { keyword: SECTION },
  Position: { keyword: SECTION },
  Signer: { keyword: SECTION },
  Continuous: { keyword: TIMING_CONSTANT },
  Before: { keyword: TIMING_OPERATOR },
  After: { keyword: TIMING_OPERATOR },
  From: { keyword: TIMING_OPERATOR },
  To: { keyword: TIMING_OPERATOR },
  And: { keyword: "keyword.operator.word.and" },
  Year: { keyword: TIMING_UNIT },
  QuarterWord: { keyword: TIMING_UNIT },
  MonthWord: { keyword: TIMING_UNIT },
  FirstHalf: { keyword: TIMING_CONSTANT },
  SecondHalf: { keyword: TIMING_CONSTANT },
  EveryYear: { keyword: TIMING_CONSTANT },
  EveryQuarter: { keyword: TIMING_CONSTANT },
  EveryMonth: { keyword: TIMING_CONSTANT },
};

const scoped = (scope: string): string => `${scope}${SUFFIX}`;

/**
 * A keyword token of the lexer that is the hyphen-only writing of a phrase (`kinh-phi`), which the
 * lexer also takes as a name: its phrase token, right after it, matches the same text, so the
 * grammar needs no rule of its own for it.
 */
function isHyphenatedToken(token: (typeof KEYWORD_TOKENS)[number]): boolean {
  return (token as { readonly hyphenated?: boolean }).hyphenated === true;
}

/** The lexer keyword tokens the grammar has a rule for, in the lexer's order. */
export function grammarKeywordTokens(): (typeof KEYWORD_TOKENS)[number][] {
  return KEYWORD_TOKENS.filter((token) => !isHyphenatedToken(token));
}

/** A name of several parts (`van-phong`, `kinh-phi`, `noi-dung.the-che`). */
const JOINED_NAME = `${LETTER}${LETTER_OR_DIGIT}*(?:[.-]${LETTER_OR_DIGIT}+)+`;

/**
 * One rule per lexer keyword token, in the lexer's order; `phrases` selects the tokens of several
 * words (which come first in that order) or of one word.
 *
 * A declaring keyword (`task`, `đơn vị`…) opens a small region for the name that follows on its
 * line, which ends right after the name or before anything that cannot start one. In it, as in
 * the lexer, a name of several parts is a name even if it is spelled like a keyword phrase
 * (`miễn kinh-phi "…"`), unless the phrase goes on after a space (`áp-dụng cho`); then a keyword
 * phrase wins over a one-word name (`bắt buộc yêu cầu, đơn vị …` goes on with the unit keyword),
 * and so does `json` (after which the lexer reads a `{` as a JSON block, whatever came before),
 * and `II/2024` is a quarter.
 */
function keywordRules(phrases: boolean): TmRule[] {
  return grammarKeywordTokens()
    .filter((token) => token.words > 1 === phrases)
    .map((token) => {
      const scope = CONCEPT_SCOPES[token.concept];
      const alternatives = token.spellings.map(keywordSpellingSource).join("|");
      const keyword = `(${alternatives})${WORD_END}`;
      const comment = `${token.dialect} ${token.concept}: ${token.spellings.join(", ")}`;
      if (!scope.declares) return { comment, match: keyword, name: scoped(scope.keyword) };
      const name = scoped(scope.declares);
      return {
        comment,
        begin: `${keyword}[ \\t]*`,
        beginCaptures: { "1": { name: scoped(scope.keyword) } },
        end: `(?<=[^ \\t])|(?=[^ \\t${LETTER_CLASS_BODY}])`,
        patterns: [
          { match: `${JOINED_NAME}${WORD_END}(?![ \\t]+${LETTER})`, name },
          { include: "#keyword-phrase" },
          { include: "#json-block" },
          { include: "#roman-quarter" },
          { match: IDENTIFIER, name },
        ],
      };
    });
}

/**
 * Like the lexer (`jsonBlockEnd`), a JSON block counts `{`/`[` as openers and `}`/`]` as closers
 * alike, so a mismatched bracket in broken JSON ends the block where kehoach ends it.
 */
const CLOSE_BRACKET = "[}\\]]";

/**
 * `json { … }`: the JsonLogic of a rule. As in the lexer, the `{` may follow on a later line
 * (after spaces or comments); the block ends with its balanced `}`.
 */
function jsonBlockRule(): TmRule {
  const json = KEYWORD_TOKENS.filter((k) => k.concept === "Json").flatMap((k) => k.spellings);
  return {
    comment: "`json { … }`: the JsonLogic of a rule",
    begin: `(${json.map(keywordSpellingSource).join("|")})${WORD_END}`,
    beginCaptures: { "1": { name: scoped("keyword.other.json") } },
    // After the object's `}`, or before anything that cannot come between `json` and its `{`.
    end: "(?<=\\})|(?=[^ \\t\\n{#])",
    patterns: [
      { include: "#comment" },
      {
        begin: "\\{",
        beginCaptures: { "0": { name: scoped("punctuation.definition.json.begin") } },
        end: CLOSE_BRACKET,
        endCaptures: { "0": { name: scoped("punctuation.definition.json.end") } },
        name: scoped("meta.embedded.block.json"),
        patterns: [{ include: "#json-value" }],
      },
    ],
  };
}

function repository(): Record<string, TmRule> {
  return {
    comment: {
      match: "#.*$",
      name: scoped("comment.line.number-sign"),
    },
    string: {
      patterns: [
        {
          comment: 'a straight-quoted text with \\" \\\\ \\n escapes; an unterminated one ends the line',
          begin: '"',
          beginCaptures: { "0": { name: scoped("punctuation.definition.string.begin") } },
          end: '(")|$',
          endCaptures: { "1": { name: scoped("punctuation.definition.string.end") } },
          name: scoped("string.quoted.double"),
          patterns: [{ match: "\\\\.", name: scoped("constant.character.escape") }],
        },
        {
          comment: "a typographic “…” text: no escapes",
          begin: "“",
          beginCaptures: { "0": { name: scoped("punctuation.definition.string.begin") } },
          end: "(”)|$",
          endCaptures: { "1": { name: scoped("punctuation.definition.string.end") } },
          name: scoped("string.quoted.double.typographic"),
        },
      ],
    },
    "json-block": jsonBlockRule(),
    keyword: { patterns: [{ include: "#keyword-phrase" }, { include: "#keyword-word" }] },
    "keyword-phrase": { patterns: keywordRules(true) },
    "keyword-word": { patterns: keywordRules(false) },
    literal: {
      patterns: [
        { comment: "Q1–Q4", match: `[qQ][1-4]${WORD_END}`, name: scoped("constant.language.quarter") },
        { comment: "H1, H2", match: `[hH][12]${WORD_END}`, name: scoped("constant.language.half-year") },
        { include: "#roman-quarter" },
        { comment: "2025 - 2030", match: "[0-9]{4}[ \\t]*[-–][ \\t]*[0-9]{4}(?![0-9])", name: scoped("constant.numeric.date.year-range") },
        { comment: "2024-03-08", match: "[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?![0-9])", name: scoped("constant.numeric.date.iso") },
        { comment: "14/02/2022", match: "[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}(?![0-9])", name: scoped("constant.numeric.date") },
        { comment: "3/2024", match: "[0-9]{1,2}/[0-9]{4}(?![0-9])", name: scoped("constant.numeric.date.month") },
        { comment: "10/06", match: "[0-9]{1,2}/[0-9]{1,2}(?![0-9/])", name: scoped("constant.numeric.date.day-month") },
        { match: "[0-9]+", name: scoped("constant.numeric.integer") },
      ],
    },
    "roman-quarter": { comment: "II/2024", match: "(?:[iI][vV]|[iI]{1,3})/[0-9]{4}(?![0-9])", name: scoped("constant.numeric.date.quarter") },
    identifier: { match: IDENTIFIER, name: scoped("variable.other") },
    punctuation: {
      patterns: [
        { match: "\\.\\.", name: scoped("keyword.operator.range") },
        { match: "\\{", name: scoped("punctuation.section.block.begin") },
        { match: "\\}", name: scoped("punctuation.section.block.end") },
        { match: ",", name: scoped("punctuation.separator.comma") },
        { match: ":", name: scoped("punctuation.separator.colon") },
      ],
    },
    "json-value": {
      patterns: [
        {
          begin: '"',
          beginCaptures: { "0": { name: scoped("punctuation.definition.string.begin.json") } },
          end: '(")|$',
          endCaptures: { "1": { name: scoped("punctuation.definition.string.end.json") } },
          name: scoped("string.quoted.double.json"),
          patterns: [
            { match: '\\\\(?:["\\\\/bfnrt]|u[0-9A-Fa-f]{4})', name: scoped("constant.character.escape.json") },
            {
              comment: "a backslash ending the line escapes the line break: kehoach's JSON scanning goes on with the string",
              begin: "\\\\$",
              beginCaptures: { "0": { name: scoped("constant.character.escape.json") } },
              end: "^",
            },
          ],
        },
        { match: "-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?", name: scoped("constant.numeric.json") },
        { match: "(?:true|false|null)(?![A-Za-z0-9_])", name: scoped("constant.language.json") },
        {
          begin: "\\{",
          beginCaptures: { "0": { name: scoped("punctuation.definition.dictionary.begin.json") } },
          end: CLOSE_BRACKET,
          endCaptures: { "0": { name: scoped("punctuation.definition.dictionary.end.json") } },
          patterns: [{ include: "#json-value" }],
        },
        {
          begin: "\\[",
          beginCaptures: { "0": { name: scoped("punctuation.definition.array.begin.json") } },
          end: CLOSE_BRACKET,
          endCaptures: { "0": { name: scoped("punctuation.definition.array.end.json") } },
          patterns: [{ include: "#json-value" }],
        },
        { match: "[:,]", name: scoped("punctuation.separator.json") },
      ],
    },
  };
}

/** The grammar, as an object. */
export function tmGrammar(): TmGrammar {
  return {
    $schema: "https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json",
    name: "kehoach",
    scopeName: "source.kehoach",
    fileTypes: ["kh"],
    comment: "GENERATED by scripts/gen-tmgrammar.ts from src/syntax/keywords (both dialects) — do not edit by hand",
    // Order matters where two rules match at the same column: the first listed wins, as in the lexer.
    patterns: [
      { include: "#comment" },
      { include: "#string" },
      { include: "#json-block" },
      { include: "#keyword" },
      { include: "#literal" },
      { include: "#identifier" },
      { include: "#punctuation" },
    ],
    repository: repository(),
  };
}

/** The VS Code language configuration (comments, brackets, quotes, folding, words). */
export function languageConfiguration(): object {
  return {
    comments: { lineComment: "#" },
    brackets: [
      ["{", "}"],
      ["[", "]"],
    ],
    autoClosingPairs: [
      { open: "{", close: "}" },
      { open: "[", close: "]", notIn: ["comment"] },
      { open: '"', close: '"', notIn: ["string", "comment"] },
      { open: "“", close: "”", notIn: ["string", "comment"] },
    ],
    autoCloseBefore: ";:.,=}])>` \n\t",
    surroundingPairs: [
      ["{", "}"],
      ["[", "]"],
      ['"', '"'],
      ["“", "”"],
    ],
    folding: {
      offSide: false,
      markers: { start: "^\\s*#\\s*region\\b", end: "^\\s*#\\s*endregion\\b" },
    },
    indentationRules: {
      increaseIndentPattern: "^[^#\"“]*\\{[^}\"”]*$",
      decreaseIndentPattern: "^\\s*\\}",
    },
    // A name with its `-`/`.` parts (`noi-dung.the-che`, `tư-pháp`), or a date (`14/02/2022`, `10/6`).
    wordPattern: `${IDENTIFIER}|${WORD_DATES}`,
  };
}

/** JSON text of a generated file: two-space indent, combining marks escaped so they stay visible. */
export function renderJson(value: object): string {
  return `${JSON.stringify(value, null, 2).replace(/[\u0300-\u036F]/g, (m) => `\\u${m.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`)}\n`;
}

export const GRAMMAR_PATH = "editors/vscode/syntaxes/kehoach.tmLanguage.json";
export const LANGUAGE_CONFIGURATION_PATH = "editors/vscode/language-configuration.json";

/** Every generated file: path relative to the repository root → content. */
export function generatedFiles(): Record<string, string> {
  return {
    [GRAMMAR_PATH]: renderJson(tmGrammar()),
    [LANGUAGE_CONFIGURATION_PATH]: renderJson(languageConfiguration()),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const [relative, content] of Object.entries(generatedFiles())) {
    const target = fileURLToPath(new URL(`../${relative}`, import.meta.url));
    writeFileSync(target, content, "utf8");
    console.log(`wrote ${target}`);
  }
}
