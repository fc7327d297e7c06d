/**
 * Keeps the grammar artefacts in step with the parser: `grammar/railroad.html` must be exactly
 * what `scripts/gen-grammar.ts` generates now, and `grammar/kehoach.ebnf` must have one
 * production per parser rule with the same symbols, and every spelling of every keyword.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { keywordSpellings, railroadHtml, ruleSymbols } from "../src/syntax/grammar-artifacts.js";
import { KEYWORD_CONCEPTS } from "../src/syntax/keywords/table.js";
import { allTokens } from "../src/syntax/tokens.js";

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), "utf8");

/** Lexical helper productions of the EBNF that are not tokens of their own. */
const HELPERS = new Set(["Letter", "Digit", "JsonContent", "JsonString"]);

/** Punctuation literals of the EBNF and the token each one stands for. */
const PUNCTUATION: Readonly<Record<string, string>> = { "{": "LBrace", "}": "RBrace", ",": "Comma", ":": "Colon", "..": "DotDot" };

interface Production {
  readonly name: string;
  /** Symbol names on the right-hand side, in order of appearance. */
  readonly symbols: string[];
  /** Quoted literals on the right-hand side, in order of appearance. */
  readonly literals: string[];
}

/** A small reader for the W3C EBNF of grammar/kehoach.ebnf. */
function readEbnf(text: string): Map<string, Production> {
  const body = text.replace(/\/\*[\s\S]*?\*\//g, " ");
  const heads = [...body.matchAll(/^([A-Za-z][A-Za-z0-9]*)[ \t]*::=/gm)];
  const out = new Map<string, Production>();
  heads.forEach((m, i) => {
    const name = m[1]!;
    const rhs = body.slice(m.index + m[0].length, heads[i + 1]?.index ?? body.length);
    const symbols: string[] = [];
    const literals: string[] = [];
    let j = 0;
    while (j < rhs.length) {
      const c = rhs[j]!;
      if (c === "'" || c === '"') {
        const end = rhs.indexOf(c, j + 1);
        if (end < 0) throw new Error(`unterminated literal in production ${name}`);
        literals.push(rhs.slice(j + 1, end));
        j = end + 1;
      } else if (c === "[") {
        const end = rhs.indexOf("]", j + 2);
        j = end + 1;
      } else if (c === "#" && rhs[j + 1] === "x") {
        j += 2;
        while (/[0-9A-Fa-f]/.test(rhs[j] ?? "")) j++;
      } else if (/[A-Za-z]/.test(c)) {
        const w = /^[A-Za-z][A-Za-z0-9]*/.exec(rhs.slice(j))![0];
        symbols.push(w);
        j += w.length;
      } else j++;
    }
    if (out.has(name)) throw new Error(`production ${name} is defined twice`);
    out.set(name, { name, symbols, literals });
  });
  return out;
}

const ebnf = readEbnf(read("grammar/kehoach.ebnf"));
const rules = ruleSymbols();
const tokenNames = new Set(allTokens.map((t) => t.name).filter((n) => !/^(EN|VI)_/.test(n)));

describe("grammar/railroad.html", () => {
  it("is the file scripts/gen-grammar.ts generates from the current parser", () => {
    // If this fails after a grammar change, run: npx tsx scripts/gen-grammar.ts
    expect(read("grammar/railroad.html")).toBe(railroadHtml());
  });

  it("shows keywords in both dialects rather than token names", () => {
    const html = railroadHtml();
    expect(html).toContain('"label": "lead | chủ trì"');
    expect(html).not.toContain("NOT_APPLICABLE");
  });
});

describe("grammar/kehoach.ebnf", () => {
  it("has a production for every parser rule", () => {
    const missing = [...rules.keys()].filter((r) => !ebnf.has(r));
    expect(missing).toEqual([]);
  });

  it("uses, in each rule's production, the symbols of the parser rule, as often as it does", () => {
    for (const [rule, used] of rules) {
      const p = ebnf.get(rule);
      if (!p) continue;
      const written = [...p.symbols, ...p.literals.map((l) => PUNCTUATION[l] ?? `'${l}'`)].sort();
      expect(written, `production ${rule}`).toEqual(used);
    }
  });

  it("defines only parser rules and documented lexical tokens", () => {
    const unknown = [...ebnf.keys()].filter((n) => !rules.has(n) && !tokenNames.has(n) && !HELPERS.has(n));
    expect(unknown).toEqual([]);
  });

  it("defines every symbol it uses", () => {
    const undefinedSymbols = new Set<string>();
    for (const p of ebnf.values()) for (const s of p.symbols) if (!ebnf.has(s)) undefinedSymbols.add(`${p.name} → ${s}`);
    expect([...undefinedSymbols]).toEqual([]);
  });

  it("lists every spelling of every keyword concept, English first, canonical first", () => {
    for (const concept of KEYWORD_CONCEPTS) {
      const p = ebnf.get(concept);
      expect(p, `keyword ${concept}`).toBeDefined();
      expect(p!.literals, `keyword ${concept}`).toEqual(keywordSpellings(concept));
      expect(p!.symbols, `keyword ${concept}`).toEqual([]);
    }
  });

  it("documents every literal token of the lexer", () => {
    const literalTokens = [...tokenNames].filter((n) => !(KEYWORD_CONCEPTS as readonly string[]).includes(n) && n !== "UnterminatedString");
    expect(literalTokens.filter((n) => !ebnf.has(n))).toEqual([]);
  });
});
