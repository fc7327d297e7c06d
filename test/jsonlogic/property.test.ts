/**
 * Property: for random JSON data and random well-formed rules from a small operator grammar,
 * evaluation never throws, always returns a typed result, and never touches Object.prototype.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createRuleEngine, validateRule, type EvalResult } from "../../src/check/jsonlogic/index.js";

const PATHS = ["", "a", "a.b", "a.0", "0", "1.a", "xs", "xs.0", "plan.tasks", "plan.budget", "current", "accumulator", "lead", "x.y.z"];

const scalar = fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.string({ maxLength: 6 }), fc.boolean(), fc.constant(null), fc.constantFrom("01/02/2025", "2025-12-31", "31/02/2025"));

const { rule } = fc.letrec<{ rule: unknown }>((tie) => {
  const sub = tie("rule");
  const args = (min: number, max: number) => fc.array(sub, { minLength: min, maxLength: max });
  const op = (name: string, a: fc.Arbitrary<unknown>) => a.map((v) => ({ [name]: v }));
  return {
    rule: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      scalar,
      op("var", fc.oneof(fc.constantFrom(...PATHS), fc.tuple(fc.constantFrom(...PATHS), scalar))),
      op("missing", fc.array(fc.constantFrom(...PATHS), { maxLength: 3 })),
      op("missing_some", fc.tuple(fc.integer({ min: 0, max: 3 }), fc.array(fc.constantFrom(...PATHS), { maxLength: 3 }))),
      ...["==", "===", "!=", "!==", ">", ">=", "<", "<=", "%", "/", "-", "in", "date_diff_days", "date_before"].map((n) => op(n, args(2, 2))),
      ...["!", "!!", "quarter_of", "count", "log"].map((n) => op(n, sub)),
      ...["+", "*", "min", "max", "cat", "merge", "and", "or", "if", "?:", "substr"].map((n) => op(n, args(0, 4))),
      ...["map", "filter", "all", "some", "none"].map((n) => op(n, args(2, 2))),
      op("reduce", args(2, 3)),
      args(0, 3),
    ),
  };
});

describe("evaluation is total", () => {
  const engine = createRuleEngine({ maxSteps: 20_000 });

  it("never throws and always returns a typed result", () => {
    fc.assert(
      fc.property(rule, fc.jsonValue({ maxDepth: 4 }), (logic, data) => {
        expect(validateRule(logic).ok).toBe(true);
        let result: EvalResult | undefined;
        expect(() => (result = engine.apply(logic, data))).not.toThrow();
        const r = result!;
        expect(["value", "error"]).toContain(r.kind);
        if (r.kind === "error") {
          expect(["invalid", "budget", "exception"]).toContain(r.reason);
          expect(typeof r.message.vi).toBe("string");
          expect(typeof r.message.en).toBe("string");
        }
        expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain("polluted");
      }),
      { numRuns: 400 },
    );
  });

  it("does the same for arbitrary JSON as a rule (validated or refused, never thrown)", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), fc.jsonValue({ maxDepth: 3 }), (logic, data) => {
        const r = engine.apply(logic, data);
        expect(["value", "error"]).toContain(r.kind);
      }),
      { numRuns: 300 },
    );
  });
});
