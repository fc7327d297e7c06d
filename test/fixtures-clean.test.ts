/**
 * Every `.kh` file under `templates/` and `examples/` must parse without any diagnostic, and
 * its references must already hold together (parents by plan id, covered mandates, units), so
 * the resolver of the next milestone starts from a consistent corpus.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { levelTable } from "../src/resolve/levels.js";
import type { MandateField, MandateRef, PlanDecl } from "../src/syntax/ast.js";
import { parse, type ParseResult } from "../src/syntax/parse.js";

const root = fileURLToPath(new URL("../", import.meta.url));

function khFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...khFiles(path));
    else if (name.endsWith(".kh")) out.push(path);
  }
  return out;
}

const files = ["templates", "examples"].flatMap((d) => khFiles(join(root, d))).map((f) => relative(root, f));
const parsed = new Map<string, ParseResult>(files.map((f) => [f, parse(readFileSync(join(root, f), "utf8"), f)]));
const plans = new Map<string, PlanDecl>();
const levels = levelTable();
for (const r of parsed.values()) if (r.document.plan) plans.set(r.document.plan.id.name, r.document.plan);

const show = (r: ParseResult) =>
  r.diagnostics.map((d) => `${d.span.file}:${d.span.line}:${d.span.column} ${d.code} ${d.message.en}`);

describe("templates and examples", () => {
  it("include both dialects, templates and plans", () => {
    expect(files.some((f) => f.startsWith("templates/"))).toBe(true);
    expect(files.some((f) => f.startsWith("examples/"))).toBe(true);
    const dialects = new Set([...parsed.values()].map((r) => r.dialect));
    expect([...dialects].sort()).toEqual(["en", "vi"]);
  });

  describe.each(files)("%s", (file) => {
    const result = parsed.get(file)!;
    const plan = result.document.plan;

    it("parses with no diagnostics", () => {
      expect(show(result)).toEqual([]);
      expect(plan).not.toBeNull();
    });

    it("starts with a comment saying what it encodes and from which seed", () => {
      expect(result.comments[0]?.span.line).toBe(1);
      expect(result.comments.map((c) => c.value).join("\n")).toMatch(/seed/i);
    });

    it("is a template under templates/; under examples/, a plan or a template that implements a parent", () => {
      if (file.startsWith("templates/")) expect(plan?.kind).toBe("template");
      // A real plan can itself be a template for the levels below it (the Sơn La seed): it
      // lives among the examples when it implements parents of its own.
      else if (plan?.kind === "template") expect(plan.members.some((m) => m.type === "Field" && m.name === "implements" && m.value.length > 0)).toBe(true);
      else expect(plan?.kind).toBe("plan");
    });

    it("names its parents by plan id, and covers, waives and refines only their mandates", () => {
      if (!plan) return;
      const parents = plan.members.flatMap((m) => (m.type === "Field" && m.name === "implements" ? m.value.map((i) => i.name) : []));
      for (const p of parents) expect(plans.has(p), `parent ${p}`).toBe(true);
      const inherited = new Map<string, Set<string>>();
      for (const p of parents) inherited.set(p, mandatesReaching(p, new Set()));
      const known = (ref: MandateRef) =>
        ref.origin !== undefined ? inherited.get(ref.origin)?.has(ref.name) === true : [...inherited.values()].some((s) => s.has(ref.name));
      const refs: MandateRef[] = plan.members.flatMap((m) => {
        if (m.type === "Waiver" || m.type === "Refine") return [m.target];
        if (m.type === "Task") return m.fields.flatMap((f) => (f.name === "covers" ? f.value : []));
        return [];
      });
      for (const ref of refs) expect(known(ref), `mandate ${ref.origin ? `${ref.origin}:` : ""}${ref.name}`).toBe(true);
    });

    it("declares every unit its tasks name, and binds every role its parents' mandates lead", () => {
      if (!plan) return;
      const units = new Set(plan.members.flatMap((m) => (m.type === "Unit" ? [m.id.name] : [])));
      for (const m of plan.members) {
        if (m.type !== "Task") continue;
        for (const f of m.fields) {
          const named = f.name === "lead" ? [f.value] : f.name === "coordinating" ? f.value : [];
          for (const u of named) expect(units.has(u.name), `unit ${u.name} in task ${m.id.name}`).toBe(true);
        }
      }
      const bound = new Set(plan.members.flatMap((m) => (m.type === "Unit" ? m.roles.map((r) => r.name) : [])));
      const parents = plan.members.flatMap((m) => (m.type === "Field" && m.name === "implements" ? m.value.map((i) => i.name) : []));
      // Only mandates that bind this plan's level name a role it must bind (as KH405 does): a
      // district letter need not bind the commune roles of the district plan it deploys.
      const level = levels.lookup(plan.members.flatMap((m) => (m.type === "Field" && m.name === "level" ? [m.value.name] : []))[0] ?? "")?.id;
      const binds = (fields: readonly MandateField[]) => {
        const a = fields.find((f) => f.name === "appliesTo");
        return a === undefined || a.value.some((l) => levels.lookup(l.name)?.id === level);
      };
      for (const p of parents) {
        for (const m of plans.get(p)?.members ?? []) {
          if (m.type !== "Mandate" || !binds(m.fields)) continue;
          for (const f of m.fields) if (f.name === "leadRole") expect(bound.has(f.value.name), `role ${f.value.name}`).toBe(true);
        }
      }
    });
  });
});

/** Mandate ids declared by a plan and its ancestors. */
function mandatesReaching(id: string, seen: Set<string>): Set<string> {
  const out = new Set<string>();
  const plan = plans.get(id);
  if (!plan || seen.has(id)) return out;
  seen.add(id);
  for (const m of plan.members) {
    if (m.type === "Mandate") out.add(m.id.name);
    if (m.type === "Field" && m.name === "implements") for (const p of m.value) for (const x of mandatesReaching(p.name, seen)) out.add(x);
  }
  return out;
}
