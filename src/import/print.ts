/**
 * Prints a built draft with its comments through the formatter's own printer (`printNode`), as
 * prettier would print a parsed file whose comments sit above the nodes: each comment line on its
 * own line before the node. The text then goes once through `formatText`, so the draft is exactly
 * what `kh fmt` gives and is known to parse.
 */
import type { Doc } from "prettier";
import { builders, printer as docPrinter } from "prettier/doc";
import { childKeys, type KhNode } from "../format/nodes.js";
import { builtBlankBetween, printNode, type PrintEnv, type Walker } from "../format/printer.js";
import type { Document } from "../syntax/ast.js";
import type { Dialect } from "../syntax/keywords/table.js";
import { wrapText } from "./text.js";

const { hardline, join } = builders;

const COMMENT_WIDTH = 96;

/** `# …` lines of a comment paragraph, wrapped. */
export function commentLines(paragraph: string): string[] {
  return wrapText(paragraph, COMMENT_WIDTH).map((l) => `# ${l}`);
}

function withComments(doc: Doc, lines: readonly string[] | undefined): Doc {
  if (!lines || lines.length === 0) return doc;
  return [join(hardline, lines.flatMap(commentLines)), hardline, doc];
}

function walker(node: KhNode, env: PrintEnv, leading: ReadonlyMap<object, readonly string[]>): Walker {
  const child = (key: string): unknown => (childKeys(node).includes(key) ? (node as unknown as Record<string, unknown>)[key] : undefined);
  const print = (c: KhNode): Doc => withComments(printNode(walker(c, env, leading), env), leading.get(c));
  return {
    node,
    call(key) {
      const c = child(key) as KhNode | null | undefined;
      return c ? print(c) : "";
    },
    map(key) {
      return ((child(key) ?? []) as readonly KhNode[]).map(print);
    },
  };
}

/** The document as text, with `leading` comments above their nodes and `top` at the head of the file. */
export function printWithComments(doc: Document, dialect: Dialect, leading: ReadonlyMap<object, readonly string[]>, top: readonly string[]): string {
  const env: PrintEnv = { dialect, blankBetween: builtBlankBetween, dangling: () => [] };
  const body = printNode(walker(doc, env, leading), env);
  const printed: Doc = top.length > 0 ? [join(hardline, top.flatMap(commentLines)), hardline, body] : body;
  return docPrinter.printDocToString(printed, { printWidth: 80, tabWidth: 2, useTabs: false }).formatted;
}
