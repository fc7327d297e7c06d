/**
 * The document as plain Markdown (GitHub flavour): the header and the sign-off as two-column
 * tables, `#` for the document type, numbered headings as `##`–`####` with their numbers as
 * text, items as `-` lists. Plan text is escaped so that it can never become markup.
 */
import type { Block, ColumnsRow, Line, RenderDocument } from "./model.js";

/** Escapes Markdown (and inline HTML) in plan text. */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/[\\`*_[\]<>|#~]/gu, (c) => `\\${c}`)
    .replace(/&(?=#?\w+;)/gu, "\\&")
    .replace(/^(\d+)([.)])/u, "$1\\$2")
    .replace(/^([-+=])/u, "\\$1");
}

function styled(l: Line): string {
  const t = escapeMarkdown(l.text);
  if (t === "") return "";
  return l.bold && l.italic ? `***${t}***` : l.bold ? `**${t}**` : l.italic ? `*${t}*` : t;
}

/** Two columns of lines as a table with an empty header row, one table row per line. */
function columns(rows: readonly ColumnsRow[], align: string): string {
  const out: string[] = ["| | |", align];
  // Room for the signature: an empty row before a line that asks for space above it.
  const spaced = (lines: readonly Line[]): (Line | undefined)[] => lines.flatMap((l) => (l.gapBeforePt ? [undefined, l] : [l]));
  for (const row of rows) {
    const left = spaced(row.left);
    const right = spaced(row.right);
    for (let i = 0; i < Math.max(left.length, right.length); i++) {
      out.push(`| ${left[i] ? styled(left[i]!) : ""} | ${right[i] ? styled(right[i]!) : ""} |`);
    }
  }
  return out.join("\n");
}

function block(b: Block): string {
  switch (b.kind) {
    case "header":
      return columns(b.rows, "|:-:|:-:|");
    case "title":
      return b.lines.map((l, i) => (i === 0 ? `# ${escapeMarkdown(l.text)}` : styled(l))).join("\n\n");
    case "heading":
      return `${"#".repeat(b.level + 1)} ${b.number} ${escapeMarkdown(b.text)}`;
    case "paragraph":
      return escapeMarkdown(b.text);
    case "item":
      return `${b.marker} ${escapeMarkdown(b.text)}`;
    case "signoff":
      return columns([{ left: b.recipients, right: b.signature }], "|:--|:-:|");
  }
}

export function renderMarkdown(doc: RenderDocument): string {
  const out: string[] = [];
  doc.blocks.forEach((b, i) => {
    // Consecutive items form one list; everything else is separated by a blank line.
    const prev = doc.blocks[i - 1];
    if (i > 0) out.push(b.kind === "item" && prev?.kind === "item" ? "\n" : "\n\n");
    out.push(block(b));
  });
  return out.join("") + "\n";
}
