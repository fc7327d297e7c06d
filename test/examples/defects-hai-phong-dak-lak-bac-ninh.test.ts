/**
 * The defect copies of the Hải Phòng, Đắk Lắk and Bắc Ninh examples (test/examples/defects/
 * hai-phong-*, dak-lak-*, bac-ninh-*): each has one realistic mistake, and `kh check` must report
 * exactly what follows from it — code, severity, line, the mandate named, and the parent's place
 * where there is one. The examples they copy, and the templates above them, check clean (the
 * Bắc Ninh template with its one documented KH506), so every diagnostic comes from the defect.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REPO, runKh } from "../cli/run.js";

interface Found {
  code: string;
  severity: string;
  message: string;
  line: number;
  help?: string;
  related: { file: string; line: number }[];
}

async function diagnosticsOf(file: string): Promise<{ exit: number; found: Found[] }> {
  const r = await runKh(["check", file, "--format", "json", "--lang", "en"]);
  const report = JSON.parse(r.stdout) as { diagnostics: Found[] };
  return { exit: r.code, found: report.diagnostics };
}

/** The line number of the single line of a repository file that contains `text`. */
function at(file: string, text: string): number {
  const lines = readFileSync(path.join(REPO, file), "utf8").split("\n");
  const hits = lines.map((l, i) => (l.includes(text) ? i + 1 : 0)).filter((n) => n > 0);
  expect(hits, `"${text}" once in ${file}`).toHaveLength(1);
  return hits[0]!;
}

const dir = "test/examples/defects";
const HP_CITY = "templates/hai-phong-city-cchc-2024.kh";
const DL_PROVINCE = "templates/dak-lak-province-cchc-2021.kh";
const BN_141 = "templates/bac-ninh-province-2025-141.kh";
const NQ76 = "templates/nq76-cchc-2021-2030.kh";

describe("the files the defects copy", () => {
  it.each([
    "examples/hai-phong-dept-khdt-2024.kh",
    HP_CITY,
    "examples/dak-lak-dept-noi-vu-2021.kh",
    DL_PROVINCE,
    "examples/bac-ninh-ward-2025.kh",
    "templates/nq66-tw-2025.kh",
  ])("%s checks clean", async (file) => {
    const { exit, found } = await diagnosticsOf(file);
    expect(found).toEqual([]);
    expect(exit).toBe(0);
  });

  it("the Bắc Ninh template has only the KH506 of its Sunday deadline (15/11/2026)", async () => {
    const { exit, found } = await diagnosticsOf(BN_141);
    expect(found.map((d) => [d.code, d.severity, d.line])).toEqual([["KH506", "warning", at(BN_141, "hạn hằng năm trước 15/11")]]);
    expect(found[0]!.message).toContain("15/11/2026");
    expect(exit).toBe(0);
  });
});

describe("hai-phong-dept-khdt-2024-defect-missing-iso: content item II.1 l) is left out", () => {
  const file = `${dir}/hai-phong-dept-khdt-2024-defect-missing-iso.kh`;
  it("reports the city's ISO mandate as not covered, at the plan, pointing at the city template", async () => {
    const { exit, found } = await diagnosticsOf(file);
    expect(exit).toBe(1);
    expect(found.map((d) => [d.code, d.severity, d.line])).toEqual([["KH301", "error", at(file, "plan hai-phong-dept-khdt-2024-defect-missing-iso {")]]);
    expect(found[0]!.message).toContain("`noi-dung.iso`");
    expect(found[0]!.message).toContain("hai-phong-city-cchc-2024");
    expect(found[0]!.related.map((r) => [r.file, r.line])).toEqual([[HP_CITY, at(HP_CITY, "mandate noi-dung.iso ")]]);
  });
});

describe("dak-lak-dept-noi-vu-2021-defect-typo: the theme mandate's id is mistyped", () => {
  const file = `${dir}/dak-lak-dept-noi-vu-2021-defect-typo.kh`;
  it("reports the unknown reference with a suggestion, and the theme as not covered", async () => {
    const { exit, found } = await diagnosticsOf(file);
    expect(exit).toBe(1);
    const byCode = new Map(found.map((d) => [d.code, d]));
    expect(found.map((d) => [d.code, d.severity, d.line]).sort()).toEqual(
      [
        ["KH301", "error", at(file, "kế hoạch dak-lak-dept-noi-vu-2021-defect-typo {")],
        ["KH302", "error", at(file, "đáp ứng noi-dung.chu-de-2012")],
      ].sort(),
    );
    const unknown = byCode.get("KH302")!;
    expect(unknown.message).toContain("`noi-dung.chu-de-2012`");
    expect(unknown.help).toContain("`noi-dung.chu-de-2021`");
    const missing = byCode.get("KH301")!;
    expect(missing.message).toContain("`noi-dung.chu-de-2021`");
    expect(missing.message).toContain("dak-lak-province-cchc-2021");
    expect(missing.related.map((r) => [r.file, r.line])).toEqual([[DL_PROVINCE, at(DL_PROVINCE, "yêu cầu noi-dung.chu-de-2021")]]);
  });
});

describe("bac-ninh-ward-2025-defect-late-report: the ward reports on 20 November", () => {
  const file = `${dir}/bac-ninh-ward-2025-defect-late-report.kh`;
  it("reports the missed 15/11 deadline of the province, and the Saturday in 2027", async () => {
    const { exit, found } = await diagnosticsOf(file);
    expect(exit).toBe(1);
    const line = at(file, "hạn hằng năm trước 20/11");
    expect(found.map((d) => [d.code, d.severity, d.line])).toEqual([
      ["KH502", "error", line],
      ["KH506", "warning", line],
    ]);
    const [late, dayOff] = found;
    expect(late!.message).toContain("`bao-cao.hang-nam`");
    // Late every year of the period, not only the first: each late report is that year's.
    expect(late!.message).toContain("15/11/2026");
    expect(late!.message).toMatch(/15\/11\/2026.*15\/11\/2027.*15\/11\/2028/);
    expect(late!.related.map((r) => [r.file, r.line])).toEqual([[BN_141, at(BN_141, "hạn hằng năm trước 15/11")]]);
    expect(dayOff!.message).toContain("20/11/2027");
  });
});

describe("bac-ninh-ward-2025-defect-inapplicable: the ward ticks off the national yearly reform plan", () => {
  const file = `${dir}/bac-ninh-ward-2025-defect-inapplicable.kh`;
  it("warns that the mandate applies to ministries only on this track", async () => {
    const { exit, found } = await diagnosticsOf(file);
    expect(exit).toBe(0);
    expect(found.map((d) => [d.code, d.severity, d.line])).toEqual([["KH303", "warning", at(file, "đáp ứng ke-hoach.trien-khai, ke-hoach.hang-nam")]]);
    expect(found[0]!.message).toContain("`ke-hoach.hang-nam`");
    expect(found[0]!.message).toContain("only ministry");
    expect(found[0]!.related.map((r) => [r.file, r.line])).toEqual([[NQ76, at(NQ76, "yêu cầu ke-hoach.hang-nam")]]);
  });
});
