/**
 * Vietnamese-aware text folding: strips tones and vowel marks (and đ → d) and lower-cases, so
 * that `Chủ trì`, `chu tri` and `CHU TRI` compare equal, and old/new tone placement
 * (`khoá`/`khóa`) does not matter. Used for keyword matching and did-you-mean suggestions.
 */

/** Every Vietnamese letter family: the base letter and all its marked forms (lower case). */
export const LETTER_FAMILIES: Readonly<Record<string, string>> = {
  a: "aàáảãạăằắẳẵặâầấẩẫậ",
  e: "eèéẻẽẹêềếểễệ",
  i: "iìíỉĩị",
  o: "oòóỏõọôồốổỗộơờớởỡợ",
  u: "uùúủũụưừứửữự",
  y: "yỳýỷỹỵ",
  d: "dđ",
};

const FOLD_MAP: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const [base, family] of Object.entries(LETTER_FAMILIES)) {
    for (const ch of family) {
      m.set(ch, base);
      m.set(ch.toUpperCase(), base);
    }
  }
  return m;
})();

/** Folds a string: NFC, lower case, no Vietnamese diacritics, hyphens and runs of spaces as one space. */
export function fold(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFC")) {
    const f = FOLD_MAP.get(ch);
    out += f ?? ch.toLowerCase();
  }
  return out.replace(/[\s-]+/g, " ").trim();
}

/** Folds an identifier for did-you-mean: diacritics and case ignored, separators kept. */
export function foldIdentifier(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFC")) out += FOLD_MAP.get(ch) ?? ch.toLowerCase();
  return out;
}
