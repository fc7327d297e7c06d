/**
 * The law the language server relies on: checking each file alone, against only the files its
 * closure names (`PlanIndex.closureOf`), with one resolver cache kept across the calls, gives
 * exactly the diagnostics and models of checking the whole workspace at once — over random
 * hierarchies (refinements, sloppy responsibilities, stray covers), in random file orders, and
 * again after a file is edited.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkParsed, checkWorkspace, type CheckResult } from "../../src/check/check.js";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import { levelTable } from "../../src/resolve/levels.js";
import type { ResolvedPlanInternals } from "../../src/resolve/model.js";
import { PlanIndex } from "../../src/resolve/plan-index.js";
import { ResolveCache, type ParsedFile } from "../../src/resolve/resolver.js";
import { parse } from "../../src/syntax/parse.js";
import { arbHierarchy, printHierarchy } from "../resolve/generators.js";

const key = (d: Diagnostic) => `${d.span.file}:${d.span.offset}-${d.span.endOffset} ${d.code} ${d.message.en} | ${d.related.map((r) => `${r.span.file}:${r.span.offset}`).join(",")}`;

/** Each file checked alone against its closure, parents first, sharing one cache. */
function incremental(files: readonly ParsedFile[], order: readonly number[], cache: ResolveCache): Map<string, CheckResult> {
  const index = new PlanIndex();
  const byFile = new Map(files.map((f) => [f.file, f]));
  for (const f of files) index.set(f.file, f.parsed.document);
  const levels = levelTable();
  const done = new Map<string, CheckResult>();
  const check = (file: string, busy: Set<string>): CheckResult => {
    const prev = done.get(file);
    if (prev) return prev;
    busy.add(file);
    const context = new Map<string, ResolvedPlanInternals>();
    for (const pid of index.parentsOf(file)) {
      const pf = index.filesOf(pid)[0];
      if (pf === undefined || busy.has(pf)) continue;
      const plan = check(pf, busy).workspace.plans.get(pid);
      if (plan) context.set(pid, plan);
    }
    busy.delete(file);
    const closure = index.closureOf(file).files.map((f) => byFile.get(f)!);
    const r = checkParsed([byFile.get(file)!], closure, levels, [], [], undefined, { cache, contextPlans: context });
    done.set(file, r);
    return r;
  };
  for (const i of order) check(files[i]!.file, new Set());
  return done;
}

function expectSameAsWhole(files: readonly ParsedFile[], results: ReadonlyMap<string, CheckResult>): void {
  const whole = checkWorkspace({ sources: files.map((f) => ({ file: f.file, text: f.parsed.source.original })) });
  const expected = whole.report.diagnostics.map(key).sort();
  const got = [...results.values()].flatMap((r) => r.report.diagnostics).map(key).sort();
  expect(got).toEqual(expected);
  for (const [file, r] of results) {
    const id = r.parsed[0]?.parsed.document.plan?.id.name;
    if (id === undefined || whole.workspace.plans.get(id)?.model.file !== file) continue;
    expect(JSON.stringify(r.workspace.plans.get(id)?.model)).toBe(JSON.stringify(whole.workspace.plans.get(id)?.model));
  }
}

describe("checking file by file against closures (the language server's way)", () => {
  it("gives what checking the whole workspace gives, with or without a warm cache, before and after an edit", () => {
    fc.assert(
      fc.property(arbHierarchy({ refine: true, sloppy: true, strayCovers: true }), fc.nat(), (h, seed) => {
        const printed = printHierarchy(h);
        const files = printed.files.map((f) => ({ file: f.file, parsed: parse(f.text, f.file) }));
        const order = files.map((_, i) => i).sort((a, b) => ((a * 7919 + seed) % 101) - ((b * 7919 + seed) % 101));
        const cache = new ResolveCache();
        expectSameAsWhole(files, incremental(files, order, cache));
        // warm: every library plan comes from the cache; nothing is worked out again
        const computed = cache.stats.inheritanceComputed;
        expectSameAsWhole(files, incremental(files, [...order].reverse(), cache));
        expect(cache.stats.inheritanceComputed).toBe(computed);
        // an edit (a file parsed again, here a parent losing a mandate, or a plan a task): the same law holds,
        // for the edited file and for every file below it, whose cached inheritance is then stale
        const MANDATE = /\n {2}(mandate|yêu cầu|nhiệm vụ bắt buộc) [^\n]*\{[^}]*\}/;
        const rotated = files.map((_, i) => (i + seed) % files.length);
        const target = rotated.find((i) => MANDATE.test(files[i]!.parsed.source.original)) ?? rotated[0]!;
        const drop = (text: string) => (MANDATE.test(text) ? text.replace(MANDATE, "") : text.replace(/\n {2}(task|nhiệm vụ) [^\n]*\{[^}]*\}/, ""));
        const edited = files.map((f, i) => (i === target ? { file: f.file, parsed: parse(drop(f.parsed.source.original), f.file) } : f));
        expectSameAsWhole(edited, incremental(edited, order, cache));
      }),
      { numRuns: 60 },
    );
  });
});
