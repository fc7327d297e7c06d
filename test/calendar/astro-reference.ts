/**
 * An independent reference for the Vietnamese lunar New Year, for tests only: the same calendar
 * rules (month 11 holds the winter solstice; in a 13-month year the first month without a major
 * solar term is the leap month) on astronomy-engine's precise ephemeris instead of the Meeus
 * approximations of `src/calendar/lunar.ts`, with days counted in a given time zone.
 */
import * as Astronomy from "astronomy-engine";

const DAY = 86_400_000;

/** Civil day number (days since 1970-01-01) of an instant in time zone `tz` (hours). */
function civilDay(date: Date, tz: number): number {
  return Math.floor((date.getTime() + tz * 3_600_000) / DAY);
}

/** Civil days on which the new moons from `from` on fall, `count` of them. */
function newMoonDays(from: Date, count: number, tz: number): number[] {
  const out: number[] = [];
  let t = new Date(from.getTime());
  for (let i = 0; i < count; i++) {
    const nm = Astronomy.SearchMoonPhase(0, t, 40);
    if (!nm) throw new Error("no new moon found");
    out.push(civilDay(nm.date, tz));
    t = new Date(nm.date.getTime() + DAY);
  }
  return out;
}

/** The civil day on which the sun reaches ecliptic longitude `lon` after `from`. */
function termDay(lon: number, from: Date, tz: number): number {
  const t = Astronomy.SearchSunLongitude(lon, from, 60);
  if (!t) throw new Error("no solar term found");
  return civilDay(t.date, tz);
}

/** Start (civil day) of the lunar month that holds the winter solstice of `year`. */
function month11(year: number, tz: number): number {
  const solstice = termDay(270, new Date(Date.UTC(year, 11, 1)), tz);
  const days = newMoonDays(new Date((solstice - 40) * DAY), 3, tz);
  return Math.max(...days.filter((d) => d <= solstice));
}

/** Mùng 1 tháng Giêng of the lunar year starting in `year`, as a civil day. */
export function referenceTet(year: number, tz: number): number {
  const a11 = month11(year - 1, tz);
  const b11 = month11(year, tz);
  const starts = newMoonDays(new Date((a11 - 2) * DAY), 16, tz).filter((d) => d >= a11 && d <= b11);
  // starts[0] = month 11; starts[last] = next month 11
  const months = starts.length - 1;
  let leapIndex = -1;
  if (months === 13) {
    // principal terms: longitudes 270 + 30k; the first month with none is the leap month
    const terms: number[] = [];
    let from = new Date((a11 - 20) * DAY);
    for (let k = 0; k < 14; k++) {
      const lon = (270 + 30 * k) % 360;
      const d = termDay(lon, from, tz);
      terms.push(d);
      from = new Date((d + 20) * DAY);
    }
    for (let i = 1; i < months; i++) {
      const [s, e] = [starts[i]!, starts[i + 1]!];
      if (!terms.some((t) => t >= s && t < e)) {
        leapIndex = i;
        break;
      }
    }
  }
  // month 12 is starts[1], month 1 is starts[2], shifted by one if the leap month comes first
  return leapIndex === 1 || leapIndex === 2 ? starts[3]! : starts[2]!;
}

/** The instant of the new moon nearest to a civil day. */
export function newMoonNear(day: number): Date {
  const nm = Astronomy.SearchMoonPhase(0, new Date((day - 3) * DAY), 10);
  if (!nm) throw new Error("no new moon found");
  return nm.date;
}
