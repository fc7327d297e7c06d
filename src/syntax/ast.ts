/**
 * The typed AST of a kehoach file. Every node has a `span` into the file as written. The AST is
 * dialect-free: an English file and its Vietnamese twin give the same tree (the dialect is
 * returned beside it by the parser). Members keep their source order; the formatter prints them
 * in that order.
 */
import type { Span } from "../diagnostics/span.js";

export interface Ident {
  readonly type: "Ident";
  readonly name: string;
  readonly span: Span;
}

/** A reference to a mandate, optionally qualified by its origin plan: `origin:id`. */
export interface MandateRef {
  readonly type: "MandateRef";
  readonly origin?: string;
  readonly name: string;
  readonly span: Span;
}

export interface Text {
  readonly type: "Text";
  readonly value: string;
  readonly span: Span;
}

/** A calendar date. `year` is absent for day-month forms (`10/06`) used by recurring deadlines. */
export interface DateValue {
  readonly type: "Date";
  readonly day: number;
  readonly month: number;
  readonly year?: number;
  readonly span: Span;
}

// ---- timing -------------------------------------------------------------------------------

export type Timing =
  | ContinuousTiming
  | DateTiming
  | BeforeTiming
  | RangeTiming
  | QuarterTiming
  | MonthTiming
  | HalfTiming
  | YearTiming
  | RecurringTiming
  | AfterTiming;

export interface ContinuousTiming {
  readonly type: "Timing";
  readonly kind: "continuous";
  readonly span: Span;
}
export interface DateTiming {
  readonly type: "Timing";
  readonly kind: "date";
  readonly date: DateValue;
  readonly span: Span;
}
/** A deadline: `before 10/06/2024`, `trước ngày 10/6/2024`. */
export interface BeforeTiming {
  readonly type: "Timing";
  readonly kind: "before";
  readonly date: DateValue;
  readonly span: Span;
}
export interface RangeTiming {
  readonly type: "Timing";
  readonly kind: "range";
  readonly from: DateValue;
  readonly to: DateValue;
  readonly span: Span;
}
export interface QuarterTiming {
  readonly type: "Timing";
  readonly kind: "quarter";
  readonly quarter: number;
  readonly year: number;
  readonly span: Span;
}
export interface MonthTiming {
  readonly type: "Timing";
  readonly kind: "month";
  readonly month: number;
  readonly year: number;
  readonly span: Span;
}
export interface HalfTiming {
  readonly type: "Timing";
  readonly kind: "half";
  readonly half: 1 | 2;
  readonly year: number;
  readonly span: Span;
}
export interface YearTiming {
  readonly type: "Timing";
  readonly kind: "year";
  readonly year: number;
  readonly span: Span;
}
export type RecurrenceUnit = "year" | "quarter" | "month";
/**
 * A recurring timing: `every quarter`, `hằng tháng`, `every year before 10/06 and 10/12`.
 * `before` lists the deadlines inside each period: day-month dates for a year, days of the
 * month (`day` only, month 0) for a month or quarter-relative days.
 */
export interface RecurringTiming {
  readonly type: "Timing";
  readonly kind: "recurring";
  readonly every: RecurrenceUnit;
  readonly before: readonly DateValue[];
  readonly span: Span;
}
export interface AfterTiming {
  readonly type: "Timing";
  readonly kind: "after";
  readonly task: Ident;
  readonly span: Span;
}

export type TimingKind = Timing["kind"];

// ---- declarations ---------------------------------------------------------------------------

export type HeaderFieldName = "title" | "issuer" | "level" | "number" | "date" | "place" | "period" | "implements";

export type HeaderField =
  | { readonly type: "Field"; readonly name: "title" | "issuer" | "number" | "place"; readonly value: Text; readonly span: Span }
  | { readonly type: "Field"; readonly name: "level"; readonly value: Ident; readonly span: Span }
  | { readonly type: "Field"; readonly name: "date"; readonly value: DateValue; readonly span: Span }
  | { readonly type: "Field"; readonly name: "period"; readonly value: Timing; readonly span: Span }
  | { readonly type: "Field"; readonly name: "implements"; readonly value: readonly Ident[]; readonly span: Span };

export interface RoleDecl {
  readonly type: "Role";
  readonly id: Ident;
  readonly label?: Text;
  readonly span: Span;
}

export interface UnitDecl {
  readonly type: "Unit";
  readonly id: Ident;
  readonly label?: Text;
  /** Roles this unit takes on (binding a template's roles). */
  readonly roles: readonly Ident[];
  readonly span: Span;
}

/** Fields shared by mandates and refinements. */
export type MandateField =
  | { readonly type: "MandateField"; readonly name: "appliesTo"; readonly value: readonly Ident[]; readonly span: Span }
  | { readonly type: "MandateField"; readonly name: "leadRole"; readonly value: Ident; readonly span: Span }
  | { readonly type: "MandateField"; readonly name: "due"; readonly value: Timing; readonly span: Span }
  | { readonly type: "MandateField"; readonly name: "waivable"; readonly value: boolean; readonly span: Span }
  | { readonly type: "MandateField"; readonly name: "kind"; readonly value: Ident; readonly span: Span }
  | { readonly type: "MandateField"; readonly name: "note"; readonly value: Text; readonly span: Span };

export type MandateFieldName = MandateField["name"];

export interface MandateDecl {
  readonly type: "Mandate";
  readonly id: Ident;
  readonly label?: Text;
  readonly fields: readonly MandateField[];
  readonly span: Span;
}

/** `refine ID { … }`: narrows an inherited mandate for the levels below this plan. */
export interface RefineDecl {
  readonly type: "Refine";
  readonly target: MandateRef;
  readonly fields: readonly MandateField[];
  readonly span: Span;
}

export type TaskField =
  | { readonly type: "TaskField"; readonly name: "covers"; readonly value: readonly MandateRef[]; readonly span: Span }
  | { readonly type: "TaskField"; readonly name: "lead"; readonly value: Ident; readonly span: Span }
  | { readonly type: "TaskField"; readonly name: "coordinating"; readonly value: readonly Ident[]; readonly span: Span }
  | { readonly type: "TaskField"; readonly name: "timing"; readonly value: Timing; readonly span: Span }
  | { readonly type: "TaskField"; readonly name: "due"; readonly value: Timing; readonly span: Span }
  | { readonly type: "TaskField"; readonly name: "output"; readonly value: Text; readonly span: Span }
  | { readonly type: "TaskField"; readonly name: "note"; readonly value: Text; readonly span: Span }
  /** The part of the official document the task is listed under (`phần "Nội dung tuyên truyền"`). */
  | { readonly type: "TaskField"; readonly name: "part"; readonly value: Text; readonly span: Span };

export type TaskFieldName = TaskField["name"];

export interface TaskDecl {
  readonly type: "Task";
  readonly id: Ident;
  readonly label?: Text;
  readonly fields: readonly TaskField[];
  readonly span: Span;
}

export interface WaiverDecl {
  readonly type: "Waiver";
  readonly target: MandateRef;
  readonly reason?: Text;
  readonly span: Span;
}

export type SectionName = "purposes" | "requirements" | "audiences" | "forms" | "budget" | "recipients";

/** A free-text section of the official document: a list of paragraphs or bullet items. */
export interface SectionDecl {
  readonly type: "Section";
  readonly name: SectionName;
  readonly items: readonly Text[];
  readonly span: Span;
}

export type SignatureFieldName = "authority" | "position" | "signer";

export interface SignatureDecl {
  readonly type: "Signature";
  readonly fields: readonly { readonly type: "SignatureField"; readonly name: SignatureFieldName; readonly value: Text; readonly span: Span }[];
  readonly span: Span;
}

/** `requires purposes, budget`: sections every implementing plan must have. */
export interface RequiresDecl {
  readonly type: "Requires";
  readonly sections: readonly { readonly type: "SectionRef"; readonly name: SectionName | "signature"; readonly span: Span }[];
  readonly span: Span;
}

export interface RuleDecl {
  readonly type: "Rule";
  readonly id: Ident;
  readonly label?: Text;
  readonly severity?: Ident;
  /** The parsed JsonLogic value, or undefined when the JSON did not parse (KH106 reported). */
  readonly logic: unknown;
  /** The JSON text as written. */
  readonly source: string;
  readonly sourceSpan: Span;
  readonly span: Span;
}

export type Member =
  | HeaderField
  | RoleDecl
  | UnitDecl
  | MandateDecl
  | RefineDecl
  | TaskDecl
  | WaiverDecl
  | SectionDecl
  | SignatureDecl
  | RequiresDecl
  | RuleDecl;

export type MemberType = Member["type"];

export interface PlanDecl {
  readonly type: "Plan";
  /** `template` publishes mandates for lower levels; `plan` implements parents (and may be a parent too). */
  readonly kind: "template" | "plan";
  readonly id: Ident;
  readonly members: readonly Member[];
  readonly span: Span;
}

export interface Document {
  readonly type: "Document";
  readonly file: string;
  /** The plan declared in the file; null when the file is empty or too broken to tell. */
  readonly plan: PlanDecl | null;
  readonly span: Span;
}

export type Node =
  | Document
  | PlanDecl
  | Member
  | MandateField
  | TaskField
  | Ident
  | MandateRef
  | Text
  | DateValue
  | Timing;
