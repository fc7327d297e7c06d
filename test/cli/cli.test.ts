import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REPO, runKh } from "./run.js";

const KNOWN = path.join(REPO, "test/workspaces/known-errors");

describe("kh: usage and exit codes", () => {
  it("prints the version and help with exit 0", async () => {
    const v = await runKh(["--version"]);
    expect(v.code).toBe(0);
    expect(v.stdout).toMatch(/^\d+\.\d+\.\d+/);
    const h = await runKh(["check", "--help"]);
    expect(h.code).toBe(0);
    expect(h.stdout).toContain("Examples:");
    expect(h.stdout).toContain("--format");
  });

  it("exits 2 on an unknown command or option, without a stack trace", async () => {
    const r = await runKh(["frobnicate"]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const o = await runKh(["check", "--format", "yaml"]);
    expect(o.code).toBe(2);
    expect(o.stderr).toContain("yaml");
  });

  it("exits 2 when a path does not exist", async () => {
    const r = await runKh(["check", "does/not/exist.kh", "--format", "json"]);
    expect(r.code).toBe(2);
    const json = JSON.parse(r.stdout);
    expect(json.diagnostics[0].code).toBe("KH002");
  });

  it("exits 2 when a folder holds no .kh file", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "kh-empty-"));
    const r = await runKh(["check", dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("no .kh files");
  });

  it("exits 0 for a clean plan and 1 for errors", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "kh-clean-"));
    writeFileSync(path.join(dir, "p.kh"), 'plan p {\n  title "T"\n  issuer "UBND xã A"\n  level commune\n}\n');
    const ok = await runKh(["check", "."], { cwd: dir });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain("Checked 1 file (1 plan): 0 errors, 0 warnings.");
    const bad = await runKh(["check", "."], { cwd: KNOWN });
    expect(bad.code).toBe(1);
  });
});

describe("kh check output", () => {
  it("renders rustc-style frames with related locations and help, in English or Vietnamese", async () => {
    const en = await runKh(["check", ".", "--lang", "en"], { cwd: KNOWN });
    expect(en.stdout).toContain("error[KH301]: Mandate `noi-dung.the-che`");
    expect(en.stdout).toContain("  --> so-mau-2024.kh:1:10");
    expect(en.stdout).toContain("  ::: templates/tinh-cchc-2024.kh:12:11");
    expect(en.stdout).toContain("required here, applies to commune, department");
    expect(en.stdout).toContain("= help: did you mean `noi-dung.the-che`?");
    const vi = await runKh(["check", ".", "--lang", "vi"], { cwd: KNOWN });
    expect(vi.stdout).toContain("lỗi[KH301]: Yêu cầu `noi-dung.the-che`");
    expect(vi.stdout).toContain("gợi ý: có phải ý bạn là `noi-dung.the-che`?");
  });

  it("takes the language from LANG, Vietnamese by default", async () => {
    const def = await runKh(["check", "."], { cwd: KNOWN, env: {} });
    expect(def.stdout).toContain("lỗi[KH301]");
    const en = await runKh(["check", "."], { cwd: KNOWN, env: { LANG: "en_GB.UTF-8" } });
    expect(en.stdout).toContain("error[KH301]");
  });

  it("prints the JSON contract with paths relative to the working directory", async () => {
    const r = await runKh(["check", "test/workspaces/known-errors", "--format", "json", "--lang", "en"]);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.version).toBe(1);
    expect(json.summary).toEqual({ files: 2, plans: 2, errors: 7, warnings: 1 });
    const kh301 = json.diagnostics.find((d: { code: string }) => d.code === "KH301");
    expect(kh301).toMatchObject({
      severity: "error",
      file: "test/workspaces/known-errors/so-mau-2024.kh",
      line: 1,
      column: 10,
      related: [{ file: "test/workspaces/known-errors/templates/tinh-cchc-2024.kh", line: 12, column: 11 }],
    });
    const plan = json.plans.find((p: { id: string }) => p.id === "so-mau-2024");
    expect(plan).toMatchObject({ level: "department", parents: ["tinh-cchc-2024"], summary: { applicable: 3, covered: 1, waived: 1, missing: 1 } });
    expect(plan.mandates).toContainEqual({ origin: "tinh-cchc-2024", id: "bao-cao", status: "covered", by: ["bao-cao-6-thang"] });
  });

  it("--strict turns warnings into errors and --max-warnings limits them", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "kh-warn-"));
    writeFileSync(path.join(dir, "t.kh"), 'template t {\n  title "T"\n  issuer "Tỉnh"\n  level province\n  mandate m "M" { applies-to commune }\n}\n');
    writeFileSync(path.join(dir, "p.kh"), 'plan p {\n  title "T"\n  issuer "Sở"\n  level department\n  implements t\n  unit u "U"\n  task a "A" { covers m lead u }\n}\n');
    const plain = await runKh(["check", "."], { cwd: dir });
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain("warning[KH303]");
    expect((await runKh(["check", ".", "--strict"], { cwd: dir })).code).toBe(1);
    expect((await runKh(["check", ".", "--max-warnings", "0"], { cwd: dir })).code).toBe(1);
    expect((await runKh(["check", ".", "--max-warnings", "1"], { cwd: dir })).code).toBe(0);
  });
});

describe("kh explain", () => {
  it("documents a code in both languages with an example", async () => {
    const r = await runKh(["explain", "KH103"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("KH103 (error): Syntax error");
    expect(r.stdout).toContain("KH103 (lỗi): Cú pháp không đúng");
    expect(r.stdout).toContain("Example");
  });
  it("lists every code, and rejects an unknown one with exit 2", async () => {
    const all = await runKh(["explain"]);
    expect(all.stdout).toContain("KH301");
    expect(all.stdout).toContain("KH001");
    const bad = await runKh(["explain", "KH999"]);
    expect(bad.code).toBe(2);
  });
});

describe("kh resolve and coverage", () => {
  it("prints the resolved model with provenance", async () => {
    const r = await runKh(["resolve", "so-mau-2024.kh", "--format", "json"], { cwd: KNOWN });
    expect(r.code).toBe(0);
    const m = JSON.parse(r.stdout);
    expect(m.id).toBe("so-mau-2024");
    const bc = m.mandates.find((x: { id: string }) => x.id === "bao-cao");
    expect(bc.chains).toEqual([["tinh-cchc-2024"]]);
    expect(bc.due.occurrences.map((o: { end: string }) => o.end)).toEqual(["2024-06-10", "2024-12-10"]);
  });
  it("prints the coverage matrix and exits 1 when a mandate is missing", async () => {
    const r = await runKh(["coverage", "so-mau-2024.kh", "--format", "md", "--lang", "en"], { cwd: KNOWN });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("| tinh-cchc-2024 | noi-dung.the-che | Tuyên truyền cải cách thể chế | MISSING | — |");
  });
});
