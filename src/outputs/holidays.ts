/** `kh holidays YEAR`: a year's days off as text or JSON, with the lunar New Year and the sources. */
import { solarToLunar, tetDay } from "../calendar/lunar.js";
import type { YearHolidays } from "../calendar/holidays.js";
import { weekdayName } from "../calendar/working-days.js";
import type { Lang } from "../diagnostics/diagnostic.js";
import { formatDay, isoDay } from "../timing/day.js";

const CAN = ["Canh", "Tân", "Nhâm", "Quý", "Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ"];
const CHI = ["Thân", "Dậu", "Tuất", "Hợi", "Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi"];

/** The sexagenary name of a lunar year (`Bính Ngọ` for 2026). */
export function canChi(lunarYear: number): string {
  return `${CAN[((lunarYear % 10) + 10) % 10]} ${CHI[((lunarYear % 12) + 12) % 12]}`;
}

const KIND: Record<Lang, Record<string, string>> = {
  vi: { holiday: "lễ, Tết", "make-up": "nghỉ bù", extra: "nghỉ thêm", "swap-off": "hoán đổi" },
  en: { holiday: "holiday", "make-up": "make-up", extra: "extra", "swap-off": "swap" },
};

export function renderHolidaysText(y: YearHolidays, lang: Lang): string {
  const tet = tetDay(y.year);
  const out: string[] = [];
  out.push(
    lang === "vi"
      ? `Ngày nghỉ năm ${y.year} (Bộ luật Lao động 2019, Điều 111 và 112; âm lịch theo múi giờ UTC+7)`
      : `Days off in ${y.year} (Labour Code 2019, art. 111 and 112; lunar dates in UTC+7)`,
  );
  out.push(
    lang === "vi"
      ? `Tết Nguyên đán năm ${canChi(solarToLunar(tet).year)}: mùng 1 tháng Giêng là ${weekdayName(tet).vi} ${formatDay(tet)}`
      : `Lunar New Year ${canChi(solarToLunar(tet).year)}: the first day is ${weekdayName(tet).en} ${formatDay(tet)}`,
  );
  out.push("");
  const wd = (d: number) => weekdayName(d)[lang].padEnd(9);
  for (const d of y.daysOff) {
    const extra = d.for !== undefined ? (lang === "vi" ? ` (thay cho ${formatDay(d.for)})` : ` (for ${formatDay(d.for)})`) : "";
    out.push(`  ${formatDay(d.day)}  ${wd(d.day)}  ${KIND[lang][d.kind]!.padEnd(9)} ${d.name[lang]}${extra}`);
  }
  if (y.workingRestDays.length > 0) {
    out.push("", lang === "vi" ? "Ngày nghỉ hằng tuần phải đi làm (hoán đổi):" : "Weekly rest days worked (swaps):");
    for (const w of y.workingRestDays) {
      out.push(`  ${formatDay(w.day)}  ${wd(w.day)}  ${lang === "vi" ? `làm bù cho ${formatDay(w.for)}` : `worked for ${formatDay(w.for)}`}`);
    }
  }
  out.push(
    "",
    lang === "vi"
      ? "Ghi chú: ngày nghỉ Tết và ngày liền kề 2/9 do Thủ tướng quyết định hằng năm (Điều 112 khoản 3); đây là cách sắp xếp mặc định. Khai báo quyết định của năm trong kehoach.json, khóa calendar.holidays (xem docs/calendar.md)."
      : "Note: the Tết days and the day next to 2/9 are decided by the Prime Minister each year (art. 112(3)); this is the default arrangement. Put the year's decision in kehoach.json under calendar.holidays (see docs/calendar.md).",
  );
  return out.join("\n") + "\n";
}

export function holidaysJson(y: YearHolidays): unknown {
  const tet = tetDay(y.year);
  return {
    version: 1,
    year: y.year,
    lunarNewYear: { date: isoDay(tet), name: canChi(solarToLunar(tet).year) },
    daysOff: y.daysOff.map((d) => ({
      date: isoDay(d.day),
      weekday: weekdayName(d.day),
      kind: d.kind,
      name: d.name,
      ...(d.for !== undefined && { for: isoDay(d.for) }),
    })),
    workingRestDays: y.workingRestDays.map((w) => ({ date: isoDay(w.day), for: isoDay(w.for) })),
  };
}

export function renderHolidaysJson(y: YearHolidays): string {
  return JSON.stringify(holidaysJson(y), null, 2) + "\n";
}
