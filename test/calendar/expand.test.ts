/**
 * Expansion of plans into calendar items: the seed commune plan's timeline and report deadlines
 * as a reader would write them down, `after` placement and loops, bad input, and properties
 * (items inside the period, order independence, exact counts of recurring rules).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expandPlan, expandPlans, type CalendarItem } from "../../src/calendar/expand.js";
import { WorkingCalendar } from "../../src/calendar/working-days.js";
import { daysInMonth, isoDay } from "../../src/timing/day.js";
import { check, planOf, planText, repoDir, repoFile } from "./helpers.js";

const when = (x: CalendarItem) => (x.start === x.end ? isoDay(x.end) : `${isoDay(x.start)}..${isoDay(x.end)}`);

describe("the seed commune plan (Gio Sơn 32/KH-UBND 2022)", () => {
  const result = check([repoFile("test/workspaces/first-2022/examples/gio-son-cchc-2022.kh")], { library: repoDir("test/workspaces/first-2022/templates") });
  const exp = expandPlan(planOf(result, "gio-son-cchc-2022"));
  const of = (task: string) => exp.items.filter((x) => x.task === task);

  it("has no errors to begin with", () => {
    expect(result.report.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });

  it("gives the quarterly timeline Quý I–IV/2022 as four windows, each meeting the district's quarter", () => {
    const rows = ["quy-1", "quy-2", "quy-3", "quy-4"].map((t) => {
      const [x, ...rest] = of(t);
      expect(rest).toEqual([]);
      const m = x!.mandates.find((c) => c.id === "tuyen-truyen.hang-quy")!;
      return [t, x!.kind, when(x!), x!.lead?.id, m.origin, m.occurrence && `${isoDay(m.occurrence.start!)}..${isoDay(m.occurrence.end)}`];
    });
    expect(rows).toEqual([
      ["quy-1", "window", "2022-01-01..2022-03-31", "van-hoa-thong-tin", "gio-linh-cchc-2022", "2022-01-01..2022-03-31"],
      ["quy-2", "window", "2022-04-01..2022-06-30", "van-hoa-thong-tin", "gio-linh-cchc-2022", "2022-04-01..2022-06-30"],
      ["quy-3", "window", "2022-07-01..2022-09-30", "van-hoa-thong-tin", "gio-linh-cchc-2022", "2022-07-01..2022-09-30"],
      ["quy-4", "window", "2022-10-01..2022-12-31", "van-hoa-thong-tin", "gio-linh-cchc-2022", "2022-10-01..2022-12-31"],
    ]);
    expect(of("quy-3")[0]!.coordinating.map((u) => u.label)).toEqual(["Trung tâm VH TT-TD TT huyện"]);
  });

  it("gives the reports '6 tháng trước ngày 10/6 và cả năm trước ngày 10/12' as two deadlines, with the district's mandate beside each", () => {
    const reports = of("bao-cao");
    expect(reports.map((x) => [x.kind, when(x), x.field])).toEqual([
      ["deadline", "2022-06-10", "due"],
      ["deadline", "2022-12-10", "due"],
    ]);
    for (const x of reports) {
      expect(x.lead).toEqual({ id: "van-hoa-thong-tin", label: "Văn hóa và Thông tin xã" });
      const m = x.mandates[0]!;
      expect([m.origin, m.id, m.kind, m.due?.vi]).toEqual(["gio-linh-cchc-2022", "bao-cao.dinh-ky", "bao-cao", "hằng năm trước 10/06 và 10/12"]);
      expect(isoDay(m.occurrence!.end)).toBe(isoDay(x.end));
    }
    // 10/12/2022 is a Saturday: both readings travel with the item
    expect(reports[0]!.readings).toBeUndefined();
    const r = reports[1]!.readings!;
    expect([r.why.kind, isoDay(r.previous), isoDay(r.next), isoDay(r.adopted)]).toEqual(["rest", "2022-12-09", "2022-12-12", "2022-12-09"]);
  });

  it("gives continuous (thường xuyên) work one spanning item, monthly radio news twelve, the plan's issue one day", () => {
    for (const t of ["trien-khai", "phoi-hop-ttvh", "cap-nhat-tthc", "huong-dan-cong-khai", "long-ghep-pbgdpl", "ra-soat-tthc"]) {
      expect(of(t).map((x) => [x.kind, when(x)])).toEqual([["continuous", "2022-01-01..2022-12-31"]]);
    }
    const radio = of("truyen-thanh");
    expect(radio).toHaveLength(12);
    expect(radio.map(when)).toEqual(Array.from({ length: 12 }, (_, i) => `2022-${String(i + 1).padStart(2, "0")}-01..2022-${String(i + 1).padStart(2, "0")}-${daysInMonth(2022, i + 1)}`));
    const issue = of("ban-hanh");
    expect(issue.map((x) => [x.kind, when(x), isoDay(x.mandates[0]!.occurrence!.end)])).toEqual([["window", "2022-02-14", "2022-02-28"]]);
  });

  it("gives every item a distinct, readable UID", () => {
    const uids = exp.items.map((x) => x.uid);
    expect(new Set(uids).size).toBe(uids.length);
    expect(uids).toContain("bao-cao.due.1.gio-son-cchc-2022@kehoach");
    expect(uids.every((u) => /^[A-Za-z0-9._-]+@kehoach$/.test(u))).toBe(true);
  });

  it("places nothing outside the plan and leaves no task unplaced", () => {
    expect(exp.unplaced).toEqual([]);
    expect(exp.cycles).toEqual([]);
  });
});

describe("the bundled plans, merged", () => {
  it("holds every report deadline of examples/ in date order", () => {
    const result = check(repoDir("test/workspaces/first-2022/examples"), { library: repoDir("test/workspaces/first-2022/templates") });
    const exp = expandPlans(result.workspace.plans.values());
    const deadlines = exp.items.filter((x) => x.kind === "deadline").map((x) => `${isoDay(x.end)} ${x.plan.id} ${x.task}`);
    expect(deadlines).toEqual([
      "2022-06-10 gio-son-cchc-2022 bao-cao",
      "2022-12-10 gio-son-cchc-2022 bao-cao",
      "2024-06-05 hai-phong-skhdt-2024 bao-cao-6-thang",
      "2024-12-05 hai-phong-skhdt-2024 bao-cao-nam",
    ]);
    const hp = exp.items.find((x) => x.task === "bao-cao-6-thang")!;
    expect(hp.mandates.map((m) => [m.origin, m.id, isoDay(m.occurrence!.end)])).toEqual([["hai-phong-cchc-2024", "bao-cao.6-thang", "2024-06-10"]]);
  });
});

describe("after TASK", () => {
  const expand = (members: string, header?: string) => {
    const r = check([{ file: "p.kh", text: planText("p", members, header) }]);
    return { r, exp: expandPlan(planOf(r, "p")) };
  };

  it("starts on the first working day after the task it follows, along a chain", () => {
    const { exp, r } = expand(`
  task a "A" { lead vp due before 26/04/2024 }
  task b "B" { lead vp timing after a }
  task c "C" { lead tp timing after b }
  task d "D" { lead tp due before 07/02/2024 }
  task e "E" { lead tp timing after d }`);
    expect(r.report.diagnostics.filter((d) => d.code !== "KH506")).toEqual([]);
    const starts = exp.items.filter((x) => x.kind === "start").map((x) => [x.task, x.after, isoDay(x.start)]);
    // Fri 26/04 → Mon 29/04 (30/04 and 01/05 are holidays) → Thu 02/05; Tết 2024 → Thu 15/02
    expect(starts).toEqual([
      ["e", "d", "2024-02-15"],
      ["b", "a", "2024-04-29"],
      ["c", "b", "2024-05-02"],
    ]);
  });

  it("reports a loop of `after` once, naming it (KH505), and places none of it", () => {
    const { r, exp } = expand(`
  task a "A" { timing after c }
  task b "B" { timing after a }
  task c "C" { timing after b }
  task s "S" { timing after s }
  task ok "OK" { timing after b }`);
    const loops = r.report.diagnostics.filter((d) => d.code === "KH505");
    expect(loops.map((d) => [d.severity, d.span.line, d.message.en])).toEqual([
      ["error", 9, "Loop of `after`: a → c → b → a; these tasks cannot be scheduled"],
      ["error", 12, "Loop of `after`: s → s; these tasks cannot be scheduled"],
    ]);
    expect(loops[0]!.related).toHaveLength(2);
    expect(exp.items).toEqual([]);
    expect(exp.unplaced.map((u) => [u.task, u.reason])).toEqual([
      ["a", "after-cycle"],
      ["b", "after-cycle"],
      ["c", "after-cycle"],
      ["ok", "after-unplaced"],
      ["s", "after-cycle"],
    ]);
  });

  it("says why a task cannot be placed: unknown task, after continuous work, no timing", () => {
    const { r, exp } = expand(`
  task a "A" { timing continuous }
  task b "B" { timing after a }
  task c "C" { timing after nobody }
  task d "D" { lead vp }`);
    expect(r.report.diagnostics.map((d) => d.code)).toContain("KH504");
    expect(exp.unplaced.map((u) => [u.task, u.reason, u.detail ?? null])).toEqual([
      ["b", "after-past-period", "a"],
      ["c", "after-unknown", "nobody"],
      ["d", "no-timing", null],
    ]);
  });
});

describe("bad input gets a diagnostic, never a crash", () => {
  it.each([
    ["a 30/02", `task a "A" { due before 30/02/2024 }`, "KH105"],
    ["a range that ends before it starts", `task a "A" { timing 01/06/2024 .. 01/03/2024 }`, "KH105"],
    ["a deadline outside the period", `task a "A" { due before 10/06/2025 }`, "KH501"],
    ["a quarter outside the period", `task a "A" { timing Q1 2023 }`, "KH501"],
  ])("%s", (_, members, code) => {
    const r = check([{ file: "p.kh", text: planText("p", members) }]);
    expect(r.report.diagnostics.map((d) => d.code)).toContain(code);
    const plan = r.workspace.plans.get("p");
    if (plan) {
      const exp = expandPlan(plan);
      for (const x of exp.items) {
        expect(x.start).toBeGreaterThanOrEqual(plan.period!.start);
        expect(x.end).toBeLessThanOrEqual(plan.period!.end);
      }
    }
  });
});

// ---- properties ------------------------------------------------------------------------------

const dd = (d: number, m: number, y?: number) => `${String(d).padStart(2, "0")}/${String(m).padStart(2, "0")}${y !== undefined ? `/${y}` : ""}`;
const dateArb = fc.record({ y: fc.integer({ min: 2023, max: 2025 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) });
const timingArb: fc.Arbitrary<string> = fc.oneof(
  fc.constant("timing continuous"),
  dateArb.map((x) => `timing ${dd(x.d, x.m, x.y)}`),
  dateArb.map((x) => `due before ${dd(x.d, x.m, x.y)}`),
  fc.tuple(dateArb, fc.integer({ min: 0, max: 400 })).map(([x, n]) => {
    const from = new Date(Date.UTC(x.y, x.m - 1, x.d));
    const to = new Date(from.getTime() + n * 86_400_000);
    return `timing ${dd(x.d, x.m, x.y)} .. ${dd(to.getUTCDate(), to.getUTCMonth() + 1, to.getUTCFullYear())}`;
  }),
  fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 2023, max: 2025 })).map(([q, y]) => `timing Q${q} ${y}`),
  fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 2023, max: 2025 })).map(([m, y]) => `timing month ${m}/${y}`),
  fc.tuple(fc.integer({ min: 1, max: 2 }), fc.integer({ min: 2023, max: 2025 })).map(([h, y]) => `timing H${h} ${y}`),
  fc.integer({ min: 2023, max: 2025 }).map((y) => `timing year ${y}`),
  fc.constantFrom("timing every month", "timing every quarter", "timing every year", "due every month before 5", "due every year before 10/06 and 10/12"),
);
const tasksArb = fc.array(fc.tuple(timingArb, fc.option(fc.integer({ min: 0, max: 9 }), { nil: undefined })), { minLength: 1, maxLength: 8 });

function tasksText(tasks: readonly (readonly [string, number | undefined])[]): string[] {
  return tasks.map(([timing, after], i) => {
    const extra = after !== undefined && after !== i && after < tasks.length ? `\n    timing after t${after}` : "";
    return `  task t${i} "Nhiệm vụ ${i}" {\n    lead vp\n    ${timing}${extra}\n  }`;
  });
}

/** Items without their source positions, for comparing two expansions. */
const plain = (items: readonly CalendarItem[]) => items.map(({ span: _span, ...rest }) => rest);

describe("properties", () => {
  it("every item lies inside the plan period and starts no later than it ends", () => {
    fc.assert(
      fc.property(tasksArb, fc.integer({ min: 0, max: 2 }), (tasks, periodKind) => {
        const header = ["period year 2024", "period 15/03/2024 .. 20/08/2025", "period Q2 2024"][periodKind]!;
        const r = check([{ file: "p.kh", text: planText("p", tasksText(tasks).join("\n"), header) }]);
        const plan = planOf(r, "p");
        const exp = expandPlan(plan);
        for (const x of exp.items) {
          expect(x.start).toBeLessThanOrEqual(x.end);
          expect(x.start).toBeGreaterThanOrEqual(plan.period!.start);
          expect(x.end).toBeLessThanOrEqual(plan.period!.end);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("expansion does not depend on the order of tasks in the file", () => {
    fc.assert(
      fc.property(tasksArb.chain((t) => fc.tuple(fc.constant(t), fc.shuffledSubarray(tasksText(t), { minLength: t.length, maxLength: t.length }))), ([tasks, shuffled]) => {
        const a = expandPlan(planOf(check([{ file: "p.kh", text: planText("p", tasksText(tasks).join("\n")) }]), "p"));
        const b = expandPlan(planOf(check([{ file: "p.kh", text: planText("p", shuffled.join("\n")) }]), "p"));
        expect(plain(b.items)).toEqual(plain(a.items));
        expect(b.unplaced.map((u) => [u.task, u.reason])).toEqual(a.unplaced.map((u) => [u.task, u.reason]));
      }),
      { numRuns: 100 },
    );
  });

  it("a merged calendar does not depend on the order of plans", () => {
    const r = check(repoDir("test/workspaces/first-2022/examples"), { library: repoDir("test/workspaces/first-2022/templates") });
    const plans = [...r.workspace.plans.values()];
    const cal = new WorkingCalendar();
    expect(plain(expandPlans([...plans].reverse(), cal).items)).toEqual(plain(expandPlans(plans, cal).items));
  });

  it("a recurring rule over a period yields exactly the expected count", () => {
    const period = fc
      .record({ y1: fc.integer({ min: 2020, max: 2030 }), m1: fc.integer({ min: 1, max: 12 }), months: fc.integer({ min: 1, max: 60 }) })
      .map(({ y1, m1, months }) => {
        const endIndex = y1 * 12 + (m1 - 1) + months - 1;
        const [y2, m2] = [Math.floor(endIndex / 12), (endIndex % 12) + 1];
        return { y1, m1, y2, m2, months };
      });
    fc.assert(
      fc.property(period, ({ y1, m1, y2, m2, months }) => {
        const header = `period ${dd(1, m1, y1)} .. ${dd(daysInMonth(y2, m2), m2, y2)}`;
        const r = check([
          {
            file: "p.kh",
            text: planText(
              "p",
              `  task m "M" { timing every month }\n  task r "R" { due every month before 5 }\n  task y "Y" { due every year before 10/06 and 10/12 }\n  task q "Q" { timing every quarter }`,
              header,
            ),
          },
        ]);
        const exp = expandPlan(planOf(r, "p"));
        const count = (t: string) => exp.items.filter((x) => x.task === t).length;
        expect(count("m")).toBe(months);
        expect(count("r")).toBe(months);
        let reports = 0;
        let quarters = 0;
        for (let i = 0; i < months; i++) {
          const m = ((m1 - 1 + i) % 12) + 1;
          if (m === 6 || m === 12) reports++;
          if (m % 3 === 1 || i === 0) quarters++;
        }
        expect(count("y")).toBe(reports);
        expect(count("q")).toBe(quarters);
      }),
      { numRuns: 100 },
    );
  });
});
