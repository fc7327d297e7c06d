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

function letterClass(ch: string): string {
  const lower = ch.toLowerCase();
  const family = FAMILY_OF.get(lower);
  if (family) return `[${family}${family.toUpperCase()}]`;
  const upper = ch.toUpperCase();
  if (upper !== lower) return `[${lower}${upper}]`;
  return escapeRegex(ch);
}

/** Regex source matching one spelling, e.g. `chủ trì` → `[cC][hH][uùú…]…[ \t-]+[tT]…`. */
export function spellingSource(spelling: string): string {
  const words = spelling.normalize("NFC").split(/[\s-]+/).filter((w) => w.length > 0);
  return words.map((w) => [...w].map(letterClass).join("")).join("[ \\t-]+");
}

/** A regex matching any of the spellings, longest first so alternation prefers them. */
export function keywordRegex(spellings: readonly string[]): RegExp {
  const sorted = [...spellings].sort((a, b) => b.length - a.length);
  return new RegExp(sorted.map(spellingSource).join("|"));
}

/** Number of words of the longest spelling (used to order tokens: longer phrases first). */
export function maxWords(spellings: readonly string[]): number {
  return Math.max(0, ...spellings.map((s) => s.split(/[\s-]+/).length));
}
