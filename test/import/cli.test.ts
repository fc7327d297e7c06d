/** `kh import` through the CLI, in-process: stdout, -o (atomic, no overwrite without --force), errors, --lang, --id. */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "../../src/syntax/parse.js";
import { runKh } from "../cli/run.js";
import { SHARED } from "./recovery.js";

const SEED = path.join(SHARED, "seeds/gio-son-commune-2022.txt");

function workdir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "kh-import-"));
  writeFileSync(path.join(dir, "plan.txt"), readFileSync(SEED));
  return dir;
}

describe("kh import", () => {
  it("prints the draft on stdout and a summary on stderr", async () => {
    const r = await runKh(["import", SEED]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^kế hoạch ubnd-xa-gio-son-32-2022 \{$/m);
    expect(parse(r.stdout).diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(r.stderr).toMatch(/^kh import: 25 tasks, 10 units, 1 parent plans \(2 documents cited\), 0 deadlines/);
  });

  it("writes -o atomically and refuses to overwrite it without --force", async () => {
    const dir = workdir();
    const first = await runKh(["import", "plan.txt", "-o", "plan.kh"], { cwd: dir });
    expect(first.code).toBe(0);
    expect(first.stdout).toBe("");
    const written = readFileSync(path.join(dir, "plan.kh"), "utf8");
    expect(written).toContain("cơ quan \"UBND xã Gio Sơn\"");
    expect(readdirSync(dir).sort()).toEqual(["plan.kh", "plan.txt"]);

    writeFileSync(path.join(dir, "plan.kh"), "# mine\n");
    const again = await runKh(["import", "plan.txt", "-o", "plan.kh"], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("`plan.kh` exists; use --force to overwrite it");
    expect(readFileSync(path.join(dir, "plan.kh"), "utf8")).toBe("# mine\n");
    expect(readdirSync(dir).sort()).toEqual(["plan.kh", "plan.txt"]);

    const forced = await runKh(["import", "plan.txt", "-o", "plan.kh", "--force"], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(path.join(dir, "plan.kh"), "utf8")).toBe(written);
    expect(readdirSync(dir).sort()).toEqual(["plan.kh", "plan.txt"]);
  });

  it("gives English keywords with --lang en and takes the plan id from --id", async () => {
    const r = await runKh(["import", SEED, "--lang", "en", "--id", "gio-son-cchc-2022"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^plan gio-son-cchc-2022 \{$/m);
    expect(r.stdout).toContain("\n  issuer \"UBND xã Gio Sơn\"\n  level commune\n");
    expect(parse(r.stdout).dialect).toBe("en");
  });

  it.each([
    [["import", "missing.txt"], "KH002", "cannot read `missing.txt` (ENOENT)"],
    [["import", "plan.txt", "--id", "ke-hoach"], "", "`ke-hoach` is not a valid identifier"],
    [["import", "plan.txt", "--lang", "fr"], "", "--lang must be vi or en"],
    [["import"], "", "missing required argument 'file'"],
  ])("fails with exit 2 and no stack trace: %j", async (args, code, message) => {
    const r = await runKh(args, { cwd: workdir() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    if (code) expect(r.stderr).toContain(code);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe("");
  });

  it("refuses a file that is not UTF-8, in the message language asked", async () => {
    const dir = workdir();
    writeFileSync(path.join(dir, "latin1.txt"), Buffer.from([0x4b, 0xe9, 0x20, 0xff, 0xfe]));
    const r = await runKh(["import", "latin1.txt", "--lang", "vi"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("kh import: lỗi [KH002]: không đọc được `latin1.txt` (không phải văn bản UTF-8)\n");
  });
});
