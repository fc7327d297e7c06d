/** `kh derive` in-process, in a copy of the first-2022 workspace: stdout, -o, no overwrite, errors. */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { parse } from "../../src/syntax/parse.js";
import { REPO, runKh } from "../cli/run.js";

const TEMPLATE = "templates/gio-linh-cchc-2022.kh";
const ARGS = [TEMPLATE, "--level", "xã", "--issuer", "UBND xã Gio Sơn"];

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "kh-derive-"));
  cpSync(path.join(REPO, "test/workspaces/first-2022"), dir, { recursive: true });
});

const noStack = (s: string) => expect(s).not.toMatch(/\n\s+at .+:\d+:\d+/);

describe("kh derive", () => {
  it("prints the draft on standard output and a summary on standard error", async () => {
    const r = await runKh(["derive", ...ARGS], { cwd: dir });
    expect(r.code).toBe(0);
    const parsed = parse(r.stdout, "x.kh");
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.dialect).toBe("vi");
    expect(parsed.document.plan?.id.name).toBe("gio-linh-cchc-2022-ubnd-xa-gio-son");
    expect(r.stderr).toMatch(/^kh derive: 12 tasks for the 12 mandates that apply at level commune; 18 placeholders to fill \(kh check gio-linh-cchc-2022-ubnd-xa-gio-son\.kh\)\n$/);
  });

  it("-o writes the file; kh check on it reports only the placeholders; it is never overwritten without --force", async () => {
    const out = "examples/gio-son-2022.kh";
    const r = await runKh(["derive", ...ARGS, "--id", "gio-son-2022", "-o", out], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(`wrote ${out}: 12 tasks`);
    const text = readFileSync(path.join(dir, out), "utf8");
    expect(text).toContain("kế hoạch gio-son-2022 {");
    expect(readdirSync(path.join(dir, "examples")).filter((f) => f.startsWith("."))).toEqual([]);

    const check = await runKh(["check", out, "--format", "json"], { cwd: dir });
    expect(check.code).toBe(1);
    const report = JSON.parse(check.stdout) as { diagnostics: { code: string; file: string }[] };
    const codes = new Set(report.diagnostics.filter((d) => d.file === out).map((d) => d.code));
    expect([...codes]).toEqual(["KH701"]);

    writeFileSync(path.join(dir, out), "# edited by the author\n" + text);
    const again = await runKh(["derive", ...ARGS, "--id", "gio-son-2022", "-o", out], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toBe(`kh derive: \`${out}\` already exists; use --force to overwrite it\n`);
    expect(readFileSync(path.join(dir, out), "utf8")).toBe("# edited by the author\n" + text);

    // replacing it: the file's own plan id does not count as taken
    const forced = await runKh(["derive", ...ARGS, "--id", "gio-son-2022", "-o", out, "--force"], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(path.join(dir, out), "utf8")).toBe(text);
  });

  it("finds a template by plan id in the workspace, and writes English keywords with --lang en", async () => {
    const r = await runKh(["derive", "gio-linh-cchc-2022", "--level", "commune", "--issuer", "UBND xã Gio Sơn", "--lang", "en"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(parse(r.stdout).dialect).toBe("en");
    expect(r.stdout).toContain("  implements gio-linh-cchc-2022\n");
    expect(r.stdout).toContain("    lead TODO\n");
  });

  it("refuses an id another plan of the workspace (or of the output's folder) already uses", async () => {
    const r = await runKh(["derive", ...ARGS, "--id", "gio-son-cchc-2022", "-o", "examples/gio-son.kh"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("kh derive: Plan id `gio-son-cchc-2022` is already used by examples/gio-son-cchc-2022.kh; choose another with --id\n");
    expect(readdirSync(path.join(dir, "examples"))).not.toContain("gio-son.kh");
    const template = await runKh(["derive", ...ARGS, "--id", "gio-linh-cchc-2022"], { cwd: dir });
    expect(template.code).toBe(2);
    expect(template.stderr).toContain("is already used by templates/gio-linh-cchc-2022.kh");
  });

  it("an id that is not a name is refused", async () => {
    for (const id of ["x y", "6-thang", "a--b"]) {
      const r = await runKh(["derive", ...ARGS, "--id", id], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`kh derive: \`${id}\` is not a valid plan id\n`);
    }
  });

  it("a template path that does not exist: exit 2, a message, no stack trace", async () => {
    for (const arg of ["templates/khong-co.kh", "khong-co"]) {
      const r = await runKh(["derive", arg, "--level", "xã", "--issuer", "UBND xã A"], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toContain("khong-co");
      noStack(r.stderr);
    }
  });

  it("a level with no applicable mandate: exit 2 and the levels that have some", async () => {
    const r = await runKh(["derive", ...ARGS.slice(0, 1), "--level", "tỉnh", "--issuer", "UBND tỉnh Quảng Trị"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("kh derive: `gio-linh-cchc-2022` has no mandate that applies at level province; levels with mandates: commune\n");
    const vi = await runKh(["derive", ...ARGS.slice(0, 1), "--level", "tỉnh", "--issuer", "UBND tỉnh Quảng Trị"], { cwd: dir, env: { LANG: "vi_VN.UTF-8" } });
    expect(vi.stderr).toBe("kh derive: `gio-linh-cchc-2022` không có yêu cầu nào áp dụng cho cấp province; các cấp có yêu cầu: commune\n");
  });

  it("an unknown level or a missing option is a usage error", async () => {
    const level = await runKh(["derive", TEMPLATE, "--level", "comune", "--issuer", "A"], { cwd: dir });
    expect(level.code).toBe(2);
    expect(level.stderr).toContain("did you mean `commune`?");
    const missing = await runKh(["derive", TEMPLATE, "--level", "xã"], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("--issuer");
  });

  it("never writes over the template itself, even with --force", async () => {
    const before = readFileSync(path.join(dir, TEMPLATE), "utf8");
    const r = await runKh(["derive", ...ARGS, "-o", TEMPLATE, "--force"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("is the template itself");
    expect(readFileSync(path.join(dir, TEMPLATE), "utf8")).toBe(before);
  });

  it("a template with syntax errors: exit 1 with its errors", async () => {
    writeFileSync(path.join(dir, "templates/hong.kh"), 'template hong {\n  title "T\n  level province\n}\n');
    const r = await runKh(["derive", "templates/hong.kh", "--level", "xã", "--issuer", "A"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("KH102");
    noStack(r.stderr);
  });

  it("--help has examples", async () => {
    const r = await runKh(["derive", "--help"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Examples:");
    expect(r.stdout).toContain("--level <level>");
  });
});
