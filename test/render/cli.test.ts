/** `kh render` as a command: outputs, -o, errors and exit codes; and, if LibreOffice is installed, a DOCX → PDF conversion. */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runKh } from "../cli/run.js";

const TEMPLATE = `template tinh-2024 {
  title "Tuyên truyền cải cách hành chính năm 2024"
  issuer "UBND tỉnh Mẫu"
  level province
  number "60/KH-UBND"
  date 08/03/2024
  mandate bao-cao "Báo cáo kết quả" {
    applies-to department
    due every year before 10/06 and 10/12
    waivable no
  }
}
`;

const PLAN = `plan so-2024 {
  title "Tuyên truyền cải cách hành chính năm 2024"
  issuer "Sở Nội vụ tỉnh Mẫu"
  level department
  number "18/KH-SNV"
  date 12/03/2024
  place "Mẫu"
  implements tinh-2024
  unit vp "Văn phòng Sở"
  task bao-cao "Báo cáo kết quả tuyên truyền" {
    covers bao-cao
    lead vp
    due every year before 10/06 and 10/12
  }
  signature { position "GIÁM ĐỐC" signer "Nguyễn Văn B" }
}
`;

let ws: string;
beforeAll(() => {
  ws = mkdtempSync(path.join(tmpdir(), "kh-render-cli-"));
  mkdirSync(path.join(ws, "templates"));
  writeFileSync(path.join(ws, "kehoach.json"), "{}\n");
  writeFileSync(path.join(ws, "templates/tinh-2024.kh"), TEMPLATE);
  writeFileSync(path.join(ws, "so-2024.kh"), PLAN);
});
afterAll(() => rmSync(ws, { recursive: true, force: true }));

describe("kh render", () => {
  it("prints Markdown by default, with the parent found in the workspace", async () => {
    const r = await runKh(["render", "so-2024.kh"], { cwd: ws });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("| UBND TỈNH MẪU | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |");
    expect(r.stdout).toContain("Thực hiện Kế hoạch số 60/KH-UBND ngày 08/3/2024 của UBND tỉnh Mẫu");
    expect(r.stdout).toContain("Văn phòng Sở: Báo cáo kết quả tuyên truyền, trước ngày 10/6 và 10/12 hằng năm.");
  });

  it("writes the file given with -o atomically (no temporary file left), the same text as standard output", async () => {
    const dir = path.join(ws, "out");
    mkdirSync(dir, { recursive: true });
    const r = await runKh(["render", "so-2024.kh", "--format", "html", "-o", "out/so.html"], { cwd: ws });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe("");
    const printed = await runKh(["render", "so-2024.kh", "--format", "html"], { cwd: ws });
    expect(readFileSync(path.join(dir, "so.html"), "utf8")).toBe(printed.stdout);
    // Writing again replaces the file.
    expect((await runKh(["render", "so-2024.kh", "--format", "html", "-o", "out/so.html"], { cwd: ws })).code).toBe(0);
    expect(readdirSync(dir)).toEqual(["so.html"]);
  });

  it("needs -o for DOCX (binary), exit 2", async () => {
    const r = await runKh(["render", "so-2024.kh", "--format", "docx"], { cwd: ws });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("-o");
  });

  it("reports a file that does not exist, exit 2, no stack trace", async () => {
    const r = await runKh(["render", "khong-co.kh", "--lang", "en"], { cwd: ws });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("khong-co.kh");
    expect(r.stderr).not.toMatch(/\n\s+at /u);
  });

  it("refuses a plan with syntax errors, with its diagnostics, exit 1", async () => {
    writeFileSync(path.join(ws, "broken.kh"), 'plan broken {\n  title "Thiếu dấu đóng\n  issuer "X"\n  level commune\n}\n');
    const r = await runKh(["render", "broken.kh", "--lang", "en"], { cwd: ws });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/KH10\d/u);
    expect(r.stderr).toContain("no document was rendered");
    rmSync(path.join(ws, "broken.kh"));
  });

  it("renders a plan with check errors, with the errors and a warning on standard error", async () => {
    writeFileSync(path.join(ws, "incomplete.kh"), PLAN.replace("plan so-2024", "plan incomplete").replace(/ {2}task bao-cao[\s\S]*?\n {2}\}\n/u, ""));
    const r = await runKh(["render", "incomplete.kh", "--lang", "vi"], { cwd: ws });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("# KẾ HOẠCH");
    expect(r.stderr).toContain("KH301");
    expect(r.stderr).toContain("văn bản vẫn được tạo");
    rmSync(path.join(ws, "incomplete.kh"));
  });

  it("takes one plan file, not a folder of several, exit 2", async () => {
    const r = await runKh(["render", ".", "--lang", "en"], { cwd: ws });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("give one plan file");
  });

  it("reports an output file it cannot write, exit 2", async () => {
    const r = await runKh(["render", "so-2024.kh", "-o", "no-such-dir/x.md", "--lang", "en"], { cwd: ws });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("cannot write no-such-dir/x.md (ENOENT)");
  });

  it("rejects an unknown format (usage, exit 2) and documents itself in --help", async () => {
    expect((await runKh(["render", "so-2024.kh", "--format", "pdf"], { cwd: ws })).code).toBe(2);
    const help = await runKh(["render", "--help"], { cwd: ws });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("--format docx -o");
  });
});

/** LibreOffice, if this machine has it: the DOCX must open and convert to PDF. */
function soffice(): string | undefined {
  for (const bin of ["soffice", "libreoffice"]) {
    if (spawnSync(bin, ["--version"], { stdio: "ignore" }).status === 0) return bin;
  }
  return undefined;
}
const office = soffice();

describe.skipIf(office === undefined)("DOCX in LibreOffice (skipped: neither soffice nor libreoffice is installed)", () => {
  it("converts the rendered DOCX to a PDF", async () => {
    const r = await runKh(["render", "so-2024.kh", "--format", "docx", "-o", "so.docx"], { cwd: ws });
    expect(r.code).toBe(0);
    execFileSync(office!, ["--headless", "--convert-to", "pdf", "--outdir", ws, path.join(ws, "so.docx")], { stdio: "ignore", timeout: 120_000 });
    expect(existsSync(path.join(ws, "so.pdf"))).toBe(true);
    expect(readFileSync(path.join(ws, "so.pdf")).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  }, 180_000);
});
