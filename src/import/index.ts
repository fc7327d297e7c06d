/**
 * `importPlan`: a plain plan text (as published, crawled or OCR'd) → a draft `.kh` file. The
 * pipeline: clean the text (clean.ts) → paragraphs and tables (blocks.ts) → the document's
 * structure (structure.ts, with the recognisers of markers.ts, header.ts, citations.ts,
 * timing.ts, units.ts, tables.ts) → the AST (build.ts) → text through the formatter (print.ts).
 */
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { makeDiagnostic } from "../diagnostics/make.js";
import { formatText } from "../format/format.js";
import type { Document } from "../syntax/ast.js";
import type { Dialect } from "../syntax/keywords/table.js";
import { toParagraphs } from "./blocks.js";
import { buildDocument, type ImportStats } from "./build.js";
import { cleanText } from "./clean.js";
import { SPAN } from "./nodes.js";
import { printWithComments } from "./print.js";
import { readDraft } from "./structure.js";

export type { ImportStats } from "./build.js";
export { isPlainIdentifier } from "./text.js";

export interface ImportOptions {
  /** Keyword language of the draft (default Vietnamese). */
  readonly dialect?: Dialect;
  /** The plan id (default: from the issuer, number and year). */
  readonly id?: string;
  /** The source file's name, for the draft's first comment. */
  readonly source?: string;
}

export interface ImportResult {
  /** The draft, formatted; it parses without errors unless `diagnostics` has an error. */
  readonly text: string;
  readonly document: Document;
  readonly stats: ImportStats;
  /** Empty, or the KH001 error of a draft that did not parse (a bug). */
  readonly diagnostics: readonly Diagnostic[];
}

export async function importPlan(input: string, options: ImportOptions = {}): Promise<ImportResult> {
  const dialect = options.dialect ?? "vi";
  const draft = readDraft(toParagraphs(cleanText(input)));
  const built = buildDocument(draft, {
    dialect,
    ...(options.id !== undefined && { id: options.id }),
    ...(options.source !== undefined && { source: options.source }),
  });
  const raw = printWithComments(built.document, dialect, built.leading, built.top);
  const formatted = await formatText(raw, { filepath: "draft.kh" });
  if (formatted.formatted === null) {
    const first = formatted.diagnostics.find((d) => d.severity === "error");
    const detail = first ? `${first.code} ${first.span.line}:${first.span.column} ${first.message.en}` : "";
    return {
      text: raw,
      document: built.document,
      stats: built.stats,
      diagnostics: [
        makeDiagnostic("KH001", SPAN, {
          vi: `Bản nháp tạo ra không phân tích được (${detail}); đây là lỗi của kh import`,
          en: `The draft made does not parse (${detail}); this is a bug in kh import`,
        }),
      ],
    };
  }
  return { text: formatted.formatted, document: built.document, stats: built.stats, diagnostics: [] };
}
