import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CheckReport } from "../../src/check/report.js";
import { mandateOf, renderJunit, xmlSafe } from "../../src/outputs/junit.js";
import { ALL_FILES, EMPTY_FILE, MISSING_FILE, NASTY, PLAN_FILE, REPORT, TEMPLATE_FILE } from "./fixtures.js";
import { expectGolden } from "./golden.js";
import { childrenNamed, parseXml, type XmlElement } from "./xml.js";

const num = (el: XmlElement, attr: string) => Number(el.attributes[attr]);

/** The totals on every suite and on the root agree with the test cases actually present. */
function expectConsistentTotals(root: XmlElement): void {
  expect(root.name).toBe("testsuites");
  const suites = childrenNamed(root, "testsuite");
  const sum = { tests: 0, failures: 0, errors: 0, skipped: 0 };
  for (const s of suites) {
    const cases = childrenNamed(s, "testcase");
    const counted = {
      tests: cases.length,
      failures: cases.filter((c) => childrenNamed(c, "failure").length > 0).length,
      errors: cases.filter((c) => childrenNamed(c, "error").length > 0).length,
      skipped: cases.filter((c) => childrenNamed(c, "skipped").length > 0).length,
    };
    expect({ tests: num(s, "tests"), failures: num(s, "failures"), errors: num(s, "errors"), skipped: num(s, "skipped") }).toEqual(counted);
    for (const c of cases) expect(childrenNamed(c, "failure").length + childrenNamed(c, "skipped").length).toBeLessThanOrEqual(1);
    sum.tests += counted.tests;
    sum.failures += counted.failures;
    sum.errors += counted.errors;
    sum.skipped += counted.skipped;
  }
  expect({ tests: num(root, "tests"), failures: num(root, "failures"), errors: num(root, "errors"), skipped: num(root, "skipped") }).toEqual(sum);
}

function testcase(root: XmlElement, suite: string, name: string): XmlElement {
  const s = childrenNamed(root, "testsuite").find((x) => x.attributes.name === suite);
  expect(s, `suite ${suite}`).toBeDefined();
  const c = childrenNamed(s!, "testcase").find((x) => x.attributes.name === name);
  expect(c, `test case ${name} in ${suite}`).toBeDefined();
  return c!;
}

describe("JUnit output", () => {
  const xml = renderJunit(REPORT, { lang: "vi", files: ALL_FILES });
  const root = parseXml(xml);

  it("is well-formed XML 1.0 with consistent totals", () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    expectConsistentTotals(root);
    expect({ tests: num(root, "tests"), failures: num(root, "failures"), errors: num(root, "errors"), skipped: num(root, "skipped") }).toEqual({
      tests: 8,
      failures: 3,
      errors: 0,
      skipped: 2,
    });
    expectConsistentTotals(parseXml(renderJunit(REPORT, { lang: "en" })));
  });

  it("matches the golden file", () => {
    expectGolden("report.junit.xml", xml);
  });

  it("has one suite per file, including files with no plan", () => {
    expect(childrenNamed(root, "testsuite").map((s) => s.attributes.name)).toEqual([PLAN_FILE, EMPTY_FILE, TEMPLATE_FILE, MISSING_FILE]);
    // Without the list of files, a file with neither plan nor diagnostic cannot be known.
    const without = parseXml(renderJunit(REPORT, { lang: "vi" }));
    expect(childrenNamed(without, "testsuite").map((s) => s.attributes.name)).toEqual([PLAN_FILE, TEMPLATE_FILE, MISSING_FILE]);
  });

  it("has a test case per plan and per mandate", () => {
    const suite = childrenNamed(root, "testsuite")[0]!;
    expect(childrenNamed(suite, "testcase").map((c) => [c.attributes.name, c.attributes.classname])).toEqual([
      ["skhdt-2024", PLAN_FILE],
      ["hai-phong:noi-dung.the-che", PLAN_FILE],
      ["hai-phong:bao-cao.6-thang", PLAN_FILE],
      ["hai-phong:hop.dinh-ky", PLAN_FILE],
      ["hai-phong:tap-huan", PLAN_FILE],
    ]);
    expect(testcase(root, TEMPLATE_FILE, "hai-phong").children).toEqual([]);
  });

  it("passes covered mandates, skips waived ones and fails missing ones", () => {
    const covered = testcase(root, PLAN_FILE, "hai-phong:noi-dung.the-che");
    expect(childrenNamed(covered, "failure")).toEqual([]);
    expect(childrenNamed(covered, "system-out")[0]!.text).toBe("Đáp ứng bởi: t1, t2");

    expect(childrenNamed(testcase(root, PLAN_FILE, "hai-phong:hop.dinh-ky"), "skipped")[0]!.attributes.message).toBe(
      'Đơn vị không tổ chức họp <định kỳ> & "khác"',
    );
    expect(childrenNamed(testcase(root, PLAN_FILE, "hai-phong:tap-huan"), "skipped")[0]!.attributes.message).toBe("được miễn");
    const en = parseXml(renderJunit(REPORT, { lang: "en" }));
    expect(childrenNamed(testcase(en, PLAN_FILE, "hai-phong:tap-huan"), "skipped")[0]!.attributes.message).toBe("waived");

    const missing = childrenNamed(testcase(root, PLAN_FILE, "hai-phong:bao-cao.6-thang"), "failure")[0]!;
    expect(missing.attributes.message).toBe("Yêu cầu hai-phong:bao-cao.6-thang (Báo cáo 6 tháng) chưa được đáp ứng");
    expect(missing.attributes.type).toBe("missing");
    // The coverage diagnostic about this mandate goes here, with its related location in the template.
    expect(missing.text).toContain("lỗi[KH301]: Yêu cầu `hai-phong:bao-cao.6-thang` chưa có nhiệm vụ đáp ứng");
    expect(missing.text).toContain('::: templates/hai-phong.kh:7:3: yêu cầu được khai báo ở đây: "Báo cáo 6 tháng", hạn 10/06');
  });

  it("puts other errors on the plan's test case and warnings in its system-out", () => {
    const plan = testcase(root, PLAN_FILE, "skhdt-2024");
    const failures = childrenNamed(plan, "failure");
    expect(failures).toHaveLength(1);
    expect(failures[0]!.attributes.type).toBe("KH105");
    expect(failures[0]!.text).not.toContain("KH301");
    const out = childrenNamed(plan, "system-out")[0]!.text;
    expect(out).toContain("cảnh báo[KH112]: Trộn từ khóa tiếng Việt và tiếng Anh (`title`)");
    expect(out).toContain("ghi chú[KH599]");
  });

  it("escapes markup, quotes, line breaks and control characters", () => {
    const failure = childrenNamed(testcase(root, PLAN_FILE, "skhdt-2024"), "failure")[0]!;
    // Attribute values keep their line breaks (written as character references).
    expect(failure.attributes.message).toBe(`KH105: ${NASTY}`);
    expect(failure.text).toContain(NASTY);
    expect(xml).not.toContain("\u0001");
    expect(childrenNamed(testcase(root, PLAN_FILE, "skhdt-2024"), "system-out")[0]!.text).toContain("control \uFFFD\uFFFD chars \u{1F4C5}");
  });

  it("ties coverage diagnostics to mandates as the coverage rules word them", () => {
    const plan = {
      ...REPORT.plans[0]!,
      mandates: [
        { origin: "hai-phong", id: "bao-cao", status: "missing" as const, by: [] },
        { origin: "bo-noi-vu", id: "bao-cao", status: "missing" as const, by: [] },
        { origin: "hai-phong", id: "tap-huan", status: "missing" as const, by: [] },
      ],
    };
    const diag = (code: string, en: string) => ({ ...REPORT.diagnostics[3]!, code, message: { vi: en, en } });
    expect(mandateOf(diag("KH301", "Mandate `tap-huan` (Tập huấn) of hai-phong is not covered"), plan)).toBe(plan.mandates[2]);
    expect(mandateOf(diag("KH301", "Mandate `bao-cao` (Báo cáo) of bo-noi-vu is not covered"), plan)).toBe(plan.mandates[1]);
    expect(mandateOf(diag("KH301", "Mandate `hai-phong:bao-cao` is not covered"), plan)).toBe(plan.mandates[0]);
    expect(mandateOf(diag("KH301", "Mandate `bao-cao` is not covered"), plan)).toBeUndefined();
    expect(mandateOf(diag("KH105", "Mandate `tap-huan` date"), plan)).toBeUndefined();
  });

  it("reports an I/O error on the file's own test case", () => {
    const c = testcase(root, MISSING_FILE, MISSING_FILE);
    expect(childrenNamed(c, "failure")[0]!.attributes.type).toBe("KH002");
  });

  it("stays well-formed for arbitrary text anywhere", () => {
    // Any UTF-16 code unit (so lone surrogates and C0 controls too), full code points, and markup.
    const unit = fc.oneof(
      fc.nat({ max: 0xffff }).map((n) => String.fromCharCode(n)),
      fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
      fc.constantFrom("<", ">", "&", '"', "'", "\r", "\n", "\t", "]]>", "&amp;", "\u0000", "\uFFFE"),
    );
    const text = fc.string({ unit });
    fc.assert(
      fc.property(text, text, text, (id, title, message) => {
        const report: CheckReport = {
          ...REPORT,
          plans: [{ ...REPORT.plans[0]!, id, mandates: [{ origin: id, id: title, title, status: "missing", by: [] }] }],
          diagnostics: [{ ...REPORT.diagnostics[1]!, message: { vi: message, en: message } }],
        };
        const doc = parseXml(renderJunit(report, { lang: "en" }));
        expectConsistentTotals(doc);
        const plan = childrenNamed(childrenNamed(doc, "testsuite")[0]!, "testcase")[0]!;
        expect(plan.attributes.name).toBe(xmlSafe(id));
        expect(childrenNamed(plan, "failure")[0]!.attributes.message).toBe(xmlSafe(`KH105: ${message}`));
      }),
      { numRuns: 300 },
    );
  });
});
