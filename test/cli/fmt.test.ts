import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runKh } from "./run.js";

const MESSY = 'kế hoạch p {\n    tieu de "T"\n  co quan "UBND xã A"   # cơ quan ban hành\n cap xa\n  nhiệm vụ a "A" { chu tri vp thoi gian quy II/2024 }\n}\n';

describe("kh fmt", () => {
  it("keeps the bundled templates and examples formatted", async () => {
    const r = await runKh(["fmt", "--check", "templates", "examples"]);
    expect(r.stdout).toBe("");
    expect(r.code).toBe(0);
  });

  it("--check lists unformatted files and exits 1; --write fixes them atomically", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "kh-fmt-"));
    writeFileSync(path.join(dir, "p.kh"), MESSY);
    const check = await runKh(["fmt", "--check", "."], { cwd: dir });
    expect(check.code).toBe(1);
    expect(check.stdout).toBe("p.kh\n");
    const write = await runKh(["fmt", "--write", "."], { cwd: dir });
    expect(write.code).toBe(0);
    const text = readFileSync(path.join(dir, "p.kh"), "utf8");
    expect(text).toContain("  tiêu đề \"T\"\n");
    expect(text).toContain("chủ trì vp");
    expect(text).toContain("# cơ quan ban hành");
    expect(readdirSync(dir)).toEqual(["p.kh"]); // no temporary file left behind
    expect((await runKh(["fmt", "--check", "."], { cwd: dir })).code).toBe(0);
  });

  it("never writes a file with syntax errors", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "kh-fmt-bad-"));
    const broken = 'plan p {\n  title "T\n  level commune\n';
    writeFileSync(path.join(dir, "p.kh"), broken);
    const r = await runKh(["fmt", "--write", "p.kh"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("KH102");
    expect(readFileSync(path.join(dir, "p.kh"), "utf8")).toBe(broken);
  });

  it("formats standard input to standard output", async () => {
    const r = await runKh(["fmt", "--stdin"], { stdin: MESSY });
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith("kế hoạch p {\n  tiêu đề \"T\"")).toBe(true);
  });
});
