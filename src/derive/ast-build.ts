/**
 * Builders for AST nodes made in code rather than parsed: every node gets the zero span of the
 * file being generated (the printer ignores spans). Only the shapes `kh derive` writes.
 */
import type { Span } from "../diagnostics/span.js";
import { zeroSpan } from "../format/format.js";
import type * as A from "../syntax/ast.js";
import { ymdOf, type Day } from "../timing/day.js";

export class AstBuilder {
  private readonly span: Span;

  constructor(file: string) {
    this.span = zeroSpan(file);
  }

  ident(name: string): A.Ident {
    return { type: "Ident", name, span: this.span };
  }

  text(value: string): A.Text {
    return { type: "Text", value, span: this.span };
  }

  date(d: Day): A.DateValue {
    const { year, month, day } = ymdOf(d);
    return { type: "Date", day, month, year, span: this.span };
  }

  textField(name: "title" | "issuer" | "number" | "place", value: string): A.HeaderField {
    return { type: "Field", name, value: this.text(value), span: this.span };
  }

  levelField(level: string): A.HeaderField {
    return { type: "Field", name: "level", value: this.ident(level), span: this.span };
  }

  periodField(period: A.Timing): A.HeaderField {
    return { type: "Field", name: "period", value: period, span: this.span };
  }

  implementsField(parents: readonly string[]): A.HeaderField {
    return { type: "Field", name: "implements", value: parents.map((p) => this.ident(p)), span: this.span };
  }

  unit(id: string, label: string, roles: readonly string[]): A.UnitDecl {
    return { type: "Unit", id: this.ident(id), label: this.text(label), roles: roles.map((r) => this.ident(r)), span: this.span };
  }

  mandateRef(name: string, origin?: string): A.MandateRef {
    return { type: "MandateRef", name, ...(origin !== undefined && { origin }), span: this.span };
  }

  task(id: string, label: string, fields: readonly A.TaskField[]): A.TaskDecl {
    return { type: "Task", id: this.ident(id), label: this.text(label), fields, span: this.span };
  }

  covers(ref: A.MandateRef): A.TaskField {
    return { type: "TaskField", name: "covers", value: [ref], span: this.span };
  }

  lead(unit: string): A.TaskField {
    return { type: "TaskField", name: "lead", value: this.ident(unit), span: this.span };
  }

  timingField(name: "timing" | "due", value: A.Timing): A.TaskField {
    return { type: "TaskField", name, value, span: this.span };
  }

  section(name: A.SectionName, items: readonly string[]): A.SectionDecl {
    return { type: "Section", name, items: items.map((t) => this.text(t)), span: this.span };
  }

  signature(fields: readonly { name: A.SignatureFieldName; value: string }[]): A.SignatureDecl {
    return { type: "Signature", fields: fields.map((f) => ({ type: "SignatureField", name: f.name, value: this.text(f.value), span: this.span })), span: this.span };
  }

  plan(id: string, members: readonly A.Member[]): A.Document {
    const plan: A.PlanDecl = { type: "Plan", kind: "plan", id: this.ident(id), members, span: this.span };
    return { type: "Document", file: this.span.file, plan, span: this.span };
  }

  // ---- timings ----

  continuous(): A.Timing {
    return { type: "Timing", kind: "continuous", span: this.span };
  }

  before(d: Day): A.Timing {
    return { type: "Timing", kind: "before", date: this.date(d), span: this.span };
  }

  /** `every year before D1 and D2 …` with full dates: exactly these deadlines. */
  deadlines(days: readonly Day[]): A.Timing {
    return { type: "Timing", kind: "recurring", every: "year", before: days.map((d) => this.date(d)), span: this.span };
  }

  /** `every year before 10/06 and 09/12`: the days and months of `days`, every year. */
  yearly(days: readonly Day[]): A.Timing {
    const seen = new Map<string, A.DateValue>();
    for (const d of days) {
      const { month, day } = ymdOf(d);
      seen.set(`${month}/${day}`, { type: "Date", day, month, span: this.span });
    }
    const before = [...seen.values()].sort((x, y) => x.month - y.month || x.day - y.day);
    return { type: "Timing", kind: "recurring", every: "year", before, span: this.span };
  }

  window(from: Day, to: Day): A.Timing {
    return from === to
      ? { type: "Timing", kind: "date", date: this.date(from), span: this.span }
      : { type: "Timing", kind: "range", from: this.date(from), to: this.date(to), span: this.span };
  }
}
