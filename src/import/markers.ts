/**
 * Recognisers for the start of a paragraph: Roman-numeral headings (`II.`), numbered items
 * (`1.`, `2.1.`, `3)`), lettered items (`a)`, `đ)`), bullets (`-`, `+`, `•`, `*`), and the labelled
 * lines of task descriptions (`Đơn vị chủ trì: …`, `Thời gian thực hiện: …`). Each recogniser is a
 * row of a table; the rank orders them from outermost (Roman) to innermost (`+`).
 */
import { foldKeep } from "./text.js";

export type MarkerKind = "roman" | "number" | "letter" | "bullet";

export interface Marker {
  readonly kind: MarkerKind;
  /** As written, without trailing punctuation: `II`, `2.1`, `a`, `-`. */
  readonly label: string;
  /** Outermost 0 (Roman) … innermost; plain paragraphs rank below every marker. */
  readonly rank: number;
}

export interface MarkedText {
  readonly marker: Marker | null;
  /** The text after the marker. */
  readonly text: string;
}

const ROMAN_VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50 };

/** The value of a Roman numeral (OCR `l` read as `I`), or undefined when it is not one. */
export function romanValue(s: string): number | undefined {
  const r = s.replace(/l/g, "I");
  if (!/^(?:X{0,3})(?:IX|IV|V?I{0,3})$/.test(r) || r.length === 0) return undefined;
  let total = 0;
  for (let i = 0; i < r.length; i++) {
    const v = ROMAN_VALUES[r[i]!]!;
    const next = ROMAN_VALUES[r[i + 1] ?? ""] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

interface MarkerRule {
  readonly kind: MarkerKind;
  readonly re: RegExp;
  readonly rank: (label: string) => number;
  readonly accept?: (label: string, rest: string) => boolean;
}

/** Tried in order; the first that matches wins. */
const MARKER_RULES: readonly MarkerRule[] = [
  {
    // `II. NỘI DUNG`, `IV. Tổ chức thực hiện.` — a Roman numeral, a dot, then a capital.
    kind: "roman",
    re: /^([IVXl]{1,6})\s*\.\s*(?=\p{Lu})(.*)$/u,
    rank: () => 0,
    accept: (label) => romanValue(label) !== undefined,
  },
  {
    // `1.`, `2.1.`, `2.1`, `3)`: numbers of one or two digits (a year is never an item number).
    kind: "number",
    re: /^(\d{1,2}(?:\.\d{1,2})+)\.?(?:\s+|$)(.*)$|^(\d{1,2})\s*[.)](?:\s+|$|(?=\p{L}))(.*)$/u,
    rank: (label) => label.split(".").length,
  },
  { kind: "letter", re: /^([a-zđ])\s*\)\s*(.*)$/u, rank: () => 6 },
  { kind: "bullet", re: /^([-–—•·*])\s*(?=\S)(.*)$/u, rank: () => 7 },
  { kind: "bullet", re: /^([+])\s*(?=\S)(.*)$/u, rank: () => 8 },
];

/** Splits a paragraph's marker from its text. */
export function readMarker(text: string): MarkedText {
  for (const rule of MARKER_RULES) {
    const m = rule.re.exec(text);
    if (!m) continue;
    const label = (m[1] ?? m[3] ?? "").trim();
    const rest = (m[2] ?? m[4] ?? "").trim();
    if (rule.accept && !rule.accept(label, rest)) continue;
    // `- ` followed by nothing is a stray dash, not an item.
    if (rule.kind === "bullet" && rest.length === 0) continue;
    return { marker: { kind: rule.kind, label, rank: rule.rank(label) }, text: rest };
  }
  return { marker: null, text };
}

/** Whether a line starts a new paragraph of its own (a wrapped line never does). */
export function startsParagraph(line: string): boolean {
  return readMarker(line).marker !== null || readAttribute(line) !== null || isTitleWord(line) || isAuthorityLine(line) || isRecipientsHead(line);
}

// ---- labelled lines --------------------------------------------------------------------------

export type AttributeKind = "lead" | "coordinating" | "timing" | "content" | "output";

export interface Attribute {
  readonly kind: AttributeKind;
  readonly value: string;
}

interface AttributeRule {
  readonly kind: AttributeKind;
  /** On the folded text, after an optional bullet; the value starts at the end of the match. */
  readonly re: RegExp;
}

/** Checked in order: `Đơn vị chủ trì, phối hợp` is a lead before it is a coordination. */
const ATTRIBUTE_RULES: readonly AttributeRule[] = [
  { kind: "coordinating", re: /^(?:don vi|co quan|bo phan)\s+phoi hop[^:]{0,30}:\s*/ },
  { kind: "lead", re: /^(?:don vi|co quan|bo phan)\s+(?:chu tri|thuc hien|tham muu|dau moi)[^:]{0,40}:\s*/ },
  { kind: "lead", re: /^chu tri\s*:\s*/ },
  { kind: "coordinating", re: /^phoi hop\s*:\s*/ },
  { kind: "timing", re: /^(?:thoi gian|thoi han|tien do)(?:\s+(?:thuc hien|hoan thanh|trien khai))?\s*:\s*/ },
  { kind: "timing", re: /^thoi gian (?:thuc hien|hoan thanh)\s+(?=\S)/ },
  { kind: "content", re: /^noi dung\s*:\s*/ },
  { kind: "output", re: /^(?:san pham|ket qua)(?: dau ra)?\s*:\s*/ },
];

/** A labelled line of a task description (`- Cơ quan chủ trì: Sở Tư pháp.`), or null. */
export function readAttribute(line: string): Attribute | null {
  const body = line.replace(/^[-–—•+*]\s*/, "");
  const folded = foldKeep(body);
  for (const rule of ATTRIBUTE_RULES) {
    const m = rule.re.exec(folded);
    if (m) return { kind: rule.kind, value: body.slice(m[0].length).trim() };
  }
  return null;
}

// ---- special lines -----------------------------------------------------------------------------

/** `KẾ HOẠCH` (or `Ke hoach`) alone on its line: the document type above the title. */
export function isTitleWord(line: string): boolean {
  return /^ke hoach\s*$/.test(foldKeep(line).trim());
}

/** `Nơi nhận:` (with or without the colon and diacritics): the head of the recipients list. */
export function isRecipientsHead(line: string): boolean {
  return /^noi nhan\b/.test(foldKeep(line).trim());
}

/** `TM. ỦY BAN NHÂN DÂN`, `KT.GIÁM ĐỐC`, `Q. CHỦ TỊCH`, `TL.`, `TUQ.`: the authority lines of a signature. */
export function isAuthorityLine(line: string): boolean {
  return /^(?:TM|KT|Q|TL|TUQ)\s*\.\s*(?:\p{Lu}|$)/u.test(line.trim());
}
