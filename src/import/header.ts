/**
 * The header of a plan text: the issuing body (and its superior, when the top-left block names
 * two), number and symbol, place and date, and the level, inferred from the kind of body through
 * the level table (`UBND xã …` → commune, `Sở …` → department). Upper-case header lines are put
 * back into the usual casing: `ỦY BAN NHÂN DÂN XÃ GIO SƠN` → `UBND xã Gio Sơn`.
 */
import type { DateValue } from "../syntax/ast.js";
import { levelTable, type LevelDef, type LevelTable } from "../resolve/levels.js";
import { dateValue } from "./nodes.js";
import { capitalise, foldKeep, isUpperCase, squash } from "./text.js";

/** The national motto block, which carries nothing for the plan. */
export function isMotto(text: string): boolean {
  return /cong hoa xa hoi|doc lap\s*-?\s*tu do/.test(foldKeep(text));
}

/** Where the motto starts in a line that also holds the body (`ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI …`). */
function mottoStart(text: string): number {
  return foldKeep(text).search(/cong hoa xa hoi|doc lap\s*-?\s*tu do/);
}

export interface NumberLine {
  readonly number: string;
  /** What follows the number on the same line (often the place and date). */
  readonly rest: string;
}

/** `Số: 32 /KH-UBND`, `Số 14-KH/TU`. */
export function readNumberLine(text: string): NumberLine | undefined {
  const m = /^so\s*:?\s*(\d[\da-z]*(?:\s*[/-]\s*[\da-z&.]*[a-z\d])+)/.exec(foldKeep(text));
  if (!m) return undefined;
  return { number: text.slice(m[0].length - m[1]!.length, m[0].length).replace(/\s+/g, ""), rest: text.slice(m[0].length).trim() };
}

export interface PlaceDate {
  readonly place?: string;
  readonly date: DateValue;
}

/** `Gio Sơn, ngày 14 tháng 02 năm 2022`, `Hà Nội, ngày 8/3/2024`. */
export function readPlaceDate(text: string): PlaceDate | undefined {
  const f = foldKeep(text);
  const m = /\bngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})|\bngay\s+(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})/.exec(f);
  if (!m) return undefined;
  const date = m[1] !== undefined ? dateValue(Number(m[1]), Number(m[2]), Number(m[3])) : dateValue(Number(m[4]), Number(m[5]), Number(m[6]));
  if (!date) return undefined;
  const place = squash(text.slice(0, m.index).replace(/[,\s]+$/, ""));
  return place.length > 0 && place.length <= 60 ? { place, date } : { date };
}

// ---- bodies ------------------------------------------------------------------------------------

/** Words that begin the name of a body (on folded text). */
const BODY_HEAD = /^(?:u y|uy|ubnd|hdnd|hoi dong|so|bo|ban|phong|van phong|trung tam|cuc|chi cuc|tong cuc|dang uy|tinh uy|huyen uy|thanh uy|thi uy|cong an|kho bac|vien|truong|chinh phu|thu tuong)\b/;

/** Whether a line starts with the name of a body (`UBND`, `Sở`, `Ủy ban nhân dân`…). */
export function startsWithBody(text: string): boolean {
  return BODY_HEAD.test(squash(foldKeep(text)));
}

const LEVEL_WORDS = ["thi tran", "thi xa", "thanh pho", "dac khu", "xa", "phuong", "huyen", "quan", "tinh"];
const HEAD_WORDS = ["van phong", "trung tam", "chi cuc", "tong cuc", "so", "bo", "ban", "phong", "cuc", "vien", "truong"];
const PHRASES: readonly (readonly [string, string])[] = [
  ["uy ban nhan dan", "UBND"],
  ["u y ban nhan dan", "UBND"],
  ["hoi dong nhan dan", "HĐND"],
];

/** Whether `words` (folded) starts with `phrase` (folded, space separated). */
function startsWithWords(words: readonly string[], i: number, phrase: string): number {
  const p = phrase.split(" ");
  for (let k = 0; k < p.length; k++) if (words[i + k] !== p[k]) return 0;
  return p.length;
}

/**
 * Puts an upper-case body name into the usual casing: level words lower case, the place name
 * after them in title case, the name after `Sở`/`Bộ`/`Ban` in sentence case with a capital after
 * `và` and commas (`Sở Kế hoạch và Đầu tư`), `ỦY BAN NHÂN DÂN` → `UBND`. Mixed-case text is kept.
 */
export function caseBodyName(name: string): string {
  const s = squash(name);
  if (!isUpperCase(s)) return s.replace(/^(?:Ủy|Uỷ) ban nhân dân\b/u, "UBND");
  const words = s.split(" ");
  const folded = words.map((w) => foldKeep(w).replace(/[^a-z0-9&]/g, ""));
  const out: string[] = [];
  let mode: "title" | "sentence" = "title";
  let capitaliseNext = true;
  for (let i = 0; i < words.length; ) {
    const phrase = PHRASES.find(([p]) => startsWithWords(folded, i, p) > 0);
    if (phrase) {
      out.push(phrase[1]);
      i += startsWithWords(folded, i, phrase[0]);
      mode = "title";
      continue;
    }
    const level = LEVEL_WORDS.find((p) => startsWithWords(folded, i, p) > 0);
    if (level && i > 0) {
      const n = startsWithWords(folded, i, level);
      out.push(...words.slice(i, i + n).map((w) => w.toLocaleLowerCase("vi")));
      i += n;
      mode = "title";
      continue;
    }
    const head = HEAD_WORDS.find((p) => startsWithWords(folded, i, p) > 0);
    if (head && (i === 0 || mode === "title")) {
      const n = startsWithWords(folded, i, head);
      out.push(...words.slice(i, i + n).map((w, k) => (k === 0 ? capitalise(w) : w.toLocaleLowerCase("vi"))));
      i += n;
      mode = "sentence";
      capitaliseNext = true;
      continue;
    }
    const w = words[i]!;
    const keep = /[&\d]/.test(w) || ["ubnd", "hdnd", "mttq", "tw", "cp"].includes(folded[i]!);
    const word = keep ? w : mode === "title" || capitaliseNext ? capitalise(w) : w.toLocaleLowerCase("vi");
    out.push(word);
    capitaliseNext = folded[i] === "va" || /[,-]$/.test(w);
    if (folded[i] === "va") out[out.length - 1] = "và";
    i++;
  }
  return out.join(" ");
}

export interface Bodies {
  readonly issuer: string;
  readonly superior?: string;
}

/** The issuing body from the lines of the top-left block; an earlier body in it is the superior. */
export function readBodies(lines: readonly string[]): Bodies | undefined {
  const groups: string[][] = [];
  for (const raw of lines) {
    const cut = mottoStart(raw);
    const line = squash(cut >= 0 ? raw.slice(0, cut) : raw);
    if (line.length > 0) {
      if (groups.length === 0 || BODY_HEAD.test(foldKeep(line))) groups.push([line]);
      else groups[groups.length - 1]!.push(line);
    }
    // A line that starts with the motto ends the block (the lines under it are the motto's); a
    // motto to the right of the body (two columns read as one) only ends its line.
    if (cut === 0) break;
  }
  if (groups.length === 0) return undefined;
  const names = groups.map((g) => caseBodyName(g.join(" ")));
  const issuer = names[names.length - 1]!;
  return names.length > 1 ? { issuer, superior: names.slice(0, -1).join(" / ") } : { issuer };
}

/** `Sở Nội vụ xây dựng Kế hoạch …`, `Ủy ban nhân dân tỉnh Sơn La ban hành Kế hoạch …`. */
const ISSUER_IN_TEXT = /\b((?:uy|u y) ban nhan dan|ubnd|so|bo|ban) ([^,.;:()]{2,70}?)\s+(?:xay dung|ban hanh|trien khai|phat dong)\s+(?:cac\s+)?ke hoach\b/g;
/** `Tuyên truyền cải cách hành chính năm 2021 của Sở Nội vụ`. */
const ISSUER_IN_TITLE = /\bcua ((?:uy|u y) ban nhan dan|ubnd|so|bo|ban) ([^,.;:()]{2,70})$/;

/** The issuing body named in the text when the document has no header block. */
export function issuerFromText(preamble: readonly string[], title: string | undefined): string | undefined {
  for (const p of preamble) {
    for (const m of foldKeep(p).matchAll(ISSUER_IN_TEXT)) {
      if (/\p{Lu}/u.test(p.charAt(m.index))) return caseBodyName(p.slice(m.index, m.index + m[1]!.length + 1 + m[2]!.length));
    }
  }
  if (title) {
    const m = ISSUER_IN_TITLE.exec(foldKeep(title.trim()));
    if (m) {
      const start = m.index + 4;
      if (/\p{Lu}/u.test(title.trim().charAt(start))) return caseBodyName(title.trim().slice(start));
    }
  }
  return undefined;
}

// ---- level -------------------------------------------------------------------------------------

/** From the kind of body to a level name of the level table (on folded text). */
const LEVEL_RULES: readonly (readonly [RegExp, (m: RegExpExecArray) => string])[] = [
  [/^(?:ubnd|hdnd|(?:u y|uy) ban nhan dan|hoi dong nhan dan)\s+(thi tran|thi xa|thanh pho|dac khu|xa|phuong|huyen|quan|tinh)\b/, (m) => m[1]!],
  [/^(?:tinh uy|thanh uy)\b/, () => "tỉnh"],
  [/^(?:huyen uy|quan uy|thi uy)\b/, () => "huyện"],
  [/^dang uy\s+(?:xa|phuong|thi tran)\b/, () => "xã"],
  [/^(?:so|ban|chi cuc|van phong|trung tam)\b/, () => "sở"],
  [/^bo\b/, () => "bộ"],
  [/^(?:chinh phu|thu tuong)\b/, () => "chính-phủ"],
];

/** The level of an issuing body, from the level table. */
export function levelOfIssuer(issuer: string, table: LevelTable = levelTable()): LevelDef | undefined {
  const f = squash(foldKeep(issuer));
  for (const [re, name] of LEVEL_RULES) {
    const m = re.exec(f);
    if (m) return table.lookup(name(m));
  }
  return undefined;
}
