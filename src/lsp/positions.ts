/**
 * Positions between kehoach and the protocol: spans are 1-based lines and columns in UTF-16 code
 * units of the file as written (NFD input is mapped back by the parser), LSP positions are
 * 0-based lines and UTF-16 characters of the same text; file paths are `file:` URIs.
 */
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Position, Range } from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import type { Span } from "../diagnostics/span.js";

export function spanToRange(span: Span): Range {
  return {
    start: { line: Math.max(0, span.line - 1), character: Math.max(0, span.column - 1) },
    end: { line: Math.max(0, span.endLine - 1), character: Math.max(0, span.endColumn - 1) },
  };
}

/** The absolute path of a `file:` URI; undefined for other schemes or malformed URIs. */
export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith("file:")) return undefined;
  try {
    return path.resolve(fileURLToPath(uri));
  } catch {
    return undefined;
  }
}

export function pathToUri(file: string): string {
  return pathToFileURL(file).href;
}

/** Offsets ↔ positions over a text (lines end at \r\n, \n or \r, as for the parser). */
export function positionsOf(text: string): { offsetAt(p: Position): number; positionAt(offset: number): Position } {
  return TextDocument.create("kehoach:text", "kehoach", 0, text);
}

/** The range of `[offset, endOffset)` in a text. */
export function offsetRange(doc: { positionAt(offset: number): Position }, offset: number, endOffset: number): Range {
  return { start: doc.positionAt(offset), end: doc.positionAt(endOffset) };
}
