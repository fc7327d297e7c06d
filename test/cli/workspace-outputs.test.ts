/**
 * Every `kh check` output format on a small workspace with known errors: golden files for the
 * deterministic formats, schema validation for JSON (the contract) and SARIF, and the resolved
 * model validated against its published schema.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import Ajv from "ajv";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { expectGolden } from "../outputs/golden.js";
import { REPO, runKh } from "./run.js";

const KNOWN = path.join(REPO, "test/workspaces/known-errors");
const schema = (p: string) => JSON.parse(readFileSync(path.join(REPO, p), "utf8")) as object;

describe("kh check on a workspace with known errors", () => {
  for (const [format, name] of [
    ["text", "known-errors.txt"],
    ["json", "known-errors.json"],
    ["junit", "known-errors.junit.xml"],
    ["github", "known-errors.github.txt"],
  ] as const) {
    it(`--format ${format} matches its golden file`, async () => {
      const r = await runKh(["check", ".", "--format", format, "--lang", "en"], { cwd: KNOWN });
      expect(r.code).toBe(1);
      expectGolden(name, r.stdout);
    });
  }

  it("--format json follows the contract schema", async () => {
    const r = await runKh(["check", ".", "--format", "json", "--lang", "vi"], { cwd: KNOWN });
    const validate = new Ajv.default({ allErrors: true }).compile(schema("docs/schema/check-report.schema.json"));
    const ok = validate(JSON.parse(r.stdout));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it("--format sarif is valid SARIF 2.1.0 with rules, regions and related locations", async () => {
    const r = await runKh(["check", ".", "--format", "sarif", "--lang", "en"], { cwd: KNOWN });
    const log = JSON.parse(r.stdout);
    const validate = new Ajv2020.default({ allErrors: true, strict: false }).compile(schema("test/outputs/schemas/sarif-schema-2.1.0.json"));
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const run = log.runs[0];
    const kh301 = run.results.find((x: { ruleId: string }) => x.ruleId === "KH301");
    expect(kh301.locations[0].physicalLocation.artifactLocation.uri).toBe("so-mau-2024.kh");
    expect(kh301.locations[0].physicalLocation.region.startLine).toBe(1);
    expect(kh301.relatedLocations[0].message.text).toContain("required here");
    expect(kh301.relatedLocations[0].physicalLocation.artifactLocation.uri).toBe("templates/tinh-cchc-2024.kh");
    expect(run.tool.driver.rules.some((x: { id: string }) => x.id === "KH502")).toBe(true);
  });

  it("kh resolve prints an instance of the resolved-plan schema", async () => {
    const validate = new Ajv.default({ allErrors: true }).compile(schema("docs/schema/resolved-plan.schema.json"));
    for (const f of ["so-mau-2024.kh", "templates/tinh-cchc-2024.kh"]) {
      const r = await runKh(["resolve", f, "--format", "json"], { cwd: KNOWN });
      const ok = validate(JSON.parse(r.stdout));
      expect(validate.errors ?? [], f).toEqual([]);
      expect(ok).toBe(true);
    }
  });
});
