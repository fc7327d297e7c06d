/**
 * Runs the official JsonLogic test suite (jsonlogic.com/tests.json, the file json-logic-js 2.0.5
 * tests against) through the project's safe path: validation, then an isolated, bounded engine.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createRuleEngine, validateRule } from "../../src/check/jsonlogic/index.js";
import { conformanceFile } from "./helpers.js";

type Case = [rule: unknown, data: unknown, expected: unknown];

const raw = JSON.parse(readFileSync(conformanceFile, "utf8")) as unknown[];
// Bare strings are section comments in the suite's format.
const cases = raw.filter((c): c is Case => Array.isArray(c) && c.length === 3);
const engine = createRuleEngine();

describe("JsonLogic conformance (tests.json)", () => {
  it("has the 277 documented cases, none of which needs `method`", () => {
    expect(cases).toHaveLength(277);
    expect(raw.length - cases.length).toBe(raw.filter((c) => typeof c === "string").length);
    expect(JSON.stringify(cases)).not.toContain('"method"');
  });

  it.each(cases.map((c, i) => [i, ...c] as const))("case %i: %j with %j", (_i, rule, data, expected) => {
    expect(validateRule(rule)).toEqual({ ok: true });
    const result = engine.apply(rule, data);
    expect(result.kind).toBe("value");
    if (result.kind === "value") expect(result.value).toEqual(expected);
  });

  it("passes all 277 through validate + engine.apply", () => {
    let passed = 0;
    for (const [rule, data, expected] of cases) {
      const r = engine.apply(rule, data);
      if (validateRule(rule).ok && r.kind === "value" && JSON.stringify(r.value) === JSON.stringify(expected)) passed++;
    }
    expect(passed).toBe(277);
  });
});
