/**
 * Small Vietnamese text helpers for the official document: upper case, a lower-case first
 * letter as a Vietnamese writer would write it inside a sentence, list joining, and the end
 * punctuation of items.
 */

/** Upper case with Vietnamese rules (`Ủy ban` → `ỦY BAN`). */
export function upper(s: string): string {
  return s.toLocaleUpperCase("vi");
}

/**
 * Lower-cases the first letter of a title used inside a sentence ("về tuyên truyền cải cách…"),
 * but leaves an acronym or an all-capitals first word alone (`CCHC`, `UBND`, `PAPI`).
 */
export function lowerFirst(s: string): string {
  const first = /^\S+/u.exec(s)?.[0] ?? "";
  const letters = [...first].filter((c) => /\p{L}/u.test(c));
  if (letters.length === 0) return s;
  const isAcronym = letters.length > 1 && letters.every((c) => c === upper(c) && c !== c.toLocaleLowerCase("vi"));
  if (isAcronym) return s;
  const [c, ...rest] = [...s];
  return (c ?? "").toLocaleLowerCase("vi") + rest.join("");
}

/** Upper-cases the first letter (`quý I/2022` → `Quý I/2022`). */
export function upperFirst(s: string): string {
  const [c, ...rest] = [...s];
  return c === undefined ? s : upper(c) + rest.join("");
}

/** Joins names the Vietnamese way: `A`, `A và B`, `A, B và C`. */
export function joinVi(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} và ${items[items.length - 1]}`;
}

/** Removes trailing sentence punctuation and spaces (`…`, an ellipsis, stays). */
export function stripEnd(s: string): string {
  return s.trim().replace(/[\s.;:,]+$/u, "");
}

/** Ends a sentence or item with `end` unless it already ends with punctuation. */
export function terminate(s: string, end: "." | ";" = "."): string {
  const t = s.trim();
  return /[.;:!?…]$/u.test(t) ? t : t + end;
}

/**
 * A unit's name inside a sentence: a name that starts with a quantifier is a common noun phrase
 * and takes a small letter (`Các cơ quan, đoàn thể` → `các cơ quan, đoàn thể`); a body's proper
 * name keeps its capital (`Văn phòng HĐND&UBND xã`).
 */
export function inSentence(name: string): string {
  return /^(Các|Những|Mọi|Tất cả|Toàn thể)\s/u.test(name) ? lowerFirst(name) : name;
}
