/**
 * The document as one self-contained, print-ready HTML file: A4 with the decree's margins
 * (`@page`), Times New Roman, the decree's sizes, the header and sign-off as borderless
 * two-column tables, page numbers from the second page where the browser supports page margin
 * boxes. Written as well-formed XHTML-compatible markup (every element closed, no named
 * entities) and every plan text escaped, so no plan can inject markup or script.
 */
import type { Block, ColumnsRow, Line, RenderDocument } from "./model.js";
import { FONT, headingStyle, INDENT_MM, LEFT_COLUMN_SHARE, LINE_SPACING, PAGE, PARAGRAPH_AFTER_PT, SIZE, TEXT_WIDTH_MM } from "./style.js";

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/gu, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

function css(): string {
  const m = PAGE.margin;
  const heading = ([1, 2, 3] as const)
    .map((level) => {
      const s = headingStyle(level);
      return `h${level + 1} { font-weight: ${s.bold ? "bold" : "normal"}; font-style: ${s.italic ? "italic" : "normal"}; }`;
    })
    .join("\n");
  return `@page { size: A4; margin: ${m.topMm}mm ${m.rightMm}mm ${m.bottomMm}mm ${m.leftMm}mm; @top-center { content: counter(page); font-family: "${FONT}", serif; font-size: ${SIZE.body}pt; } }
@page :first { @top-center { content: none; } }
html { color: #000; background: #fff; }
body { margin: 0; font-family: "${FONT}", Times, serif; font-size: ${SIZE.body}pt; line-height: ${LINE_SPACING}; }
.page { width: ${TEXT_WIDTH_MM}mm; margin: 0 auto; }
@media screen {
  html { background: #e8e8e8; }
  .page { background: #fff; padding: ${m.topMm}mm ${m.rightMm}mm ${m.bottomMm}mm ${m.leftMm}mm; margin: 8mm auto; box-shadow: 0 0 4px rgba(0, 0, 0, 0.3); }
}
p, h1, h2, h3, h4 { margin: 0; font-size: ${SIZE.body}pt; }
table.cols { width: 100%; border-collapse: collapse; table-layout: fixed; }
table.cols td { padding: 0; vertical-align: top; text-align: center; }
table.cols td.left { width: ${Math.round(LEFT_COLUMN_SHARE * 100)}%; }
table.header { margin-bottom: 12pt; }
table.header td { padding-bottom: 6pt; }
.nowrap { white-space: nowrap; }
table.signoff { margin-top: 12pt; page-break-inside: avoid; }
table.signoff td.left { text-align: left; }
.rule { height: 0; border-top: 1px solid #000; margin: 2pt auto 0; }
.title { text-align: center; margin: 6pt 0 12pt; }
.title h1 { font-weight: bold; }
.body { text-align: justify; text-indent: ${INDENT_MM}mm; margin-bottom: ${PARAGRAPH_AFTER_PT}pt; }
${heading}`;
}

function lineHtml(l: Line, tag = "p"): string {
  const style = [`font-size: ${l.size}pt`, `font-weight: ${l.bold ? "bold" : "normal"}`, `font-style: ${l.italic ? "italic" : "normal"}`];
  if (l.gapBeforePt) style.push(`margin-top: ${l.gapBeforePt}pt`);
  const nowrap = l.noWrap ? ' class="nowrap"' : "";
  const rule = l.ruleMm ? `\n<div class="rule" style="width: ${l.ruleMm}mm"></div>` : "";
  return `<${tag}${nowrap} style="${style.join("; ")}">${escapeHtml(l.text)}</${tag}>${rule}`;
}

function columns(cls: string, rows: readonly ColumnsRow[]): string {
  const cell = (side: "left" | "right", lines: readonly Line[]) => `<td class="${side}">${lines.map((l) => lineHtml(l)).join("\n")}</td>`;
  return `<table class="cols ${cls}">\n${rows.map((r) => `<tr>${cell("left", r.left)}\n${cell("right", r.right)}</tr>`).join("\n")}\n</table>`;
}

function block(b: Block): string {
  switch (b.kind) {
    case "header":
      return columns("header", b.rows);
    case "title":
      return `<div class="title">\n${b.lines.map((l, i) => lineHtml(l, i === 0 ? "h1" : "p")).join("\n")}\n</div>`;
    case "heading":
      return `<h${b.level + 1} class="body">${escapeHtml(`${b.number} ${b.text}`)}</h${b.level + 1}>`;
    case "paragraph":
      return `<p class="body">${escapeHtml(b.text)}</p>`;
    case "item":
      return `<p class="body item">${escapeHtml(`${b.marker} ${b.text}`)}</p>`;
    case "signoff":
      return columns("signoff", [{ left: b.recipients, right: b.signature }]);
  }
}

export function renderHtml(doc: RenderDocument): string {
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>${escapeHtml(doc.name)}</title>
<style>
${css()}
</style>
</head>
<body>
<main class="page">
${doc.blocks.map(block).join("\n")}
</main>
</body>
</html>
`;
}
