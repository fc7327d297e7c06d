/**
 * The names in a document and what each one is: a declaration or a reference to a plan, unit,
 * role, mandate, task or level, with its span. Editors use it for go-to-definition, references,
 * hover and highlighting; it needs only the AST (what a reference resolves to is the resolver's).
 */
import type { Span } from "../diagnostics/span.js";
import type { Document, Ident, MandateField, MandateRef, Member, Timing } from "./ast.js";

export type SymbolKind = "plan" | "unit" | "role" | "mandate" | "task" | "level";

/** How a name is used where it occurs. */
export type SymbolUse =
  | "declaration"
  | "implements"
  | "covers"
  | "waive"
  | "refine"
  | "lead"
  | "coordinating"
  | "after"
  | "bind"
  | "leadRole"
  | "level"
  | "appliesTo";

export interface SymbolOccurrence {
  readonly kind: SymbolKind;
  /** The name (for a qualified mandate reference, the part after `:`). */
  readonly name: string;
  /** The origin plan of a qualified mandate reference (`origin:name`). */
  readonly origin?: string;
  readonly use: SymbolUse;
  readonly span: Span;
}

const occ = (kind: SymbolKind, id: Ident, use: SymbolUse): SymbolOccurrence => ({ kind, name: id.name, use, span: id.span });
const ref = (r: MandateRef, use: SymbolUse): SymbolOccurrence => ({ kind: "mandate", name: r.name, ...(r.origin !== undefined && { origin: r.origin }), use, span: r.span });

function timingRefs(t: Timing, out: SymbolOccurrence[]): void {
  if (t.kind === "after") out.push(occ("task", t.task, "after"));
}

function mandateFields(fields: readonly MandateField[], out: SymbolOccurrence[]): void {
  for (const f of fields) {
    if (f.name === "appliesTo") for (const l of f.value) out.push(occ("level", l, "appliesTo"));
    else if (f.name === "leadRole") out.push(occ("role", f.value, "leadRole"));
    else if (f.name === "due") timingRefs(f.value, out);
  }
}

function memberSymbols(m: Member, out: SymbolOccurrence[]): void {
  switch (m.type) {
    case "Field":
      if (m.name === "implements") for (const p of m.value) out.push(occ("plan", p, "implements"));
      else if (m.name === "level") out.push(occ("level", m.value, "level"));
      else if (m.name === "period") timingRefs(m.value, out);
      break;
    case "Role":
      out.push(occ("role", m.id, "declaration"));
      break;
    case "Unit":
      out.push(occ("unit", m.id, "declaration"));
      for (const r of m.roles) out.push(occ("role", r, "bind"));
      break;
    case "Mandate":
      out.push(occ("mandate", m.id, "declaration"));
      mandateFields(m.fields, out);
      break;
    case "Refine":
      out.push(ref(m.target, "refine"));
      mandateFields(m.fields, out);
      break;
    case "Task":
      out.push(occ("task", m.id, "declaration"));
      for (const f of m.fields) {
        if (f.name === "covers") for (const r of f.value) out.push(ref(r, "covers"));
        else if (f.name === "lead") out.push(occ("unit", f.value, "lead"));
        else if (f.name === "coordinating") for (const u of f.value) out.push(occ("unit", u, "coordinating"));
        else if (f.name === "timing" || f.name === "due") timingRefs(f.value, out);
      }
      break;
    case "Waiver":
      out.push(ref(m.target, "waive"));
      break;
    default:
      break;
  }
}

/** Every name of the document, in source order. */
export function symbolsOf(doc: Document): SymbolOccurrence[] {
  const plan = doc.plan;
  if (!plan) return [];
  const out: SymbolOccurrence[] = [occ("plan", plan.id, "declaration")];
  for (const m of plan.members) memberSymbols(m, out);
  return out.sort((a, b) => a.span.offset - b.span.offset);
}

/** The name at `offset` (inside it or just after its last character), if any. */
export function symbolAt(doc: Document, offset: number): SymbolOccurrence | undefined {
  return symbolsOf(doc).find((s) => s.span.offset <= offset && offset <= s.span.endOffset);
}
