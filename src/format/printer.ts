/**
 * The canonical layout of a kehoach file as a prettier doc: two-space indentation, one member per
 * line in the user's order, at most one blank line between members, keywords in the file's dialect.
 * The same code serves the prettier plugin (comments attached by prettier) and `printDocument`
 * (a built AST, no comments), through the small `Walker`/`PrintEnv` interfaces below.
 */
import type { Doc } from "prettier";
import { builders } from "prettier/doc";
import type * as A from "../syntax/ast.js";
import type { Dialect, KeywordConcept } from "../syntax/keywords/table.js";
import { jsonDoc } from "./json-doc.js";
import { indent2 } from "./layout.js";
import { commentsOf, hasDangling, type KhNode } from "./nodes.js";
import { date, ident, identList, keyword, mandateRef, quote, timing } from "./values.js";

const { hardline, lineSuffix, breakParent } = builders;

/** A comment prettier could not attach before or after a child: it belongs to the node itself. */
export interface DanglingComment {
  readonly text: string;
  /** Written on the line of the node's `{`, before any child. */
  readonly afterBrace: boolean;
  /** A blank line separated it from the previous dangling comment. */
  readonly blankBefore: boolean;
}

/** What the layout needs to know beyond the node itself. */
export interface PrintEnv {
  readonly dialect: Dialect;
  /** Whether a blank line separates two consecutive children of `parent` in the output. */
  blankBetween(prev: KhNode, next: KhNode, parent: KhNode): boolean;
  /** The node's dangling comments, in source order; they count as printed once returned. */
  dangling(node: KhNode): readonly DanglingComment[];
}

/** A position in the tree that can print its children (prettier's path, or a plain recursion). */
export interface Walker {
  readonly node: KhNode;
  call(key: string): Doc;
  map(key: string): Doc[];
}

const HEADER_CONCEPT: Readonly<Record<A.HeaderFieldName, KeywordConcept>> = {
  title: "Title",
  issuer: "Issuer",
  level: "Level",
  number: "Number",
  date: "DateField",
  place: "Place",
  period: "Period",
  implements: "Implements",
};

const SECTION_CONCEPT: Readonly<Record<A.SectionName | "signature", KeywordConcept>> = {
  purposes: "Purposes",
  requirements: "Requirements",
  audiences: "Audiences",
  forms: "Forms",
  budget: "Budget",
  recipients: "Recipients",
  signature: "Signature",
};

const SIGNATURE_CONCEPT: Readonly<Record<A.SignatureFieldName, KeywordConcept>> = {
  authority: "Authority",
  position: "Position",
  signer: "Signer",
};

const TASK_CONCEPT: Readonly<Record<A.TaskFieldName, KeywordConcept>> = {
  covers: "Covers",
  lead: "Lead",
  coordinating: "Coordinating",
  timing: "Timing",
  due: "Due",
  output: "Output",
  note: "Note",
  part: "Part",
};

const MANDATE_CONCEPT: Readonly<Record<A.MandateFieldName, KeywordConcept>> = {
  appliesTo: "AppliesTo",
  leadRole: "Lead",
  due: "Due",
  waivable: "Waivable",
  kind: "Kind",
  note: "Note",
};

function commentDoc(c: DanglingComment): Doc {
  return [lineSuffix([" ", c.text]), breakParent];
}

/**
 * Comments written between the tokens of a one-line member (one spread over several lines) go
 * on their own lines above it. At the end of the line they would run into the member's own
 * end-of-line comment, or into a rule's JSON once that breaks over several lines.
 */
function withCommentsAbove(doc: Doc, node: KhNode, env: PrintEnv): Doc {
  const comments = commentLines(env.dangling(node));
  return comments.length === 0 ? doc : [...comments, hardline, doc];
}

/** Children one per line, keeping (at most one) blank line where the source had one. */
function lines(w: Walker, key: string, env: PrintEnv): Doc[] {
  const nodes = (w.node as unknown as Record<string, readonly KhNode[]>)[key] ?? [];
  const docs = w.map(key);
  const out: Doc[] = [];
  docs.forEach((doc, i) => {
    if (i > 0) {
      out.push(hardline);
      if (env.blankBetween(nodes[i - 1]!, nodes[i]!, w.node)) out.push(hardline);
    }
    out.push(doc);
  });
  return out;
}

function commentLines(comments: readonly DanglingComment[]): Doc[] {
  const out: Doc[] = [];
  comments.forEach((c, i) => {
    if (i > 0) out.push(c.blankBefore ? [hardline, hardline] : hardline);
    out.push(c.text);
  });
  return out;
}

/**
 * `head { … }`. A block with no children and no comments inside prints as `head` alone when the
 * grammar allows it (`braceless`), else as `head {}`.
 */
function block(head: Doc, body: Doc[], node: KhNode, env: PrintEnv, braceless: boolean): Doc {
  const dangling = env.dangling(node);
  const afterBrace = dangling.filter((c) => c.afterBrace).map(commentDoc);
  const inside = commentLines(dangling.filter((c) => !c.afterBrace));
  // Comments stay dangling only in a block without children; keep them first if not.
  const content = inside.length > 0 && body.length > 0 ? [...inside, hardline, ...body] : body.length > 0 ? body : inside;
  if (content.length === 0) {
    if (braceless) return [head, ...afterBrace];
    return afterBrace.length === 0 ? [head, " {}"] : [head, " {", ...afterBrace, hardline, "}"];
  }
  return [head, " {", ...afterBrace, indent2([hardline, ...content]), hardline, "}"];
}

function labelled(parts: Doc[], label: A.Text | undefined): Doc[] {
  return label ? [...parts, " ", quote(label.value)] : parts;
}

function headerField(f: A.HeaderField, d: Dialect): string {
  const kw = keyword(HEADER_CONCEPT[f.name], d);
  switch (f.name) {
    case "title":
    case "issuer":
    case "number":
    case "place":
      return `${kw} ${quote(f.value.value)}`;
    case "level":
      return `${kw} ${ident(f.value)}`;
    case "date":
      return `${kw} ${date(f.value)}`;
    case "period":
      return `${kw} ${timing(f.value, d)}`;
    case "implements":
      return `${kw} ${identList(f.value)}`;
  }
}

function mandateField(f: A.MandateField, d: Dialect): string {
  const kw = keyword(MANDATE_CONCEPT[f.name], d);
  switch (f.name) {
    case "appliesTo":
      return `${kw} ${identList(f.value)}`;
    case "leadRole":
      return `${kw} ${keyword("Role", d)} ${ident(f.value)}`;
    case "due":
      return `${kw} ${timing(f.value, d)}`;
    case "waivable":
      return `${kw} ${keyword(f.value ? "Yes" : "No", d)}`;
    case "kind":
      return `${kw} ${ident(f.value)}`;
    case "note":
      return `${kw} ${quote(f.value.value)}`;
  }
}

function taskField(f: A.TaskField, d: Dialect): string {
  const kw = keyword(TASK_CONCEPT[f.name], d);
  switch (f.name) {
    case "covers":
      return `${kw} ${f.value.map(mandateRef).join(", ")}`;
    case "lead":
      return `${kw} ${ident(f.value)}`;
    case "coordinating":
      return `${kw} ${identList(f.value)}`;
    case "timing":
    case "due":
      return `${kw} ${timing(f.value, d)}`;
    case "output":
    case "note":
    case "part":
      return `${kw} ${quote(f.value.value)}`;
  }
}

/** Prints the node under the walker; children go back through the walker. */
export function printNode(w: Walker, env: PrintEnv): Doc {
  const node = w.node;
  const d = env.dialect;
  const kw = (c: KeywordConcept): string => keyword(c, d);
  switch (node.type) {
    case "KhRoot":
    case "Document": {
      // Comments left on the file itself: all of them when it has no plan (empty, or only
      // comments); prettier gives those around a plan to the plan.
      const comments = commentLines(env.dangling(node));
      const body = node.type === "KhRoot" ? w.call("document") : node.plan ? [w.call("plan"), hardline] : "";
      if (comments.length === 0) return body;
      return node.type === "Document" && !node.plan ? [...comments, hardline] : [...comments, hardline, body];
    }
    case "Plan":
      return block([kw(node.kind === "template" ? "Template" : "Plan"), " ", ident(node.id)], lines(w, "members", env), node, env, false);
    case "Field":
      return withCommentsAbove(headerField(node, d), node, env);
    case "Role":
      return withCommentsAbove(labelled([kw("Role"), " ", ident(node.id)], node.label), node, env);
    case "Unit": {
      const parts = labelled([kw("Unit"), " ", ident(node.id)], node.label);
      if (node.roles.length > 0) parts.push(" ", kw("Role"), " ", identList(node.roles));
      return withCommentsAbove(parts, node, env);
    }
    case "Mandate":
      return block(labelled([kw("Mandate"), " ", ident(node.id)], node.label), lines(w, "fields", env), node, env, true);
    case "Refine":
      return block([kw("Refine"), " ", mandateRef(node.target)], lines(w, "fields", env), node, env, true);
    case "Task":
      return block(labelled([kw("Task"), " ", ident(node.id)], node.label), lines(w, "fields", env), node, env, true);
    case "MandateField":
      return withCommentsAbove(mandateField(node, d), node, env);
    case "TaskField":
      return withCommentsAbove(taskField(node, d), node, env);
    case "Waiver":
      return withCommentsAbove(labelled([kw("Waive"), " ", mandateRef(node.target)], node.reason), node, env);
    case "Section": {
      const head = kw(SECTION_CONCEPT[node.name]);
      const only = node.items.length === 1 ? node.items[0]! : undefined;
      // One item prints inline unless comments sit inside the section (they need the block).
      if (only && commentsOf(only).length === 0 && !hasDangling(node)) return [head, " ", w.map("items")[0]!];
      return block(head, lines(w, "items", env), node, env, false);
    }
    case "Text":
      return quote(node.value);
    case "Signature":
      return block(kw("Signature"), lines(w, "fields", env), node, env, false);
    case "SignatureField":
      return withCommentsAbove([kw(SIGNATURE_CONCEPT[node.name]), " ", quote(node.value.value)], node, env);
    case "Requires":
      return withCommentsAbove([kw("Requires"), " ", node.sections.map((s) => kw(SECTION_CONCEPT[s.name])).join(", ")], node, env);
    case "Rule": {
      const parts = labelled([kw("Rule"), " ", ident(node.id)], node.label);
      if (node.severity) parts.push(" ", kw("Severity"), " ", ident(node.severity));
      parts.push(" ", kw("Json"), " ", jsonDoc(node.logic, node.source));
      return withCommentsAbove(parts, node, env);
    }
  }
}

/** Whether a member prints over several lines (a block with braces). */
function isMultiLine(m: A.Member): boolean {
  switch (m.type) {
    case "Mandate":
    case "Refine":
    case "Task":
      return m.fields.length > 0;
    case "Section":
      return m.items.length !== 1;
    case "Signature":
      return m.fields.length > 0;
    default:
      return false;
  }
}

function memberGroup(m: A.Member): string {
  switch (m.type) {
    case "Field":
      return "header";
    case "Refine":
      return "Mandate";
    case "Signature":
    case "Requires":
      return "Section";
    default:
      return m.type;
  }
}

/**
 * Blank lines for a built AST, which has no source layout to keep: one between groups of
 * members (header, roles, units, mandates, tasks, …) and around every multi-line block.
 */
export function builtBlankBetween(prev: KhNode, next: KhNode, parent: KhNode): boolean {
  if (parent.type !== "Plan") return false;
  const a = prev as A.Member;
  const b = next as A.Member;
  return memberGroup(a) !== memberGroup(b) || isMultiLine(a) || isMultiLine(b);
}
