/**
 * Each defect file in test/examples/defects/ (gio-son-*, son-la-*) is a copy of an example with
 * one realistic mistake. `kh check` must report exactly that mistake: one diagnostic with the
 * right code, severity and line, naming the right mandate or unit, and pointing at the parent's
 * declaration where there is one. The examples they copy check clean, so the diagnostic comes
 * from the defect alone.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REPO, runKh } from "../cli/run.js";

interface JsonDiagnostic {
  code: string;
  severity: string;
  message: string;
  file: string;
  line: number;
  related: { file: string; line: number; message: string }[];
}

interface JsonReport {
  summary: { files: number; plans: number; errors: number; warnings: number };
  diagnostics: JsonDiagnostic[];
}

async function check(file: string): Promise<{ code: number; report: JsonReport }> {
  const r = await runKh(["check", file, "--format", "json", "--lang", "en"]);
  return { code: r.code, report: JSON.parse(r.stdout) as JsonReport };
}

/** The 1-based line of the only line of `file` that contains `needle` (or matches it). */
function lineOf(file: string, needle: string | RegExp): number {
  const lines = readFileSync(path.join(REPO, file), "utf8").split("\n");
  const hits = lines.flatMap((l, i) => ((typeof needle === "string" ? l.includes(needle) : needle.test(l)) ? [i + 1] : []));
  expect(hits, `${needle} in ${file}`).toHaveLength(1);
  return hits[0]!;
}

const DEFECTS = "test/examples/defects";

describe("the examples the defects copy", () => {
  it.each(["examples/gio-son-commune-2022.kh", "examples/son-la-province-papi-2021.kh", "examples/son-la-district-papi-2021.kh"])("%s checks clean", async (file) => {
    const { code, report } = await check(file);
    expect(report.diagnostics).toEqual([]);
    expect(code).toBe(0);
  });
});

describe("gio-son-commune-2022-defect-missing-quarter: the Quý II entry is left out", () => {
  const file = `${DEFECTS}/gio-son-commune-2022-defect-missing-quarter.kh`;
  it("reports the district letter's second-quarter mandate as not covered", async () => {
    const { code, report } = await check(file);
    expect(code).toBe(1);
    expect(report.diagnostics.map((d) => [d.code, d.severity, d.line])).toEqual([["KH301", "error", lineOf(file, "kế hoạch gio-son-commune-2022-defect-missing-quarter")]]);
    const [d] = report.diagnostics;
    expect(d!.message).toContain("`tuyen-truyen.quy-2`");
    expect(d!.message).toContain("gio-linh-cv-117-2022");
    expect(d!.related.map((r) => [r.file, r.line])).toEqual([["templates/gio-linh-cv-117-2022.kh", lineOf("templates/gio-linh-cv-117-2022.kh", "yêu cầu tuyen-truyen.quy-2")]]);
  });
});

describe("gio-son-commune-2022-defect-late-report: the 6-month report is planned for July", () => {
  const file = `${DEFECTS}/gio-son-commune-2022-defect-late-report.kh`;
  it("reports that the report misses the first half-year the district set", async () => {
    const { code, report } = await check(file);
    expect(code).toBe(1);
    expect(report.diagnostics.map((d) => [d.code, d.severity, d.line])).toEqual([["KH502", "error", lineOf(file, "thời gian tháng 7/2022")]]);
    const [d] = report.diagnostics;
    expect(d!.message).toContain("`bao-cao.6-thang`");
    expect(d!.message).toContain("01/01/2022–30/06/2022");
    expect(d!.related.map((r) => [r.file, r.line])).toEqual([["templates/gio-linh-district-cchc-2022.kh", lineOf("templates/gio-linh-district-cchc-2022.kh", "hạn 6 tháng đầu năm 2022")]]);
  });
});

describe("gio-son-commune-2022-defect-unknown-unit: a lead names an undeclared unit", () => {
  const file = `${DEFECTS}/gio-son-commune-2022-defect-unknown-unit.kh`;
  it("reports the unknown unit where it is named", async () => {
    const { code, report } = await check(file);
    expect(code).toBe(1);
    expect(report.diagnostics.map((d) => [d.code, d.severity, d.line])).toEqual([["KH403", "error", lineOf(file, /^\s*chủ trì van-hoa$/u)]]);
    expect(report.diagnostics[0]!.message).toContain("`van-hoa`");
  });
});

describe("gio-son-commune-2022-defect-waiver: public finance is waived instead of covered", () => {
  const file = `${DEFECTS}/gio-son-commune-2022-defect-waiver.kh`;
  it("reports the waiver of a mandate the national template makes non-waivable", async () => {
    const { code, report } = await check(file);
    expect(code).toBe(1);
    expect(report.diagnostics.map((d) => [d.code, d.severity, d.line])).toEqual([["KH304", "error", lineOf(file, "miễn cai-cach.tai-chinh-cong")]]);
    const [d] = report.diagnostics;
    expect(d!.message).toContain("`cai-cach.tai-chinh-cong`");
    expect(d!.related.map((r) => [r.file, r.line])).toEqual([["templates/nq76-cchc-2021-2030.kh", lineOf("templates/nq76-cchc-2021-2030.kh", "yêu cầu cai-cach.tai-chinh-cong")]]);
  });
});

describe("son-la-province-papi-2021-defect-loosening: the province lets lower bodies waive their communication plan", () => {
  const file = `${DEFECTS}/son-la-province-papi-2021-defect-loosening.kh`;
  it("reports the loosening refinement and the parent's constraint", async () => {
    const { code, report } = await check(file);
    expect(code).toBe(1);
    expect(report.diagnostics.map((d) => [d.code, d.severity, d.line])).toEqual([["KH205", "error", lineOf(file, "waivable yes")]]);
    const [d] = report.diagnostics;
    expect(d!.message).toContain("`tuyen-truyen.ke-hoach`");
    expect(d!.message).toContain("son-la-province-cchc-2021");
    expect(d!.related.map((r) => [r.file, r.line])).toEqual([["templates/son-la-province-cchc-2021.kh", lineOf("templates/son-la-province-cchc-2021.kh", "được miễn không")]]);
  });
});

describe("son-la-district-papi-2021-defect-late-report: the district reports after the province's deadlines", () => {
  const file = `${DEFECTS}/son-la-district-papi-2021-defect-late-report.kh`;
  it("reports the missed deadline of 10/06 against the Sơn La template", async () => {
    const { code, report } = await check(file);
    expect(code).toBe(1);
    expect(report.diagnostics.map((d) => [d.code, d.severity, d.line])).toEqual([["KH502", "error", lineOf(file, "hạn hằng năm trước 15/06 và 15/12")]]);
    const [d] = report.diagnostics;
    expect(d!.message).toContain("`bao-cao.dinh-ky`");
    expect(d!.message).toContain("10/06/2021");
    expect(d!.related.map((r) => [r.file, r.line])).toEqual([["examples/son-la-province-papi-2021.kh", lineOf("examples/son-la-province-papi-2021.kh", "due every year before 10/06 and 10/12")]]);
  });
});

describe("son-la-district-papi-2021-defect-unbound-role: no unit runs the web page", () => {
  const file = `${DEFECTS}/son-la-district-papi-2021-defect-unbound-role.kh`;
  it("reports the role the province's mandate needs", async () => {
    const { code, report } = await check(file);
    expect(code).toBe(1);
    expect(report.diagnostics.map((d) => [d.code, d.severity, d.line])).toEqual([["KH405", "error", lineOf(file, "kế hoạch son-la-district-papi-2021-defect-unbound-role")]]);
    const [d] = report.diagnostics;
    expect(d!.message).toContain("`trang-thong-tin`");
    expect(d!.message).toContain("`cap-nhat.trang-tin`");
  });
});
