/**
 * Builds the lexer pattern of a keyword spelling: each letter matches any of its diacritic
 * variants in either case, and the words may be separated by spaces, tabs or hyphens. The
 * patterns are plain character classes (no `u` flag, no `i` flag): chevrotain rebuilds token
 * regexes without the `u` flag, and explicit classes keep the lexer first-char optimisable.
 */
import { LETTER_FAMILIES } from "../fold.js";

function escapeRegex(ch: string): string {
  return /[\\^$.*+?()[\]{}|/-]/.test(ch) ? `\\${ch}` : ch;
}

const FAMILY_OF: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const family of Object.values(LETTER_FAMILIES)) {
    for (const ch of family) m.set(ch, family);
  }
  return m;
})();

/**
 * Every character a keyword letter matches: its whole diacritic family in both cases for a
 * Vietnamese vowel or `d`, both cases for another letter, itself otherwise. The hand-written
 * scanner (`scanner.ts`) matches keywords with the same sets.
 */
export function letterAlternatives(ch: string): string {
  const lower = ch.toLowerCase();
  const family = FAMILY_OF.get(lower);
  if (family) return `${family}${family.toUpperCase()}`;
  const upper = ch.toUpperCase();
  if (upper !== lower) return `${lower}${upper}`;
  return ch;
}

function letterClass(ch: string): string {
  const alternatives = letterAlternatives(ch);
  return alternatives === ch ? escapeRegex(ch) : `[${alternatives}]`;
}

/** The words of a spelling (split at spaces and hyphens), NFC. */
export function spellingWords(spelling: string): string[] {
  return spelling.normalize("NFC").split(/[\s-]+/).filter((w) => w.length > 0);
}

/** Regex source matching one spelling, e.g. `chủ trì` → `[cC][hH][uùú…]…[ \t-]+[tT]…`. */
export function spellingSource(spelling: string): string {
  return spellingWords(spelling)
    .map((w) => [...w].map(letterClass).join(""))
    .join("[ \\t-]+");
}

/** The spellings in the order the keyword regex tries them: longest first. */
export function spellingsInMatchOrder(spellings: readonly string[]): string[] {
  return [...spellings].sort((a, b) => b.length - a.length);
}

/** A regex matching any of the spellings, longest first so alternation prefers them. */
export function keywordRegex(spellings: readonly string[]): RegExp {
  return new RegExp(spellingsInMatchOrder(spellings).map(spellingSource).join("|"));
}

/** Number of words of the longest spelling (used to order tokens: longer phrases first). */
export function maxWords(spellings: readonly string[]): number {
  return Math.max(0, ...spellings.map((s) => s.split(/[\s-]+/).length));
}
