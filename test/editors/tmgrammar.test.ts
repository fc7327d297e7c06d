/**
 * The VS Code TextMate grammar and language configuration: generated files in sync with the
 * keyword table, regexes in the syntax Oniguruma and JavaScript read alike, and tokenization that
 * agrees with kehoach's own lexer on every `.kh` file of the repository and on random plans.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import type { IToken } from "chevrotain";
import { describe, expect, it } from "vitest";
import {
  CONCEPT_SCOPES,
  generatedFiles,
  GRAMMAR_PATH,
  grammarKeywordTokens,
  languageConfiguration,
  tmGrammar,
  type TmRule,
} from "../../scripts/gen-tmgrammar.js";
import { scan } from "../../src/syntax/scanner.js";
import { KEYWORD_TOKENS, keywordInfo } from "../../src/syntax/tokens.js";
import { fold } from "../../src/syntax/fold.js";
import { anyPlan, editedPlan, nearlyValidPlan } from "../syntax/arbitraries.js";
import { REPO } from "../cli/run.js";
import { scoped, Tokenizer, type TmToken } from "./textmate.js";

const grammar = tmGrammar();
const tokenizer = new Tokenizer(grammar);
const tokens = (text: string): [string, string][] => scoped(tokenizer.tokenize(text));

/** Every regex source in the grammar, with where it is. */
function regexes(): { where: string; source: string }[] {
  const out: { where: string; source: string }[] = [];
  const visit = (rule: TmRule, where: string): void => {
    for (const key of ["match", "begin", "end"] as const) {
      const source = rule[key];
      if (source !== undefined) out.push({ where: `${where}.${key}`, source });
    }
    rule.patterns?.forEach((p, i) => visit(p, `${where}.patterns[${i}]`));
  };
  for (const [name, rule] of Object.entries(grammar.repository)) visit(rule, name);
  return out;
}

/**
 * Constructs JavaScript and Oniguruma read differently (or only one of them reads), found by a
 * walk over the regex source that skips escaped characters: `\b`/`\w`/`\d`/`\s` (ASCII in
 * JavaScript, Unicode in Oniguruma), `\h` (hex digit in Oniguruma), `\u`/`\x`/`\z`/`\A`/`\G`,
 * inline flags, POSIX brackets, named groups, and lookbehind longer than one character.
 */
function portabilityProblems(source: string): string[] {
  const problems: string[] = [];
  const allowedEscapes = new Set([..."tn\\.{}[]()/-\"^$*+?|"]);
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === "\\") {
      const next = source[i + 1] ?? "";
      if (!allowedEscapes.has(next)) problems.push(`escape \\${next}`);
      i++;
    } else if (ch === "(" && source[i + 1] === "?") {
      const rest = source.slice(i + 2);
      if (rest.startsWith("<=") || rest.startsWith("<!")) {
        // Oniguruma takes fixed-length lookbehind only: allow one character or one class.
        if (!/^<[=!](?:\\.|\[(?:\\.|[^\]\\])+\])\)/.test(rest)) problems.push("lookbehind of more than one character");
      } else if (!/^[:=!]/.test(rest)) problems.push(`group (?${rest.slice(0, 2)}`);
    } else if (ch === "[" && source[i + 1] === "[" && source[i + 2] === ":") {
      problems.push("POSIX bracket");
    }
  }
  return problems;
}

describe("generated files", () => {
  for (const [relative, content] of Object.entries(generatedFiles())) {
    it(`${relative} is what scripts/gen-tmgrammar.ts generates`, () => {
      const committed = readFileSync(path.join(REPO, relative), "utf8");
      expect(committed, `${relative} is stale: run npx tsx scripts/gen-tmgrammar.ts`).toBe(content);
    });
  }

  it("the committed grammar parses as the generator's object (escapes survive the JSON round trip)", () => {
    expect(JSON.parse(readFileSync(path.join(REPO, GRAMMAR_PATH), "utf8"))).toEqual(grammar);
  });
});

describe("regexes", () => {
  const all = regexes();

  it("there are regexes for every keyword token of the lexer", () => {
    const rules = [...grammar.repository["keyword-phrase"]!.patterns!, ...grammar.repository["keyword-word"]!.patterns!];
    expect(rules.map((r) => r.comment)).toEqual(grammarKeywordTokens().map((k) => `${k.dialect} ${k.concept}: ${k.spellings.join(", ")}`));
    // The tokens left out are hyphen-only writings of a phrase that the next rule matches too.
    const covered = new Set(grammarKeywordTokens().map((k) => `${k.dialect} ${k.concept} ${k.spellings.join()}`));
    for (const k of KEYWORD_TOKENS) expect(covered, k.type.name).toContain(`${k.dialect} ${k.concept} ${k.spellings.join()}`);
  });

  it.each(all.map((r) => [r.where, r.source]))("%s compiles in strict (u) JavaScript syntax", (_where, source) => {
    expect(() => new RegExp(source, "u")).not.toThrow();
  });

  it("use only syntax Oniguruma and JavaScript read the same way", () => {
    const problems = all.flatMap((r) => portabilityProblems(r.source).map((p) => `${r.where}: ${p}`));
    expect(problems).toEqual([]);
  });

  it("the portability check catches what it is meant to", () => {
    expect(portabilityProblems("\\bword\\b")).toEqual(["escape \\b", "escape \\b"]);
    expect(portabilityProblems("(?<=ab)x(?i:y)\\d")).toEqual(["lookbehind of more than one character", "group (?i:", "escape \\d"]);
    expect(portabilityProblems("(?<=[^ \\t]+)")).toEqual(["lookbehind of more than one character"]);
    expect(portabilityProblems("(?<=[^ \\t])|(?<!\\})")).toEqual([]);
    expect(portabilityProblems("[[:alpha:]]\\x{41}")).toEqual(["POSIX bracket", "escape \\x"]);
    expect(portabilityProblems("(?<=\\})|(?=[^ \\t\\n{#])")).toEqual([]);
  });

  it("every concept has a scope", () => {
    for (const k of KEYWORD_TOKENS) expect(CONCEPT_SCOPES[k.concept]).toBeDefined();
  });
});

describe("keywords", () => {
  const scopeOf = (concept: keyof typeof CONCEPT_SCOPES) => CONCEPT_SCOPES[concept].keyword;
  const cases = KEYWORD_TOKENS.flatMap((k) => k.spellings.map((s) => ({ concept: k.concept, dialect: k.dialect, spelling: s })));

  it.each(cases.map((c) => [c.dialect, c.spelling, c.concept]))("%s `%s` is %s, in every accepted writing", (_d, spelling, concept) => {
    const scope = scopeOf(concept as keyof typeof CONCEPT_SCOPES);
    const writings = [
      spelling,
      spelling.toUpperCase(),
      fold(spelling), // no diacritics
      spelling.replace(/ /g, "-"),
      spelling.replace(/ /g, " \t "),
      spelling.normalize("NFD"),
      spelling.replace(/oá/g, "óa").replace(/óa/g, "oá"), // old and new tone placement
    ];
    for (const w of writings) expect(tokens(w), JSON.stringify(w)).toEqual([[w, scope]]);
  });

  it("a keyword inside a longer name is a name (the lexer's longest match)", () => {
    expect(tokens("so-mau-2024 tu-phap kinh-phi-x hanoi Q2x q5 chủ.trì")).toEqual([
      ["so-mau-2024", "variable.other"],
      ["tu-phap", "variable.other"],
      ["kinh-phi-x", "variable.other"],
      ["hanoi", "variable.other"],
      ["Q2x", "variable.other"],
      ["q5", "variable.other"],
      ["chủ.trì", "variable.other"],
    ]);
  });

  it("the longest phrase wins: templates, mandates, aliases", () => {
    expect(tokens("kế hoạch mẫu x")).toEqual([
      ["kế hoạch mẫu", "storage.type.plan"],
      ["x", "entity.name.type.plan"],
    ]);
    expect(tokens("nhiệm vụ bắt buộc bao-cao")).toEqual([
      ["nhiệm vụ bắt buộc", "storage.type.declaration"],
      ["bao-cao", "entity.name.function.mandate"],
    ]);
    expect(tokens("hạn trước ngày 10/6 và 10/12 hằng năm")).toEqual([
      ["hạn", "keyword.other.field"],
      ["trước ngày", "keyword.operator.word.timing"],
      ["10/6", "constant.numeric.date.day-month"],
      ["và", "keyword.operator.word.and"],
      ["10/12", "constant.numeric.date.day-month"],
      ["hằng năm", "constant.language.timing"],
    ]);
  });
});

describe("sample lines of the real plans", () => {
  it("Vietnamese header, units and a task", () => {
    expect(tokens('kế hoạch gio-son-cchc-2022 {')).toEqual([
      ["kế hoạch", "storage.type.plan"],
      ["gio-son-cchc-2022", "entity.name.type.plan"],
      ["{", "punctuation.section.block.begin"],
    ]);
    expect(tokens('  tiêu đề "Tuyên truyền cải cách hành chính xã Gio Sơn năm 2022"   # trích yếu')).toEqual([
      ["tiêu đề", "keyword.other.header"],
      ['"', "punctuation.definition.string.begin"],
      ["Tuyên truyền cải cách hành chính xã Gio Sơn năm 2022", "string.quoted.double"],
      ['"', "punctuation.definition.string.end"],
      ["# trích yếu", "comment.line.number-sign"],
    ]);
    expect(tokens("  đơn vị van-hoa-thong-tin \"Văn hóa và Thông tin xã\" vai trò van-hoa-thong-tin")).toEqual([
      ["đơn vị", "storage.type.declaration"],
      ["van-hoa-thong-tin", "entity.name.type.unit"],
      ['"', "punctuation.definition.string.begin"],
      ["Văn hóa và Thông tin xã", "string.quoted.double"],
      ['"', "punctuation.definition.string.end"],
      ["vai trò", "storage.type.declaration"],
      ["van-hoa-thong-tin", "entity.name.type.role"],
    ]);
    expect(tokens("    đáp ứng noi-dung.the-che, noi-dung.tthc")).toEqual([
      ["đáp ứng", "keyword.other.field"],
      ["noi-dung.the-che", "variable.other"],
      [",", "punctuation.separator.comma"],
      ["noi-dung.tthc", "variable.other"],
    ]);
    expect(tokens("  giai đoạn từ 01/01/2024 đến 31/12/2024")).toEqual([
      ["giai đoạn", "keyword.other.header"],
      ["từ", "keyword.operator.word.timing"],
      ["01/01/2024", "constant.numeric.date"],
      ["đến", "keyword.operator.word.timing"],
      ["31/12/2024", "constant.numeric.date"],
    ]);
    expect(tokens("    thời gian quý II/2024 6 tháng đầu năm 2024 tháng 3/2024")).toEqual([
      ["thời gian", "keyword.other.field"],
      ["quý", "keyword.other.unit.timing"],
      ["II/2024", "constant.numeric.date.quarter"],
      ["6 tháng đầu năm", "constant.language.timing"],
      ["2024", "constant.numeric.integer"],
      ["tháng", "keyword.other.unit.timing"],
      ["3/2024", "constant.numeric.date.month"],
    ]);
  });

  it("English template lines, ISO dates, quarter codes, typographic quotes", () => {
    expect(tokens("  mandate bao-cao.6-thang \"Báo cáo kết quả 6 tháng\" {")).toEqual([
      ["mandate", "storage.type.declaration"],
      ["bao-cao.6-thang", "entity.name.function.mandate"],
      ['"', "punctuation.definition.string.begin"],
      ["Báo cáo kết quả 6 tháng", "string.quoted.double"],
      ['"', "punctuation.definition.string.end"],
      ["{", "punctuation.section.block.begin"],
    ]);
    expect(tokens("    applies-to department, district, commune")).toEqual([
      ["applies-to", "keyword.other.field"],
      ["department", "variable.other"],
      [",", "punctuation.separator.comma"],
      ["district", "variable.other"],
      [",", "punctuation.separator.comma"],
      ["commune", "variable.other"],
    ]);
    expect(tokens("    due every year before 10/06 and 10/12")).toEqual([
      ["due", "keyword.other.field"],
      ["every year", "constant.language.timing"],
      ["before", "keyword.operator.word.timing"],
      ["10/06", "constant.numeric.date.day-month"],
      ["and", "keyword.operator.word.and"],
      ["10/12", "constant.numeric.date.day-month"],
    ]);
    expect(tokens("timing Q2 2024 .. 2024-03-08 waivable no")).toEqual([
      ["timing", "keyword.other.field"],
      ["Q2", "constant.language.quarter"],
      ["2024", "constant.numeric.integer"],
      ["..", "keyword.operator.range"],
      ["2024-03-08", "constant.numeric.date.iso"],
      ["waivable", "keyword.other.field"],
      ["no", "constant.language.boolean"],
    ]);
    expect(tokens('note “Chủ đề: "CCHC" # không phải chú thích”')).toEqual([
      ["note", "keyword.other.field"],
      ["“", "punctuation.definition.string.begin"],
      ['Chủ đề: "CCHC" # không phải chú thích', "string.quoted.double.typographic"],
      ["”", "punctuation.definition.string.end"],
    ]);
  });

  it("escapes in texts, and an unterminated text ends at the line's end", () => {
    const [first, second] = [tokenizer.tokenize('note "a \\"b\\" c'), tokenizer.tokenize('note "a\ntask t')];
    expect(scoped(first)).toEqual([
      ["note", "keyword.other.field"],
      ['"', "punctuation.definition.string.begin"],
      ["a ", "string.quoted.double"],
      ['\\"', "constant.character.escape"],
      ["b", "string.quoted.double"],
      ['\\"', "constant.character.escape"],
      [" c", "string.quoted.double"],
    ]);
    expect(scoped(second).slice(-2)).toEqual([
      ["task", "storage.type.declaration"],
      ["t", "entity.name.function.task"],
    ]);
  });

  it("a rule's JSON, on one line or over several, with a `}` inside a string", () => {
    const lines = [
      '  rule co-kinh-phi "Kế hoạch nên nêu nguồn kinh phí" severity warning json {',
      '    "!!": [{ "var": "plan.sections.budget" }], "x": "}"',
      "  }",
      "}",
    ].join("\n");
    const result = scoped(tokenizer.tokenize(lines));
    expect(result.slice(0, 9)).toEqual([
      ["rule", "storage.type.declaration"],
      ["co-kinh-phi", "entity.name.function.rule"],
      ['"', "punctuation.definition.string.begin"],
      ["Kế hoạch nên nêu nguồn kinh phí", "string.quoted.double"],
      ['"', "punctuation.definition.string.end"],
      ["severity", "keyword.other.field"],
      ["warning", "variable.other"],
      ["json", "keyword.other.json"],
      ["{", "punctuation.definition.json.begin"],
    ]);
    expect(result).toContainEqual(['"', "punctuation.definition.string.begin.json"]);
    expect(result).toContainEqual(["plan.sections.budget", "string.quoted.double.json"]);
    expect(result).toContainEqual(["}", "string.quoted.double.json"]);
    expect(result.slice(-2)).toEqual([
      ["}", "punctuation.definition.json.end"],
      ["}", "punctuation.section.block.end"],
    ]);
    const continued = scoped(tokenizer.tokenize('rule r json { "a\\\nb": 1 }\ntask t'));
    expect(continued).toContainEqual(["b", "string.quoted.double.json"]);
    expect(continued.slice(-2)).toEqual([
      ["task", "storage.type.declaration"],
      ["t", "entity.name.function.task"],
    ]);
    const nextLine = scoped(tokenizer.tokenize('quy tắc r json\n  { "!!": 1 }\ntask t'));
    expect(nextLine).toContainEqual(["{", "punctuation.definition.json.begin"]);
    expect(nextLine).toContainEqual(["1", "constant.numeric.json"]);
    expect(nextLine.slice(-2)).toEqual([
      ["task", "storage.type.declaration"],
      ["t", "entity.name.function.task"],
    ]);
  });
});

// ---- agreement with the lexer ----------------------------------------------------------------

/** The grammar's tokens merged per top-level region (a whole text, comment or JSON block). */
function coarse(fine: readonly TmToken[]): TmToken[] {
  const out: TmToken[] = [];
  for (const t of fine) {
    if (t.scopes.length === 0) continue;
    const last = out[out.length - 1];
    if (t.region !== undefined && last && last.region === t.region && last.end <= t.start) {
      out[out.length - 1] = { ...last, end: t.end, text: `${last.text}…${t.text}`, scopes: [last.scopes[0]!] };
    } else {
      out.push(t.region !== undefined ? { ...t, scopes: [t.scopes[0]!] } : t);
    }
  }
  return out;
}

const sfx = (s: string) => `${s}.kehoach`;

/** The scopes the grammar may give a lexer token (single-word keywords may also be declared names). */
function acceptedScopes(token: IToken): (scope: string) => boolean {
  const kw = keywordInfo(token);
  if (kw) {
    const keyword = sfx(CONCEPT_SCOPES[kw.concept].keyword);
    // A keyword the lexer also takes as a name (one word, or a phrase joined by hyphens) may be a declared name.
    const nameLike = KEYWORD_TOKENS.some((k) => k.type === token.tokenType && (k.words === 1 || (k as { hyphenated?: boolean }).hyphenated === true));
    return (s) => s === keyword || (nameLike && s.startsWith("entity.name."));
  }
  const name = token.tokenType.name;
  const fixed: Record<string, string> = {
    Comment: "comment.line.number-sign",
    QuarterCode: "constant.language.quarter",
    HalfCode: "constant.language.half-year",
    RomanPeriod: "constant.numeric.date.quarter",
    YearRange: "constant.numeric.date.year-range",
    IsoDate: "constant.numeric.date.iso",
    DateLiteral: "constant.numeric.date",
    MonthYear: "constant.numeric.date.month",
    DayMonth: "constant.numeric.date.day-month",
    NumberLiteral: "constant.numeric.integer",
    DotDot: "keyword.operator.range",
    LBrace: "punctuation.section.block.begin",
    RBrace: "punctuation.section.block.end",
    Comma: "punctuation.separator.comma",
    Colon: "punctuation.separator.colon",
  };
  // `Q2`/`H1` are also names (the lexer's Identifier category), e.g. a mandate called `h2`.
  if (name === "QuarterCode" || name === "HalfCode") return (s) => s === sfx(fixed[name]!) || s.startsWith("entity.name.");
  if (name in fixed) return (s) => s === sfx(fixed[name]!);
  if (name === "Identifier") return (s) => s === sfx("variable.other") || s.startsWith("entity.name.");
  if (name === "StringLiteral" || name === "UnterminatedString") return (s) => s.startsWith("string.quoted.double");
  if (name === "JsonBlock") return (s) => s === sfx("meta.embedded.block.json");
  throw new Error(`no expectation for token type ${name}`);
}

/** Disagreements between the lexer's tokens and the grammar's, as readable lines (empty when they agree). */
function disagreements(text: string, tk: Tokenizer = tokenizer): string[] {
  const lexed = scan(text);
  if (lexed.errors.length > 0) return []; // the grammar need not agree on text the lexer rejects
  const expected = [...lexed.tokens, ...lexed.comments].sort((a, b) => a.startOffset - b.startOffset);
  const grammarTokens = coarse(tk.tokenize(text));
  const byStart = new Map(grammarTokens.map((t) => [t.start, t]));
  const problems: string[] = [];
  for (const token of expected) {
    const where = `${token.startLine}:${token.startColumn} ${JSON.stringify(token.image)} (${token.tokenType.name})`;
    const g = byStart.get(token.startOffset);
    if (!g) {
      problems.push(`${where}: no grammar token starts here`);
      continue;
    }
    // An unbalanced JSON block runs to the end of the text, trailing line breaks included: compare without them.
    const json = token.tokenType.name === "JsonBlock";
    const end = token.startOffset + (json ? token.image.trimEnd() : token.image).length;
    const gEnd = json ? g.start + text.slice(g.start, g.end).trimEnd().length : g.end;
    if (gEnd !== end) problems.push(`${where}: grammar token ${JSON.stringify(g.text)} ends at ${gEnd}, not ${end}`);
    const scope = g.scopes[g.scopes.length - 1]!;
    if (!acceptedScopes(token)(scope)) problems.push(`${where}: grammar scope ${scope}`);
  }
  return problems;
}

function khFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".kh"))
    .map((e) => path.join(e.parentPath, e.name));
}

describe("agreement with the lexer", () => {
  const files = ["templates", "test/workspaces", "test/format/golden", "test/fixtures"].flatMap((d) => khFiles(path.join(REPO, d)));

  it("covers real files", () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files.map((f) => [path.relative(REPO, f)]))("%s tokenizes as the lexer does", (file) => {
    const text = readFileSync(path.join(REPO, file), "utf8").normalize("NFC");
    expect(disagreements(text)).toEqual([]);
  });

  it("random plans in random spellings, and edited ones, tokenize as the lexer does", () => {
    let compared = 0;
    fc.assert(
      fc.property(fc.oneof(anyPlan, nearlyValidPlan, editedPlan), (generated) => {
        // Editors break lines at a lone CR too; kehoach's JSON blocks do not: compare on \n and \r\n.
        const text = generated.normalize("NFC").replace(/\r(?!\n)/g, "\n");
        if (scan(text).errors.length > 0) return; // text the lexer rejects: see `disagreements`
        // A backslash before CR LF in a JSON string escapes the CR only, for kehoach; an editor's
        // line has no CR, so the grammar cannot tell this from a backslash before LF.
        if (/\\\r\n/.test(text)) return;
        compared++;
        expect(disagreements(text)).toEqual([]);
      }),
      { numRuns: 400 },
    );
    expect(compared).toBeGreaterThan(200);
  });

  it("the comparison notices a disagreement", () => {
    const withoutKeywords = new Tokenizer({ ...grammar, patterns: grammar.patterns.filter((p) => p.include !== "#keyword") });
    expect(disagreements("plan p { level xã }", withoutKeywords)).toEqual([
      '1:1 "plan" (EN_Plan): grammar scope variable.other.kehoach',
      '1:10 "level" (EN_Level): grammar scope variable.other.kehoach',
    ]);
  });
});

describe("language configuration", () => {
  const config = languageConfiguration() as { wordPattern: string; comments: { lineComment: string } };
  const words = (text: string) => text.match(new RegExp(config.wordPattern, "gu"));

  it("a word is a whole name with its `-`/`.` parts, Vietnamese letters included, or a whole date", () => {
    expect(words("đáp ứng noi-dung.the-che, tư-pháp; hạn 14/02/2022 10/6 3/2024 2024-03-08 Q2")).toEqual([
      "đáp",
      "ứng",
      "noi-dung.the-che",
      "tư-pháp",
      "hạn",
      "14/02/2022",
      "10/6",
      "3/2024",
      "2024-03-08",
      "Q2",
    ]);
  });

  it("comments are # to the end of the line", () => {
    expect(config.comments.lineComment).toBe("#");
  });
});
