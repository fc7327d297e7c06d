/**
 * The first pass over a plan text: NFC, line endings, invisible characters, and the residue of
 * crawled web pages and OCR (Markdown emphasis and headings, `\-` escapes, rule lines, stray
 * spaces inside numbers such as `32 /KH-UBND` or `10 /6`). The result keeps the line structure:
 * a blank line is `null`, a table cell separator (a line that is only `|`) is `CELL`.
 */

export const CELL = "|";

/** A cleaned line, `null` for a blank line (a paragraph break in the source). */
export type CleanLine = string | null;

/** Zero-width and other invisible characters, BOM, line/paragraph separators, C0/C1 controls but tab. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const SPACES = /[\t\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;
const SEPARATOR_LINE = /^[\s|:=_~*\-–—]*$/;

/** Removes Markdown residue from one line; `""` when nothing but residue was left. */
export function cleanLine(raw: string): string {
  let s = raw.replace(INVISIBLE, "").replace(SPACES, " ").trim();
  if (s === CELL) return CELL;
  // Markdown table rule rows and horizontal rules (`-------`, `|---|:--|`).
  if (SEPARATOR_LINE.test(s) && /[-–—=_~*]/.test(s)) return "";
  s = s.replace(/^#{1,6}\s+/, "");
  s = s.replace(/\\([\\`*_{}[\]()#+\-.!|>])/g, "$1");
  s = s.replace(/\*\*/g, "");
  // `* item` is a bullet; any other asterisk is emphasis.
  const bullet = /^\*\s+\S/.test(s) && s.indexOf("*", 1) < 0;
  if (!bullet) s = s.replace(/\*/g, "");
  s = s.replace(/__/g, "");
  // OCR and typing noise inside numbers: `32 /KH-UBND`, `10 /6`, `10- CTr/TU`.
  s = s.replace(/(\d)\s+\/\s*(?=[\dA-ZĐ])/g, "$1/").replace(/(\d)\/\s+(?=\d)/g, "$1/");
  s = s.replace(/(\d)-\s+(?=[A-ZĐ][A-Za-zĐđ]*\/)/g, "$1-");
  s = s.replace(/\b([A-ZĐ]{2,})-\s+(?=[A-ZĐ]{2,}\b)/g, "$1-");
  return s.replace(/ {2,}/g, " ").trim();
}

/**
 * Cleans a whole text. Lines that held only residue (`**`, `* *`) disappear without making a
 * paragraph break; blank lines in the source stay breaks.
 */
export function cleanText(text: string): CleanLine[] {
  const lines = text.normalize("NFC").replace(/\r\n?/g, "\n").replace(/[\u2028\u2029]/g, "\n").split("\n");
  const out: CleanLine[] = [];
  for (const raw of lines) {
    if (raw.trim().length === 0) {
      if (out.length > 0 && out[out.length - 1] !== null) out.push(null);
      continue;
    }
    const s = cleanLine(raw);
    if (s.length > 0) out.push(s);
  }
  while (out.length > 0 && out[out.length - 1] === null) out.pop();
  return out;
}
