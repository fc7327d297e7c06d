/**
 * Hostile rules: prototype access, `method`, unknown operators, huge or deep rules, runaway
 * evaluation, prototype pollution, and leakage of custom operations between engines.
 */
import { createRequire } from "node:module";
import { afterEach, describe, expect, it, vi } from "vitest";
import { loadPrivateJsonLogic } from "../../src/check/jsonlogic/engine.js";
import { createRuleEngine, freezeData, validateRule, type EvalResult, type RuleValidation } from "../../src/check/jsonlogic/index.js";

interface GlobalJsonLogic {
  apply(logic: unknown, data?: unknown): unknown;
  add_operation(name: string, fn: (...args: unknown[]) => unknown): void;
  rm_operation(name: string): void;
}
const requireCjs = createRequire(import.meta.url);
const globalJsonLogic = requireCjs("json-logic-js") as GlobalJsonLogic;

const engine = createRuleEngine();

function problemsOf(v: RuleValidation): string {
  return v.ok ? "" : v.problems.map((p) => `${p.path} ${p.message.en}`).join("\n");
}

function expectError(r: EvalResult, reason: "invalid" | "budget" | "exception"): void {
  expect(r.kind).toBe("error");
  if (r.kind === "error") {
    expect(r.reason).toBe(reason);
    expect(r.message.vi.length).toBeGreaterThan(0);
    expect(r.message.en.length).toBeGreaterThan(0);
  }
}

function deep(levels: number, wrap: (inner: unknown) => unknown): unknown {
  let r: unknown = true;
  for (let i = 0; i < levels; i++) r = wrap(r);
  return r;
}

afterEach(() => {
  expect((({}) as Record<string, unknown>)["polluted"]).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty("polluted");
});

describe("var paths", () => {
  it.each([
    [{ var: "__proto__" }, "__proto__"],
    [{ var: "constructor.name" }, "constructor"],
    [{ var: "a.__proto__.polluted" }, "__proto__"],
    [{ var: ["a.prototype", 1] }, "prototype"],
    [{ missing: ["a", "__proto__.x"] }, "__proto__"],
    [{ missing: [["constructor"]] }, "constructor"],
    [{ missing_some: [1, ["a", "constructor"]] }, "constructor"],
  ])("rejects %j statically", (rule, segment) => {
    const v = validateRule(rule);
    expect(v.ok).toBe(false);
    expect(problemsOf(v)).toContain(`forbidden segment "${segment}"`);
    expectError(engine.apply(rule, { a: { b: 1 } }), "invalid");
  });

  it("names the JSON path of the bad var", () => {
    const v = validateRule({ and: [true, { var: "x.constructor" }] });
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.problems[0]!.path).toBe("$.and[1].var");
  });

  it("rejects computed paths at run time", () => {
    expectError(engine.apply({ var: { cat: ["__pro", "to__"] } }, {}), "invalid");
    expectError(engine.apply({ var: { cat: ["a.", "constructor"] } }, { a: {} }), "invalid");
    expectError(engine.apply({ missing: { var: "keys" } }, { keys: ["a", "__proto__"] }), "invalid");
    expectError(engine.apply({ reduce: [[1], { var: { cat: ["accumulator.", "constructor"] } }, 0] }, {}), "invalid");
  });

  it("reads own properties only", () => {
    const inherited = Object.create({ secret: 1 }) as Record<string, unknown>;
    inherited["own"] = 2;
    expect(engine.apply({ var: "x.secret" }, { x: inherited })).toMatchObject({ kind: "value", value: null });
    expect(engine.apply({ var: "x.own" }, { x: inherited })).toMatchObject({ kind: "value", value: 2 });
    expect(engine.apply({ var: "xs.length" }, { xs: [1, 2] })).toMatchObject({ kind: "value", value: null });
    expect(engine.apply({ var: "xs.01" }, { xs: [1, 2] })).toMatchObject({ kind: "value", value: null });
    expect(engine.apply({ var: "xs.1" }, { xs: [1, 2] })).toMatchObject({ kind: "value", value: 2 });
    expect(engine.apply({ var: ["s.0", "d"] }, { s: "abc" })).toMatchObject({ kind: "value", value: "d" });
    expect(engine.apply({ var: "toString" }, {})).toMatchObject({ kind: "value", value: null });
    expect(engine.apply({ var: "hasOwnProperty" }, { a: 1 })).toMatchObject({ kind: "value", value: null });
    // reduce's {current, accumulator} scope is an ordinary object: still own properties only.
    expect(engine.apply({ reduce: [[1], { var: "toString" }, 0] }, {})).toMatchObject({ kind: "value", value: null });
  });

  it("treats a JSON `__proto__` key in data as data, never as a prototype", () => {
    const data = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as unknown;
    expectError(engine.apply({ var: "__proto__.polluted" }, data), "invalid");
    expect(engine.apply({ var: "polluted" }, data)).toMatchObject({ kind: "value", value: null });
    expect(engine.apply({ var: "a" }, data)).toMatchObject({ kind: "value", value: 1 });
  });
});

describe("operators", () => {
  it("refuses `method`, by name, with a reason", () => {
    const v = validateRule({ method: ["x", "toUpperCase"] });
    expect(v.ok).toBe(false);
    expect(problemsOf(v)).toContain("calls arbitrary JavaScript methods");
    expectError(engine.apply({ method: ["x", "toUpperCase"] }), "invalid");
    expectError(engine.apply({ if: [true, { method: [{ var: "s" }, "toUpperCase"] }] }, { s: "x" }), "invalid");
  });

  it.each([
    [{ eval: "1+1" }],
    [{ Function: ["return 1"] }],
    [{ "==.prototype.constructor": [] }],
    [{ "+.apply": [1, 2] }],
    [{ __proto__: null, constructor: [] }],
    [{ toString: [] }],
    [{ hasOwnProperty: ["x"] }],
    [{ and: [true, { nope: [] }] }],
    [{ date_diff_days: [], x: 1 }],
  ])("refuses %j", (rule) => {
    expect(validateRule(rule).ok).toBe(false);
    expectError(engine.apply(rule, {}), "invalid");
  });

  it("requires operators to be the only key", () => {
    const v = validateRule({ var: "a", other: 1 });
    expect(problemsOf(v)).toContain('must be the only key');
  });

  it("accepts multi-key objects without operators as literals, frozen", () => {
    const r = engine.apply({ if: [true, { a: 1, b: [2] }] });
    expect(r).toMatchObject({ kind: "value", value: { a: 1, b: [2] } });
    if (r.kind === "value") expect(Object.isFrozen(r.value)).toBe(true);
  });

  it("refuses values that are not JSON", () => {
    expect(validateRule({ "==": [1, undefined] }).ok).toBe(false);
    expect(validateRule({ "==": [1, () => 1] }).ok).toBe(false);
    expect(validateRule({ "==": [1, new Date()] }).ok).toBe(false);
    expect(validateRule({ "==": [1, Number.NaN] }).ok).toBe(false);
    expect(validateRule(new Proxy({ var: "a" }, {})).ok).toBe(false);
    const getter = { get var(): string { return "a"; } };
    expect(validateRule(getter).ok).toBe(false);
  });

  it("makes `log` silent", () => {
    const spy = vi.spyOn(console, "log").mockImplementation(() => undefined);
    try {
      expect(engine.apply({ log: "hi" })).toMatchObject({ kind: "value", value: "hi" });
      expect(spy).not.toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });
});

describe("size and depth", () => {
  it("reports 100,000-deep nesting as a problem, without overflowing the stack", () => {
    for (const rule of [deep(100_000, (r) => ({ "!": r })), deep(100_000, (r) => [r]), deep(100_000, (r) => ({ and: [true, r] }))]) {
      const v = validateRule(rule);
      expect(v.ok).toBe(false);
      expect(problemsOf(v)).toContain("nested too deeply");
      expectError(engine.apply(rule), "invalid");
    }
  });

  it("accepts depth up to the limit and refuses one more", () => {
    expect(validateRule(deep(64, (r) => ({ "!": r }))).ok).toBe(true);
    expect(validateRule(deep(65, (r) => ({ "!": r }))).ok).toBe(false);
    expect(validateRule(deep(10, (r) => ({ "!": r })), { maxDepth: 5 }).ok).toBe(false);
  });

  it("refuses a rule with a million nodes quickly", () => {
    const flat = { "+": new Array<number>(1_000_000).fill(1) };
    const row = { "+": new Array<number>(1_000).fill(1) };
    const shared = { and: new Array<unknown>(1_000).fill(row) };
    for (const rule of [flat, shared]) {
      const t0 = performance.now();
      const v = validateRule(rule);
      expect(performance.now() - t0).toBeLessThan(1_000);
      expect(problemsOf(v)).toContain("too large");
      expectError(engine.apply(rule), "invalid");
    }
  });
});

describe("budgets", () => {
  const xs = Array.from({ length: 200_000 }, (_, i) => i);
  const data = freezeData({ xs });
  // A million cells: quadratic work for nested maps, built and frozen once for the tests below.
  const grid = freezeData({ xs: Array.from({ length: 1_000 }, () => new Array<number>(1_000).fill(1)) });

  it("stops an expensive reduce over a large array", () => {
    const r = engine.apply({ reduce: [{ var: "xs" }, { "+": [{ var: "current" }, { var: "accumulator" }] }, 0] }, data);
    expectError(r, "budget");
    expect(r.steps).toBeGreaterThan(100_000);
    expect(r.steps).toBeLessThan(101_000);
  });

  it("stops nested maps (quadratic work)", () => {
    const r = engine.apply({ map: [{ var: "xs" }, { map: [{ var: "" }, { "*": [{ var: "" }, 2] }] }] }, grid);
    expectError(r, "budget");
  });

  it("stops string doubling in a reduce (value size guard)", () => {
    const r = engine.apply({ reduce: [new Array<number>(64).fill(0), { cat: [{ var: "accumulator" }, { var: "accumulator" }] }, "xx"] });
    expectError(r, "budget");
    if (r.kind === "error") expect(r.message.en).toMatch(/too large|budget/);
  });

  it("stops array doubling with merge", () => {
    const r = engine.apply({ reduce: [new Array<number>(64).fill(0), { merge: [{ var: "accumulator" }, { var: "accumulator" }] }, [1]] });
    expectError(r, "budget");
  });

  it("has a wall-clock guard independent of the step budget", () => {
    const slow = createRuleEngine({ maxSteps: Number.MAX_SAFE_INTEGER, timeoutMs: 30 });
    const t0 = performance.now();
    const r = slow.apply({ map: [{ var: "xs" }, { map: [{ var: "" }, { "+": [{ var: "" }, 1] }] }] }, grid);
    expectError(r, "budget");
    if (r.kind === "error") expect(r.message.en).toContain("30 ms");
    expect(performance.now() - t0).toBeLessThan(2_000);
  });

  it("honours a custom step budget", () => {
    const tiny = createRuleEngine({ maxSteps: 10 });
    expectError(tiny.apply({ "+": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] }), "budget");
    expect(tiny.apply({ "+": [1, 2] })).toMatchObject({ kind: "value", value: 3 });
  });

  it("turns library exceptions into typed results", () => {
    expectError(engine.apply({ "*": [] }), "exception");
    // Null-prototype data objects have no toString, so coercing one fails, visibly and typed.
    expectError(engine.apply({ substr: [{ var: "o" }, 0] }, { o: { a: 1 } }), "exception");
  });
});

describe("data cannot be mutated", () => {
  it("evaluates against a frozen copy and leaves the caller's model alone", () => {
    const model = { plan: { tasks: [{ id: "t1", lead: "a" }] } };
    const before = JSON.stringify(model);
    const r = engine.apply({ var: "plan.tasks" }, model);
    expect(r.kind).toBe("value");
    if (r.kind === "value") {
      expect(r.value).not.toBe(model.plan.tasks);
      expect(Object.isFrozen(r.value)).toBe(true);
      expect(Object.isFrozen((r.value as unknown[])[0])).toBe(true);
      expect(Object.getPrototypeOf((r.value as unknown[])[0])).toBeNull();
    }
    expect(JSON.stringify(model)).toBe(before);
  });

  it("copies cyclic data without looping", () => {
    const a: Record<string, unknown> = { n: 1 };
    a["self"] = a;
    expect(engine.apply({ var: "self.self.self.n" }, a)).toMatchObject({ kind: "value", value: 1 });
  });

  it("cannot pollute Object.prototype through any operator", () => {
    const attempts: unknown[] = [
      { merge: [{ var: "__proto__" }, { polluted: true, x: 1 }] },
      { reduce: [[1, 2], { var: "accumulator" }, { polluted: 1, x: 2 }] },
      { map: [[{ __proto__: { polluted: true }, a: 1 }], { var: "a" }] },
      { if: [{ var: "a" }, JSON.parse('{"__proto__": {"polluted": true}, "b": 2}') as unknown, 0] },
    ];
    for (const rule of attempts) engine.apply(rule, JSON.parse('{"a": 1, "__proto__": {"polluted": true}}') as unknown);
    expect((({}) as Record<string, unknown>)["polluted"]).toBeUndefined();
  });
});

describe("isolation between engines", () => {
  it("keeps a pack's custom operation out of other packs and the global json-logic-js", async () => {
    const packA = createRuleEngine({ operations: { secret_a: () => 42 } });
    const packB = createRuleEngine();
    expect(packA.apply({ secret_a: [] })).toMatchObject({ kind: "value", value: 42 });
    expect(packB.validate({ secret_a: [] }).ok).toBe(false);
    expectError(packB.apply({ secret_a: [] }), "invalid");
    expect(() => globalJsonLogic.apply({ secret_a: [] })).toThrow(/Unrecognized operation/);
    expect(() => globalJsonLogic.apply({ date_diff_days: ["01/01/2024", "02/01/2024"] })).toThrow(/Unrecognized operation/);
    // The ESM view of the module is the same untouched singleton.
    const specifier = "json-logic-js";
    const esm = (await import(specifier)) as { default: GlobalJsonLogic };
    expect(() => esm.default.apply({ secret_a: [] })).toThrow(/Unrecognized operation/);
    // The global `var` is still the library's own; ours did not replace it.
    expect(globalJsonLogic.apply({ var: "length" }, [1, 2])).toBe(2);
    expect(packB.apply({ var: "length" }, [1, 2])).toMatchObject({ kind: "value", value: null });
  });

  it("is not affected by operations added to the global singleton", () => {
    globalJsonLogic.add_operation("leak", () => "leaked");
    globalJsonLogic.add_operation("var", () => "hijacked");
    try {
      const fresh = createRuleEngine();
      expectError(fresh.apply({ leak: [] }), "invalid");
      expectError(engine.apply({ leak: [] }), "invalid");
      expect(fresh.apply({ var: "a" }, { a: 1 })).toMatchObject({ kind: "value", value: 1 });
    } finally {
      globalJsonLogic.rm_operation("leak");
      globalJsonLogic.rm_operation("var");
    }
  });

  it("loads a distinct json-logic-js instance each time, and leaves the module cache as it was", () => {
    const cachedBefore = requireCjs.cache[requireCjs.resolve("json-logic-js")];
    const a = loadPrivateJsonLogic();
    const b = loadPrivateJsonLogic();
    expect(a).not.toBe(b);
    expect(a).not.toBe(globalJsonLogic);
    a.add_operation("only_in_a", () => 1);
    expect(a.apply({ only_in_a: [] })).toBe(1);
    expect(() => b.apply({ only_in_a: [] })).toThrow(/Unrecognized operation/);
    expect(() => globalJsonLogic.apply({ only_in_a: [] })).toThrow(/Unrecognized operation/);
    expect(requireCjs.cache[requireCjs.resolve("json-logic-js")]).toBe(cachedBefore);
    expect(requireCjs("json-logic-js")).toBe(globalJsonLogic);
  });

  it("refuses custom operation names that would shadow or escape", () => {
    for (const name of ["var", "if", "method", "__proto__", "constructor", "toString", "a.b", "", "=="]) {
      expect(() => createRuleEngine({ operations: { [name]: () => 1 } })).toThrow(TypeError);
    }
  });
});
