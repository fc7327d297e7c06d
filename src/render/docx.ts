/**
 * The document as a Word file (OOXML), with the `docx` package: A4 with the decree's margins,
 * Times New Roman, the header and the sign-off as borderless two-column tables, numbering as
 * literal text (so the numbers are exactly the model's), page numbers centred at the top from
 * the second page on (the decree: not on the first page).
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { Block, ColumnsRow, Line, RenderDocument } from "./model.js";
import { FONT, headingStyle, INDENT_MM, LEFT_COLUMN_SHARE, LINE_SPACING, PAGE, PARAGRAPH_AFTER_PT, SIZE, TEXT_WIDTH_MM } from "./style.js";

/** Millimetres to twips (1/1440 inch), rounded: A4 is 11906 × 16838. */
const twip = (mm: number): number => Math.round((mm * 1440) / 25.4);
/** Run sizes are in half-points. */
const half = (pt: number): number => Math.round(pt * 2);

function run(text: string, size: number, bold: boolean, italic: boolean): TextRun {
  return new TextRun({ text, font: FONT, size: half(size), bold, italics: italic });
}

/** A centred rule `lengthMm` long, in a box `widthMm` wide: an empty paragraph's bottom border between indents. */
function rule(lengthMm: number, widthMm: number): Paragraph {
  const side = twip(Math.max(0, (widthMm - Math.min(lengthMm, widthMm)) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 0, after: 0, line: 60, lineRule: "exact" },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
    run: { size: 2 },
    children: [],
  });
}

/** A line on its own, centred (or left-aligned), with its rule under it. */
function lineParagraphs(l: Line, widthMm: number, alignment: "center" | "left"): Paragraph[] {
  const p = new Paragraph({
    alignment: alignment === "center" ? AlignmentType.CENTER : AlignmentType.LEFT,
    spacing: { before: l.gapBeforePt ? l.gapBeforePt * 20 : 0, after: 0 },
    children: [run(l.text, l.size, l.bold, l.italic)],
  });
  return l.ruleMm ? [p, rule(l.ruleMm, widthMm)] : [p];
}

function columns(rows: readonly ColumnsRow[], leftAlign: "center" | "left"): Table {
  const leftMm = TEXT_WIDTH_MM * LEFT_COLUMN_SHARE;
  const rightMm = TEXT_WIDTH_MM - leftMm;
  const cell = (lines: readonly Line[], widthMm: number, align: "center" | "left") =>
    new TableCell({
      width: { size: twip(widthMm), type: WidthType.DXA },
      margins: { top: 0, bottom: twip(2), left: 0, right: 0 },
      // A cell must hold at least one paragraph.
      children: lines.length > 0 ? lines.flatMap((l) => lineParagraphs(l, widthMm, align)) : [new Paragraph({ children: [] })],
    });
  return new Table({
    width: { size: twip(TEXT_WIDTH_MM), type: WidthType.DXA },
    columnWidths: [twip(leftMm), twip(rightMm)],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: rows.map((r) => new TableRow({ cantSplit: true, children: [cell(r.left, leftMm, leftAlign), cell(r.right, rightMm, "center")] })),
  });
}

function body(text: string, bold = false, italic = false): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: twip(INDENT_MM) },
    spacing: { before: 0, after: PARAGRAPH_AFTER_PT * 20, line: Math.round(LINE_SPACING * 240), lineRule: "auto" },
    children: [run(text, SIZE.body, bold, italic)],
  });
}

function block(b: Block): (Paragraph | Table)[] {
  switch (b.kind) {
    case "header":
      return [columns(b.rows, "center"), new Paragraph({ children: [] })];
    case "title":
      return [...b.lines.flatMap((l) => lineParagraphs(l, TEXT_WIDTH_MM, "center")), new Paragraph({ children: [] })];
    case "heading": {
      const s = headingStyle(b.level);
      return [body(`${b.number} ${b.text}`, s.bold, s.italic)];
    }
    case "paragraph":
      return [body(b.text)];
    case "item":
      return [body(`${b.marker} ${b.text}`)];
    case "signoff":
      return [columns([{ left: b.recipients, right: b.signature }], "left")];
  }
}

/** Builds the Word document (not yet packed). */
export function docxDocument(doc: RenderDocument): Document {
  const m = PAGE.margin;
  const pageNumber = new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: half(SIZE.body) })],
  });
  return new Document({
    creator: "kehoach",
    title: doc.name,
    styles: { default: { document: { run: { font: FONT, size: half(SIZE.body) } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: twip(PAGE.widthMm), height: twip(PAGE.heightMm) },
            margin: { top: twip(m.topMm), right: twip(m.rightMm), bottom: twip(m.bottomMm), left: twip(m.leftMm), header: twip(10) },
          },
        },
        // No number on the first page; Word wants a paragraph in every header part.
        headers: { default: new Header({ children: [pageNumber] }), first: new Header({ children: [new Paragraph({ children: [] })] }) },
        children: doc.blocks.flatMap(block),
      },
    ],
  });
}

/** The `.docx` file's bytes. */
export async function renderDocx(doc: RenderDocument): Promise<Buffer> {
  return Packer.toBuffer(docxDocument(doc));
}
