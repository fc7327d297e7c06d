/** Rule packs: schema validation with ajv, the shipped cchc-basic pack, runRule's diagnostics and the KH6xx catalogue. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { codeDoc } from "../../src/diagnostics/codes.js";
import { fileSpan } from "../../src/diagnostics/span.js";
import {
  createRuleEngine,
  freezeData,
  loadRulePack,
  loadRulePackText,
  ruleAppliesTo,
  runRule,
  type RuleLike,
} from "../../src/check/jsonlogic/index.js";
import { repoRoot } from "./helpers.js";

const packFile = path.join(repoRoot, "rules/cchc-basic.json");
const packText = readFileSync(packFile, "utf8");

const goodPlan = {
  plan: {
    id: "kh-cchc-2025",
    level: "commune",
    budget: ["Ngân sách xã"],
    purposes: ["Nâng cao chất lượng phục vụ"],
    tasks: [
      { id: "t1", lead: "van-phong", coordinating: ["tu-phap"], covers: ["m1"] },
      { id: "t2", lead: "tu-phap", coordinating: [], covers: [] },
    ],
    units: ["van-phong", "tu-phap"],
  },
};

const badPlan = {
  plan: {
    id: "kh-cchc-2025",
    level: "commune",
    budget: null,
    purposes: [],
    tasks: [
      { id: "t1", lead: "", coordinating: [], covers: [] },
      { id: "t2", lead: "tu-phap", coordinating: ["tu-phap"], covers: [] },
    ],
    units: [],
  },
};

describe("rules/cchc-basic.json", () => {
  const loaded = loadRulePackText(packText, "rules/cchc-basic.json");
  const engine = createRuleEngine();

  it("loads cleanly", () => {
    expect(loaded.problems).toEqual([]);
    expect(loaded.name).toBe("cchc-basic");
    expect(loaded.rules.map((r) => r.id)).toEqual(["kinh-phi", "nhiem-vu-co-chu-tri", "chu-tri-khong-phoi-hop"]);
    expect(loaded.rules[0]!.span.line).toBeGreaterThan(1);
  });

  it("passes a complete plan", () => {
    const data = freezeData(goodPlan);
    for (const rule of loaded.rules) expect(runRule(engine, rule, data, rule.span)).toBeUndefined();
  });

  it("reports each failing rule with its title and severity", () => {
    const data = freezeData(badPlan);
    const diags = loaded.rules.map((rule) => runRule(engine, rule, data, rule.span));
    expect(diags.map((d) => d?.code)).toEqual(["KH601", "KH601", "KH601"]);
    expect(diags.map((d) => d?.severity)).toEqual(["warning", "error", "warning"]);
    expect(diags[0]!.message).toEqual(loaded.rules[0]!.title);
    expect(diags[1]!.message.en).toBe("Every task must have a lead unit");
    expect(diags[0]!.span).toBe(loaded.rules[0]!.span);
  });

  it("reads the budget from the resolved model's `sections.budget` as well as `plan.budget`", () => {
    const kinhPhi = loaded.rules[0]!;
    const withSections = { plan: { ...badPlan.plan, budget: undefined, sections: { budget: ["Ngân sách tỉnh"] } } };
    const emptySections = { plan: { ...badPlan.plan, budget: undefined, sections: { budget: [] } } };
    expect(runRule(engine, kinhPhi, withSections, kinhPhi.span)).toBeUndefined();
    expect(runRule(engine, kinhPhi, emptySections, kinhPhi.span)?.code).toBe("KH601");
  });

  it("treats a plan without tasks or budget field as missing, not as a crash", () => {
    const data = { plan: { id: "p" } };
    const diags = loaded.rules.map((rule) => runRule(engine, rule, data, rule.span));
    expect(diags.map((d) => d?.code)).toEqual(["KH601", undefined, undefined]);
  });
});

describe("loadRulePack", () => {
  const file = "rules/x.json";
  const rule = (over: Record<string, unknown> = {}): Record<string, unknown> => ({ id: "r", title: "T", logic: true, ...over });

  it("accepts a string title as both languages and defaults severity to error", () => {
    const r = loadRulePack({ name: "p", rules: [rule({ appliesTo: ["commune"] })] }, file);
    expect(r.problems).toEqual([]);
    expect(r.rules[0]).toMatchObject({ id: "r", title: { vi: "T", en: "T" }, severity: "error", appliesTo: ["commune"], pack: "p", file, pointer: "/rules/0" });
  });

  it.each([
    ["not an object", 42],
    ["no name", { rules: [] }],
    ["rules not an array", { name: "p", rules: {} }],
    ["unknown top-level field", { name: "p", rules: [], extra: 1 }],
  ])("rejects the whole file when %s (KH604)", (_what, json) => {
    const r = loadRulePack(json, file);
    expect(r.rules).toEqual([]);
    expect(r.problems.map((d) => d.code)).toEqual(["KH604"]);
    expect(r.problems[0]!.span).toEqual(fileSpan(file));
  });

  it("drops only the rule that breaks the schema, naming the field", () => {
    const r = loadRulePack({ name: "p", rules: [rule({ id: "ok" }), rule({ id: "bad", severity: "fatal" }), rule({ id: "t", title: { vi: "x" } })] }, file);
    expect(r.rules.map((x) => x.id)).toEqual(["ok"]);
    expect(r.problems.map((d) => d.code)).toEqual(["KH604", "KH604"]);
    expect(r.problems[0]!.message.en).toContain("/rules/1/severity");
    expect(r.problems[0]!.message.vi).toContain('"error", "warning", "info"');
    expect(r.problems[1]!.message.en).toContain("/rules/2/title");
  });

  it("rejects duplicate ids", () => {
    const r = loadRulePack({ name: "p", rules: [rule(), rule()] }, file);
    expect(r.rules).toHaveLength(1);
    expect(r.problems.map((d) => d.code)).toEqual(["KH604"]);
  });

  it("rejects invalid logic with KH602 and the JSON path", () => {
    const r = loadRulePack({ name: "p", rules: [rule({ logic: { and: [true, { method: ["x", "toUpperCase"] }] } }), rule({ id: "v", logic: { var: "a.__proto__" } })] }, file);
    expect(r.rules).toEqual([]);
    expect(r.problems.map((d) => d.code)).toEqual(["KH602", "KH602"]);
    expect(r.problems[0]!.message.en).toContain("/rules/0/logic $.and[1]");
    expect(r.problems[0]!.message.en).toContain("method");
    expect(r.problems[1]!.message.en).toContain("__proto__");
  });

  it("reports JSON syntax errors at their position", () => {
    const r = loadRulePackText('{\n  "name": "p",\n  "rules": [,]\n}', file);
    expect(r.problems.map((d) => d.code)).toEqual(["KH604"]);
    // Node 22+ reports the offset of a JSON syntax error; Node 20 does not, so the file start is used.
    const reportsPosition = /position \d+/.test(r.problems[0]!.message.en);
    expect(r.problems[0]!.span.line).toBe(reportsPosition ? 3 : 1);
    expect(r.problems[0]!.message.vi).toContain("không phải JSON hợp lệ");
  });

  it("points rule diagnostics at the rule's id in the text", () => {
    const text = '{\n  "name": "p",\n  "rules": [\n    { "id": "a", "title": "A", "logic": { "nope": 1 } }\n  ]\n}';
    const r = loadRulePackText(text, file);
    expect(r.problems[0]).toMatchObject({ code: "KH602", span: { line: 4, column: 7 } });
  });

  it("filters by level with ruleAppliesTo", () => {
    expect(ruleAppliesTo({}, undefined)).toBe(true);
    expect(ruleAppliesTo({ appliesTo: ["commune"] }, "commune")).toBe(true);
    expect(ruleAppliesTo({ appliesTo: ["commune"] }, "province")).toBe(false);
    expect(ruleAppliesTo({ appliesTo: ["commune"] }, undefined)).toBe(false);
  });
});

describe("runRule", () => {
  const engine = createRuleEngine({ maxSteps: 1_000 });
  const span = fileSpan("t.kh");
  const rule = (logic: unknown): RuleLike => ({ id: "r", title: { vi: "Tiêu đề", en: "Title" }, logic });

  it("returns undefined when the rule holds (JsonLogic truthiness)", () => {
    expect(runRule(engine, rule(true), {}, span)).toBeUndefined();
    expect(runRule(engine, rule({ var: "a" }), { a: [1] }, span)).toBeUndefined();
  });

  it("KH601 when it fails, empty arrays included", () => {
    const d = runRule(engine, rule({ var: "a" }), { a: [] }, span);
    expect(d).toMatchObject({ code: "KH601", severity: "error", message: { vi: "Tiêu đề", en: "Title" }, span });
    expect(runRule(engine, { ...rule(false), severity: "info" }, {}, span)?.severity).toBe("info");
  });

  it("KH602 for invalid or crashing rules, KH603 for budget", () => {
    expect(runRule(engine, rule({ method: [] }), {}, span)).toMatchObject({ code: "KH602", severity: "error" });
    expect(runRule(engine, rule({ var: "constructor" }), {}, span)?.message.en).toContain("$.var");
    expect(runRule(engine, rule({ "*": [] }), {}, span)?.code).toBe("KH602");
    const slow = runRule(engine, rule({ map: [new Array<number>(2_000).fill(1), { var: "" }] }), {}, span);
    expect(slow).toMatchObject({ code: "KH603", severity: "warning" });
  });
});

describe("KH6xx catalogue", () => {
  it.each(["KH601", "KH602", "KH603", "KH604"])("%s is documented in both languages with an example", (code) => {
    const doc = codeDoc(code);
    expect(doc).toBeDefined();
    for (const t of [doc!.title, doc!.explanation, doc!.fix!]) {
      expect(t.vi.length).toBeGreaterThan(5);
      expect(t.en.length).toBeGreaterThan(5);
    }
    expect(doc!.example).toBeTruthy();
  });
});
