/**
 * Task tables: a header row naming task columns (`Nội dung | Cơ quan chủ trì | Cơ quan phối hợp |
 * Thời gian`), then one task per row; rows with fewer filled cells (`I | NHÓM GIẢI PHÁP …`) are
 * group headings. Column roles come from a table of header patterns.
 */
import { foldKeep, squash } from "./text.js";

export type ColumnRole = "number" | "content" | "lead" | "coordinating" | "timing" | "output";

/** Checked in order on the folded header cell. */
const COLUMN_RULES: readonly (readonly [ColumnRole, RegExp])[] = [
  ["number", /^(?:stt|tt|so tt|so thu tu)\.?$/],
  ["coordinating", /phoi hop/],
  ["lead", /chu tri|(?:don vi|co quan) (?:thuc hien|thuc hien chinh|dau moi)|trach nhiem/],
  ["timing", /thoi gian|tien do|thoi han|moc/],
  ["output", /san pham|ket qua/],
  ["content", /nhiem vu|noi dung|\bten\b|giai phap|cong viec|hoat dong/],
];

export interface TableHeader {
  /** Index of the header row. */
  readonly row: number;
  /** The role of each column (undefined: unknown, kept as a note). */
  readonly roles: readonly (ColumnRole | undefined)[];
}

export function columnRole(cell: string): ColumnRole | undefined {
  const f = squash(foldKeep(cell));
  if (f.length === 0 || f.length > 60) return undefined;
  return COLUMN_RULES.find(([, re]) => re.test(f))?.[0];
}

/** The header of a task table: the first row naming a content column and a lead, coordination or timing column. */
export function findTableHeader(rows: readonly (readonly string[])[]): TableHeader | undefined {
  for (let i = 0; i < rows.length; i++) {
    const roles = rows[i]!.map(columnRole);
    const has = (r: ColumnRole): boolean => roles.includes(r);
    if (has("content") && (has("lead") || has("coordinating") || has("timing"))) return { row: i, roles };
  }
  return undefined;
}

export interface TableRow {
  /** The row's cell texts by role (the first cell of each role). */
  readonly cells: Partial<Record<ColumnRole, string>>;
  /** Cells of columns without a role, with their header: `Ghi chú: …`. */
  readonly extra: readonly string[];
}

export type TableLine = { readonly kind: "task"; readonly row: TableRow } | { readonly kind: "group"; readonly text: string };

/** The rows after the header: tasks, and group headings between them. */
export function readTable(rows: readonly (readonly string[])[]): { header: readonly string[]; lines: TableLine[] } | undefined {
  const header = findTableHeader(rows);
  if (!header) return undefined;
  const lines: TableLine[] = [];
  const width = header.roles.length;
  for (const row of rows.slice(header.row + 1)) {
    const filled = row.filter((c) => c.trim().length > 0);
    if (filled.length === 0) continue;
    const cells: Partial<Record<ColumnRole, string>> = {};
    const extra: string[] = [];
    row.forEach((c, i) => {
      const role = header.roles[i];
      const text = c.trim();
      if (text.length === 0) return;
      if (role && cells[role] === undefined) cells[role] = text;
      else extra.push(`${rows[header.row]![i] ?? ""}: ${text}`.replace(/^: /, ""));
    });
    const isGroup = row.length < width || (cells.lead === undefined && cells.coordinating === undefined && cells.timing === undefined);
    if (isGroup || cells.content === undefined) lines.push({ kind: "group", text: filled.join(" ") });
    else lines.push({ kind: "task", row: { cells, extra } });
  }
  return { header: rows[header.row]!, lines };
}
