/**
 * The package entry point: what `import … from "kehoach"` gives a program, through the built
 * `dist/` and the `exports` map (npm test builds first).
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REPO } from "./cli/run.js";

describe('import from "kehoach"', () => {
  it("has typings next to the entry point", () => {
    expect(existsSync(path.join(REPO, "dist/index.js"))).toBe(true);
    expect(existsSync(path.join(REPO, "dist/index.d.ts"))).toBe(true);
  });

  it("parses, checks and formats through the package name", () => {
    const script = `
      import { parse, checkWorkspace, formatText, allCodes, renderJson, derivePlan, renderHtml, importPlan, startServer } from "kehoach";
      const text = 'plan p {\\n  title "T"\\n  issuer "UBND xã A"\\n  level commune\\n  task t "Việc" { lead x }\\n}\\n';
      const parsed = parse(text, "p.kh");
      const { report } = checkWorkspace({ sources: [{ file: "p.kh", text }] });
      const formatted = await formatText(text);
      console.log(JSON.stringify({
        errors: parsed.diagnostics.length,
        codes: report.diagnostics.map((d) => d.code),
        formatted: typeof formatted.formatted === "string" && formatted.formatted.includes("task t"),
        catalogue: allCodes().length > 50,
        json: typeof renderJson,
        authoring: [derivePlan, renderHtml, importPlan, startServer].map((f) => typeof f),
      }));`;
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: REPO, encoding: "utf8" });
    const r = JSON.parse(out) as { errors: number; codes: string[]; formatted: boolean; catalogue: boolean; json: string; authoring: string[] };
    expect(r.errors).toBe(0);
    expect(r.codes).toContain("KH403");
    expect(r.formatted).toBe(true);
    expect(r.catalogue).toBe(true);
    expect(r.json).toBe("function");
    expect(r.authoring).toEqual(["function", "function", "function", "function"]);
  });
});
