/**
 * Citations of other documents ("Thực hiện Kế hoạch số 23/KH-UBND ngày 08/02/2022 của UBND huyện …;
 * Công văn số 117/UBND-VX …"): document type, number and symbol (state style `23/KH-UBND` and Party
 * style `14-KH/TU`), date and issuing body. A plan (a Kế hoạch, or a Quyết định that issues one)
 * becomes a parent with a generated id; other documents are kept as comments only, since the
 * language says they are not parents.
 */
import type { DateValue } from "../syntax/ast.js";
import { dateValue } from "./nodes.js";
import { foldKeep, slug, squash } from "./text.js";

interface DocType {
  /** Folded spelling. */
  readonly fold: string;
  readonly label: string;
  /** The symbol code it uses (`KH` in `23/KH-UBND`). */
  readonly code: string;
  readonly plan: boolean;
}

/** Document types, longest spelling first where one contains another. */
export const DOC_TYPES: readonly DocType[] = [
  { fold: "ke hoach", label: "Kế hoạch", code: "KH", plan: true },
  { fold: "quyet dinh", label: "Quyết định", code: "QĐ", plan: false },
  { fold: "nghi quyet", label: "Nghị quyết", code: "NQ", plan: false },
  { fold: "nghi dinh", label: "Nghị định", code: "NĐ", plan: false },
  { fold: "cong van", label: "Công văn", code: "CV", plan: false },
  { fold: "cong dien", label: "Công điện", code: "CĐ", plan: false },
  { fold: "chi thi", label: "Chỉ thị", code: "CT", plan: false },
  { fold: "thong tu", label: "Thông tư", code: "TT", plan: false },
  { fold: "thong tri", label: "Thông tri", code: "TTr", plan: false },
  { fold: "thong bao ket luan", label: "Thông báo kết luận", code: "TB", plan: false },
  { fold: "thong bao", label: "Thông báo", code: "TB", plan: false },
  { fold: "chuong trinh hanh dong", label: "Chương trình hành động", code: "CTr", plan: false },
  { fold: "chuong trinh", label: "Chương trình", code: "CTr", plan: false },
  { fold: "ket luan", label: "Kết luận", code: "KL", plan: false },
  { fold: "quy dinh", label: "Quy định", code: "QĐ", plan: false },
  { fold: "huong dan", label: "Hướng dẫn", code: "HD", plan: false },
  { fold: "de an", label: "Đề án", code: "ĐA", plan: false },
];

export interface Citation {
  readonly type: string;
  /** `23/KH-UBND`, `14-KH/TU`. */
  readonly number: string;
  readonly date?: DateValue;
  readonly issuer?: string;
  /** A plan: a parent of this one. */
  readonly plan: boolean;
  /** Where it starts and ends in the text it was found in. */
  readonly start: number;
  readonly end: number;
}

const TYPE_ALT = DOC_TYPES.map((t) => t.fold.replace(/ /g, "\\s+")).join("|");
/** A number and symbol: digits, then `/` or `-` separated parts (`35/2023/UBTVQH15`, `10-CTr/TU`). */
const NUMBER = String.raw`(\d[\da-z]*(?:\s*[/-]\s*[\da-z&.]*[a-z\d])+)`;
const CITATION = new RegExp(String.raw`\b(${TYPE_ALT})\s+(?:so\s*:?\s*)?${NUMBER}`, "g");
const DATE_AFTER = /^\s*,?\s*(?:ngay\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})|^\s*,?\s*ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s*,?\s*nam\s+(\d{4})/;
const ISSUER_START = /^\s*,?\s*(?:cua|do)\s+/;
/** Where an issuer's name stops: a verb or preposition that begins the document's subject, or punctuation. */
const ISSUER_STOP = new RegExp(String.raw`\s+(?:ve|v/v|ban hanh|thuc hien|trien khai|quy dinh|huong dan|phe duyet|tiep tuc|nham|tai|theo|ngay|va\s+(?:${TYPE_ALT}))\b|\s*[;,.(:]|$`);

/** Every numbered citation in `text` (NFC). */
export function findCitations(text: string): Citation[] {
  const f = foldKeep(text);
  const out: Citation[] = [];
  for (const m of f.matchAll(CITATION)) {
    const typeFold = squash(m[1]!);
    const type = DOC_TYPES.find((t) => t.fold === typeFold)!;
    const numStart = m.index + m[0].length - m[2]!.length;
    const number = text.slice(numStart, m.index + m[0].length).replace(/\s+/g, "").replace(/\.+$/, "");
    let end = m.index + m[0].length;
    let date: DateValue | undefined;
    const d = DATE_AFTER.exec(f.slice(end));
    if (d) {
      date = d[1] !== undefined ? dateValue(Number(d[1]), Number(d[2]), Number(d[3])) : dateValue(Number(d[4]), Number(d[5]), Number(d[6]));
      end += d[0].length;
    }
    let issuer: string | undefined;
    const s = ISSUER_START.exec(f.slice(end));
    if (s) {
      const from = end + s[0].length;
      const stop = ISSUER_STOP.exec(f.slice(from));
      const name = squash(text.slice(from, from + (stop ? stop.index : 0)));
      if (name.length > 0 && name.length <= 100) {
        issuer = name;
        end = from + name.length;
      }
    }
    // A decision that issues a plan (`Quyết định … ban hành Kế hoạch …`) is that plan.
    const after = f.slice(end, end + 60);
    const issuesPlan = type.fold === "quyet dinh" && /^\s*(?:ve\s+(?:viec\s+)?)?ban hanh ke hoach\b/.test(after);
    const codePlan = /(?:^|[/-])kh(?:[/-]|$)/.test(number.toLowerCase());
    out.push({
      type: type.label,
      number,
      ...(date && { date }),
      ...(issuer && { issuer }),
      plan: type.plan || codePlan || issuesPlan,
      start: m.index,
      end,
    });
  }
  return out;
}

/** Abbreviations of issuing bodies used in generated ids. */
const BODY_ABBREVIATIONS: readonly (readonly [RegExp, string])[] = [
  [/^(?:uy|u y) ban nhan dan\b/, "ubnd"],
  [/^hoi dong nhan dan\b/, "hdnd"],
  [/^ban thuong vu\b/, "btv"],
  [/^thu tuong chinh phu\b/, "ttg"],
  [/^ban chap hanh trung uong\b/, "bch-tw"],
  [/^bo chinh tri\b/, "bct"],
];

/** The short form of a body for an id: `Ủy ban nhân dân thành phố` → `ubnd-thanh-pho`. */
export function bodySlug(name: string): string {
  let f = squash(foldKeep(name));
  let prefix = "";
  for (const [re, abbr] of BODY_ABBREVIATIONS) {
    const m = re.exec(f);
    if (m) {
      prefix = abbr;
      f = f.slice(m[0].length).trim();
      break;
    }
  }
  const rest = f.length > 0 ? slug(f, 4, "") : "";
  return [prefix, rest].filter((p) => p.length > 0).join("-");
}

/**
 * The id of a cited plan: its issuer (or the issuer part of its symbol), number and year:
 * `Kế hoạch số 23/KH-UBND ngày 08/02/2022` → `ubnd-23-2022`; `14-KH/TU … của Ban Thường vụ Tỉnh ủy`
 * → `btv-tinh-uy-14-2025`.
 */
export function citationId(c: Citation): string {
  const parts = c.number.split(/[/-]/).filter((p) => p.length > 0);
  const digits = /^\d+/.exec(parts[0] ?? "")?.[0] ?? "";
  const yearInNumber = parts.find((p) => /^(?:19|20|21)\d\d$/.test(p));
  const year = c.date?.year ?? (yearInNumber ? Number(yearInNumber) : undefined);
  const code = DOC_TYPES.find((t) => t.label === c.type)?.code.toLowerCase();
  const symbolBody = parts
    .slice(1)
    .filter((p) => !/^\d+$/.test(p) && foldKeep(p) !== (code ? foldKeep(code) : "") && foldKeep(p) !== "kh")
    .join(" ");
  const body = c.issuer ? bodySlug(c.issuer) : slug(symbolBody, 3, "");
  const id = [body, digits, year !== undefined ? String(year) : ""].filter((p) => p.length > 0).join("-");
  return slug(id, 12, "kh");
}
