/**
 * Units (đơn vị) and who does what: the unit a duty paragraph starts with ("Sở Nội vụ chủ trì,
 * phối hợp với Sở TT&TT …", "Văn phòng Sở có trách nhiệm …"), the units after "phối hợp với",
 * lists of units in labelled lines and table cells ("Sở Tư pháp; các cơ quan, đơn vị liên quan"),
 * and the registry that gives each distinct unit one id, slugged without diacritics.
 */
import { foldKeep, IdAllocator, slug, squash } from "./text.js";

/** Words a unit's name starts with (folded). */
const UNIT_HEAD = new RegExp(
  String.raw`^(?:cac\s+)?(?:so|ban|van phong|ubnd|uy ban|hdnd|hoi dong|phong|trung tam|bao|dai|hoi|hiep hoi|lien hiep|lien minh|thu truong|nguoi dung dau|cong an|bo chi huy|bo|co quan|don vi|doan|mat tran|tinh uy|dang uy|huyen uy|bo phan|cong chuc|tu phap|van hoa|kho bac|cuc|chi cuc|vien|truong|doanh nghiep|cap uy|thuong truc|thanh tra)\b` +
    // … but not the verbs and nouns spelled like a head: ban hành, bố trí, hội nghị, báo cáo, đại hội, trường hợp, phòng chống, viên chức.
    String.raw`(?!\s+(?:hanh|tri|nghi|thao|cao|dam|ve|hoi|hop|chong|chuc)\b)`,
);

/**
 * Verbs and phrases that end a unit's name at the start of a duty ("Sở Nội vụ | hướng dẫn …").
 * Longest first where one starts another.
 */
const DUTY_VERBS = [
  "chu tri", "phoi hop", "co trach nhiem", "chiu trach nhiem", "la co quan", "can cu", "tren co so", "xay dung", "to chuc", "trien khai",
  "thuc hien", "huong dan", "tham muu", "theo doi", "don doc", "kiem tra", "chi dao", "bao cao", "tang cuong", "bo tri", "ra soat",
  "phat huy", "phan cong", "tiep tuc", "chu dong", "nghien cuu", "cap nhat", "day manh", "kien toan", "tuyen truyen", "long ghep",
  "de xuat", "tong hop", "cung cap", "dua tin", "ho tro", "van dong", "tham dinh", "dinh huong", "tiep nhan", "uu tien", "quan tam",
  "pho bien", "giam sat", "danh gia", "cong khai", "phan anh", "boi duong", "tap huan", "dang tai", "nang cao", "dam bao", "bao dam",
  "phat dong", "khen thuong", "giup", "duoc phan cong", "dinh ky", "phat trien", "tien hanh", "truc tiep", "nghiem tuc", "kip thoi", "thuong xuyen", "de nghi", "tiep nhan",
];
const VERB_RE = new RegExp(String.raw`\s(?:${DUTY_VERBS.join("|")})(?![a-z])`, "g");

/**
 * The first duty verb in folded text, at its leading space. A verb after `các`, `những` or `mọi`
 * is a noun (`các tổ chức`), not the start of a duty.
 */
function firstVerb(f: string): number {
  for (const m of f.matchAll(VERB_RE)) {
    if (!/(?:^|\s)(?:cac|nhung|moi)$/.test(f.slice(0, m.index))) return m.index;
  }
  return -1;
}

/** Words before a unit that are not part of it: "Đề nghị", "Giao", "Yêu cầu". */
const LEADING_REQUEST = /^(?:de nghi|giao cho|giao|yeu cau)\s*:?\s+/;

/** Trims a unit name: punctuation at the ends, "(b/c)", a trailing "có liên quan" kept. */
export function cleanUnitName(name: string): string {
  let s = squash(name.replace(/\((?:b\/c|báo cáo|để b\/c)\)/giu, " "));
  for (let prev = ""; prev !== s; ) {
    prev = s;
    s = s.replace(/^[\s,;:.\-–]+|[\s,;:.\-–]+$/g, "").replace(/^và\s+|\s+và$/u, "");
  }
  return s;
}

/**
 * Heads that fold like other words (`Bộ`/`bổ`, `Báo`/`bảo`, `Đài`/`đại`): when the text has
 * diacritics, the head must have its own.
 */
const EXACT_HEADS: Readonly<Record<string, RegExp>> = {
  so: /^sở$/iu,
  bo: /^bộ$/iu,
  ban: /^ban$/iu,
  bao: /^báo$/iu,
  dai: /^đài$/iu,
  hoi: /^hội$/iu,
  phong: /^phòng$/iu,
  vien: /^viện$/iu,
  truong: /^trường$/iu,
  doan: /^đoàn$/iu,
  cuc: /^cục$/iu,
};

/** Whether text starts with a unit head, spelled as the head (`Bổ sung` is not `Bộ`). */
function hasUnitHead(text: string): boolean {
  const f = foldKeep(text);
  if (!UNIT_HEAD.test(f)) return false;
  const words = text.trim().split(/\s+/);
  const first = /^c[aá]c$/iu.test(words[0] ?? "") ? words[1] ?? "" : words[0] ?? "";
  const exact = EXACT_HEADS[foldKeep(first)];
  const plain = first === foldKeep(first) || first.toUpperCase() === first;
  return !exact || plain || exact.test(first);
}

/** Whether text starts like a unit's name. */
export function startsWithUnit(text: string): boolean {
  return hasUnitHead(text.trim());
}

export interface LeadingUnit {
  readonly unit: string;
  /** The text from the verb on. */
  readonly rest: string;
}

/**
 * The unit a duty starts with: "Sở Văn hóa, Thể thao và Du lịch phối hợp với …" → "Sở Văn hóa, Thể
 * thao và Du lịch". Only when the text starts with a unit head and a duty verb follows.
 */
export function leadingUnit(text: string): LeadingUnit | undefined {
  let body = text.trim();
  const req = LEADING_REQUEST.exec(foldKeep(body));
  if (req) body = body.slice(req[0].length);
  const f = foldKeep(body);
  if (!hasUnitHead(body)) return undefined;
  const v = firstVerb(f);
  if (v <= 0) return undefined;
  const unit = cleanUnitName(body.slice(0, v));
  if (unit.length === 0 || unit.split(" ").length > 16) return undefined;
  return { unit, rest: body.slice(v + 1) };
}

/** The units after "phối hợp với …" up to the verb that follows them. */
export function coordinatingUnits(text: string): string[] {
  const f = foldKeep(text);
  const out: string[] = [];
  for (const m of f.matchAll(/\bphoi hop (?:chat che\s+)?(?:voi|cung)\s+/g)) {
    const from = m.index + m[0].length;
    // A list of units is short: looking further would make a long paragraph quadratic.
    const tail = f.slice(from, from + 400);
    const stop = /\s(?:de|nham|theo|trong|tai|ve|cho|thong qua)\s|[.;:()]/.exec(tail);
    const verb = firstVerb(tail);
    const end = Math.min(stop ? stop.index : tail.length, verb >= 0 ? verb : tail.length);
    const phrase = text.slice(from, from + end);
    if (phrase.split(" ").length <= 14) out.push(...splitUnitList(phrase));
  }
  return out;
}

/** Heads that start a new unit inside a comma or `và` list. */
const LIST_HEAD = /^(?:so|ubnd|uy ban|van phong|trung tam|bao|dai|cong an|bo chi huy|hoi dong|hiep hoi|lien hiep|lien minh|bo phan|vien|truong|doanh nghiep|cac (?:co quan|don vi|so|to chuc|doanh nghiep|dia phuong|phong))\b/;
const CAPITAL_HEAD = /^(?:Ban|Phòng|Bộ|Hội|Cục|Chi cục|Kho bạc|Tỉnh ủy|Tỉnh uỷ|Đảng ủy|Mặt trận)\b/u;

/**
 * Splits a list of units: always at `;`, at `,` and `và` only before the head of a new unit
 * (so "Các Sở, ngành, đơn vị, UBND cấp xã" is two units, "Sở Văn hóa, Thể thao và Du lịch" one).
 */
export function splitUnitList(list: string): string[] {
  const out: string[] = [];
  for (const part of list.split(/;/)) {
    let current = "";
    for (const piece of part.split(/(,|\s+và\s+)/u)) {
      if (piece === "," || /^\s+và\s+$/u.test(piece)) {
        current += piece;
        continue;
      }
      const p = piece.trim();
      const startsNew = current.trim().length > 0 && (LIST_HEAD.test(foldKeep(p)) || CAPITAL_HEAD.test(p));
      if (startsNew) {
        out.push(current);
        current = p;
      } else current += current.length > 0 && !/\s$/.test(current) ? ` ${p}` : p;
    }
    out.push(current);
  }
  return out.map(cleanUnitName).filter((u) => u.length > 0 && u.length <= 120 && /\p{L}/u.test(u));
}

/**
 * The units of a labelled line, which may be a plain list or prose (`Sở Khoa học và Công nghệ tiến
 * hành rà soát …; các sở, ngành liên quan và Ủy ban nhân dân các xã, phường rà soát …`).
 */
export function unitsInList(value: string): string[] {
  const out: string[] = [];
  for (const part of value.split(";")) {
    const lead = leadingUnit(part);
    if (lead) out.push(...splitUnitList(lead.unit));
    else if (part.trim().split(/\s+/).length <= 14) out.push(...splitUnitList(part));
  }
  return out;
}

export interface UnitEntry {
  readonly id: string;
  readonly name: string;
}

/** The units of a draft: one id per distinct name (compared without diacritics, case or punctuation). */
export class UnitRegistry {
  private readonly byKey = new Map<string, UnitEntry>();
  private readonly ids = new IdAllocator();
  readonly entries: UnitEntry[] = [];

  /** The id of a unit, declaring it on first sight. */
  idOf(name: string): string {
    const clean = cleanUnitName(name);
    const key = squash(foldKeep(clean).replace(/[^a-z0-9& ]/g, " "));
    const known = this.byKey.get(key);
    if (known) return known.id;
    const entry = { id: this.ids.take(slug(clean, 6, "don-vi")), name: clean };
    this.byKey.set(key, entry);
    this.entries.push(entry);
    return entry.id;
  }
}
