/**
 * Runs the negative fixtures of `test/fixtures/invalid/`: each file lists the diagnostics it must
 * produce in comments (`# expect: KH103 at 12:5`, one line each, code and line:column of the
 * primary span), and the parser must produce exactly that set, with messages in the user's words.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { allCodes } from "../src/diagnostics/codes.js";
import { parse } from "../src/syntax/parse.js";
import { allTokens } from "../src/syntax/tokens.js";

const dir = new URL("./fixtures/invalid/", import.meta.url);
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".kh"))
  .sort();

interface Case {
  readonly file: string;
  readonly text: string;
  readonly expected: string[];
}

const cases: Case[] = files.map((file) => {
  const text = readFileSync(new URL(file, dir), "utf8");
  const expected = [...text.matchAll(/^#\s*expect:\s*(KH\d{3})\s+at\s+(\d+):(\d+)\s*$/gm)].map((m) => `${m[1]} ${m[2]}:${m[3]}`);
  return { file, text, expected };
});

/** Codes of the syntax stage that no fixture can show: KH111 needs a 64 MB file or 100 errors. */
const NOT_COVERED = new Set(["KH111", "KH112"]);

/**
 * Names a message must never contain: chevrotain token names written in camel case
 * (`StringLiteral`, `LBrace`, `AppliesTo`, …; plain words such as `Plan` may start a sentence)
 * and parser internals.
 */
const TOKEN_NAMES = [...new Set(allTokens.map((t) => t.name))].filter((n) => /[a-z][A-Z]|^[A-Z]{2}/.test(n));
const INTERNAL = /\bKw\.|\b(?:EN|VI)_[A-Za-z]+|_phrase\b|\bEOF\b|NOT_APPLICABLE|MismatchedToken|NoViableAlt|EarlyExit|\bundefined\b|\[object /;

describe("negative fixtures", () => {
  it("exist, and each declares what it expects", () => {
    expect(cases.length).toBeGreaterThan(0);
    for (const c of cases) expect(c.expected.length, c.file).toBeGreaterThan(0);
  });

  it("cover every syntax-stage code the parser can produce", () => {
    const covered = new Set(cases.flatMap((c) => c.expected.map((e) => e.slice(0, 5))));
    const syntaxCodes = allCodes()
      .map((c) => c.code)
      .filter((c) => c.startsWith("KH1") && !NOT_COVERED.has(c));
    expect(syntaxCodes.filter((c) => !covered.has(c))).toEqual([]);
  });

  describe.each(cases)("$file", ({ file, text, expected }) => {
    const result = parse(text, `test/fixtures/invalid/${file}`);

    it("produces exactly the expected diagnostics", () => {
      const actual = result.diagnostics.map((d) => `${d.code} ${d.span.line}:${d.span.column}`);
      expect([...actual].sort()).toEqual([...expected].sort());
    });

    it("words every message for the user, in both languages", () => {
      for (const d of result.diagnostics) {
        for (const message of [d.message.vi, d.message.en]) {
          expect(message.trim(), d.code).not.toBe("");
          expect(message, d.code).not.toMatch(INTERNAL);
          for (const name of TOKEN_NAMES) expect(message, `${d.code} mentions ${name}`).not.toContain(name);
        }
      }
    });
  });
});
