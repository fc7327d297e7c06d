/**
 * The two ways `parse` builds a document agree: the fast path (AST straight from the tokens, for
 * files without syntax errors) and the chevrotain path (CST with error recovery, then AST). The
 * fast path must accept exactly the files the chevrotain parser accepts without error, and then
 * give the very same result.
 */
import type { IToken } from "chevrotain";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AstBuilder } from "../../src/syntax/cst-to-ast.js";
import { parseValid } from "../../src/syntax/fast-path.js";
import { parseWith } from "../../src/syntax/parse.js";
import { scan } from "../../src/syntax/scanner.js";
import { sourceText } from "../../src/syntax/source.js";
import { StringLiteral, UnterminatedString } from "../../src/syntax/tokens.js";
import { anyPlan, editedPlan, nearlyValidPlan, PLANS, vietnamesePlan } from "./arbitraries.js";

/** Everything `parse` returns, as text (key order included). */
function result(text: string, fastPath: boolean): string {
  const r = parseWith(text, "f.kh", { fastPath });
  return JSON.stringify({ document: r.document, diagnostics: r.diagnostics, comments: r.comments, dialect: r.dialect });
}

/** Does the fast path accept the text (build a document) on its own? */
function fastPathAccepts(text: string): boolean {
  const src = sourceText("f.kh", text);
  const tokens: IToken[] = scan(src.text).tokens;
  for (const t of tokens) {
    if (t.tokenType === UnterminatedString) {
      t.tokenType = StringLiteral;
      t.tokenTypeIdx = StringLiteral.tokenTypeIdx!;
    }
  }
  let i = 0;
  const span = { file: "f.kh", line: 1, column: 1, endLine: 1, endColumn: 1, offset: 0, endOffset: 0 };
  return parseValid(() => tokens[i++], new AstBuilder(src), span) !== undefined;
}

const hasSyntaxError = (text: string) =>
  parseWith(text, "f.kh", { fastPath: false }).diagnostics.some((d) => d.code === "KH103" || d.code === "KH104");

describe("fast path and chevrotain path", () => {
  it("give the same result on the sample plans, which take the fast path", () => {
    for (const plan of PLANS) {
      expect(fastPathAccepts(plan)).toBe(true);
      expect(result(plan, true)).toBe(result(plan, false));
    }
  });

  it("give the same result on random plans of every construct, valid or one token off", () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.oneof(anyPlan, nearlyValidPlan), (text) => {
        expect(result(text, true)).toBe(result(text, false));
        // The fast path takes exactly the files without syntax errors.
        const accepts = fastPathAccepts(text);
        expect(accepts).toBe(!hasSyntaxError(text));
        if (accepts) accepted++;
      }),
      { numRuns: 1500 },
    );
    expect(accepted).toBeGreaterThan(300);
  }, 60000);

  it("give the same result on edited plans and Vietnamese plans with faults", () => {
    fc.assert(
      fc.property(fc.oneof(editedPlan, vietnamesePlan, vietnamesePlan.map((p) => p.normalize("NFD"))), (text) => {
        expect(result(text, true)).toBe(result(text, false));
      }),
      { numRuns: 800 },
    );
  }, 60000);
});
