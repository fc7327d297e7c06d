/**
 * The timing `kh derive` gives each stub: the latest the mandate allows after every refinement of
 * the chain, on a working day, before the parent's own deadline for reports; the mandate's own
 * form when it says exactly that. Small workspaces written inline, each checked after filling.
 */
import { describe, expect, it } from "vitest";
import { parseCalendarSettings, type CalendarSettings } from "../../src/calendar/settings.js";
import { checkWorkspace, type SourceFile } from "../../src/check/check.js";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import { derivePlan, type DerivedPlan } from "../../src/derive/index.js";
import { fillPlaceholders, placeholderLines, problems } from "./helpers.js";

const ROOT = `template root {
  title "Chương trình cải cách hành chính"
  issuer "Chính phủ"
  level national
  period 01/01/2024 .. 31/12/2024
  role office "Đơn vị tham mưu tổng hợp"
  mandate bao-cao "Báo cáo 6 tháng và năm" {
    applies-to commune
    lead role office
    due every year before 10/06 and 10/12
    waivable no
    kind report
  }
  mandate tuyen-truyen "Tuyên truyền cải cách hành chính" {
    applies-to province, commune
    due continuous
  }
  mandate hoi-nghi "Hội nghị sơ kết" {
    applies-to commune
    due Q2 2024
    waivable no
  }
}
`;

function src(file: string, text: string): SourceFile {
  return { file, text };
}

async function draft(sources: SourceFile[], template: string, opts: { calendar?: CalendarSettings; level?: string } = {}): Promise<DerivedPlan> {
  const r = await derivePlan(
    { template, level: opts.level ?? "commune", issuer: "UBND xã Thử", dialect: "en" },
    { sources, ...(opts.calendar && { calendar: opts.calendar }) },
  );
  if (!r.ok) throw new Error(r.problem.message.en);
  return r.plan;
}

/** A workspace of one root template and the commune draft of it. */
async function fromRoot(root: string, opts: { calendar?: CalendarSettings } = {}): Promise<{ sources: SourceFile[]; plan: DerivedPlan }> {
  const sources = [src("templates/root.kh", root)];
  return { sources, plan: await draft(sources, "root", opts) };
}

/** The draft checks with KH701 only, and clean once filled; `checked` files are checked with it (their own problems aside). */
function expectChecks(sources: SourceFile[], plan: DerivedPlan, opts: { calendar?: CalendarSettings; checked?: readonly string[]; allow?: readonly string[] } = {}): void {
  const checked = new Set(opts.checked ?? []);
  const run = (text: string) =>
    checkWorkspace({
      sources: [src(plan.file, text), ...sources.filter((s) => checked.has(s.file))],
      library: sources.filter((s) => !checked.has(s.file)),
      ...(opts.calendar && { calendar: opts.calendar }),
    }).report.diagnostics.filter((d) => d.span.file === plan.file);
  const allowed = (d: Diagnostic) => !(opts.allow ?? []).includes(d.code);
  const before = run(plan.text);
  expect(problems(before.filter((d) => d.code !== "KH701").filter(allowed))).toEqual([]);
  expect(before.filter((d) => d.code === "KH701").map((d) => d.span.line)).toEqual(placeholderLines(plan.text));
  expect(problems(run(fillPlaceholders(plan.text)).filter(allowed))).toEqual([]);
}

function taskBlock(text: string, id: string): string {
  const m = new RegExp(`  task ${id.replace(/\./g, "\\.")} "[^"]*" \\{\\n([\\s\\S]*?)\\n  \\}`).exec(text);
  if (!m) throw new Error(`no task ${id} in\n${text}`);
  return m[1]!;
}

describe("kh derive: deadlines", () => {
  it("keeps the mandate's own form when it is the latest allowed", async () => {
    const { sources, plan } = await fromRoot(ROOT);
    expect(taskBlock(plan.text, "bao-cao")).toBe("    covers bao-cao\n    lead office\n    due every year before 10/06 and 10/12");
    expect(taskBlock(plan.text, "tuyen-truyen")).toContain("timing continuous");
    expect(taskBlock(plan.text, "hoi-nghi")).toContain("timing Q2 2024");
    expectChecks(sources, plan);
  });

  it("takes the refinement of an intermediate plan; a mandate for communes passes through the province", async () => {
    const province = `plan tinh {
  title "Kế hoạch của tỉnh"
  issuer "UBND tỉnh"
  level province
  implements root
  unit vp "Văn phòng UBND tỉnh"
  task tt "Tuyên truyền" {
    covers tuyen-truyen
    lead vp
    timing continuous
  }
  refine bao-cao {
    due every year before 05/06 and 05/12
  }
}
`;
    const sources = [src("templates/root.kh", ROOT), src("templates/tinh.kh", province)];
    const plan = await draft(sources, "tinh");
    expect(taskBlock(plan.text, "bao-cao")).toContain("due every year before 05/06 and 05/12");
    expect(plan.text).toContain("  task hoi-nghi ");
    expectChecks(sources, plan);
  });

  it("writes out the meet of two parents' refinements when neither form says it", async () => {
    const a = `plan a {\n  title "A"\n  issuer "A"\n  level province\n  implements root\n  refine bao-cao {\n    due every year before 05/06 and 10/12\n  }\n}\n`;
    const b = `plan b {\n  title "B"\n  issuer "B"\n  level province\n  implements root\n  refine bao-cao {\n    due every year before 10/06 and 05/12\n  }\n}\n`;
    const c = `template c {\n  title "C"\n  issuer "C"\n  level department\n  implements a, b\n}\n`;
    const sources = [src("t/root.kh", ROOT), src("t/a.kh", a), src("t/b.kh", b), src("t/c.kh", c)];
    const plan = await draft(sources, "c");
    expect(taskBlock(plan.text, "bao-cao")).toContain("due every year before 05/06 and 05/12");
    expectChecks(sources, plan);
  });

  it("moves a deadline on a day off to the working day before, and says so", async () => {
    // 30/04/2024 is Reunification Day; 01/06/2024 a Saturday
    const root = ROOT.replace("every year before 10/06 and 10/12", "every year before 30/04 and 01/06");
    const { sources, plan } = await fromRoot(root);
    expect(taskBlock(plan.text, "bao-cao")).toContain("due every year before 29/04 and 31/05");
    expect(plan.text).toContain("# Due earlier than the parent's deadline, on a working day and in time for the parent: 30/04/2024 → 29/04/2024, 01/06/2024 → 31/05/2024");
    expectChecks(sources, plan);
  });

  it("leaves a report the workspace's lead time before the parent's deadline (KH507)", async () => {
    const calendar = parseCalendarSettings({ leadTimeDays: 5 }, "kehoach.json").settings;
    const { sources, plan } = await fromRoot(ROOT, { calendar });
    // 10/06/2024 is a Monday: five working days before is Monday 03/06; 10/12 (Tuesday) gives 03/12
    expect(taskBlock(plan.text, "bao-cao")).toContain("due every year before 03/06 and 03/12");
    expectChecks(sources, plan, { calendar });
  });

  it("reports before the parent plan's own deadline for the same report when the parent covers it", async () => {
    const province = `plan tinh {
  title "Kế hoạch của tỉnh"
  issuer "UBND tỉnh"
  level province
  implements root
  unit vp "Văn phòng" role office
  task tt "Tuyên truyền" {
    covers tuyen-truyen
    lead vp
    timing continuous
  }
  task bc "Báo cáo của tỉnh" {
    covers bao-cao
    lead vp
    due every year before 07/06 and 06/12
  }
}
`;
    // the province's own report mandate binds it too
    const root = ROOT.replace("applies-to commune\n    lead role office", "applies-to province, commune\n    lead role office");
    const sources = [src("templates/root.kh", root), src("templates/tinh.kh", province)];
    const plan = await draft(sources, "tinh");
    expect(taskBlock(plan.text, "bao-cao")).toContain("due every year before 06/06 and 05/12");
    // checked together with the province plan, the stricter rule of KH507 applies and is met
    expectChecks(sources, plan, { checked: ["templates/tinh.kh"] });
  });

  it("leaves out a deadline that falls outside the plan's period, with a note", async () => {
    const root = ROOT.replace("due Q2 2024", "due before 15/01/2023");
    const { sources, plan } = await fromRoot(root);
    expect(taskBlock(plan.text, "hoi-nghi")).toBe("    covers hoi-nghi\n    lead TODO");
    expect(plan.text).toContain("# This mandate's deadline falls outside the plan period; add a timing if needed.");
    // the template asks for something before its own period starts: no task inside the period can
    // meet it, and the check says so (KH503, a warning) rather than derive inventing a date
    expectChecks(sources, plan, { allow: ["KH503"] });
    const diagnostics = checkWorkspace({ sources: [src(plan.file, plan.text)], library: sources }).report.diagnostics;
    expect(diagnostics.filter((d) => d.code === "KH503").map((d) => d.message.en)).toEqual([expect.stringContaining("`hoi-nghi`")]);
  });

  it("copies the deadline as written when no plan of the chain has a period", async () => {
    const root = ROOT.replace("  period 01/01/2024 .. 31/12/2024\n", "");
    const { sources, plan } = await fromRoot(root);
    expect(plan.text).not.toContain("period");
    expect(taskBlock(plan.text, "bao-cao")).toContain("due every year before 10/06 and 10/12");
    expectChecks(sources, plan);
  });

  it("qualifies a mandate two parents both name, in `covers` and in the task id", async () => {
    const p = (id: string) => `template ${id} {\n  title "${id}"\n  issuer "${id}"\n  level province\n  mandate bao-cao "Báo cáo ${id}" {\n    applies-to commune\n    due before 10/06/2024\n  }\n}\n`;
    const both = `template both {\n  title "Both"\n  issuer "Huyện"\n  level district\n  period year 2024\n  implements p1, p2\n}\n`;
    const sources = [src("t/p1.kh", p("p1")), src("t/p2.kh", p("p2")), src("t/both.kh", both)];
    const plan = await draft(sources, "both");
    expect(taskBlock(plan.text, "p1.bao-cao")).toContain("covers p1:bao-cao");
    expect(taskBlock(plan.text, "p2.bao-cao")).toContain("covers p2:bao-cao");
    expectChecks(sources, plan);
  });
});
