/**
 * The formatter API for the CLI and the language server: `formatText` runs prettier with the
 * kehoach plugin (so `kh fmt` and the prettier CLI agree), `printDocument` prints an AST that a
 * command built (derive, import) without going through text.
 */
import { format } from "prettier";
import type { Doc } from "prettier";
import { printer as docPrinter } from "prettier/doc";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Span } from "../diagnostics/span.js";
import type { Document } from "../syntax/ast.js";
import type { Dialect } from "../syntax/keywords/table.js";
import { parse } from "../syntax/parse.js";
import { childKeys, type KhNode } from "./nodes.js";
import plugin from "./prettier-plugin.js";
import { builtBlankBetween, printNode, type PrintEnv, type Walker } from "./printer.js";

export interface FormatOptions {
  /** The file's path, used in diagnostics. */
  readonly filepath?: string;
  /** Where rule JSON blocks wrap (default 80, as prettier). */
  readonly printWidth?: number;
}

export interface FormatResult {
  /** The formatted text, or null when the text has errors (it is then never formatted). */
  readonly formatted: string | null;
  /** Whether the formatted text differs from the input. */
  readonly changed: boolean;
  /** Every diagnostic of parsing: the errors that stopped formatting, or the warnings. */
  readonly diagnostics: readonly Diagnostic[];
}

const DEFAULT_PRINT_WIDTH = 80;

export async function formatText(text: string, options: FormatOptions = {}): Promise<FormatResult> {
  // Parsing here as well as in the plugin gives the diagnostics with spans into the text as
  // the caller holds it (prettier sees it with line endings normalised).
  const parsed = parse(text, options.filepath ?? "<input>");
  if (parsed.diagnostics.some((d) => d.severity === "error")) {
    return { formatted: null, changed: false, diagnostics: parsed.diagnostics };
  }
  const formatted = await format(text, {
    parser: "kehoach",
    plugins: [plugin],
    printWidth: options.printWidth ?? DEFAULT_PRINT_WIDTH,
    ...(options.filepath !== undefined && { filepath: options.filepath }),
  });
  return { formatted, changed: formatted !== text, diagnostics: parsed.diagnostics };
}

/** A walker over a built AST: children are printed by plain recursion. */
function builtWalker(node: KhNode, env: PrintEnv): Walker {
  const child = (key: string): unknown => (childKeys(node).includes(key) ? (node as unknown as Record<string, unknown>)[key] : undefined);
  return {
    node,
    call(key) {
      const c = child(key) as KhNode | null | undefined;
      return c ? printNode(builtWalker(c, env), env) : "";
    },
    map(key) {
      const list = (child(key) ?? []) as readonly KhNode[];
      return list.map((c) => printNode(builtWalker(c, env), env));
    },
  };
}

/**
 * Prints a document built in code (spans are ignored; comments are not part of the AST).
 * Blank lines separate groups of members, since there is no source layout to keep. The result
 * is what `formatText` gives for it: formatting it again changes nothing.
 */
export function printDocument(doc: Document, dialect: Dialect, options: { readonly printWidth?: number } = {}): string {
  const env: PrintEnv = { dialect, blankBetween: builtBlankBetween, dangling: () => [] };
  const printed: Doc = printNode(builtWalker(doc, env), env);
  return docPrinter.printDocToString(printed, {
    printWidth: options.printWidth ?? DEFAULT_PRINT_WIDTH,
    tabWidth: 2,
    useTabs: false,
  }).formatted;
}

/** A zero-width span at the start of `file`, for nodes built in code. */
export function zeroSpan(file = "<generated>"): Span {
  return { file, line: 1, column: 1, endLine: 1, endColumn: 1, offset: 0, endOffset: 0 };
}
