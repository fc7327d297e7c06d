/**
 * The resolved model: a plan with everything it inherits, after refinements, with provenance
 * (where each mandate came from, through which chain, and which refinements applied). It is
 * plain JSON (`kh resolve --format json` prints it; its JSON Schema is in docs/) and is the data
 * custom JsonLogic rules read. Spans stay beside it in `ResolvedPlanInternals`, not in the JSON.
 */
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Span } from "../diagnostics/span.js";
import type { MandateDecl, MandateRef, PlanDecl, RefineDecl, RuleDecl, TaskDecl, WaiverDecl } from "../syntax/ast.js";
import type { Dialect } from "../syntax/keywords/table.js";
import type { Occurrence, Period } from "../timing/occurrences.js";

/** A source position in the JSON model (1-based). */
export interface Position {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

export interface ModelOccurrence {
  readonly kind: Occurrence["kind"];
  /** ISO date; for deadlines, the previous deadline of the series (exclusive), if any. */
  readonly start?: string;
  /** ISO date: the deadline or the window's last day. */
  readonly end: string;
}

export interface ModelDue {
  /** The timing as written in the origin (canonical English form). */
  readonly text: string;
  /** The occurrences inside this plan's period, after every refinement. */
  readonly occurrences: readonly ModelOccurrence[];
}

export interface ModelRefinement {
  /** The plan that refined the mandate. */
  readonly plan: string;
  /** Which constraints it set: `due`, `appliesTo`, `leadRole`, `waivable`. */
  readonly fields: readonly string[];
  readonly at: Position;
}

export type MandateStatus = "covered" | "waived" | "missing";

export interface ModelMandate {
  readonly origin: string;
  readonly id: string;
  readonly title: string | null;
  readonly kind: string | null;
  /** Canonical level ids it binds; empty in the source means every level below the origin. */
  readonly appliesTo: readonly string[];
  readonly leadRole: string | null;
  readonly waivable: boolean;
  readonly due: ModelDue | null;
  /** Each path of plan ids from the origin down to this plan's parent. */
  readonly chains: readonly (readonly string[])[];
  readonly refinements: readonly ModelRefinement[];
  /** Does it bind this plan's level? */
  readonly applicable: boolean;
  /** Only for applicable mandates. */
  readonly status: MandateStatus | null;
  /** Tasks of this plan that cover it. */
  readonly by: readonly string[];
  readonly waiver: { readonly reason: string | null } | null;
  readonly at: Position;
}

export interface ModelTask {
  readonly id: string;
  readonly title: string | null;
  readonly covers: readonly { readonly origin: string | null; readonly id: string }[];
  readonly lead: string | null;
  readonly coordinating: readonly string[];
  readonly timing: string | null;
  readonly due: string | null;
  readonly occurrences: readonly ModelOccurrence[];
  readonly output: string | null;
  readonly at: Position;
}

export interface ModelUnit {
  readonly id: string;
  readonly label: string | null;
  readonly roles: readonly string[];
}

export interface ModelRole {
  readonly id: string;
  readonly label: string | null;
  /** The plan that declared the role. */
  readonly origin: string;
}

export interface ModelRule {
  readonly id: string;
  readonly origin: string;
  readonly title: string | null;
  readonly severity: string;
}

export interface ResolvedPlan {
  readonly id: string;
  readonly kind: "template" | "plan";
  readonly file: string;
  readonly title: string | null;
  readonly issuer: string | null;
  readonly number: string | null;
  readonly place: string | null;
  /** ISO date of issue. */
  readonly date: string | null;
  /** Canonical level id (null if missing or unknown). */
  readonly level: string | null;
  readonly period: { readonly start: string; readonly end: string } | null;
  readonly parents: readonly string[];
  /** Every ancestor id, sorted. */
  readonly ancestors: readonly string[];
  readonly units: readonly ModelUnit[];
  readonly roles: readonly ModelRole[];
  /** Mandates this plan inherits (applicable or passing through), sorted by origin and id. */
  readonly mandates: readonly ModelMandate[];
  /** Mandates this plan declares for the levels below it. */
  readonly declares: readonly string[];
  readonly tasks: readonly ModelTask[];
  readonly sections: {
    readonly purposes: readonly string[];
    readonly requirements: readonly string[];
    readonly audiences: readonly string[];
    readonly forms: readonly string[];
    readonly budget: readonly string[] | null;
    readonly recipients: readonly string[];
    readonly signature: { readonly authority: string | null; readonly position: string | null; readonly signer: string | null } | null;
  };
  readonly rules: readonly ModelRule[];
  readonly summary: { readonly applicable: number; readonly covered: number; readonly waived: number; readonly missing: number };
}

/** An inherited mandate with the AST nodes behind it, for checks that need spans. */
export interface InheritedMandate {
  readonly key: string;
  readonly origin: string;
  readonly decl: MandateDecl;
  readonly refinements: readonly { readonly plan: string; readonly decl: RefineDecl }[];
  /** Effective constraints after the meet of every refinement. */
  readonly occurrences: readonly Occurrence[] | null;
  readonly model: ModelMandate;
}

export interface ResolvedPlanInternals {
  readonly decl: PlanDecl;
  readonly model: ResolvedPlan;
  readonly inherited: readonly InheritedMandate[];
  /** Rules declared by this plan and its ancestors, with the plan that declared each. */
  readonly rules: readonly { readonly origin: string; readonly decl: RuleDecl }[];
  readonly tasks: readonly TaskDecl[];
  readonly waivers: readonly WaiverDecl[];
  /** Each resolved `covers` reference: the task, the reference as written, the mandate key. */
  readonly coverRefs: readonly { readonly task: TaskDecl; readonly ref: MandateRef; readonly key: string }[];
  /** The waiver in force for each waived mandate key. */
  readonly waiverKeys: ReadonlyMap<string, WaiverDecl>;
  /** Sections the ancestors require (`requires`), with where. */
  readonly requires: readonly { readonly origin: string; readonly name: string; readonly span: Span }[];
  readonly sectionsPresent: ReadonlySet<string>;
  /** The plan's period as days (own, else the nearest ancestor's), if known. */
  readonly period: Period | undefined;
  /** The keyword language of the plan's file, for snippets in help texts. */
  readonly dialect: Dialect;
  /** Span of the plan's header (its id), where plan-level diagnostics point. */
  readonly headerSpan: Span;
}

export interface ResolvedWorkspace {
  readonly plans: ReadonlyMap<string, ResolvedPlanInternals>;
  readonly diagnostics: readonly Diagnostic[];
}
