/**
 * The Vietnamese lunar calendar: known Tết dates, the UTC+7 vs UTC+8 differences (2007, 2030),
 * agreement with an independent implementation on astronomy-engine's ephemeris for 1900–2100,
 * and round trips between solar and lunar dates.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lunarMonthLength, lunarToSolar, solarToLunar, tetDay, VIETNAM_TZ } from "../../src/calendar/lunar.js";
import { dayOf, isoDay, weekday } from "../../src/timing/day.js";
import { newMoonNear, referenceTet } from "./astro-reference.js";

const iso = (y: number, tz = VIETNAM_TZ) => isoDay(tetDay(y, tz));

describe("Tết Nguyên đán (mùng 1 tháng Giêng), Vietnam, UTC+7", () => {
  // Each date checked against the new moon instant (astronomy-engine) below and, for 2022–2026,
  // against the published official holiday decisions.
  const TET: [number, string][] = [
    [2022, "2022-02-01"],
    [2023, "2023-01-22"],
    [2024, "2024-02-10"],
    [2025, "2025-01-29"],
    [2026, "2026-02-17"],
    [2027, "2027-02-06"],
    [2028, "2028-01-26"],
    [2029, "2029-02-13"],
    // Not 03/02: the new moon is at 16:07 UTC on 02/02/2030, 23:07 in Vietnam, 00:07 of 03/02 in China.
    [2030, "2030-02-02"],
  ];
  it.each(TET)("Tết %i is %s", (year, date) => {
    expect(iso(year)).toBe(date);
    const l = solarToLunar(tetDay(year));
    expect(l).toEqual({ day: 1, month: 1, year, leap: false });
  });

  it("Tết 2007 is 17/02 in Vietnam and 18/02 in China (UTC+8)", () => {
    expect(iso(2007)).toBe("2007-02-17");
    expect(iso(2007, 8)).toBe("2007-02-18");
  });

  it("Tết 2030 differs too: 02/02 in Vietnam, 03/02 in China", () => {
    expect(iso(2030)).toBe("2030-02-02");
    expect(iso(2030, 8)).toBe("2030-02-03");
    const nm = newMoonNear(dayOf(2030, 2, 2));
    expect(nm.toISOString().slice(0, 13)).toBe("2030-02-02T16");
  });

  it("agrees with an independent implementation on astronomy-engine for 1900–2100, in UTC+7 and UTC+8", () => {
    const diff: string[] = [];
    for (let y = 1900; y <= 2100; y++) {
      for (const tz of [7, 8]) {
        const a = tetDay(y, tz);
        const b = referenceTet(y, tz);
        if (a !== b) diff.push(`${y} UTC+${tz}: ${isoDay(a)} vs ${isoDay(b)}`);
      }
    }
    expect(diff).toEqual([]);
  }, 60_000);

  it("each Tết is a new-moon day in Vietnam (UTC+7) per astronomy-engine", () => {
    for (let y = 2000; y <= 2050; y++) {
      const t = tetDay(y);
      const nm = newMoonNear(t);
      expect(Math.floor((nm.getTime() + 7 * 3_600_000) / 86_400_000), String(y)).toBe(t);
    }
  });
});

describe("Giỗ Tổ Hùng Vương (10/3 âm lịch)", () => {
  const GIO_TO: [number, string][] = [
    [2022, "2022-04-10"],
    [2023, "2023-04-29"],
    [2024, "2024-04-18"],
    [2025, "2025-04-07"],
    [2026, "2026-04-26"],
    [2027, "2027-04-16"],
    [2028, "2028-04-04"],
    [2029, "2029-04-23"],
    [2030, "2030-04-12"],
  ];
  it.each(GIO_TO)("%i: %s", (year, date) => {
    expect(isoDay(lunarToSolar(10, 3, year)!)).toBe(date);
  });
  it("2026 falls on a Sunday", () => {
    expect(weekday(lunarToSolar(10, 3, 2026)!)).toBe(0);
  });
});

describe("conversions", () => {
  it("the leap month of 2023 is the 2nd (tháng 2 nhuận), of 2025 the 6th", () => {
    expect(solarToLunar(dayOf(2023, 4, 1))).toEqual({ day: 11, month: 2, year: 2023, leap: true });
    expect(lunarToSolar(1, 2, 2023, true)).toBe(dayOf(2023, 3, 22));
    expect(lunarToSolar(1, 6, 2025, true)).toBe(dayOf(2025, 7, 25));
    expect(lunarToSolar(1, 5, 2025, true)).toBeUndefined();
    expect(lunarToSolar(1, 3, 2024, true)).toBeUndefined();
  });

  it("rejects impossible lunar dates instead of guessing", () => {
    expect(lunarToSolar(31, 1, 2024)).toBeUndefined();
    expect(lunarToSolar(0, 1, 2024)).toBeUndefined();
    expect(lunarToSolar(1, 13, 2024)).toBeUndefined();
    // month 12 of Giáp Thìn (2024) has 29 days
    expect(lunarMonthLength(dayOf(2025, 1, 28))).toBe(29);
    expect(lunarToSolar(30, 12, 2024)).toBeUndefined();
    expect(lunarToSolar(29, 12, 2024)).toBe(dayOf(2025, 1, 28));
  });

  it("solar → lunar → solar is the identity (1900–2100)", () => {
    fc.assert(
      fc.property(fc.integer({ min: dayOf(1900, 3, 1), max: dayOf(2100, 12, 31) }), (d) => {
        const l = solarToLunar(d);
        expect(lunarToSolar(l.day, l.month, l.year, l.leap)).toBe(d);
      }),
      { numRuns: 500 },
    );
  });

  it("every day from 1900 to 2100 has a lunar day 1–30 that follows the day before", () => {
    let prev = solarToLunar(dayOf(1900, 1, 1) - 1);
    const wrong: string[] = [];
    for (let d = dayOf(1900, 1, 1); d <= dayOf(2100, 12, 31); d++) {
      const l = solarToLunar(d);
      const ok = l.day === 1 ? prev.day === 29 || prev.day === 30 : l.day === prev.day + 1;
      if (!ok || l.day < 1 || l.day > 30) wrong.push(`${d}: ${JSON.stringify(prev)} → ${JSON.stringify(l)}`);
      prev = l;
    }
    expect(wrong).toEqual([]);
    // Where the mean-lunation guess of the original algorithm was one month off (a "day 0").
    expect(solarToLunar(dayOf(2054, 5, 7))).toMatchObject({ day: 30, month: 3, year: 2054 });
    expect(solarToLunar(dayOf(2054, 5, 8))).toMatchObject({ day: 1, month: 4, year: 2054 });
    expect(solarToLunar(dayOf(2062, 4, 9))).toMatchObject({ day: 30, month: 2, year: 2062 });
    expect(solarToLunar(dayOf(2062, 4, 10))).toMatchObject({ day: 1, month: 3, year: 2062 });
  });

  it("consecutive days have consecutive lunar days within a month, and months of 29 or 30 days", () => {
    fc.assert(
      fc.property(fc.integer({ min: dayOf(1950, 1, 1), max: dayOf(2080, 12, 31) }), (d) => {
        const a = solarToLunar(d);
        const b = solarToLunar(d + 1);
        if (b.day === 1) expect([29, 30]).toContain(a.day);
        else expect(b.day).toBe(a.day + 1);
        expect([29, 30]).toContain(lunarMonthLength(d));
      }),
      { numRuns: 300 },
    );
  });
});
