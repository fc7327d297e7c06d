/**
 * The prettier plugin for kehoach `.kh` files, so `prettier --plugin=kehoach/prettier-plugin`,
 * editors and `kh fmt` all produce the same canonical layout. Files with syntax errors are never
 * formatted: the parser throws an error prettier reports with its position.
 */
import type { AstPath, Doc, Parser, ParserOptions, Plugin, Printer, SupportLanguage, SupportOptions } from "prettier";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { parse } from "../syntax/parse.js";
import {
  AFTER_BRACE,
  childKeys,
  commentsOf,
  isBlockType,
  locEnd,
  locStart,
  type AttachedComment,
  type KhNode,
  type KhRoot,
} from "./nodes.js";
import { printNode, type DanglingComment, type PrintEnv, type Walker } from "./printer.js";

/** Every node prettier hands to this plugin: the tree and its comments. */
export type PluginNode = KhNode | AttachedComment;

const MAX_ERRORS_SHOWN = 10;

/** The error the parser throws for a file with errors; `diagnostics` holds all of them. */
export class KehoachSyntaxError extends SyntaxError {
  /** 1-based position of the first error, as prettier expects for its code frame. */
  readonly loc: { readonly start: { line: number; column: number }; readonly end: { line: number; column: number } };
  readonly diagnostics: readonly Diagnostic[];

  constructor(errors: readonly Diagnostic[]) {
    const describe = (d: Diagnostic): string => `${d.code}: ${d.message.en} (${d.span.line}:${d.span.column})`;
    const shown = errors.slice(0, MAX_ERRORS_SHOWN).map(describe);
    if (errors.length > MAX_ERRORS_SHOWN) shown.push(`… and ${errors.length - MAX_ERRORS_SHOWN} more errors`);
    super(shown.join("\n"));
    this.name = "SyntaxError";
    const s = errors[0]!.span;
    this.loc = { start: { line: s.line, column: s.column }, end: { line: s.endLine, column: s.endColumn } };
    this.diagnostics = errors;
  }
}

function parseKehoach(text: string, options: ParserOptions<PluginNode>): KhRoot {
  const result = parse(text, options.filepath || "<input>");
  const errors = result.diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0) throw new KehoachSyntaxError(errors);
  return {
    type: "KhRoot",
    document: result.document,
    dialect: result.dialect,
    comments: [...result.comments],
    span: result.document.span,
  };
}

// ---- source-text probes (the text is prettier's, with line endings already normalised) -----

const isBlank = (ch: string | undefined): boolean => ch === " " || ch === "\t" || ch === "\r" || ch === "\u00a0" || ch === "\ufeff";

/** Whether the line after the one ending at `end` (after any end-of-line comment) is empty. */
export function hasBlankLineAfter(text: string, end: number): boolean {
  let i = end;
  while (isBlank(text[i])) i++;
  if (text[i] === "#") while (i < text.length && text[i] !== "\n") i++;
  if (text[i] !== "\n") return false;
  i++;
  while (isBlank(text[i])) i++;
  return text[i] === "\n";
}

/** Whether the line before the one where `start` is is empty. */
function isPreviousLineEmpty(text: string, start: number): boolean {
  let i = start - 1;
  while (isBlank(text[i])) i--;
  if (text[i] !== "\n") return false;
  i--;
  while (isBlank(text[i])) i--;
  return text[i] === "\n";
}

/** The last non-blank character before `offset` on the same line. */
function charBefore(text: string, offset: number): string | undefined {
  let i = offset - 1;
  while (isBlank(text[i])) i--;
  return text[i];
}

function commentText(c: AttachedComment): string {
  return `#${c.value.trimEnd()}`;
}

// ---- printer ---------------------------------------------------------------------------------

function prettierEnv(root: KhRoot, text: string): PrintEnv {
  return {
    dialect: root.dialect,
    blankBetween: (prev) => hasBlankLineAfter(text, locEnd(prev)),
    dangling(node) {
      const out: DanglingComment[] = [];
      for (const c of commentsOf(node)) {
        if (c.leading || c.trailing) continue;
        c.printed = true;
        out.push({
          text: commentText(c),
          afterBrace: c.marker === AFTER_BRACE,
          blankBefore: out.length > 0 && isPreviousLineEmpty(text, locStart(c)),
        });
      }
      return out;
    },
  };
}

interface DecoratedComment extends AttachedComment {
  enclosingNode?: KhNode;
  precedingNode?: KhNode;
}

/**
 * A comment on the line of a block's `{`, before the first child, stays on that line; prettier
 * would otherwise make it a leading comment of the first child and move it down.
 */
function handleEndOfLineComment(comment: DecoratedComment, text: string): boolean {
  const enclosing = comment.enclosingNode;
  if (!enclosing || comment.precedingNode || !isBlockType(enclosing.type)) return false;
  if (charBefore(text, locStart(comment)) !== "{") return false;
  comment.leading = false;
  comment.trailing = false;
  comment.marker = AFTER_BRACE;
  const holder = enclosing as { comments?: AttachedComment[] };
  (holder.comments ??= []).push(comment);
  return true;
}

function isComment(node: PluginNode): node is AttachedComment {
  return node.type === "Comment";
}

export const languages: SupportLanguage[] = [
  {
    name: "kehoach",
    parsers: ["kehoach"],
    extensions: [".kh"],
    vscodeLanguageIds: ["kehoach"],
  },
];

export const parsers: { readonly kehoach: Parser<PluginNode> } = {
  kehoach: {
    parse: parseKehoach,
    astFormat: "kehoach-ast",
    locStart,
    locEnd,
  },
};

const printer: Printer<PluginNode> = {
  print(path, options, print): Doc {
    const node = path.node;
    if (isComment(node)) return commentText(node);
    const walker: Walker = {
      node,
      call: (key) => print(key),
      map: (key) => path.map((child) => print(child), key as never),
    };
    return printNode(walker, prettierEnv(path.root as KhRoot, options.originalText));
  },
  printComment(path: AstPath<PluginNode>): Doc {
    return commentText(path.node as AttachedComment);
  },
  canAttachComment(node: PluginNode): boolean {
    return node.type !== "KhRoot" && !isComment(node);
  },
  isBlockComment: () => false,
  getVisitorKeys: (node: PluginNode) => (isComment(node) ? [] : [...childKeys(node)]),
  handleComments: {
    endOfLine: (comment: DecoratedComment, text: string) => handleEndOfLineComment(comment, text),
  },
};

export const printers: { readonly "kehoach-ast": Printer<PluginNode> } = { "kehoach-ast": printer };

/** No kehoach-specific options: the layout is canonical. */
export const options: SupportOptions = {};

const plugin: Plugin<PluginNode> = { languages, parsers, printers, options };
export default plugin;
