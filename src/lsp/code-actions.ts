/**
 * Quick fixes: for a missing mandate (KH301), add a task covering it, or a waiver with a reason
 * to fill in when the mandate is waivable; for an unknown name with a did-you-mean, replace it
 * by the suggestion (the diagnostic's own fix). New members are printed by the formatter's
 * printer, in the file's dialect, and inserted before the plan's closing brace.
 */
import { CodeActionKind, type CodeAction, type CodeActionParams, type TextEdit as LspTextEdit, type WorkspaceEdit } from "vscode-languageserver";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { printDocument, zeroSpan } from "../format/format.js";
import type { InheritedMandate, ResolvedPlanInternals } from "../resolve/model.js";
import { missingMandates } from "../resolve/queries.js";
import type { Ident, Member, PlanDecl, TaskField, Text } from "../syntax/ast.js";
import { lexTokens } from "../syntax/cursor.js";
import type { Dialect } from "../syntax/keywords/table.js";
import { fileUri, toLspDiagnostic } from "./diagnostics.js";
import { offsetRange, positionsOf, spanToRange } from "./positions.js";
import type { Analysis, Session } from "./session.js";

export async function codeActions(session: Session, params: CodeActionParams): Promise<CodeAction[]> {
  const a = await session.analysis(params.textDocument.uri);
  if (!a) return [];
  const pos = positionsOf(a.text);
  const start = pos.offsetAt(params.range.start);
  const end = pos.offsetAt(params.range.end);
  const out: CodeAction[] = [];
  for (const d of a.check.diagnostics) {
    if (d.span.offset > end || d.span.endOffset < start) continue;
    const lsp = toLspDiagnostic(d, a.lang, a.ws.root);
    for (const fix of d.fixes ?? []) {
      const changes: Record<string, LspTextEdit[]> = {};
      for (const e of fix.edits) (changes[fileUri(e.span.file, a.ws.root)] ??= []).push({ range: spanToRange(e.span), newText: e.text });
      out.push({ title: fix.title[a.lang], kind: CodeActionKind.QuickFix, diagnostics: [lsp], isPreferred: true, edit: { changes } });
    }
    if (d.code === "KH301" && a.check.plan) {
      const m = missingMandateOf(a.check.plan, d);
      if (m) out.push(...missingMandateActions(a, a.check.plan, m, lsp));
    }
  }
  return out;
}

/** The mandate a KH301 diagnostic is about: the one whose declaration is its related place. */
function missingMandateOf(plan: ResolvedPlanInternals, d: Diagnostic): InheritedMandate | undefined {
  const at = d.related[0]?.span;
  return at && missingMandates(plan).find((m) => m.decl.id.span.file === at.file && m.decl.id.span.offset === at.offset);
}

const ident = (name: string): Ident => ({ type: "Ident", name, span: zeroSpan() });
const text = (value: string): Text => ({ type: "Text", value, span: zeroSpan() });

function missingMandateActions(a: Analysis, plan: ResolvedPlanInternals, m: InheritedMandate, lsp: ReturnType<typeof toLspDiagnostic>): CodeAction[] {
  const dialect = a.check.result.parsed[0]?.parsed.dialect ?? "vi";
  const t = (vi: string, en: string) => (a.lang === "vi" ? vi : en);
  const ambiguous = plan.inherited.filter((x) => x.model.id === m.model.id).length > 1;
  const target = { type: "MandateRef" as const, name: m.model.id, ...(ambiguous && { origin: m.origin }), span: zeroSpan() };
  const fields: TaskField[] = [{ type: "TaskField", name: "covers", value: [target], span: zeroSpan() }];
  const lead = m.model.leadRole !== null ? plan.model.units.find((u) => u.roles.includes(m.model.leadRole!)) : plan.model.units[0];
  if (lead) fields.push({ type: "TaskField", name: "lead", value: ident(lead.id), span: zeroSpan() });
  const due = [...m.refinements.map((r) => r.decl.fields), m.decl.fields].flat().find((f) => f.name === "due");
  if (due && due.name === "due") fields.push({ type: "TaskField", name: "due", value: due.value, span: zeroSpan() });
  const task: Member = { type: "Task", id: ident(taskId(plan, m.model.id)), label: text(m.model.title ?? m.model.id), fields, span: zeroSpan() };
  const actions: CodeAction[] = [
    {
      title: t(`Thêm nhiệm vụ đáp ứng \`${m.model.id}\``, `Add a task covering \`${m.model.id}\``),
      kind: CodeActionKind.QuickFix,
      diagnostics: [lsp],
      isPreferred: !m.model.waivable,
      edit: insertMember(a, plan.decl, task, dialect),
    },
  ];
  if (m.model.waivable) {
    const waiver: Member = { type: "Waiver", target, reason: text(t("Nêu lý do không áp dụng", "State why it does not apply")), span: zeroSpan() };
    actions.push({
      title: t(`Miễn \`${m.model.id}\` (kèm lý do)`, `Waive \`${m.model.id}\` (with a reason)`),
      kind: CodeActionKind.QuickFix,
      diagnostics: [lsp],
      edit: insertMember(a, plan.decl, waiver, dialect),
    });
  }
  return actions;
}

/** A task id from the mandate id, a plain name (not a keyword) not used by another task. */
function taskId(plan: ResolvedPlanInternals, mandateId: string): string {
  let base = mandateId.replace(/\./g, "-");
  const tokens = lexTokens(base);
  if (tokens.length !== 1 || tokens[0]!.kind !== "name" || tokens[0]!.image !== base) base = `nv-${base}`;
  const used = new Set(plan.model.tasks.map((x) => x.id));
  let id = base;
  for (let i = 2; used.has(id); i++) id = `${base}-${i}`;
  return id;
}

/** An edit inserting a member, printed canonically, as the last member of the plan. */
function insertMember(a: Analysis, plan: PlanDecl, member: Member, dialect: Dialect): WorkspaceEdit {
  const wrapper: PlanDecl = { type: "Plan", kind: plan.kind, id: ident(plan.id.name), members: [member], span: zeroSpan() };
  const printed = printDocument({ type: "Document", file: "<generated>", plan: wrapper, span: zeroSpan() }, dialect);
  const lines = printed.trimEnd().split("\n");
  const body = lines.slice(1, -1).join("\n"); // without the wrapper's first and last lines
  const pos = positionsOf(a.text);
  const close = plan.span.endOffset - 1;
  let edit: LspTextEdit;
  if (a.text[close] === "}") {
    const lineStart = Math.max(a.text.lastIndexOf("\n", close - 1), a.text.lastIndexOf("\r", close - 1)) + 1;
    const onOwnLine = a.text.slice(lineStart, close).trim() === "";
    edit = onOwnLine ? { range: offsetRange(pos, lineStart, lineStart), newText: `${body}\n` } : { range: offsetRange(pos, close, close), newText: `\n${body}\n` };
  } else {
    // an unclosed plan: append at the end
    edit = { range: offsetRange(pos, a.text.length, a.text.length), newText: `${a.text.endsWith("\n") || a.text === "" ? "" : "\n"}${body}\n` };
  }
  return { changes: { [a.uri]: [edit] } };
}
