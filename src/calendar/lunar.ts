/**
 * The Vietnamese lunisolar calendar (âm lịch), computed with Hồ Ngọc Đức's standard algorithm:
 * new moons and solar terms from Meeus' approximations, days counted in the time zone UTC+7. The
 * Chinese calendar runs the same rules at UTC+8, which moves a new moon near midnight to another
 * day (Tết 2007 is 17/02 in Vietnam, 18/02 in China), so the time zone is a parameter.
 */
import { dayOf, ymdOf, type Day } from "../timing/day.js";

/** Vietnam's time zone, in hours east of UTC. */
export const VIETNAM_TZ = 7;

export interface LunarDate {
  readonly day: number;
  readonly month: number;
  readonly year: number;
  /** A leap month (tháng nhuận) repeats the number of the month before it. */
  readonly leap: boolean;
}

const PI = Math.PI;
const INT = Math.floor;
/** Julian day number of 1900-01-01 minus a half day, the epoch of the new-moon series. */
const EPOCH = 2415021.076998695;
const SYNODIC = 29.530588853;
/** Julian day number of 1970-01-01, day 0 of `Day`. */
const JD_UNIX = 2440588;

function jdOfDay(d: Day): number {
  return d + JD_UNIX;
}

function dayOfJd(jd: number): Day {
  return jd - JD_UNIX;
}

/** The instant (Julian day, UT) of the k-th new moon after 1900-01-01 (Meeus, ch. 49, abridged). */
export function newMoon(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  const dr = PI / 180;
  let jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd1 += 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * dr);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3;
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3;
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3;
  let C1 = (0.1734 - 0.000393 * T) * Math.sin(M * dr) + 0.0021 * Math.sin(2 * dr * M);
  C1 = C1 - 0.4068 * Math.sin(Mpr * dr) + 0.0161 * Math.sin(dr * 2 * Mpr);
  C1 = C1 - 0.0004 * Math.sin(dr * 3 * Mpr);
  C1 = C1 + 0.0104 * Math.sin(dr * 2 * F) - 0.0051 * Math.sin(dr * (M + Mpr));
  C1 = C1 - 0.0074 * Math.sin(dr * (M - Mpr)) + 0.0004 * Math.sin(dr * (2 * F + M));
  C1 = C1 - 0.0004 * Math.sin(dr * (2 * F - M)) - 0.0006 * Math.sin(dr * (2 * F + Mpr));
  C1 = C1 + 0.001 * Math.sin(dr * (2 * F - Mpr)) + 0.0005 * Math.sin(dr * (2 * Mpr + M));
  const deltaT =
    T < -11 ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3 : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return jd1 + C1 - deltaT;
}

/** The sun's apparent longitude in radians, [0, 2π), at Julian day `jdn` (UT). */
export function sunLongitude(jdn: number): number {
  const T = (jdn - 2451545.0) / 36525;
  const T2 = T * T;
  const dr = PI / 180;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  let DL = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(dr * M);
  DL += (0.019993 - 0.000101 * T) * Math.sin(dr * 2 * M) + 0.00029 * Math.sin(dr * 3 * M);
  let L = (L0 + DL) * dr;
  L -= PI * 2 * INT(L / (PI * 2));
  return L;
}

/** The civil day (as a Julian day number) on which the k-th new moon falls in time zone `tz`. */
function newMoonDay(k: number, tz: number): number {
  return INT(newMoon(k) + 0.5 + tz / 24);
}

/** The major solar term (0–11, one per 30° of longitude) at the start of a civil day. */
function sunTerm(jdn: number, tz: number): number {
  return INT((sunLongitude(jdn - 0.5 - tz / 24) / PI) * 6);
}

/** The first day (Julian day number) of the lunar month that holds the winter solstice of `year`. */
function lunarMonth11(year: number, tz: number): number {
  const off = jdOfDay(dayOf(year, 12, 31)) - 2415021;
  const k = INT(off / SYNODIC);
  let nm = newMoonDay(k, tz);
  if (sunTerm(nm, tz) >= 9) nm = newMoonDay(k - 1, tz);
  return nm;
}

/** In a year of 13 months starting at month 11 `a11`, the offset of the leap month (the first month with no major term). */
function leapMonthOffset(a11: number, tz: number): number {
  const k = INT((a11 - EPOCH) / SYNODIC + 0.5);
  let last: number;
  let i = 1;
  let arc = sunTerm(newMoonDay(k + i, tz), tz);
  do {
    last = arc;
    i++;
    arc = sunTerm(newMoonDay(k + i, tz), tz);
  } while (arc !== last && i < 14);
  return i - 1;
}

/** The lunar date of a civil day. */
export function solarToLunar(d: Day, tz: number = VIETNAM_TZ): LunarDate {
  const dayNumber = jdOfDay(d);
  const { year: yy } = ymdOf(d);
  const monthStart = newMoonDay(lunationOf(dayNumber, tz), tz);
  let a11 = lunarMonth11(yy, tz);
  let b11 = a11;
  let lunarYear: number;
  if (a11 >= monthStart) {
    lunarYear = yy;
    a11 = lunarMonth11(yy - 1, tz);
  } else {
    lunarYear = yy + 1;
    b11 = lunarMonth11(yy + 1, tz);
  }
  const lunarDay = dayNumber - monthStart + 1;
  const diff = INT((monthStart - a11) / 29);
  let leap = false;
  let lunarMonth = diff + 11;
  if (b11 - a11 > 365) {
    const leapDiff = leapMonthOffset(a11, tz);
    if (diff >= leapDiff) {
      lunarMonth = diff + 10;
      if (diff === leapDiff) leap = true;
    }
  }
  if (lunarMonth > 12) lunarMonth -= 12;
  if (lunarMonth >= 11 && diff < 4) lunarYear -= 1;
  return { day: lunarDay, month: lunarMonth, year: lunarYear, leap };
}

/**
 * The civil day of a lunar date, or undefined when it does not exist (a leap month the year does
 * not have, a day past the month's end).
 */
export function lunarToSolar(day: number, month: number, year: number, leap = false, tz: number = VIETNAM_TZ): Day | undefined {
  if (!Number.isInteger(day) || !Number.isInteger(month) || day < 1 || day > 30 || month < 1 || month > 12) return undefined;
  let a11: number;
  let b11: number;
  if (month < 11) {
    a11 = lunarMonth11(year - 1, tz);
    b11 = lunarMonth11(year, tz);
  } else {
    a11 = lunarMonth11(year, tz);
    b11 = lunarMonth11(year + 1, tz);
  }
  const k = INT(0.5 + (a11 - EPOCH) / SYNODIC);
  let off = month - 11;
  if (off < 0) off += 12;
  if (b11 - a11 > 365) {
    const leapOff = leapMonthOffset(a11, tz);
    let leapMonth = leapOff - 2;
    if (leapMonth < 0) leapMonth += 12;
    if (leap && month !== leapMonth) return undefined;
    if (leap || off >= leapOff) off += 1;
  } else if (leap) return undefined;
  const monthStart = newMoonDay(k + off, tz);
  const nextStart = newMoonDay(k + off + 1, tz);
  if (day > nextStart - monthStart) return undefined;
  return dayOfJd(monthStart + day - 1);
}

/** Mùng 1 Tết: the first day of the first lunar month of the lunar year that starts in `year`. */
export function tetDay(year: number, tz: number = VIETNAM_TZ): Day {
  return lunarToSolar(1, 1, year, false, tz)!;
}

/** How many days the lunar month holding `d` has (29 or 30). */
export function lunarMonthLength(d: Day, tz: number = VIETNAM_TZ): number {
  const i = lunationOf(jdOfDay(d), tz);
  return newMoonDay(i + 1, tz) - newMoonDay(i, tz);
}

/**
 * The number of the lunation (new moon) that starts the lunar month holding a day. The mean
 * lunation count is a first guess only: the true new moon wanders up to ~14 hours from the mean
 * one, so the guess is corrected in both directions (Hồ Ngọc Đức's original takes k or k+1 and
 * gives a day 0 on 07/05/2054 and 09/04/2062).
 */
function lunationOf(dayNumber: number, tz: number): number {
  let k = INT((dayNumber - EPOCH) / SYNODIC) + 1;
  while (newMoonDay(k, tz) > dayNumber) k--;
  while (newMoonDay(k + 1, tz) <= dayNumber) k++;
  return k;
}
