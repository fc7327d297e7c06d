/**
 * The calendar checks in the pipeline: KH506 (deadline on a day off, both readings and the
 * policy), KH507 (report due too late for the parent, lead time in working days), KH508 (busy
 * day), and their catalogue entries.
 */
import { describe, expect, it } from "vitest";
import { parseCalendarSettings } from "../../src/calendar/settings.js";
import { codeDoc } from "../../src/diagnostics/codes.js";
import { CALENDAR_CODES } from "../../src/diagnostics/codes-calendar.js";
import { check, planText, repoDir, repoFile } from "./helpers.js";

const settings = (raw: unknown) => {
  const p = parseCalendarSettings(raw);
  expect(p.diagnostics).toEqual([]);
  return p.settings;
};

describe("KH506: deadline on a weekend or holiday", () => {
  it("warns on the seed plan's 10/12/2022 (a Saturday) in the plan and in the district template, with both readings", () => {
    const r = check([repoFile("test/workspaces/first-2022/examples/gio-son-cchc-2022.kh"), repoFile("test/workspaces/first-2022/templates/gio-linh-cchc-2022.kh")], { library: repoDir("test/workspaces/first-2022/templates") });
    const w = r.report.diagnostics.filter((d) => d.code === "KH506");
    expect(w.map((d) => [d.severity, d.span.file, d.span.line])).toEqual([
      ["warning", "test/workspaces/first-2022/examples/gio-son-cchc-2022.kh", 108],
      ["warning", "test/workspaces/first-2022/templates/gio-linh-cchc-2022.kh", 82],
    ]);
    expect(w[0]!.message.vi).toContain("Hạn 10/12/2022 rơi vào thứ Bảy");
    expect(w[0]!.message.vi).toContain("thứ Sáu 09/12/2022");
    expect(w[0]!.message.vi).toContain("thứ Hai 12/12/2022 (khoản 5 Điều 148 Bộ luật Dân sự 2015)");
    expect(w[0]!.message.en).toContain("calendar.deadlinePolicy = previous-working-day): 09/12/2022");
  });

  it("names the holiday and follows the policy", () => {
    const text = planText("p", `  task a "A" { lead vp due before 27/04/2026 }\n  task b "B" { lead vp due every month before 1 }`, "period year 2026");
    const r = check([{ file: "p.kh", text }], { calendar: settings({ deadlinePolicy: "next-working-day" }) });
    const w = r.report.diagnostics.filter((d) => d.code === "KH506");
    expect(w[0]!.message.en).toContain("falls on Monday, the make-up day for Hung Kings' Commemoration (lunar 10/3).");
    expect(w[0]!.message.en).toContain("calendar.deadlinePolicy = next-working-day): 28/04/2026");
    // every month before 1: 1/1 (holiday), 1/2 (Sunday), 1/3 (Sunday), 1/5 (holiday), 1/8 (Saturday), 1/9, 1/11 (Sunday)
    expect(w[1]!.message.en).toMatch(/^7 deadlines fall on days off/);
    expect(w[1]!.message.en).toContain("01/05/2026 (Friday, a public holiday: International Labour Day (1/5): 29/04/2026 or 04/05/2026)");
  });
});

describe("KH507: report deadlines and the parent", () => {
  const template = `template t {
  title "Mẫu" issuer "UBND tỉnh" level province period year 2024
  mandate bc "Báo cáo 6 tháng" {
    applies-to district, commune
    due before 15/06 every year
    kind report
  }
}
`;
  const district = (due: string) => `plan d {
  title "Huyện" issuer "UBND huyện" level district implements t
  unit vp "Văn phòng"
  task bc "Báo cáo" { covers bc lead vp due before ${due} }
}
`;
  const commune = (due: string) => `plan c {
  title "Xã" issuer "UBND xã" level commune implements d
  unit vp "Văn phòng"
  task bc "Báo cáo" { covers bc lead vp due before ${due} }
}
`;
  const run = (d: string, c: string, raw?: unknown) =>
    check(
      [
        { file: "d.kh", text: district(d) },
        { file: "c.kh", text: commune(c) },
      ],
      { library: [{ file: "t.kh", text: template }], ...(raw !== undefined && { calendar: settings(raw) }) },
    ).report.diagnostics.filter((x) => x.code === "KH507");

  it("a commune due the same day as its district leaves the district no time", () => {
    const e = run("10/06/2024", "10/06/2024");
    expect(e.map((x) => [x.severity, x.span.file, x.message.en])).toEqual([
      ["error", "c.kh", "Report `bc` due 10/06/2024 leaves the parent no time: the parent plan d is due 10/06/2024; `bc` must be due no later than 09/06/2024 (it must come earlier)"],
    ]);
    expect(e[0]!.related[0]!.span.file).toBe("d.kh");
    expect(run("10/06/2024", "07/06/2024")).toEqual([]);
  });

  it("counts the lead time in working days (calendar.leadTimeDays, calendar.leadTimes)", () => {
    expect(run("10/06/2024", "07/06/2024", { leadTimeDays: 3 }).map((x) => x.message.en)).toEqual([
      "Report `bc` due 07/06/2024 leaves the parent no time: the parent plan d is due 10/06/2024; `bc` must be due no later than 05/06/2024 (3 working days before)",
    ]);
    expect(run("10/06/2024", "05/06/2024", { leadTimeDays: 3 })).toEqual([]);
    expect(run("10/06/2024", "07/06/2024", { leadTimeDays: 3, leadTimes: { "t:bc": 1 } })).toEqual([]);
  });

  it("without the parent plan, measures the lead time from the mandate's own deadline", () => {
    const r = check([{ file: "d.kh", text: district("12/06/2024") }], { library: [{ file: "t.kh", text: template }], calendar: settings({ leadTimeDays: 5 }) });
    expect(r.report.diagnostics.filter((x) => x.code === "KH507").map((x) => x.message.en)).toEqual([
      "Report `bc` due 12/06/2024 leaves the parent no time: t sets the deadline 15/06/2024; `bc` must be due no later than 07/06/2024 (5 working days before)",
    ]);
    // leadTimeDays 0 (the default): KH502 alone judges the mandate's own deadline
    const plain = check([{ file: "d.kh", text: district("14/06/2024") }], { library: [{ file: "t.kh", text: template }] });
    expect(plain.report.diagnostics.filter((x) => x.code === "KH507")).toEqual([]);
  });
});

describe("KH508: many deadlines for one unit on one day", () => {
  const tasks = [1, 2, 3, 4].map((i) => `  task t${i} "Việc ${i}" { lead vp due before 12/06/2024 }`).join("\n");
  it("is an info note above the threshold (default 3), silent at or below it", () => {
    const r = check([{ file: "p.kh", text: planText("p", tasks) }]);
    const i = r.report.diagnostics.filter((d) => d.code === "KH508");
    expect(i.map((d) => [d.severity, d.message.en])).toEqual([["info", "Văn phòng leads 4 tasks due on 12/06/2024 (more than 3): t1, t2, t3, t4"]]);
    expect(i[0]!.related).toHaveLength(3);
    const r4 = check([{ file: "p.kh", text: planText("p", tasks) }], { calendar: settings({ maxDeadlinesPerUnitPerDay: 4 }) });
    expect(r4.report.diagnostics.filter((d) => d.code === "KH508")).toEqual([]);
  });
});

describe("catalogue", () => {
  it("documents KH505–KH508 in both languages with a fix or an example", () => {
    expect(CALENDAR_CODES.map((c) => c.code)).toEqual(["KH505", "KH506", "KH507", "KH508"]);
    for (const c of CALENDAR_CODES) {
      expect(codeDoc(c.code)).toBe(c);
      expect(c.title.vi && c.title.en && c.explanation.vi && c.explanation.en).toBeTruthy();
    }
    expect(codeDoc("KH506")!.severity).toBe("warning");
    expect(codeDoc("KH508")!.severity).toBe("info");
  });
});
