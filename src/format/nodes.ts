/**
 * The tree the formatter walks: the syntax AST under a root that carries the file's dialect and
 * comments, and which of its nodes are "printed children" (the only places prettier may attach a
 * comment, so every attached comment is printed).
 */
import type { Span } from "../diagnostics/span.js";
import type * as A from "../syntax/ast.js";
import type { Comment } from "../syntax/parse.js";
import type { Dialect } from "../syntax/keywords/table.js";

/** What the prettier parser returns: prettier takes `comments` off it and attaches them. */
export interface KhRoot {
  readonly type: "KhRoot";
  readonly document: A.Document;
  readonly dialect: Dialect;
  comments?: Comment[];
  readonly span: Span;
}

export type SignatureField = A.SignatureDecl["fields"][number];

/** Nodes printed through prettier's path (so their comments are printed with them). */
export type KhNode = KhRoot | A.Document | A.PlanDecl | A.Member | A.MandateField | A.TaskField | SignatureField | A.Text;

/** A comment as prettier decorates it while attaching and printing. */
export interface AttachedComment extends Comment {
  leading?: boolean;
  trailing?: boolean;
  printed?: boolean;
  marker?: unknown;
}

/** Marks a comment written on the line of a block's `{`, before its first child. */
export const AFTER_BRACE = "afterBrace";

/** Child properties the printer prints through the path, by node type. */
const CHILD_KEYS: Readonly<Record<string, readonly string[]>> = {
  KhRoot: ["document"],
  Document: ["plan"],
  Plan: ["members"],
  Mandate: ["fields"],
  Refine: ["fields"],
  Task: ["fields"],
  Signature: ["fields"],
  Section: ["items"],
};

const NONE: readonly string[] = [];

export function childKeys(node: { readonly type: string }): readonly string[] {
  return CHILD_KEYS[node.type] ?? NONE;
}

/** Node types whose children sit between `{` and `}` in the source. */
export function isBlockType(type: string): boolean {
  return type === "Plan" || type === "Mandate" || type === "Refine" || type === "Task" || type === "Signature" || type === "Section";
}

interface Located {
  readonly span: Span;
}

export function locStart(node: Located): number {
  return node.span.offset;
}

export function locEnd(node: Located): number {
  return node.span.endOffset;
}

/** The comments prettier attached to a node (none outside prettier). */
export function commentsOf(node: object): readonly AttachedComment[] {
  return (node as { comments?: AttachedComment[] }).comments ?? [];
}

/** Whether prettier left comments on the node itself (neither before nor after it). */
export function hasDangling(node: object): boolean {
  return commentsOf(node).some((c) => !c.leading && !c.trailing);
}
