/**
 * Formatting through the same printer as `kh fmt` and the prettier plugin (`formatText`). A
 * document with syntax errors is left alone (no edits), as `kh fmt` does.
 */
import type { DocumentFormattingParams, TextEdit } from "vscode-languageserver";
import { formatText } from "../format/format.js";
import { offsetRange, positionsOf } from "./positions.js";
import type { Session } from "./session.js";

export async function formatting(session: Session, params: DocumentFormattingParams): Promise<TextEdit[]> {
  const a = await session.analysis(params.textDocument.uri);
  if (!a) return [];
  const result = await formatText(a.text, { filepath: a.file });
  if (result.formatted === null || !result.changed) return [];
  return [{ range: offsetRange(positionsOf(a.text), 0, a.text.length), newText: result.formatted }];
}
