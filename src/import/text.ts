/**
 * Small text helpers for the importer: diacritic folding that keeps string positions (so a
 * pattern found in folded text can be cut from the original), slugs for generated identifiers,
 * Vietnamese casing of upper-case header lines, and comment wrapping.
 */
import { fold, foldIdentifier } from "../syntax/fold.js";
import { SPELLINGS } from "../syntax/keywords/table.js";

/**
 * Lower case without Vietnamese diacritics, one output character per input UTF-16 unit, so
 * `foldKeep(s).search(re)` is an index into `s` (`s` in NFC, as the importer makes it).
 */
export function foldKeep(s: string): string {
  const f = foldIdentifier(s);
  if (f.length === s.length) return f;
  // A character whose lower case is longer (`İ`), or text not in NFC: fold one by one.
  let out = "";
  for (const ch of s) {
    const c = foldIdentifier(ch);
    out += c.length === ch.length ? c : ch;
  }
  return out;
}

/** Whether a paragraph ends a sentence (so the next line does not continue it). */
export function endsSentence(s: string): boolean {
  return /[.;:!?…]["'”)\]]*$/.test(s.trimEnd());
}

/** Joins two pieces of one wrapped sentence: `kinh tế -` + `xã hội`, `05-` + `CT/TW`. */
export function joinWrapped(a: string, b: string): string {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  return /\S-$/.test(a) && /^[\p{Lu}\d]/u.test(b) ? `${a}${b}` : `${a} ${b}`;
}

/** Collapses runs of white space and trims. */
export function squash(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

/** Every multi-word keyword spelling, folded: an identifier spelled like one would lex as the keyword. */
const MULTI_WORD_KEYWORDS: ReadonlySet<string> = (() => {
  const out = new Set<string>();
  for (const dialect of Object.values(SPELLINGS)) {
    for (const spellings of Object.values(dialect)) {
      for (const s of spellings ?? []) if (/[\s-]/.test(s.trim())) out.add(fold(s));
    }
  }
  return out;
})();

/**
 * An ASCII identifier from free text: `Sở Nội vụ` → `so-noi-vu`. At most `maxWords` words;
 * `fallback` when nothing is left, and before a leading digit; never spelled like a keyword of
 * several words (`ke-hoach` would read as `kế hoạch`). With an empty fallback the result is a
 * fragment for a longer id.
 */
export function slug(text: string, maxWords = 6, fallback = "x"): string {
  const words = fold(text.normalize("NFC"))
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter((w) => w.length > 0)
    .slice(0, maxWords);
  let id = words.join("-");
  if (id.length === 0) return fallback;
  if (!/^[a-z]/.test(id) && fallback.length > 0) id = `${fallback}-${id}`;
  if (MULTI_WORD_KEYWORDS.has(fold(id))) id = `${id}-1`;
  return id;
}

/** Whether `id` is a valid kehoach identifier that does not read as a keyword of several words. */
export function isPlainIdentifier(id: string): boolean {
  const L = "A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u1E00-\\u1EFF_";
  const re = new RegExp(`^[${L}][${L}0-9]*(?:[.-][${L}0-9]+)*$`);
  return re.test(id.normalize("NFC")) && !MULTI_WORD_KEYWORDS.has(fold(id));
}

/** Makes ids unique by adding `-2`, `-3`, … */
export class IdAllocator {
  private readonly used = new Set<string>();
  /** The next suffix to try for each base, so that many equal bases stay linear. */
  private readonly next = new Map<string, number>();

  take(base: string): string {
    let id = base;
    let n = this.next.get(base) ?? 2;
    while (this.used.has(id)) id = `${base}-${n++}`;
    this.next.set(base, n);
    this.used.add(id);
    return id;
  }
}

const UPPER_LETTER = /\p{Lu}/u;
const LOWER_LETTER = /\p{Ll}/u;

/** Whether the text has letters and none of them is lower case. */
export function isUpperCase(s: string): boolean {
  return UPPER_LETTER.test(s) && !LOWER_LETTER.test(s);
}

/** `NỘI` → `Nội`. */
export function capitalise(word: string): string {
  const lower = word.toLocaleLowerCase("vi");
  return lower.charAt(0).toLocaleUpperCase("vi") + lower.slice(1);
}

/** Wraps a paragraph into comment lines of at most `width` characters (words are never cut). */
export function wrapText(text: string, width = 96): string[] {
  const words = squash(text).split(" ").filter((w) => w.length > 0);
  const out: string[] = [];
  let line = "";
  for (const w of words) {
    if (line.length > 0 && line.length + 1 + w.length > width) {
      out.push(line);
      line = w;
    } else line = line.length > 0 ? `${line} ${w}` : w;
  }
  if (line.length > 0) out.push(line);
  return out;
}
