/**
 * Vietnam's public holidays under the Labour Code 2019 (Bộ luật Lao động số 45/2019/QH14): the
 * days of art. 112(1), lunar ones in UTC+7, the make-up day of art. 111(3) for a holiday that
 * falls on a weekly rest day, and a workspace's official adjustments for the year (the Prime
 * Minister decides the Tết days and the day next to 2/9 each year, art. 112(3)).
 */
import type { Bilingual } from "../diagnostics/diagnostic.js";
import { dayOf, weekday, type Day } from "../timing/day.js";
import { lunarToSolar, solarToLunar, tetDay } from "./lunar.js";
import { DEFAULT_CALENDAR_SETTINGS, type CalendarSettings } from "./settings.js";

/**
 * - `holiday`: a day of art. 112(1);
 * - `make-up`: the day off in place of a holiday that fell on a weekly rest day (art. 111(3));
 * - `extra`: a day off the workspace adds for the year (an official decision);
 * - `swap-off`: a working day given off in exchange for a weekly rest day worked (`swap-work`).
 */
export type DayOffKind = "holiday" | "make-up" | "extra" | "swap-off";

export interface DayOff {
  readonly day: Day;
  readonly kind: DayOffKind;
  readonly name: Bilingual;
  /** For a make-up day: the holiday it makes up for. For a swap: the weekly rest day worked. */
  readonly for?: Day;
}

export interface YearHolidays {
  readonly year: number;
  /** Every day off that is not a plain weekly rest day, sorted (holidays on a rest day included). */
  readonly daysOff: readonly DayOff[];
  /** Weekly rest days that are working days this year (the other half of a swap). */
  readonly workingRestDays: readonly { readonly day: Day; readonly for: Day }[];
}

const TET: Bilingual = { vi: "Tết Nguyên đán", en: "Lunar New Year (Tết)" };

function lunarLabel(d: Day): Bilingual {
  const l = solarToLunar(d);
  const monthVi = l.month === 1 ? "tháng Giêng" : l.month === 12 ? "tháng Chạp" : `tháng ${l.month}`;
  const dayVi = l.day <= 10 ? `mùng ${l.day}` : String(l.day);
  return { vi: `${dayVi} ${monthVi}${l.leap ? " nhuận" : ""}`, en: `lunar ${l.day}/${l.month}${l.leap ? " (leap)" : ""}` };
}

/** The day next to 2/9 when the year's decision is not configured: the one that joins the weekend. */
export function defaultNationalDayAdjacent(year: number): "before" | "after" {
  // Decisions 2021–2025: Thu 2/9 → 3/9, Fri → 1/9, Sat → 1/9, Mon → 3/9, Tue → 1/9.
  const wd = weekday(dayOf(year, 9, 2));
  return wd === 1 || wd === 4 ? "after" : "before";
}

/** The statutory holidays of art. 112(1) in a Gregorian year, before any make-up day. */
export function statutoryHolidays(year: number, settings: CalendarSettings = DEFAULT_CALENDAR_SETTINGS): DayOff[] {
  const out: DayOff[] = [];
  const h = (day: Day, name: Bilingual): void => void out.push({ day, kind: "holiday", name });
  h(dayOf(year, 1, 1), { vi: "Tết Dương lịch", en: "New Year's Day" });
  // Tết Nguyên đán: 5 days. The decision differs each year; by default the last `tetDaysBefore`
  // days of the old lunar year and the first days of the new one (2023–2026: 2 + 3).
  const tet = tetDay(year);
  const before = Math.max(0, Math.min(5, settings.tetDaysBefore));
  for (let i = -before; i < 5 - before; i++) {
    const d = tet + i;
    const l = lunarLabel(d);
    out.push({ day: d, kind: "holiday", name: { vi: `${TET.vi} (${l.vi})`, en: `${TET.en} (${l.en})` } });
  }
  const gioTo = lunarToSolar(10, 3, year);
  if (gioTo !== undefined) h(gioTo, { vi: "Giỗ Tổ Hùng Vương (10/3 âm lịch)", en: "Hung Kings' Commemoration (lunar 10/3)" });
  h(dayOf(year, 4, 30), { vi: "Ngày Chiến thắng (30/4)", en: "Reunification Day (30/4)" });
  h(dayOf(year, 5, 1), { vi: "Ngày Quốc tế Lao động (1/5)", en: "International Labour Day (1/5)" });
  h(dayOf(year, 9, 2), { vi: "Quốc khánh (2/9)", en: "National Day (2/9)" });
  const adj = settings.years.get(year)?.nationalDayAdjacent ?? defaultNationalDayAdjacent(year);
  h(dayOf(year, 9, adj === "before" ? 1 : 3), {
    vi: `Quốc khánh (ngày liền ${adj === "before" ? "trước" : "sau"} 2/9)`,
    en: `National Day (the day ${adj === "before" ? "before" : "after"} 2/9)`,
  });
  return out.sort((a, b) => a.day - b.day);
}

/**
 * Every day off of a year: statutory holidays and the year's `add` days, a make-up day for each
 * that falls on a weekly rest day (the next working day, art. 111(3)), minus the year's `remove`
 * days, plus its swaps. Make-up days of a December holiday may fall in January; they are listed
 * in the year of the holiday.
 */
export function holidaysOf(year: number, settings: CalendarSettings = DEFAULT_CALENDAR_SETTINGS): YearHolidays {
  const adj = settings.years.get(year);
  const removed = new Set(adj?.remove ?? []);
  const rest = new Set(settings.weeklyRestDays);
  const isRest = (d: Day): boolean => rest.has(weekday(d));

  const base: DayOff[] = statutoryHolidays(year, settings).filter((h) => !removed.has(h.day));
  for (const a of adj?.add ?? []) {
    if (removed.has(a.day) || base.some((h) => h.day === a.day)) continue;
    base.push({ day: a.day, kind: "extra", name: a.name ?? { vi: "nghỉ theo quyết định của năm", en: "by the year's decision" } });
  }
  base.sort((a, b) => a.day - b.day);

  const taken = new Set(base.map((h) => h.day));
  const swapWork = new Map((adj?.swaps ?? []).map((s) => [s.work, s.off]));
  const makeUps: DayOff[] = [];
  for (const h of base) {
    if (h.kind !== "holiday" && h.kind !== "extra") continue;
    if (!isRest(h.day) || swapWork.has(h.day)) continue;
    let d = h.day + 1;
    while ((isRest(d) && !swapWork.has(d)) || taken.has(d)) d++;
    taken.add(d);
    if (removed.has(d)) continue;
    makeUps.push({ day: d, kind: "make-up", name: { vi: `Nghỉ bù ${h.name.vi}`, en: `Make-up day for ${h.name.en}` }, for: h.day });
  }

  const swaps: DayOff[] = [];
  const workingRestDays: { day: Day; for: Day }[] = [];
  for (const s of adj?.swaps ?? []) {
    if (!taken.has(s.off)) swaps.push({ day: s.off, kind: "swap-off", name: { vi: "Nghỉ hoán đổi ngày làm việc", en: "Day off swapped for a weekend workday" }, for: s.work });
    workingRestDays.push({ day: s.work, for: s.off });
  }
  const daysOff = [...base, ...makeUps, ...swaps].sort((a, b) => a.day - b.day || a.kind.localeCompare(b.kind));
  return { year, daysOff, workingRestDays: workingRestDays.sort((a, b) => a.day - b.day) };
}
