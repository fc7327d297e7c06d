/**
 * Public holidays 2022–2030 (Labour Code 2019 art. 111–112): Tết, Giỗ Tổ, the fixed days and their
 * make-up days; the workspace's yearly adjustments; working days and deadline readings.
 */
import { describe, expect, it } from "vitest";
import { defaultNationalDayAdjacent, holidaysOf } from "../../src/calendar/holidays.js";
import { DEFAULT_CALENDAR_SETTINGS, parseCalendarSettings, parseDayText } from "../../src/calendar/settings.js";
import { WorkingCalendar } from "../../src/calendar/working-days.js";
import { dayOf, isoDay } from "../../src/timing/day.js";

const daysOff = (year: number, settings = DEFAULT_CALENDAR_SETTINGS) => holidaysOf(year, settings).daysOff.map((d) => `${isoDay(d.day)} ${d.kind}`);
const offDates = (year: number, settings = DEFAULT_CALENDAR_SETTINGS) => holidaysOf(year, settings).daysOff.map((d) => isoDay(d.day));

interface Row {
  year: number;
  /** Weekday days off around Tết (holidays and make-up days, weekends excluded). */
  tetOff: string[];
  gioTo: string;
  gioToMakeUp: string | null;
  /** Make-up days of the fixed holidays (1/1, 30/4, 1/5, 2/9 and its neighbour). */
  fixedMakeUps: string[];
}

// Tết: the default arrangement (last 2 days of the old year + first 3 of the new) with make-up
// days; for 2022–2026 it gives the same working days as the official decisions.
const TABLE: Row[] = [
  { year: 2022, tetOff: ["2022-01-31", "2022-02-01", "2022-02-02", "2022-02-03", "2022-02-04"], gioTo: "2022-04-10", gioToMakeUp: "2022-04-11", fixedMakeUps: ["2022-01-03", "2022-05-02", "2022-05-03"] },
  { year: 2023, tetOff: ["2023-01-20", "2023-01-23", "2023-01-24", "2023-01-25", "2023-01-26"], gioTo: "2023-04-29", gioToMakeUp: "2023-05-02", fixedMakeUps: ["2023-01-02", "2023-05-03", "2023-09-04"] },
  { year: 2024, tetOff: ["2024-02-08", "2024-02-09", "2024-02-12", "2024-02-13", "2024-02-14"], gioTo: "2024-04-18", gioToMakeUp: null, fixedMakeUps: [] },
  { year: 2025, tetOff: ["2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31"], gioTo: "2025-04-07", gioToMakeUp: null, fixedMakeUps: [] },
  { year: 2026, tetOff: ["2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20"], gioTo: "2026-04-26", gioToMakeUp: "2026-04-27", fixedMakeUps: [] },
  { year: 2027, tetOff: ["2027-02-04", "2027-02-05", "2027-02-08", "2027-02-09", "2027-02-10"], gioTo: "2027-04-16", gioToMakeUp: null, fixedMakeUps: ["2027-05-03"] },
  { year: 2028, tetOff: ["2028-01-24", "2028-01-25", "2028-01-26", "2028-01-27", "2028-01-28"], gioTo: "2028-04-04", gioToMakeUp: null, fixedMakeUps: ["2028-01-03", "2028-05-02", "2028-09-04"] },
  { year: 2029, tetOff: ["2029-02-12", "2029-02-13", "2029-02-14", "2029-02-15", "2029-02-16"], gioTo: "2029-04-23", gioToMakeUp: null, fixedMakeUps: ["2029-09-03", "2029-09-04"] },
  { year: 2030, tetOff: ["2030-01-31", "2030-02-01", "2030-02-04", "2030-02-05", "2030-02-06"], gioTo: "2030-04-12", gioToMakeUp: null, fixedMakeUps: [] },
];

describe("holidays 2022–2030", () => {
  it.each(TABLE)("$year", (row) => {
    const h = holidaysOf(row.year);
    const cal = new WorkingCalendar();
    const tet = dayOf(row.year, 1, 15);
    // every weekday day off from mid-January to mid-March is a Tết day or a Tết make-up day
    const weekdaysOff: string[] = [];
    for (let d = tet; d < tet + 60; d++) if (!cal.isWorkingDay(d) && !cal.isRestDay(d)) weekdaysOff.push(isoDay(d));
    expect(weekdaysOff).toEqual(row.tetOff);
    expect(h.daysOff.filter((d) => d.kind === "holiday" && d.name.en.startsWith("Lunar New Year"))).toHaveLength(5);

    const gio = h.daysOff.find((d) => d.name.vi.startsWith("Giỗ Tổ"))!;
    expect(isoDay(gio.day)).toBe(row.gioTo);
    const gioMakeUp = h.daysOff.find((d) => d.kind === "make-up" && d.for === gio.day);
    expect(gioMakeUp ? isoDay(gioMakeUp.day) : null).toBe(row.gioToMakeUp);

    const fixed = h.daysOff.filter((d) => d.kind === "make-up" && !d.name.vi.includes("Tết Nguyên đán") && !d.name.vi.includes("Giỗ Tổ")).map((d) => isoDay(d.day));
    expect(fixed).toEqual(row.fixedMakeUps);

    for (const [m, d] of [[1, 1], [4, 30], [5, 1], [9, 2]] as const) expect(offDates(row.year)).toContain(isoDay(dayOf(row.year, m, d)));
  });

  it("Giỗ Tổ 2026 is Sunday 26/04, made up on Monday 27/04", () => {
    expect(daysOff(2026)).toContain("2026-04-26 holiday");
    expect(daysOff(2026)).toContain("2026-04-27 make-up");
    const cal = new WorkingCalendar();
    expect(cal.isWorkingDay(dayOf(2026, 4, 27))).toBe(false);
    expect(cal.isWorkingDay(dayOf(2026, 4, 28))).toBe(true);
  });

  it("a make-up day goes after the whole block of holidays (Tết 2024: 13 and 14/02)", () => {
    const makeUps = holidaysOf(2024).daysOff.filter((d) => d.kind === "make-up" && d.day < dayOf(2024, 3, 1));
    expect(makeUps.map((d) => [isoDay(d.day), isoDay(d.for!)])).toEqual([
      ["2024-02-13", "2024-02-10"],
      ["2024-02-14", "2024-02-11"],
    ]);
  });

  it("the day next to 2/9 joins the weekend by default (decisions 2021–2025)", () => {
    expect([2021, 2022, 2023, 2024, 2025].map(defaultNationalDayAdjacent)).toEqual(["after", "before", "before", "after", "before"]);
    expect(offDates(2024)).toContain("2024-09-03");
    expect(offDates(2025)).toContain("2025-09-01");
  });
});

describe("kehoach.json calendar settings", () => {
  it("adds the year's official swaps, extra days and removals", () => {
    const { settings, diagnostics } = parseCalendarSettings({
      holidays: {
        "2024": { swaps: [{ off: "29/04/2024", work: "2024-05-04" }] },
        "2026": { add: [{ date: "2026-02-13", name: "Nghỉ Tết thêm" }], remove: ["2026-02-15"], nationalDayAdjacent: "after" },
      },
      deadlinePolicy: "next-working-day",
      maxDeadlinesPerUnitPerDay: 2,
      leadTimeDays: 5,
      leadTimes: { "gio-linh-cchc-2022:bao-cao.dinh-ky": 3 },
    });
    expect(diagnostics).toEqual([]);
    expect(settings.deadlinePolicy).toBe("next-working-day");
    expect(settings.leadTimes.get("gio-linh-cchc-2022:bao-cao.dinh-ky")).toBe(3);
    const cal = new WorkingCalendar(settings);
    // 2024: 27/04–01/05 off, Saturday 04/05 worked
    for (const d of [27, 28, 29, 30]) expect(cal.isWorkingDay(dayOf(2024, 4, d))).toBe(false);
    expect(cal.isWorkingDay(dayOf(2024, 5, 4))).toBe(true);
    expect(holidaysOf(2024, settings).workingRestDays.map((w) => isoDay(w.day))).toEqual(["2024-05-04"]);
    // 2026: 13/02 off (added), 15/02 no longer a holiday so no make-up on 20/02, 3/9 instead of 1/9
    expect(cal.isWorkingDay(dayOf(2026, 2, 13))).toBe(false);
    expect(cal.isWorkingDay(dayOf(2026, 2, 20))).toBe(true);
    expect(offDates(2026, settings)).toContain("2026-09-03");
    expect(offDates(2026, settings)).not.toContain("2026-09-01");
  });

  it("reports bad settings as KH210 and keeps the defaults, never throws", () => {
    const bad = parseCalendarSettings({
      holidays: { "2025": { add: ["30/02/2025"], swaps: [{ off: "x" }], frobnicate: 1 }, soon: {} },
      deadlinePolicy: "whenever",
      maxDeadlinesPerUnitPerDay: -1,
      colour: "red",
    });
    expect(bad.diagnostics.map((d) => d.code)).toEqual(Array(bad.diagnostics.length).fill("KH210"));
    const text = bad.diagnostics.map((d) => d.message.en).join("\n");
    expect(text).toContain('"30/02/2025" is not a date');
    expect(text).toContain("deadlinePolicy must be");
    expect(text).toContain('"soon" is not a year');
    expect(text).toContain("colour: unknown key");
    expect(text).toContain("frobnicate: unknown key");
    expect(bad.settings.deadlinePolicy).toBe("previous-working-day");
    expect(bad.settings.maxDeadlinesPerUnitPerDay).toBe(3);
    expect(parseCalendarSettings([]).diagnostics[0]!.code).toBe("KH210");
  });

  it("reads both date spellings", () => {
    expect(parseDayText("10/6/2022")).toBe(dayOf(2022, 6, 10));
    expect(parseDayText("2022-06-10")).toBe(dayOf(2022, 6, 10));
    expect(parseDayText("29/02/2023")).toBeUndefined();
    expect(parseDayText("2024-13-01")).toBeUndefined();
  });
});

describe("working days and deadline readings", () => {
  it("gives both readings of a deadline on a day off", () => {
    const cal = new WorkingCalendar();
    const r = cal.readings(dayOf(2022, 12, 10))!;
    expect(r.why.kind).toBe("rest");
    expect(isoDay(r.previous)).toBe("2022-12-09");
    expect(isoDay(r.next)).toBe("2022-12-12");
    expect(isoDay(r.adopted)).toBe("2022-12-09");
    // a deadline in the Tết break of 2026
    const t = cal.readings(dayOf(2026, 2, 18), "next-working-day")!;
    expect(t.why.kind).toBe("holiday");
    expect(isoDay(t.previous)).toBe("2026-02-13");
    expect(isoDay(t.next)).toBe("2026-02-23");
    expect(isoDay(t.adopted)).toBe("2026-02-23");
    expect(cal.readings(dayOf(2026, 2, 24))).toBeUndefined();
  });

  it("counts working days back over weekends and holidays", () => {
    const cal = new WorkingCalendar();
    expect(isoDay(cal.workingDaysBefore(dayOf(2022, 6, 10), 5))).toBe("2022-06-03");
    // 5 working days before Friday 06/05/2022: over 02–03/05 (make-up days) and the weekend
    expect(isoDay(cal.workingDaysBefore(dayOf(2022, 5, 6), 5))).toBe("2022-04-27");
    expect(isoDay(cal.workingDaysBefore(dayOf(2022, 12, 10), 0))).toBe("2022-12-09");
  });
});
