/** The outline of a document: the plan, then its units, roles, mandates, refinements, tasks, waivers, rules and sections. */
import { SymbolKind, type DocumentSymbol, type DocumentSymbolParams } from "vscode-languageserver";
import type { Span } from "../diagnostics/span.js";
import type { Member } from "../syntax/ast.js";
import { canonicalKeyword, type Dialect, type KeywordConcept } from "../syntax/keywords/table.js";
import { spanToRange } from "./positions.js";
import type { Session } from "./session.js";

/** A section's keyword concept: its name capitalised (`purposes` → `Purposes`). */
const sectionConcept = (name: string): KeywordConcept => (name.charAt(0).toUpperCase() + name.slice(1)) as KeywordConcept;

function symbol(name: string, detail: string | undefined, kind: SymbolKind, span: Span, selection: Span, children?: DocumentSymbol[]): DocumentSymbol {
  return { name: name || "?", ...(detail && { detail }), kind, range: spanToRange(span), selectionRange: spanToRange(selection), ...(children && { children }) };
}

function memberSymbol(m: Member, dialect: Dialect): DocumentSymbol | undefined {
  const kw = (c: KeywordConcept) => canonicalKeyword(c, dialect);
  switch (m.type) {
    case "Unit":
      return symbol(m.id.name, m.label?.value, SymbolKind.Class, m.span, m.id.span);
    case "Role":
      return symbol(m.id.name, m.label?.value, SymbolKind.Interface, m.span, m.id.span);
    case "Mandate":
      return symbol(m.id.name, m.label?.value, SymbolKind.Property, m.span, m.id.span);
    case "Refine":
      return symbol(`${kw("Refine")} ${m.target.name}`, undefined, SymbolKind.Property, m.span, m.target.span);
    case "Task":
      return symbol(m.id.name, m.label?.value, SymbolKind.Function, m.span, m.id.span);
    case "Waiver":
      return symbol(`${kw("Waive")} ${m.target.name}`, m.reason?.value, SymbolKind.Event, m.span, m.target.span);
    case "Rule":
      return symbol(m.id.name, m.label?.value, SymbolKind.Operator, m.span, m.id.span);
    case "Section":
      return symbol(kw(sectionConcept(m.name)), m.items[0]?.value, SymbolKind.String, m.span, m.span);
    case "Signature":
      return symbol(kw("Signature"), m.fields.map((f) => f.value.value.replace(/\n/g, " / ")).join(", "), SymbolKind.Object, m.span, m.span);
    case "Requires":
      return symbol(kw("Requires"), m.sections.map((s) => s.name).join(", "), SymbolKind.Array, m.span, m.span);
    case "Field":
      return undefined;
  }
}

export async function documentSymbols(session: Session, params: DocumentSymbolParams): Promise<DocumentSymbol[]> {
  const a = await session.analysis(params.textDocument.uri);
  const parsed = a?.check.result.parsed[0]?.parsed;
  const plan = parsed?.document.plan;
  if (!a || !parsed || !plan) return [];
  const title = plan.members.find((m) => m.type === "Field" && m.name === "title");
  const children = plan.members.flatMap((m) => memberSymbol(m, parsed.dialect) ?? []);
  const detail = title && title.type === "Field" && title.name === "title" ? title.value.value : undefined;
  return [symbol(plan.id.name, detail, plan.kind === "template" ? SymbolKind.Package : SymbolKind.Module, plan.span, plan.id.span, children)];
}
