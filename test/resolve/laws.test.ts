/**
 * Property-based tests of the inheritance laws (design brief §4) over generated hierarchies of
 * templates and plans, printed as `.kh` source in both dialects and checked end to end: each law
 * is compared against an oracle computed from the generated structure (see ./generators.ts).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import type { ModelMandate, ResolvedPlan } from "../../src/resolve/model.js";
import {
  accentVariant,
  ancestorsOf,
  anchor,
  arbHierarchy,
  chainsTo,
  clone,
  diagsOf,
  diagSet,
  effectiveAt,
  emptyPlan,
  fillPlan,
  genTiming,
  iso,
  inheritedAt,
  keyOf,
  LEVELS,
  levelsBelow,
  lineKeyAt,
  loosenTiming,
  modelJson,
  narrowTiming,
  parentsOf,
  Rand,
  rankOf,
  resolveRef,
  run,
  shapeOf,
  shuffleLayout,
  statusAt,
  syntaxErrors,
  type GMandate,
  type GPlan,
  type GTiming,
  type Hierarchy,
  type Inherited,
  type Level,
  type Run,
  type Shape,
} from "./generators.js";

const RUNS = Number(process.env.KH_LAW_RUNS ?? 60);
/**
 * Each property takes a few seconds; the time limit only bounds shrinking a failure of these large
 * generated values (the counterexample found so far is then reported), and the test timeout sits above it.
 */
const params = {
  numRuns: RUNS,
  plugins: [fc.interruptAfterTimeLimit(30_000 + RUNS * 1_000)],
  // KH_LAW_NO_SHRINK=1 reports the first failure unshrunk (quick mutation checks)
  ...(process.env.KH_LAW_NO_SHRINK ? { endOnFailure: true } : {}),
};
const TIMEOUT = 60_000 + RUNS * 1_000;

// ---- helpers -------------------------------------------------------------------------------------

function model(r: Run, id: string): ResolvedPlan {
  const p = r.result.workspace.plans.get(id);
  if (!p) throw new Error(`plan ${id} not resolved`);
  return p.model;
}

function mandateIn(m: ResolvedPlan, key: string): ModelMandate[] {
  return m.mandates.filter((x) => keyOf(x.origin, x.id) === key);
}

/** The generated source is valid and the hierarchy resolves without resolution errors. */
function expectClean(r: Run, allowed: readonly string[] = []): void {
  expect(syntaxErrors(r).map((d) => `${d.code} ${d.span.file}:${d.span.line} ${d.message.en}`)).toEqual([]);
  const bad = r.result.report.diagnostics.filter((d) => /^KH(20[1-57]|30[268])$/.test(d.code) && !allowed.includes(d.code));
  expect(bad.map((d) => `${d.code} ${d.message.en}`)).toEqual([]);
}

function where(r: Run, d: Diagnostic): string | undefined {
  return lineKeyAt(r.printed, d.span);
}

const withGen = <T>(arb: fc.Arbitrary<T>) => fc.tuple(arb, fc.gen());

// ---- law 1 ---------------------------------------------------------------------------------------

describe("law 1: transitive inheritance", () => {
  it("every plan inherits exactly its ancestors' mandates, with every path as a chain", () => {
    fc.assert(
      fc.property(arbHierarchy({ refine: true }), (h) => {
        const r = run(h);
        expectClean(r);
        for (const p of h.plans) {
          const m = model(r, p.id);
          const inh = inheritedAt(h, p);
          expect(m.mandates.map((x) => keyOf(x.origin, x.id)).sort()).toEqual([...inh.keys()].sort());
          expect(m.ancestors).toEqual(ancestorsOf(h, p).map((a) => a.id).sort());
          for (const e of inh.values()) {
            const [got] = mandateIn(m, e.key);
            const paths = chainsTo(h, e.origin.id, p);
            if (paths.length <= 16) {
              expect(got!.chains.map((c) => c.join(">")).sort()).toEqual(paths.map((c) => c.join(">")).sort());
            } else {
              expect(got!.chains).toHaveLength(16);
              const valid = new Set(paths.map((c) => c.join(">")));
              for (const c of got!.chains) expect(valid.has(c.join(">"))).toBe(true);
            }
            const eff = effectiveAt(h, p, e);
            expect(got!.appliesTo).toEqual(eff.appliesTo);
            expect(got!.applicable).toBe(eff.appliesTo.includes(p.level));
          }
        }
      }),
      params,
    );
  }, TIMEOUT);

  it("a mandate reaches a leaf through k pass-through plans that do not restate it", () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const r = new Rand(g);
        const originLevel = r.pick(["national", "ministry", "province"] as const);
        const leafLevel = r.pick(LEVELS.filter((l) => l.rank > rankOf(originLevel)).map((l) => l.id));
        const h: Hierarchy = { plans: [] };
        const origin = emptyPlan("goc", originLevel, [], r.bool() ? "vi" : "en", "template");
        const below = levelsBelow(originLevel);
        const m = {
          id: r.bool() ? "noi-dung.the-che" : "nội-dung.thể-chế",
          label: "Tuyên truyền cải cách thể chế",
          appliesTo: r.bool() ? null : [...new Set([leafLevel, ...r.subset(below, 0, 3)])],
          leadRole: null,
          due: r.bool() ? genTiming(r, ["before", "quarter", "yearly"]) : null,
          waivable: r.pick([null, true, false]),
        };
        origin.mandates.push(m);
        h.plans.push(origin);
        fillPlan(r, h, origin, { tasks: 1 });
        const key = keyOf("goc", m.id);
        const k = r.int(0, 8);
        const midLevels = Array.from({ length: k }, () => r.pick(LEVELS.filter((l) => l.rank >= rankOf(originLevel) && l.rank <= rankOf(leafLevel)).map((l) => l.id))).sort(
          (a, b) => rankOf(a) - rankOf(b),
        );
        let prev = origin.id;
        const mids: string[] = [];
        midLevels.forEach((lv, i) => {
          const id = `trung-gian-${i}`;
          const p = emptyPlan(id, lv, [prev], r.bool() ? "vi" : "en", r.bool() ? "template" : "plan");
          h.plans.push(p);
          fillPlan(r, h, p, { exclude: new Set([key]), refine: true });
          mids.push(id);
          prev = id;
        });
        const leaf = emptyPlan("la", leafLevel, [prev], r.bool() ? "vi" : "en");
        h.plans.push(leaf);
        fillPlan(r, h, leaf, { exclude: new Set([key]) });
        const covered = r.bool();
        if (covered) leaf.tasks.push({ id: "bao-cao", label: "Thực hiện", covers: [{ id: m.id }], lead: leaf.units[0]!.id, coordinating: [] });
        const res = run(h);
        expectClean(res);
        for (const id of [...mids, "la"]) {
          const got = mandateIn(model(res, id), key);
          expect(got).toHaveLength(1);
        }
        const [got] = mandateIn(model(res, "la"), key);
        expect(got!.chains).toEqual([["goc", ...mids]]);
        expect(got!.applicable).toBe(true);
        expect(got!.status).toBe(covered ? "covered" : "missing");
        const kh301 = diagsOf(res, "KH301", leaf.file).filter((d) => d.message.en.includes(`\`${m.id.normalize("NFC")}\``));
        expect(kh301).toHaveLength(covered ? 0 : 1);
      }),
      params,
    );
  }, TIMEOUT);
});

// ---- law 2 ---------------------------------------------------------------------------------------

describe("law 2: order independence", () => {
  it("permuting parents, declarations and files gives the same model and the same set of diagnostics", () => {
    fc.assert(
      fc.property(withGen(arbHierarchy({ refine: true, sloppy: true, strayCovers: true })), ([h, g]) => {
        const a = run(h);
        expectClean(a);
        const { h: h2, layouts, fileOrder } = shuffleLayout(new Rand(g), h);
        const b = run(h2, layouts, fileOrder);
        expect(modelJson(b)).toEqual(modelJson(a));
        expect(diagSet(b)).toEqual(diagSet(a));
      }),
      params,
    );
  }, TIMEOUT);

  it("writing files decomposed (NFD) instead of composed (NFC) gives the same model and diagnostics", () => {
    fc.assert(
      fc.property(withGen(arbHierarchy({ refine: true, sloppy: true })), ([h, g]) => {
        const r = new Rand(g);
        const h2 = clone(h);
        for (const p of h2.plans) p.nfd = r.bool();
        const a = run(h);
        const b = run(h2);
        expectClean(b);
        expect(modelJson(b)).toEqual(modelJson(a));
        expect(diagSet(b)).toEqual(diagSet(a));
      }),
      { ...params, numRuns: Math.ceil(RUNS / 2) },
    );
  }, TIMEOUT);
});

// ---- law 3 ---------------------------------------------------------------------------------------

describe("law 3: idempotence and diamonds", () => {
  it("naming a parent twice changes nothing, and each mandate is listed once", () => {
    fc.assert(
      fc.property(withGen(arbHierarchy({ refine: true, sloppy: true })), ([h, g]) => {
        const withParents = h.plans.filter((p) => p.parents.length > 0);
        fc.pre(withParents.length > 0);
        const r = new Rand(g);
        const h2 = clone(h);
        const chosen = r.pick(withParents).id;
        const p = h2.plans.find((x) => x.id === chosen)!;
        const dup = r.pick(p.parents);
        p.parents.splice(r.int(0, p.parents.length), 0, dup);
        const a = run(h);
        const b = run(h2);
        expectClean(b);
        expect(modelJson(b)).toEqual(modelJson(a));
        expect(diagSet(b)).toEqual(diagSet(a));
        for (const q of h2.plans) {
          const keys = model(b, q.id).mandates.map((x) => keyOf(x.origin, x.id));
          expect(new Set(keys).size).toBe(keys.length);
        }
      }),
      params,
    );
  }, TIMEOUT);

  it("a mandate reached by several paths (a diamond) is inherited once, with every chain and each refinement once", () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const r = new Rand(g);
        const h: Hierarchy = { plans: [] };
        const top = emptyPlan("tinh", "province", [], r.bool() ? "vi" : "en", "template");
        h.plans.push(top);
        fillPlan(r, h, top, { mandates: 0, tasks: 0 });
        for (let i = 0, n = r.int(1, 3); i < n; i++) {
          top.mandates.push({
            id: `bao-cao.m${i}`,
            label: "Báo cáo",
            appliesTo: r.bool() ? null : ["commune", ...r.subset(["department", "district"] as const, 0, 2)],
            leadRole: null,
            due: r.bool() ? genTiming(r, ["before", "range", "yearly"]) : null,
            waivable: r.pick([null, true, false]),
          });
        }
        const mid = emptyPlan("so", r.pick(["province", "department"] as const), ["tinh"], r.bool() ? "vi" : "en");
        h.plans.push(mid);
        fillPlan(r, h, mid, { refine: true, tasks: 1 });
        const lv = (): Level => r.pick(LEVELS.filter((l) => l.rank >= rankOf(mid.level) && l.rank <= 4).map((l) => l.id));
        const c1 = emptyPlan("nhanh-a", lv(), ["so"], r.bool() ? "vi" : "en");
        h.plans.push(c1);
        fillPlan(r, h, c1, { tasks: 1 });
        const c2 = emptyPlan("nhanh-b", lv(), ["so"], r.bool() ? "vi" : "en");
        h.plans.push(c2);
        fillPlan(r, h, c2, { tasks: 1 });
        const extra = r.subset(["so", "tinh"], 0, 2);
        const leaf = emptyPlan("xa", "commune", r.shuffle(["nhanh-a", "nhanh-b", ...extra]), r.bool() ? "vi" : "en");
        h.plans.push(leaf);
        fillPlan(r, h, leaf, { sloppy: true });
        const res = run(h);
        expectClean(res);
        const m = model(res, "xa");
        const inh = inheritedAt(h, leaf);
        expect(m.mandates).toHaveLength(inh.size);
        for (const e of inh.values()) {
          const got = mandateIn(m, e.key);
          expect(got).toHaveLength(1);
          expect(got[0]!.chains.map((c) => c.join(">")).sort()).toEqual(chainsTo(h, e.origin.id, leaf).map((c) => c.join(">")).sort());
          // each refinement once, however many paths bring it
          const at = got[0]!.refinements.map((x) => `${x.at.file}:${x.at.line}`);
          expect(new Set(at).size).toBe(at.length);
          const refs = got[0]!.refinements.map((x) => x.plan);
          expect(refs.sort()).toEqual(effectiveAt(h, leaf, e).refinements.map((x) => x.plan.id).sort());
        }
        for (const e of top.mandates) expect(mandateIn(m, keyOf("tinh", e.id))[0]!.chains.length).toBe(2 + extra.length);
        const applicable = [...inh.values()].filter((e) => effectiveAt(h, leaf, e).appliesTo.includes("commune"));
        expect(m.summary.applicable).toBe(applicable.length);
      }),
      params,
    );
  }, TIMEOUT);
});

// ---- law 4 ---------------------------------------------------------------------------------------

function occurrencesOf(s: Shape): { kind: string; start?: string; end: string }[] | undefined {
  if (s.type === "deadlines") return s.days.map((d) => ({ kind: "deadline", end: iso(d) }));
  if (s.type === "window") return [{ kind: "window", start: iso(s.from), end: iso(s.to) }];
  return undefined;
}

/** The constraints (origin field or refinement) a new value of one field violates: their line keys. */
function violated(
  h: Hierarchy,
  at: GPlan,
  e: Inherited,
  field: "due" | "appliesTo" | "waivable",
  value: { due?: GTiming; level?: Level; waivable?: boolean },
): Set<string> {
  const out = new Set<string>();
  const m = e.mandate;
  const breaks = (c: { due?: GTiming; appliesTo?: Level[] | null; waivable?: boolean | null }, isOrigin: boolean): boolean => {
    if (field === "due" && c.due && value.due) {
      const cs = shapeOf(c.due);
      const vs = shapeOf(value.due);
      if (cs.type === "deadlines" && vs.type === "deadlines") return vs.days.some((d, i) => d > (cs.days[i] ?? Infinity));
      if (cs.type === "window" && vs.type === "window") return vs.from < cs.from || vs.to > cs.to;
      return false;
    }
    if (field === "appliesTo") {
      if (c.appliesTo) return !c.appliesTo.includes(value.level!);
      return isOrigin && !levelsBelow(e.origin.level).includes(value.level!);
    }
    if (field === "waivable") return c.waivable === false;
    return false;
  };
  if (breaks({ ...(m.due && { due: m.due }), appliesTo: m.appliesTo, waivable: m.waivable }, true)) out.add(`${e.origin.file}#mandate:${m.id}${field === "appliesTo" && !m.appliesTo ? "" : `:${field}`}`);
  for (const { plan, refine } of effectiveAt(h, at, e).refinements) {
    if (breaks({ ...(refine.due && { due: refine.due }), appliesTo: refine.appliesTo ?? null, waivable: refine.waivable ?? null }, false)) {
      out.add(`${plan.file}#refine:${refine.target.id}:${field}`);
    }
  }
  return out;
}

describe("law 4: narrowing only", () => {
  it("narrowing refinements never give KH205; their meet is the model's constraint; KH206 exactly where windows are disjoint", () => {
    fc.assert(
      fc.property(arbHierarchy({ refine: true, minPlans: 3 }), (h) => {
        const r = run(h);
        expectClean(r, ["KH206"]);
        expect(diagsOf(r, "KH205")).toEqual([]);
        const expected206: string[] = [];
        for (const p of h.plans) {
          const m = model(r, p.id);
          for (const e of inheritedAt(h, p).values()) {
            const eff = effectiveAt(h, p, e);
            const [got] = mandateIn(m, e.key);
            expect(got!.waivable).toBe(eff.waivable);
            if (eff.due && eff.due.type !== "other" && !eff.due.conflict) {
              expect(got!.due!.occurrences.map((o) => ({ kind: o.kind, end: o.end, ...(o.kind === "window" && { start: o.start }) }))).toEqual(occurrencesOf(eff.due));
            }
            if (eff.due?.conflict && eff.appliesTo.includes(p.level)) expected206.push(`${p.file}:${e.mandate.id}`);
          }
        }
        const got206 = diagsOf(r, "KH206").map((d) => `${d.span.file}:${/`([^`]+)`/.exec(d.message.en)![1]}`);
        expect(got206.sort()).toEqual(expected206.sort());
      }),
      params,
    );
  }, TIMEOUT);

  it("a loosening refinement gives exactly one KH205 at the refinement, related to a constraint it loosens; a tightening one none", () => {
    fc.assert(
      fc.property(fc.gen(), fc.boolean(), (g, loosen) => {
        const r = new Rand(g);
        const h: Hierarchy = { plans: [] };
        const t = emptyPlan("goc", "province", [], r.bool() ? "vi" : "en", "template");
        const m = {
          id: "bao-cao.6-thang",
          label: "Báo cáo 6 tháng",
          appliesTo: r.bool(0.3) ? null : r.subset(["department", "district", "commune"] as Level[], 1, 3),
          leadRole: null,
          due: r.bool(0.8) ? genTiming(r, ["before", "yearly", "range", "quarter", "month", "half", "date"]) : null,
          waivable: r.pick([null, true, false]),
        };
        t.mandates.push(m);
        h.plans.push(t);
        const key = keyOf("goc", m.id);
        const levels = Array.from({ length: r.int(0, 2) + 1 }, () => r.pick(["province", "department", "district"] as Level[])).sort((a, b) => rankOf(a) - rankOf(b));
        let prev = "goc";
        levels.forEach((lv, i) => {
          const p = emptyPlan(i === levels.length - 1 ? "cu-the" : `trung-gian-${i}`, lv, [prev], r.bool() ? "vi" : "en");
          h.plans.push(p);
          prev = p.id;
        });
        const R = h.plans[h.plans.length - 1]!;
        // sometimes a side branch reaches R too, so R inherits the meet of two refined paths
        if (r.bool(0.4)) {
          const side = emptyPlan("nhanh-phu", "province", ["goc"], r.bool() ? "vi" : "en");
          h.plans.splice(1, 0, side);
          R.parents = r.shuffle([...R.parents, side.id]);
        }
        const plans = h.plans.slice(1);
        // the intermediates (and the side branch) narrow at random
        for (const p of plans.slice(0, -1)) {
          const inh = inheritedAt(h, p).get(key)!;
          const eff = effectiveAt(h, p, inh);
          const rf: { target: { id: string }; appliesTo?: Level[]; due?: GTiming; waivable?: boolean } = { target: { id: m.id } };
          if (r.bool() && eff.appliesTo.length > 0) rf.appliesTo = r.subset(eff.appliesTo, 1, eff.appliesTo.length);
          if (m.due && eff.due && r.bool()) {
            const d = narrowTiming(r, eff.due, shapeOf(m.due));
            if (d) rf.due = d;
          }
          if (r.bool(0.3)) rf.waivable = false;
          if (rf.appliesTo || rf.due || rf.waivable !== undefined) p.refines.push(rf);
        }
        const inh = inheritedAt(h, R).get(key)!;
        const eff = effectiveAt(h, R, inh);
        const rf: { target: { origin?: string; id: string }; appliesTo?: Level[]; due?: GTiming; waivable?: boolean } = r.bool() ? { target: { origin: "goc", id: m.id } } : { target: { id: m.id } };
        let field: "due" | "appliesTo" | "waivable" | undefined;
        let value: { due?: GTiming; level?: Level; waivable?: boolean } = {};
        if (loosen) {
          const options: ("due" | "appliesTo" | "waivable")[] = ["appliesTo"];
          const looser = m.due && eff.due && !eff.due.conflict ? loosenTiming(r, eff.due) : undefined;
          if (looser) options.push("due");
          if (!eff.waivable) options.push("waivable");
          field = r.pick(options);
          if (field === "due") {
            rf.due = looser!;
            value = { due: looser! };
          } else if (field === "appliesTo") {
            const extra = r.pick(LEVELS.map((l) => l.id).filter((l) => !eff.appliesTo.includes(l)));
            rf.appliesTo = r.shuffle([extra, ...r.subset(eff.appliesTo, 0, eff.appliesTo.length)]);
            value = { level: extra };
          } else {
            rf.waivable = true;
            value = { waivable: true };
          }
        }
        // other fields narrow
        if (field !== "appliesTo" && eff.appliesTo.length > 0 && r.bool()) rf.appliesTo = r.subset(eff.appliesTo, 1, eff.appliesTo.length);
        if (field !== "due" && m.due && eff.due && !eff.due.conflict && r.bool()) {
          const d = narrowTiming(r, eff.due, shapeOf(m.due));
          if (d) rf.due = d;
        }
        if (field !== "waivable" && r.bool(0.3)) rf.waivable = false;
        if (!rf.appliesTo && !rf.due && rf.waivable === undefined) rf.waivable = false;
        R.refines.push(rf);
        const res = run(h);
        expectClean(res, ["KH205", "KH206"]);
        const kh205 = diagsOf(res, "KH205");
        if (!loosen) {
          expect(kh205).toEqual([]);
          return;
        }
        expect(kh205).toHaveLength(1);
        const d = kh205[0]!;
        expect(d.span.file).toBe(R.file);
        expect(where(res, d)).toBe(`refine:${m.id}:${field}`);
        expect(d.related).toHaveLength(1);
        const rel = `${d.related[0]!.span.file}#${where(res, { ...d, span: d.related[0]!.span })}`;
        expect([...violated(h, R, inh, field!, value)]).toContain(rel);
      }),
      params,
    );
  }, TIMEOUT);

  it("two refinements from two parents meet to the tighter of each; disjoint windows give KH206 listing every position", () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const r = new Rand(g);
        const h: Hierarchy = { plans: [] };
        const t = emptyPlan("goc", "province", [], r.bool() ? "vi" : "en", "template");
        const due = genTiming(r, ["before", "yearly", "range", "quarter", "month", "half"]);
        const m: GMandate = {
          id: "kiem-tra.ca-nam",
          label: "Kiểm tra",
          appliesTo: r.bool(0.15) ? ["department"] : r.bool(0.3) ? null : ["commune", ...r.subset(["department", "district"] as Level[], 0, 2)],
          leadRole: null,
          due,
          waivable: r.pick([null, true, false]),
        };
        t.mandates.push(m);
        h.plans.push(t);
        const key = keyOf("goc", m.id);
        const origin = shapeOf(due);
        for (const id of ["nhanh-a", "nhanh-b"]) {
          const p = emptyPlan(id, r.pick(["province", "department", "district"] as Level[]), ["goc"], r.bool() ? "vi" : "en");
          h.plans.push(p);
          const inh = inheritedAt(h, p).get(key)!;
          const eff = effectiveAt(h, p, inh);
          const d = narrowTiming(r, eff.due!, origin)!;
          p.refines.push({
            target: { id: m.id },
            due: d,
            ...(r.bool() && { appliesTo: r.subset(eff.appliesTo, 1, eff.appliesTo.length) }),
            ...(r.bool(0.3) && { waivable: false }),
          });
        }
        const leaf = emptyPlan("xa", "commune", r.shuffle(["nhanh-a", "nhanh-b", ...(r.bool(0.3) ? ["goc"] : [])]), r.bool() ? "vi" : "en");
        h.plans.push(leaf);
        const inh = inheritedAt(h, leaf).get(key)!;
        const eff = effectiveAt(h, leaf, inh);
        // a covering task whose timing may or may not meet the meet
        let taskTiming: GTiming | undefined;
        if (eff.due!.type === "deadlines" && eff.due!.days.length === 1) taskTiming = { kind: "before", day: eff.due!.days[0]! + r.int(-20, 20), alt: false };
        else if (eff.due!.type === "window" && !eff.due!.conflict) {
          const from = eff.due!.from + r.int(-10, 10);
          taskTiming = { kind: "range", from, to: Math.max(from, eff.due!.to + r.int(-10, 10)), alt: r.bool() };
        }
        leaf.tasks.push({ id: "kiem-tra", label: "Kiểm tra", covers: [{ id: m.id }], lead: "u0", coordinating: [], ...(taskTiming && { due: taskTiming }) });
        const res = run(h);
        expectClean(res, ["KH206"]);
        const [got] = mandateIn(model(res, "xa"), key);
        expect(got!.appliesTo).toEqual(eff.appliesTo);
        expect(got!.waivable).toBe(eff.waivable);
        expect(got!.refinements.map((x) => x.plan).sort()).toEqual(["nhanh-a", "nhanh-b"]);
        const applicable = eff.appliesTo.includes("commune");
        const kh206 = diagsOf(res, "KH206", leaf.file);
        if (eff.due!.conflict) {
          expect(kh206).toHaveLength(applicable ? 1 : 0);
          if (applicable) {
            expect(where(res, kh206[0]!)).toBe("plan");
            const rel = kh206[0]!.related.map((x) => `${x.span.file}#${lineKeyAt(res.printed, x.span)}`).sort();
            expect(rel).toEqual([`${t.file}#mandate:${m.id}:due`, "plans/nhanh-a.kh#refine:kiem-tra.ca-nam:due", "plans/nhanh-b.kh#refine:kiem-tra.ca-nam:due"].sort());
          }
          return;
        }
        expect(kh206).toEqual([]);
        expect(got!.due!.occurrences.map((o) => ({ kind: o.kind, end: o.end, ...(o.kind === "window" && { start: o.start }) }))).toEqual(occurrencesOf(eff.due!));
        if (applicable && taskTiming) {
          const ts = shapeOf(taskTiming);
          const late =
            ts.type === "deadlines" && eff.due!.type === "deadlines"
              ? ts.days[0]! > eff.due!.days[0]!
              : ts.type === "window" && eff.due!.type === "window"
                ? ts.from < eff.due!.from || ts.to > eff.due!.to
                : false;
          expect(diagsOf(res, "KH502", leaf.file)).toHaveLength(late ? 1 : 0);
        }
      }),
      params,
    );
  }, TIMEOUT);
});

// ---- law 5 ---------------------------------------------------------------------------------------

describe("law 5: exactly one status per applicable mandate", () => {
  it("statuses, summaries, KH301, KH303 and KH304 agree with the oracle", () => {
    fc.assert(
      fc.property(arbHierarchy({ refine: true, sloppy: true, strayCovers: true }), (h) => {
        const r = run(h);
        expectClean(r);
        for (const p of h.plans) {
          const m = model(r, p.id);
          const report = r.result.report.plans.find((x) => x.id === p.id)!;
          const inh = inheritedAt(h, p);
          const counts = { applicable: 0, covered: 0, waived: 0, missing: 0 };
          const missing: string[] = [];
          for (const e of inh.values()) {
            const [got] = mandateIn(m, e.key);
            if (!effectiveAt(h, p, e).appliesTo.includes(p.level)) {
              expect(got!.status).toBeNull();
              continue;
            }
            const want = statusAt(h, p, e);
            expect({ key: e.key, status: got!.status, by: got!.by }).toEqual({ key: e.key, ...want });
            counts.applicable++;
            counts[want.status]++;
            if (want.status === "missing") missing.push(`${e.origin.file}#mandate:${e.mandate.id}`);
          }
          expect(m.summary).toEqual(counts);
          expect(report.summary).toEqual(counts);
          expect(report.mandates.map((x) => `${x.origin}:${x.id}:${x.status}`).sort()).toEqual(
            m.mandates.filter((x) => x.applicable).map((x) => `${x.origin}:${x.id}:${x.status}`).sort(),
          );
          // missing ⇔ KH301 (pointing at the mandate)
          const kh301 = diagsOf(r, "KH301", p.file);
          expect(kh301.every((d) => d.severity === "error" && where(r, d) === "plan")).toBe(true);
          expect(kh301.map((d) => `${d.related[0]!.span.file}#${lineKeyAt(r.printed, d.related[0]!.span)}`).sort()).toEqual(missing.sort());
          // KH303: one warning per reference to a mandate not applicable here
          const stray = p.tasks.flatMap((t) => t.covers.filter((c) => {
            const k = resolveRef(inh, c);
            return k !== undefined && !effectiveAt(h, p, inh.get(k)!).appliesTo.includes(p.level);
          }));
          const kh303 = diagsOf(r, "KH303", p.file);
          expect(kh303).toHaveLength(stray.length);
          expect(kh303.every((d) => d.severity === "warning" && where(r, d)!.endsWith(":covers"))).toBe(true);
          // KH304: a waiver of a mandate that is not waivable after every refinement
          const waived = new Set<string>();
          let notWaivable = 0;
          for (const w of p.waivers) {
            const k = resolveRef(inh, w.target)!;
            if (waived.has(k)) continue;
            waived.add(k);
            if (!effectiveAt(h, p, inh.get(k)!).waivable) notWaivable++;
          }
          expect(diagsOf(r, "KH304", p.file)).toHaveLength(notWaivable);
        }
      }),
      params,
    );
  }, TIMEOUT);

  it("covering an unknown id gives KH302, with a did-you-mean when an id matches ignoring accents", () => {
    fc.assert(
      fc.property(withGen(arbHierarchy({ refine: true })), ([h0, g]) => {
        const r = new Rand(g);
        const h = clone(h0);
        const candidates = h.plans.filter((p) => inheritedAt(h, p).size > 0);
        fc.pre(candidates.length > 0);
        const p = r.pick(candidates);
        const e = r.pick([...inheritedAt(h, p).values()]);
        const close = r.bool();
        const spelled = close ? accentVariant(r, e.mandate.id) : "zzz-khong-ton-tai-xyzw";
        p.nfd = r.bool(0.3);
        p.tasks.push({ id: "sai-ma", label: "Sai mã", covers: [{ id: e.mandate.id, spelled }], lead: p.units[0]!.id, coordinating: [] });
        const res = run(h);
        expectClean(res, ["KH302"]);
        const kh302 = diagsOf(res, "KH302");
        expect(kh302).toHaveLength(1);
        const d = kh302[0]!;
        expect(d.span.file).toBe(p.file);
        expect(where(res, d)).toBe("task:sai-ma:covers");
        expect(anchor(res.printed, d.span)).toBe(`${p.file}#task:sai-ma:covers#${spelled.normalize("NFC")}`);
        if (close) {
          expect(d.help?.en).toBe(`did you mean \`${e.mandate.id.normalize("NFC")}\`?`);
          expect(d.related.map((x) => `${x.span.file}#${lineKeyAt(res.printed, x.span)}`)).toEqual([`${e.origin.file}#mandate:${e.mandate.id}`]);
        } else expect(d.help?.en ?? "").not.toContain("did you mean");
        // the rest is unchanged: the task covers nothing
        expect(model(res, p.id).summary).toEqual(model(run(h0), p.id).summary);
      }),
      params,
    );
  }, TIMEOUT);
});

// ---- law 6 ---------------------------------------------------------------------------------------

describe("law 6: sound coverage", () => {
  it("removing a task makes exactly the mandates it alone covered missing (or waived), and nothing else changes", () => {
    fc.assert(
      fc.property(withGen(arbHierarchy({ refine: true, strayCovers: true })), ([h, g]) => {
        const r = new Rand(g);
        const before = run(h);
        const sole = h.plans.flatMap((p) =>
          p.tasks
            .filter((t) => model(before, p.id).mandates.some((x) => x.applicable && x.by.length === 1 && x.by[0] === t.id))
            .map((t) => ({ plan: p.id, task: t.id })),
        );
        const anyTask = h.plans.flatMap((p) => p.tasks.map((t) => ({ plan: p.id, task: t.id })));
        fc.pre(anyTask.length > 0);
        const pickd = sole.length > 0 && r.bool(0.8) ? r.pick(sole) : r.pick(anyTask);
        const h2 = clone(h);
        const p2 = h2.plans.find((p) => p.id === pickd.plan)!;
        p2.tasks = p2.tasks.filter((t) => t.id !== pickd.task);
        const after = run(h2);
        const st = (x: Run, id: string) => new Map(model(x, id).mandates.filter((m) => m.applicable).map((m) => [keyOf(m.origin, m.id), m]));
        for (const p of h.plans) {
          const b = st(before, p.id);
          const a = st(after, p.id);
          expect([...a.keys()]).toEqual([...b.keys()]);
          for (const [k, mb] of b) {
            const ma = a.get(k)!;
            if (p.id !== pickd.plan) {
              expect(ma.status).toBe(mb.status);
              continue;
            }
            const alone = mb.by.length === 1 && mb.by[0] === pickd.task;
            const want = alone ? (mb.waiver !== null || p.waivers.some((w) => resolveRef(inheritedAt(h, p), w.target) === k) ? "waived" : "missing") : mb.status;
            expect({ k, status: ma.status }).toEqual({ k, status: want });
            expect(ma.by).toEqual(mb.by.filter((t) => t !== pickd.task));
          }
        }
        // exactly the newly missing mandates get a KH301
        const kh301 = (x: Run) => new Set(x.result.report.diagnostics.filter((d) => d.code === "KH301").map((d) => `${d.span.file}|${d.message.en}`));
        const b301 = kh301(before);
        const a301 = kh301(after);
        for (const k of b301) expect(a301.has(k)).toBe(true);
        const fresh = [...a301].filter((k) => !b301.has(k));
        const newlyMissing = model(after, pickd.plan).mandates.filter((m) => m.status === "missing" && st(before, pickd.plan).get(keyOf(m.origin, m.id))!.status !== "missing");
        expect(fresh).toHaveLength(newlyMissing.length);
        for (const m of newlyMissing) expect(fresh.some((k) => k.includes(`\`${m.id}\``) && k.includes(`of ${m.origin} `))).toBe(true);
      }),
      params,
    );
  }, TIMEOUT);
});

// ---- law 7 ---------------------------------------------------------------------------------------

describe("law 7: responsibility", () => {
  it("KH401 (no lead), KH402 (unit twice), KH403 (unknown unit), KH405 (role not bound), KH406 exactly as the oracle says", () => {
    fc.assert(
      fc.property(arbHierarchy({ refine: true, sloppy: true }), (h) => {
        const r = run(h);
        expectClean(r);
        expect(diagsOf(r, "KH404")).toEqual([]);
        for (const p of h.plans) {
          const units = new Map(p.units.map((u) => [u.id, u]));
          const noLead = p.tasks.filter((t) => t.lead === null).map((t) => `task:${t.id}`);
          const kh401 = diagsOf(r, "KH401", p.file);
          expect(kh401.map((d) => where(r, d)).sort()).toEqual(noLead.sort());
          let twice = 0;
          let unknown = 0;
          for (const t of p.tasks) {
            const named = [...(t.lead !== null ? [t.lead] : []), ...t.coordinating];
            twice += named.length - new Set(named).size;
            unknown += named.filter((u) => !units.has(u)).length;
          }
          const kh402 = diagsOf(r, "KH402", p.file);
          expect(kh402).toHaveLength(twice);
          expect(kh402.every((d) => where(r, d)!.endsWith(":coordinating"))).toBe(true);
          const kh403 = diagsOf(r, "KH403", p.file);
          expect(kh403).toHaveLength(unknown);
          expect(kh403.every((d) => /:(lead|coordinating)$/.test(where(r, d)!) && /^(dv-khac|dv-la)$/.test(anchor(r.printed, d.span).split("#")[2]!))).toBe(true);
          // roles an applicable mandate needs
          const inh = inheritedAt(h, p);
          const needed = new Set<string>();
          let kh406 = 0;
          for (const e of inh.values()) {
            const role = e.mandate.leadRole;
            if (role === null || !effectiveAt(h, p, e).appliesTo.includes(p.level)) continue;
            const holders = p.units.filter((u) => u.roles.includes(role)).map((u) => u.id);
            if (holders.length === 0) {
              needed.add(role);
              continue;
            }
            const s = statusAt(h, p, e);
            if (s.status !== "covered") continue;
            const leads = p.tasks.filter((t) => s.by.includes(t.id)).map((t) => t.lead);
            if (!leads.some((l) => l !== null && holders.includes(l))) kh406++;
          }
          const kh405 = diagsOf(r, "KH405", p.file);
          expect(kh405.map((d) => /role `([^`]+)`/.exec(d.message.en)![1]).sort()).toEqual([...needed].sort());
          expect(kh405.every((d) => where(r, d) === "plan")).toBe(true);
          expect(diagsOf(r, "KH406", p.file)).toHaveLength(kh406);
        }
      }),
      params,
    );
  }, TIMEOUT);
});

// ---- law 8 ---------------------------------------------------------------------------------------

/** Edges u → v (u implements v) inside a cycle: v reaches u through parents, or a self-loop. */
function cycleEdges(h: Hierarchy): [string, string][] {
  const reach = (from: GPlan, to: string): boolean => from.id === to || ancestorsOf(h, from).some((a) => a.id === to);
  const m = new Map(h.plans.map((p) => [p.id, p]));
  const out: [string, string][] = [];
  for (const p of h.plans) for (const q of parentsOf(h, p)) if (reach(m.get(q.id)!, p.id)) out.push([p.id, q.id]);
  return out;
}

describe("law 8: cycles and missing parents", () => {
  it("a back-edge gives KH202 naming the chain, for every edge of the cycle, and the check finishes", () => {
    fc.assert(
      fc.property(withGen(arbHierarchy({ refine: true, sloppy: true })), ([h0, g]) => {
        const r = new Rand(g);
        const h = clone(h0);
        for (let i = 0, n = r.int(1, 2); i < n; i++) {
          const a = r.pick(h.plans);
          const up = [a, ...ancestorsOf(h, a)];
          const b = r.pick(up);
          if (!b.parents.includes(a.id)) b.parents.push(a.id);
        }
        const started = Date.now();
        const res = run(h);
        expect(Date.now() - started).toBeLessThan(10_000);
        expect(syntaxErrors(res)).toEqual([]);
        for (const p of h.plans) expect(res.result.workspace.plans.has(p.id)).toBe(true);
        const edges = cycleEdges(h);
        expect(edges.length).toBeGreaterThan(0);
        const kh202 = diagsOf(res, "KH202");
        const m = new Map(h.plans.map((p) => [p.id, p]));
        expect(kh202.map((d) => anchor(res.printed, d.span)).sort()).toEqual(edges.map(([u, v]) => `${m.get(u)!.file}#header:implements#${v}`).sort());
        const edgeSet = new Set(edges.map(([u, v]) => `${u}>${v}`));
        for (const d of kh202) {
          const u = h.plans.find((p) => p.file === d.span.file)!.id;
          const v = anchor(res.printed, d.span).split("#")[2]!;
          const path = d.message.en.replace(/^Parent cycle: /, "").split(" → ");
          expect(path[0]).toBe(u);
          expect(path[1]).toBe(v);
          expect(path[path.length - 1]).toBe(u);
          for (let i = 0; i + 1 < path.length; i++) expect(edgeSet.has(`${path[i]}>${path[i + 1]}`)).toBe(true);
          expect(d.message.vi).toContain(path.join(" → "));
        }
      }),
      params,
    );
  }, TIMEOUT);

  it("a missing parent gives KH201 (with a did-you-mean for a near id) and changes nothing else", () => {
    fc.assert(
      fc.property(withGen(arbHierarchy({ refine: true, sloppy: true })), ([h0, g]) => {
        const r = new Rand(g);
        const h = clone(h0);
        const added: { plan: GPlan; name: string; near: boolean }[] = [];
        for (const p of r.subset(h.plans, 1, 3)) {
          const near = r.bool();
          const name = near ? `${r.pick(h.plans).id}x` : `khong-co-ke-hoach-${p.id}`;
          p.parents.splice(r.int(0, p.parents.length), 0, name);
          added.push({ plan: p, name, near });
        }
        const a = run(h0);
        const b = run(h);
        expect(syntaxErrors(b)).toEqual([]);
        const kh201 = diagsOf(b, "KH201");
        expect(kh201.map((d) => anchor(b.printed, d.span)).sort()).toEqual(added.map((x) => `${x.plan.file}#header:implements#${x.name}`).sort());
        for (const d of kh201) {
          const x = added.find((y) => anchor(b.printed, d.span).endsWith(`#${y.name}`))!;
          if (x.near) expect(d.help?.en).toMatch(/^did you mean `p\d+`\?$/);
        }
        const strip = (x: Run) => x.result.report.plans.map((p) => ({ ...p, parents: p.parents.filter((q) => h0.plans.some((y) => y.id === q)) }));
        expect(strip(b)).toEqual(strip(a));
        const others = (x: Run) => diagSet(x).filter((k) => !k.includes('"KH201"'));
        expect(others(b)).toEqual(others(a));
      }),
      params,
    );
  }, TIMEOUT);
});

