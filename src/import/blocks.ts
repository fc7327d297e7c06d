/**
 * From cleaned lines to paragraphs. Blank lines separate blocks; inside a block, lines are
 * joined back into the paragraphs they were wrapped from, except where a line starts a new
 * element (an item marker, a labelled line, a signature line). A block broken by a blank line in
 * the middle of a sentence is joined back too. Crawled tables come in two shapes, both handled:
 * Markdown rows (`| a | b |`) and one cell per run of lines between lines holding only `|`
 * (two such lines in a row end a table row).
 */
import { CELL, type CleanLine } from "./clean.js";
import { isTitleWord, readAttribute, readMarker, startsParagraph, type Attribute, type Marker } from "./markers.js";
import { findTableHeader } from "./tables.js";
import { endsSentence, isUpperCase, joinWrapped } from "./text.js";

export interface Para {
  readonly kind: "para";
  /** The whole paragraph, wrapped lines joined. */
  readonly text: string;
  /** The cleaned source lines it was joined from. */
  readonly lines: readonly string[];
  readonly marker: Marker | null;
  /** The text after the marker. */
  readonly body: string;
  readonly attribute: Attribute | null;
}

/** A table whose header names task columns (`Chủ trì`, `Phối hợp`, `Thời gian`…); rows of cell texts. */
export interface TablePara {
  readonly kind: "table";
  readonly rows: readonly (readonly string[])[];
}

export type Paragraph = Para | TablePara;

interface TextBlock {
  readonly lines: string[];
  /** A cell of a layout table: never joined with its neighbours. */
  readonly cell: boolean;
}

type Block = TextBlock | TablePara;

const isMarkdownRow = (line: string): boolean => line.startsWith("|") && line.indexOf("|", 1) > 0;

function markdownCells(line: string): string[] {
  const inner = line.replace(/^\|/, "").replace(/\|\s*$/, "");
  return inner.split("|").map((c) => c.trim());
}

/** Rows of cells (each cell its lines) of a run of lines with `|` separator lines. */
function pipeRows(lines: readonly string[]): string[][][] {
  const rows: string[][][] = [];
  let row: string[][] = [];
  let cell: string[] = [];
  let afterSeparator = false;
  const endRow = (): void => {
    if (row.length > 0) rows.push(row);
    row = [];
  };
  for (const line of lines) {
    if (line !== CELL) {
      cell.push(line);
      afterSeparator = false;
      continue;
    }
    if (cell.length > 0) {
      row.push(cell);
      cell = [];
    } else if (afterSeparator) endRow();
    afterSeparator = true;
  }
  if (cell.length > 0) row.push(cell);
  endRow();
  return rows;
}

const cellText = (lines: readonly string[]): string => lines.reduce((acc, l) => joinWrapped(acc, l), "");

/** A task table stays a table; any other table (the header block, signature) flows as text cells. */
function tableBlocks(rows: readonly (readonly (readonly string[])[])[]): Block[] {
  const texts = rows.map((r) => r.map(cellText));
  if (findTableHeader(texts) !== undefined) return [{ kind: "table", rows: texts }];
  return rows.flatMap((r) => r.filter((c) => c.length > 0).map((c): TextBlock => ({ lines: [...c], cell: true })));
}

function groupBlocks(group: readonly string[]): Block[] {
  if (group.includes(CELL)) return tableBlocks(pipeRows(group));
  const out: Block[] = [];
  let i = 0;
  while (i < group.length) {
    if (isMarkdownRow(group[i]!)) {
      const rows: string[][][] = [];
      while (i < group.length && isMarkdownRow(group[i]!)) rows.push(markdownCells(group[i++]!).map((c) => (c.length > 0 ? [c] : [])));
      out.push(...tableBlocks(rows.map((r) => (r.every((c) => c.length === 0) ? [] : r.map((c) => (c.length > 0 ? c : [""])))).filter((r) => r.length > 0)));
      continue;
    }
    const lines: string[] = [];
    while (i < group.length && !isMarkdownRow(group[i]!)) lines.push(group[i++]!);
    out.push({ lines, cell: false });
  }
  return out;
}

/** Whether block `b` continues the sentence block `a` left unfinished before a blank line. */
function continues(a: TextBlock, b: TextBlock): boolean {
  if (a.cell || b.cell) return false;
  const last = a.lines[a.lines.length - 1]!;
  const first = b.lines[0]!;
  if (endsSentence(last) || startsParagraph(first) || isTitleWord(last)) return false;
  return /^\p{Ll}/u.test(first) || (/\S-$/.test(last) && /^[\p{Lu}\d]/u.test(first));
}

function toBlocks(lines: readonly CleanLine[]): Block[] {
  const blocks: Block[] = [];
  let group: string[] = [];
  const flush = (): void => {
    if (group.length > 0) blocks.push(...groupBlocks(group));
    group = [];
  };
  for (const line of lines) {
    if (line === null) flush();
    else group.push(line);
  }
  flush();
  // Rejoin sentences broken by a blank line.
  const merged: Block[] = [];
  for (const b of blocks) {
    const prev = merged[merged.length - 1];
    if (prev && "lines" in prev && "lines" in b && continues(prev, b)) {
      merged[merged.length - 1] = { lines: [...prev.lines, ...b.lines], cell: false };
    } else merged.push(b);
  }
  return merged;
}

function makePara(lines: readonly string[]): Para {
  const text = cellText(lines);
  const { marker, text: body } = readMarker(text);
  return { kind: "para", text, lines, marker, body, attribute: readAttribute(text) };
}

function splitParagraphs(block: TextBlock): Para[] {
  const out: Para[] = [];
  let current: string[] = [];
  for (const line of block.lines) {
    const prev = current[current.length - 1];
    // `Trong giai đoạn 2026` / `- 2030 phấn đấu …`: a range of years wrapped before its dash.
    const wrappedRange = prev !== undefined && /\d{4}$/.test(prev) && /^[-–]\s*\d{4}\b/.test(line);
    // A heading ends at its colon, or where upper case gives way to ordinary text.
    const headingEnds = prev !== undefined && (/:$/.test(prev) || (isUpperCase(prev) && /\p{Ll}/u.test(line)));
    if (prev !== undefined && !wrappedRange && (startsParagraph(line) || isTitleWord(prev) || headingEnds)) {
      out.push(makePara(current));
      current = [];
    }
    current.push(line);
  }
  if (current.length > 0) out.push(makePara(current));
  return out;
}

/** The paragraphs (and task tables) of a cleaned text, in order. */
export function toParagraphs(lines: readonly CleanLine[]): Paragraph[] {
  return toBlocks(lines).flatMap((b): Paragraph[] => ("lines" in b ? splitParagraphs(b) : [b]));
}
