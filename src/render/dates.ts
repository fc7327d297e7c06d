/**
 * Dates as Nghị định 30/2020/NĐ-CP writes them (Phụ lục I, mục II.5): days below 10 and the
 * months January and February take a leading zero (`ngày 08 tháng 02 năm 2022`, `ngày 14
 * tháng 3 năm 2024`), so that no digit can be added to a date after signature. The same rule
 * is used for dates cited in the text (`08/02/2022`, `08/3/2024`, `10/6`).
 */

export interface CivilDate {
  readonly day: number;
  readonly month: number;
  readonly year?: number;
}

/** Day as the decree writes it: `01`…`09`, then `10`…`31`. */
export function dayText(day: number): string {
  return day < 10 ? `0${day}` : String(day);
}

/** Month as the decree writes it: `01`, `02`, then `3`…`12`. */
export function monthText(month: number): string {
  return month < 3 ? `0${month}` : String(month);
}

/** `08/02/2022`, `08/3/2024`, or `10/6` without a year. */
export function shortDate(d: CivilDate): string {
  const dm = `${dayText(d.day)}/${monthText(d.month)}`;
  return d.year === undefined ? dm : `${dm}/${d.year}`;
}

/** Parses an ISO date (`2022-02-14`) of the resolved model. */
export function fromIso(iso: string | null): CivilDate | null {
  const m = iso === null ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
}

/**
 * The place-and-date line under the national motto: `Gio Sơn, ngày 14 tháng 02 năm 2022`.
 * Without a date (a draft), the blanks are left for the day of signature, as drafts do.
 */
export function dateLine(place: string | null, date: CivilDate | null): string {
  const when =
    date && date.year !== undefined
      ? `ngày ${dayText(date.day)} tháng ${monthText(date.month)} năm ${date.year}`
      : "ngày      tháng      năm";
  return place ? `${place}, ${when}` : when.charAt(0).toLocaleUpperCase("vi") + when.slice(1);
}
