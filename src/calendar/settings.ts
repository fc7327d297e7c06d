/**
 * The calendar settings of a workspace, read from the `calendar` key of `kehoach.json`: official
 * day swaps and extra days off per year, the deadline policy for deadlines that fall on a day
 * off, the lead time of reports, and the busy-day threshold. Parsing is pure; problems become
 * KH210 diagnostics and the bad part falls back to its default, never an exception.
 */
import type { Bilingual, Diagnostic } from "../diagnostics/diagnostic.js";
import { makeDiagnostic } from "../diagnostics/make.js";
import { fileSpan } from "../diagnostics/span.js";
import { dayOf, daysInMonth, type Day } from "../timing/day.js";

export type DeadlinePolicy = "previous-working-day" | "next-working-day";

export const DEADLINE_POLICIES: readonly DeadlinePolicy[] = ["previous-working-day", "next-working-day"];

/** A day off added for one year (an official decision, a local holiday). */
export interface ExtraDayOff {
  readonly day: Day;
  readonly name?: Bilingual;
}

/** Work on `work` (a weekly rest day) in exchange for a day off on `off`. */
export interface DaySwap {
  readonly off: Day;
  readonly work: Day;
}

/** One year's official changes to the statutory days off. */
export interface YearAdjustments {
  readonly add: readonly ExtraDayOff[];
  /** Days that are not off after all (a default Tết day the decision moved, a make-up day). */
  readonly remove: readonly Day[];
  readonly swaps: readonly DaySwap[];
  /** Which day next to 2/9 is off (art. 112(1)(đ)); default by weekday, see `holidays.ts`. */
  readonly nationalDayAdjacent?: "before" | "after";
}

export interface CalendarSettings {
  /** Adjustments by Gregorian year. */
  readonly years: ReadonlyMap<number, YearAdjustments>;
  /** How many of the five Tết days fall before mùng 1 (the rest from mùng 1 on). Default 2. */
  readonly tetDaysBefore: number;
  /** Weekly rest days, 0 = Sunday … 6 = Saturday. Default Saturday and Sunday. */
  readonly weeklyRestDays: readonly number[];
  readonly deadlinePolicy: DeadlinePolicy;
  /** A unit with more than this many deadlines on one day gets an info note (KH507). Default 3. */
  readonly maxDeadlinesPerUnitPerDay: number;
  /** Working days a report is due before the parent's deadline, by default (KH507). Default 0. */
  readonly leadTimeDays: number;
  /** Lead time per mandate, keyed `origin:id` or bare `id`. */
  readonly leadTimes: ReadonlyMap<string, number>;
}

export const DEFAULT_CALENDAR_SETTINGS: CalendarSettings = {
  years: new Map(),
  tetDaysBefore: 2,
  weeklyRestDays: [0, 6],
  deadlinePolicy: "previous-working-day",
  maxDeadlinesPerUnitPerDay: 3,
  leadTimeDays: 0,
  leadTimes: new Map(),
};

/** `2025-01-27` or `27/01/2025` (also `27/1/2025`, `27-01-2025`, `27.01.2025`); undefined if not a real date. */
export function parseDayText(s: string): Day | undefined {
  const t = s.trim();
  let y: number;
  let m: number;
  let d: number;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (match) {
    [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else {
    match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
    if (!match) return undefined;
    [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  }
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  return dayOf(y, m, d);
}

export interface ParsedCalendarSettings {
  readonly settings: CalendarSettings;
  readonly diagnostics: Diagnostic[];
}

/** Reads `raw` (the value of the `calendar` key; undefined when absent) into settings. */
export function parseCalendarSettings(raw: unknown, file = "kehoach.json"): ParsedCalendarSettings {
  const diagnostics: Diagnostic[] = [];
  const bad = (vi: string, en: string): void => {
    diagnostics.push(makeDiagnostic("KH210", fileSpan(file), { vi: `kehoach.json không hợp lệ: calendar.${vi}`, en: `Invalid kehoach.json: calendar.${en}` }));
  };
  if (raw === undefined) return { settings: DEFAULT_CALENDAR_SETTINGS, diagnostics };
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    diagnostics.push(makeDiagnostic("KH210", fileSpan(file), { vi: "kehoach.json không hợp lệ: `calendar` phải là một đối tượng", en: "Invalid kehoach.json: `calendar` must be an object" }));
    return { settings: DEFAULT_CALENDAR_SETTINGS, diagnostics };
  }
  const o = raw as Record<string, unknown>;
  const D = DEFAULT_CALENDAR_SETTINGS;

  const count = (key: string, dflt: number, max: number): number => {
    const v = o[key];
    if (v === undefined) return dflt;
    if (typeof v !== "number" || !Number.isInteger(v) || v < 0 || v > max) {
      bad(`${key} phải là số nguyên từ 0 đến ${max}`, `${key} must be a whole number from 0 to ${max}`);
      return dflt;
    }
    return v;
  };

  let deadlinePolicy = D.deadlinePolicy;
  if (o.deadlinePolicy !== undefined) {
    if (DEADLINE_POLICIES.includes(o.deadlinePolicy as DeadlinePolicy)) deadlinePolicy = o.deadlinePolicy as DeadlinePolicy;
    else bad(`deadlinePolicy phải là ${DEADLINE_POLICIES.join(" hoặc ")}`, `deadlinePolicy must be ${DEADLINE_POLICIES.join(" or ")}`);
  }

  let weeklyRestDays = D.weeklyRestDays;
  if (o.weeklyRestDays !== undefined) {
    const v = o.weeklyRestDays;
    if (Array.isArray(v) && v.every((x) => Number.isInteger(x) && (x as number) >= 0 && (x as number) <= 6)) weeklyRestDays = [...new Set(v as number[])].sort();
    else bad("weeklyRestDays phải là danh sách số từ 0 (Chủ nhật) đến 6 (thứ Bảy)", "weeklyRestDays must be a list of numbers from 0 (Sunday) to 6 (Saturday)");
  }

  const leadTimes = new Map<string, number>();
  if (o.leadTimes !== undefined) {
    if (typeof o.leadTimes === "object" && o.leadTimes !== null && !Array.isArray(o.leadTimes)) {
      for (const [k, v] of Object.entries(o.leadTimes as Record<string, unknown>)) {
        if (typeof v === "number" && Number.isInteger(v) && v >= 0 && v <= 60) leadTimes.set(k.normalize("NFC"), v);
        else bad(`leadTimes.${k} phải là số ngày làm việc từ 0 đến 60`, `leadTimes.${k} must be a number of working days from 0 to 60`);
      }
    } else bad("leadTimes phải là đối tượng { \"mã-yêu-cầu\": số ngày }", 'leadTimes must be an object { "mandate-id": days }');
  }

  const years = new Map<number, YearAdjustments>();
  if (o.holidays !== undefined) {
    if (typeof o.holidays !== "object" || o.holidays === null || Array.isArray(o.holidays)) {
      bad('holidays phải là đối tượng theo năm: { "2025": { … } }', 'holidays must be an object by year: { "2025": { … } }');
    } else {
      for (const [key, value] of Object.entries(o.holidays as Record<string, unknown>)) {
        if (!/^\d{4}$/.test(key)) {
          bad(`holidays: "${key}" không phải là năm`, `holidays: "${key}" is not a year`);
          continue;
        }
        const adj = parseYear(value, (vi, en) => bad(`holidays.${key}.${vi}`, `holidays.${key}.${en}`));
        if (adj) years.set(Number(key), adj);
      }
    }
  }

  const known = new Set(["holidays", "tetDaysBefore", "weeklyRestDays", "deadlinePolicy", "maxDeadlinesPerUnitPerDay", "leadTimeDays", "leadTimes"]);
  for (const k of Object.keys(o)) if (!known.has(k)) bad(`${k}: khóa không xác định (có: ${[...known].join(", ")})`, `${k}: unknown key (known: ${[...known].join(", ")})`);

  return {
    settings: {
      years,
      tetDaysBefore: count("tetDaysBefore", D.tetDaysBefore, 5),
      weeklyRestDays,
      deadlinePolicy,
      maxDeadlinesPerUnitPerDay: count("maxDeadlinesPerUnitPerDay", D.maxDeadlinesPerUnitPerDay, 1000),
      leadTimeDays: count("leadTimeDays", D.leadTimeDays, 60),
      leadTimes,
    },
    diagnostics,
  };
}

function parseYear(value: unknown, bad: (vi: string, en: string) => void): YearAdjustments | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    bad("phải là đối tượng { add, remove, swaps }", "must be an object { add, remove, swaps }");
    return undefined;
  }
  const v = value as Record<string, unknown>;
  const dayIn = (x: unknown, where: string): Day | undefined => {
    const d = typeof x === "string" ? parseDayText(x) : undefined;
    if (d === undefined) bad(`${where}: "${String(x)}" không phải là ngày (dd/mm/yyyy hoặc yyyy-mm-dd)`, `${where}: "${String(x)}" is not a date (dd/mm/yyyy or yyyy-mm-dd)`);
    return d;
  };
  const list = (key: string): unknown[] => {
    const x = v[key];
    if (x === undefined) return [];
    if (Array.isArray(x)) return x;
    bad(`${key} phải là danh sách`, `${key} must be a list`);
    return [];
  };
  const add: ExtraDayOff[] = [];
  for (const x of list("add")) {
    if (typeof x === "object" && x !== null && !Array.isArray(x)) {
      const r = x as Record<string, unknown>;
      const day = dayIn(r.date, "add");
      if (day === undefined) continue;
      const name = typeof r.name === "string" ? { vi: r.name, en: r.name } : typeof r.name === "object" && r.name !== null ? (r.name as Record<string, unknown>) : undefined;
      add.push(name ? { day, name: { vi: String(name.vi ?? name.en ?? ""), en: String(name.en ?? name.vi ?? "") } } : { day });
    } else {
      const day = dayIn(x, "add");
      if (day !== undefined) add.push({ day });
    }
  }
  const remove: Day[] = [];
  for (const x of list("remove")) {
    const day = dayIn(x, "remove");
    if (day !== undefined) remove.push(day);
  }
  const swaps: DaySwap[] = [];
  for (const x of list("swaps")) {
    const r = (typeof x === "object" && x !== null ? x : {}) as Record<string, unknown>;
    const off = dayIn(r.off, "swaps.off");
    const work = dayIn(r.work, "swaps.work");
    if (off !== undefined && work !== undefined) swaps.push({ off, work });
  }
  let nationalDayAdjacent: "before" | "after" | undefined;
  if (v.nationalDayAdjacent !== undefined) {
    if (v.nationalDayAdjacent === "before" || v.nationalDayAdjacent === "after") nationalDayAdjacent = v.nationalDayAdjacent;
    else bad('nationalDayAdjacent phải là "before" (1/9) hoặc "after" (3/9)', 'nationalDayAdjacent must be "before" (1/9) or "after" (3/9)');
  }
  for (const k of Object.keys(v)) {
    if (!["add", "remove", "swaps", "nationalDayAdjacent"].includes(k)) bad(`${k}: khóa không xác định (có: add, remove, swaps, nationalDayAdjacent)`, `${k}: unknown key (known: add, remove, swaps, nationalDayAdjacent)`);
  }
  return { add, remove, swaps, ...(nationalDayAdjacent && { nationalDayAdjacent }) };
}
