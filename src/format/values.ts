/**
 * Canonical spellings of leaf values (strings, identifiers, dates, timings) as the formatter
 * writes them, in either keyword dialect. Pure string functions: the layout lives in printer.ts.
 */
import type { DateValue, Ident, MandateRef, Timing } from "../syntax/ast.js";
import { canonicalKeyword, type Dialect, type KeywordConcept } from "../syntax/keywords/table.js";

export function keyword(concept: KeywordConcept, dialect: Dialect): string {
  return canonicalKeyword(concept, dialect);
}

/**
 * A straight-quoted string with the fewest escapes the lexer needs. Control characters other
 * than newline and tab use `\uXXXX` because the unquoting rules only know `\n`, `\t` and `\u`.
 */
export function quote(value: string): string {
  let out = '"';
  for (const ch of value.normalize("NFC")) {
    switch (ch) {
      case '"':
        out += '\\"';
        break;
      case "\\":
        out += "\\\\";
        break;
      case "\n":
        out += "\\n";
        break;
      case "\t":
        out += "\\t";
        break;
      default: {
        const code = ch.charCodeAt(0);
        out += code < 0x20 || code === 0x7f ? `\\u${code.toString(16).padStart(4, "0")}` : ch;
      }
    }
  }
  return `${out}"`;
}

export function ident(id: Ident | string): string {
  return (typeof id === "string" ? id : id.name).normalize("NFC");
}

export function identList(ids: readonly (Ident | string)[]): string {
  return ids.map(ident).join(", ");
}

export function mandateRef(ref: MandateRef): string {
  return ref.origin === undefined ? ident(ref.name) : `${ident(ref.origin)}:${ident(ref.name)}`;
}

const pad2 = (n: number): string => String(n).padStart(2, "0");
const pad4 = (n: number): string => String(n).padStart(4, "0");

/** `14/02/2022`, `10/06` (no year), or a bare day of the month (`5`) when month is 0. */
export function date(d: DateValue): string {
  if (d.month === 0 && d.year === undefined) return String(d.day);
  const dm = `${pad2(d.day)}/${pad2(d.month)}`;
  return d.year === undefined ? dm : `${dm}/${pad4(d.year)}`;
}

const ROMAN = ["", "I", "II", "III", "IV"] as const;

/** `a`, `a and b`, `a, b and c` — the way the seed texts list reporting deadlines. */
function deadlines(dates: readonly DateValue[], dialect: Dialect): string {
  const parts = dates.map(date);
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} ${keyword("And", dialect)} ${parts[parts.length - 1]}`;
}

const EVERY: Readonly<Record<"year" | "quarter" | "month", KeywordConcept>> = {
  year: "EveryYear",
  quarter: "EveryQuarter",
  month: "EveryMonth",
};

export function timing(t: Timing, dialect: Dialect): string {
  const kw = (c: KeywordConcept): string => keyword(c, dialect);
  const vi = dialect === "vi";
  switch (t.kind) {
    case "continuous":
      return kw("Continuous");
    case "date":
      return date(t.date);
    case "before":
      return `${kw("Before")} ${date(t.date)}`;
    case "range":
      return vi ? `${kw("From")} ${date(t.from)} ${kw("To")} ${date(t.to)}` : `${date(t.from)} .. ${date(t.to)}`;
    case "quarter": {
      const valid = Number.isInteger(t.quarter) && t.quarter >= 1 && t.quarter <= 4;
      // An out-of-range quarter only reaches here from a built AST; keep it re-parseable.
      if (!valid) return `${kw("QuarterWord")} ${t.quarter}/${pad4(t.year)}`;
      return vi ? `${kw("QuarterWord")} ${ROMAN[t.quarter]}/${pad4(t.year)}` : `Q${t.quarter} ${t.year}`;
    }
    case "month":
      return `${kw("MonthWord")} ${t.month}/${pad4(t.year)}`;
    case "half":
      return vi ? `${kw(t.half === 1 ? "FirstHalf" : "SecondHalf")} ${t.year}` : `H${t.half} ${t.year}`;
    case "year":
      return `${kw("Year")} ${t.year}`;
    case "recurring": {
      const every = kw(EVERY[t.every]);
      return t.before.length === 0 ? every : `${every} ${kw("Before")} ${deadlines(t.before, dialect)}`;
    }
    case "after":
      return `${kw("After")} ${ident(t.task)}`;
  }
}
