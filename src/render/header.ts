/**
 * The header block and title of the document (Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.1–II.6):
 *
 *   UBND THÀNH PHỐ HẢI PHÒNG           CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
 *   SỞ KẾ HOẠCH VÀ ĐẦU TƯ                 Độc lập - Tự do - Hạnh phúc
 *          ─────                         ───────────────────────────
 *   Số: 18/KH-KHĐT               Hải Phòng, ngày 12 tháng 3 năm 2024
 *
 *                              KẾ HOẠCH
 *             Tuyên truyền cải cách hành chính nhà nước năm 2024
 *                               ─────
 *
 * Left: the superior body (capitals, upright, 12–13 pt), when known; the issuing body (bold
 * capitals, with a rule of 1/3 to 1/2 of its length); the number. Right: the national name
 * (bold capitals, 12–13 pt), the motto (bold, 13–14 pt, a rule as long as it), the place and date
 * in italics. Party documents (`14-KH/TU`) put "ĐẢNG CỘNG SẢN VIỆT NAM" on the right instead.
 */
import { isPartyNumber, cleanNumber } from "./doc-type.js";
import { dateLine, type CivilDate } from "./dates.js";
import type { ColumnsRow, HeaderBlock, Line, TitleBlock } from "./model.js";
import { SIZE, textWidthMm } from "./style.js";
import { fold } from "../syntax/fold.js";
import { upper } from "./text.js";

export const NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
export const MOTTO = "Độc lập - Tự do - Hạnh phúc";
export const PARTY_NAME = "ĐẢNG CỘNG SẢN VIỆT NAM";

/** Bodies written in full in the header and set on a line of their own above their locality. */
const BODIES: readonly { readonly abbr: string; readonly full: string }[] = [
  { abbr: "ubnd", full: "Ủy ban nhân dân" },
  { abbr: "hdnd", full: "Hội đồng nhân dân" },
];

/** Local-government unit words, the start of a locality (`xã Gio Sơn`, `thành phố Hải Phòng`). */
const LOCALITY = /(?:^|\s)((?:xã|phường|thị trấn|đặc khu|huyện|quận|thị xã|tỉnh|thành phố|TP\.?)\s+\S.*)$/iu;

/** The locality at the end of a body's name: `UBND thành phố Hải Phòng` → `thành phố Hải Phòng`. */
export function localityOf(name: string): string | null {
  return LOCALITY.exec(name.trim())?.[1]?.trim() ?? null;
}

/** The place name of the date line, from the issuer's locality (`UBND xã Gio Sơn` → `Gio Sơn`). */
export function placeOf(issuer: string | null): string | null {
  const loc = issuer === null ? null : localityOf(issuer);
  if (loc === null) return null;
  return loc.replace(/^(?:xã|phường|thị trấn|đặc khu|huyện|quận|thị xã|tỉnh|thành phố|TP\.?)\s+/iu, "").trim() || null;
}

/**
 * The issuing body as header lines (capitals): a local government body is written in full on
 * one line and its locality on the next (`UBND xã Gio Sơn` → `ỦY BAN NHÂN DÂN` / `XÃ GIO SƠN`);
 * a body whose name repeats its superior's locality drops it (`Sở Kế hoạch và Đầu tư thành phố
 * Hải Phòng` under `UBND thành phố Hải Phòng` → `SỞ KẾ HOẠCH VÀ ĐẦU TƯ`).
 */
export function issuerLines(issuer: string, superior: string | null): string[] {
  let name = issuer.trim().replace(/\s+/gu, " ");
  const supLoc = superior === null ? null : localityOf(superior);
  if (supLoc !== null && fold(name).endsWith(" " + fold(supLoc)) && fold(name) !== fold(supLoc)) {
    name = name.slice(0, name.length - supLoc.length).trim();
  }
  const words = name.split(" ");
  for (const b of BODIES) {
    const fullWords = b.full.split(" ").length;
    let rest: string[] | null = null;
    if (fold(words[0] ?? "") === b.abbr) rest = words.slice(1);
    else if (fold(words.slice(0, fullWords).join(" ")) === fold(b.full)) rest = words.slice(fullWords);
    if (rest !== null) return rest.length > 0 ? [upper(b.full), upper(rest.join(" "))] : [upper(b.full)];
  }
  return [upper(name)];
}

function line(text: string, size: number, bold: boolean, italic = false, ruleMm?: number): Line {
  return { text, size, bold, italic, ...(ruleMm !== undefined && { ruleMm }) };
}

/** A rule 2/5 of the longest of `texts` (the decree: 1/3 to 1/2), at least 15 mm. */
function shortRule(texts: readonly string[], size: number): number {
  const widest = Math.max(0, ...texts.map((t) => textWidthMm(t, size, true)));
  return Math.max(15, Math.round(widest * 0.4));
}

export interface HeaderInput {
  readonly issuer: string | null;
  readonly superior: string | null;
  readonly number: string | null;
  readonly place: string | null;
  readonly date: CivilDate | null;
}

export function buildHeader(h: HeaderInput): HeaderBlock {
  const party = h.number !== null && isPartyNumber(h.number);
  const left: Line[] = [];
  if (h.superior) left.push(line(upper(h.superior), SIZE.issuer, false));
  const names = h.issuer ? issuerLines(h.issuer, h.superior) : [];
  names.forEach((n, i) => left.push(line(n, SIZE.issuer, true, false, i === names.length - 1 && !party ? shortRule(names, SIZE.issuer) : undefined)));
  if (party && names.length > 0) left.push(line("*", SIZE.issuer, false));
  const right: Line[] = party
    ? [line(PARTY_NAME, SIZE.partyName, true, false, textWidthMm(PARTY_NAME, SIZE.partyName, true))]
    : [{ ...line(NATIONAL_NAME, SIZE.nationalName, true), noWrap: true }, line(MOTTO, SIZE.motto, true, false, textWidthMm(MOTTO, SIZE.motto, true))];
  const rows: ColumnsRow[] = [{ left, right }];
  const numberText = h.number ? `Số${party ? " " : ": "}${cleanNumber(h.number)}` : null;
  const place = h.place ?? placeOf(h.issuer);
  rows.push({ left: numberText ? [line(numberText, SIZE.number, false)] : [], right: [line(dateLine(place, h.date), SIZE.date, false, true)] });
  return { kind: "header", rows };
}

/** "KẾ HOẠCH" and the title, bold, with a short rule under the title. */
export function buildTitle(title: string | null, docType = "KẾ HOẠCH"): TitleBlock {
  const lines: Line[] = [line(docType, SIZE.body, true, false, title ? undefined : shortRule([docType], SIZE.body))];
  if (title) lines.push(line(title, SIZE.body, true, false, Math.min(shortRule([title], SIZE.body), 60)));
  return { kind: "title", lines };
}
