/**
 * JUnit XML for CI test dashboards: a test suite per plan file, a test case per plan (its own
 * diagnostics) and one per applicable mandate (missing fails, waived is skipped, covered passes).
 */
import type { CheckReport, MandateReport, PlanReport } from "../check/report.js";
import type { Diagnostic, Lang } from "../diagnostics/diagnostic.js";
import { ciPath } from "./location.js";

export interface JunitOptions {
  readonly lang: Lang;
  /**
   * Every file that was checked (as in `span.file` / `PlanReport.file`). The report only counts
   * files, so without this list a file that has neither a plan nor a diagnostic gets no suite.
   */
  readonly files?: readonly string[];
  /** Absolute repository root: absolute paths inside it are shown relative to it. */
  readonly srcRoot?: string;
  /** The `name` of the root `<testsuites>` element; default `kehoach`. */
  readonly name?: string;
}

const WORDS = {
  vi: {
    missing: (m: MandateReport) => `Yêu cầu ${m.origin}:${m.id}${m.title ? ` (${m.title})` : ""} chưa được đáp ứng`,
    waived: "được miễn",
    coveredBy: (by: readonly string[]) => `Đáp ứng bởi: ${by.join(", ")}`,
    errors: (n: number) => `${n} lỗi`,
    help: "gợi ý",
    severity: { error: "lỗi", warning: "cảnh báo", info: "ghi chú" },
  },
  en: {
    missing: (m: MandateReport) => `Mandate ${m.origin}:${m.id}${m.title ? ` (${m.title})` : ""} is not covered`,
    waived: "waived",
    coveredBy: (by: readonly string[]) => `Covered by: ${by.join(", ")}`,
    errors: (n: number) => `${n} errors`,
    help: "help",
    severity: { error: "error", warning: "warning", info: "info" },
  },
} as const;

export interface JunitTestCase {
  readonly name: string;
  readonly classname: string;
  readonly file: string;
  readonly failure?: { readonly message: string; readonly type: string; readonly body: string };
  readonly skipped?: string;
  readonly out: readonly string[];
}

export interface JunitSuite {
  readonly name: string;
  readonly cases: readonly JunitTestCase[];
}

/**
 * The mandate a diagnostic is about, if any: a coverage diagnostic (`KH3xx`) whose English message
 * names a mandate of the plan as `origin:id`, or as `` `id` `` (the coverage rules' wording, e.g.
 * "Mandate `bao-cao` of hai-phong is not covered"), with the origin deciding between mandates that
 * share an id. Such diagnostics go into the mandate's test case instead of the plan's.
 */
export function mandateOf(d: Diagnostic, plan: PlanReport): MandateReport | undefined {
  if (!/^KH3\d\d$/.test(d.code)) return undefined;
  const msg = d.message.en;
  const qualified = plan.mandates.filter((m) => msg.includes(`${m.origin}:${m.id}`));
  if (qualified.length > 0) return qualified.reduce((a, b) => (b.origin.length + b.id.length > a.origin.length + a.id.length ? b : a));
  let bare = plan.mandates.filter((m) => msg.includes(`\`${m.id}\``));
  if (bare.length > 1) bare = bare.filter((m) => new RegExp(`(^|[^\\w.-])${escapeRegExp(m.origin)}($|[^\\w.-])`).test(msg));
  return bare.length === 1 ? bare[0] : undefined;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function describeDiagnostic(d: Diagnostic, lang: Lang, root: string | undefined): string {
  const w = WORDS[lang];
  const loc = (s: Diagnostic["span"]) => `${ciPath(s.file, root)}:${s.line}:${s.column}`;
  const lines = [`${w.severity[d.severity]}[${d.code}]: ${d.message[lang]}`, `  --> ${loc(d.span)}`];
  for (const r of d.related) lines.push(`  ::: ${loc(r.span)}: ${r.message[lang]}`);
  if (d.help) lines.push(`   = ${w.help}: ${d.help[lang]}`);
  return lines.join("\n");
}

function failureOf(diags: readonly Diagnostic[], lang: Lang, root: string | undefined, lead?: string): JunitTestCase["failure"] {
  const errors = diags.filter((d) => d.severity === "error");
  if (lead === undefined && errors.length === 0) return undefined;
  const first = errors[0];
  const message = lead ?? (errors.length === 1 ? `${first!.code}: ${first!.message[lang]}` : `${WORDS[lang].errors(errors.length)}: ${first!.code}: ${first!.message[lang]}`);
  const type = lead !== undefined ? "missing" : errors.length === 1 ? first!.code : [...new Set(errors.map((e) => e.code))].join(",");
  const body = [...(lead !== undefined ? [lead] : []), ...errors.map((e) => describeDiagnostic(e, lang, root))].join("\n\n");
  return { message, type, body };
}

function nonErrors(diags: readonly Diagnostic[], lang: Lang, root: string | undefined): string[] {
  return diags.filter((d) => d.severity !== "error").map((d) => describeDiagnostic(d, lang, root));
}

export function junitSuites(report: CheckReport, opts: JunitOptions): JunitSuite[] {
  const { lang } = opts;
  const root = opts.srcRoot;
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of report.diagnostics) {
    const list = byFile.get(d.span.file) ?? [];
    list.push(d);
    byFile.set(d.span.file, list);
  }
  const files = new Set<string>([...(opts.files ?? []), ...report.plans.map((p) => p.file), ...byFile.keys()]);
  const plansByFile = new Map<string, PlanReport[]>();
  for (const p of report.plans) plansByFile.set(p.file, [...(plansByFile.get(p.file) ?? []), p]);

  const suites: JunitSuite[] = [];
  for (const file of [...files].sort()) {
    const shown = ciPath(file, root);
    const diags = byFile.get(file) ?? [];
    const plans = plansByFile.get(file) ?? [];
    const cases: JunitTestCase[] = [];
    if (plans.length === 0) {
      const failure = failureOf(diags, lang, root);
      cases.push({ name: shown, classname: shown, file: shown, ...(failure && { failure }), out: nonErrors(diags, lang, root) });
    }
    // A diagnostic about a mandate goes to that mandate's test case; every other diagnostic of the
    // file goes to its first plan (a file holds one plan; KH109 otherwise).
    const tied = new Map<MandateReport, Diagnostic[]>();
    const untied: Diagnostic[] = [];
    for (const d of diags) {
      const m = plans.map((p) => mandateOf(d, p)).find((x) => x !== undefined);
      if (m) tied.set(m, [...(tied.get(m) ?? []), d]);
      else untied.push(d);
    }
    plans.forEach((plan, planIndex) => {
      const own = planIndex === 0 ? untied : [];
      const failure = failureOf(own, lang, root);
      cases.push({ name: plan.id, classname: shown, file: shown, ...(failure && { failure }), out: nonErrors(own, lang, root) });
      for (const m of plan.mandates) {
        const md = tied.get(m) ?? [];
        const base = { name: `${m.origin}:${m.id}`, classname: shown, file: shown };
        const failure = failureOf(md, lang, root, m.status === "missing" ? WORDS[lang].missing(m) : undefined);
        const out = nonErrors(md, lang, root);
        if (failure) cases.push({ ...base, failure, out });
        else if (m.status === "waived") cases.push({ ...base, skipped: waiverReason(m) ?? WORDS[lang].waived, out });
        else cases.push({ ...base, out: m.by.length > 0 ? [WORDS[lang].coveredBy(m.by), ...out] : out });
      }
    });
    suites.push({ name: shown, cases });
  }
  return suites;
}

/** A waiver's reason, if the report carries one (`MandateReport` may grow a `reason`). */
function waiverReason(m: MandateReport): string | undefined {
  const r: unknown = (m as MandateReport & { readonly reason?: unknown }).reason;
  return typeof r === "string" && r.trim() !== "" ? r : undefined;
}

/**
 * Text that is valid XML 1.0 character data: characters XML forbids (C0 controls other than tab,
 * newline and carriage return, lone surrogates, U+FFFE, U+FFFF) become U+FFFD.
 */
export function xmlSafe(s: string): string {
  let out = "";
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    const ok =
      c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || c >= 0x10000;
    out += ok ? ch : "\uFFFD";
  }
  return out;
}

/** Escapes element content. `\r` is written as a reference so parsers do not normalise it away. */
export function escapeXmlText(s: string): string {
  return xmlSafe(s).replace(/[&<>\r]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&#13;"));
}

/** Escapes an attribute value (double-quoted); tabs and line breaks as references so they survive normalisation. */
export function escapeXmlAttr(s: string): string {
  return xmlSafe(s).replace(/[&<>"'\t\n\r]/g, (c) => ATTR_ESCAPES[c]!);
}

const ATTR_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};

function attrs(pairs: readonly (readonly [string, string | number])[]): string {
  return pairs.map(([k, v]) => ` ${k}="${escapeXmlAttr(String(v))}"`).join("");
}

interface Totals {
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
}

function totals(cases: readonly JunitTestCase[]): Totals {
  return {
    tests: cases.length,
    failures: cases.filter((c) => c.failure).length,
    errors: 0,
    skipped: cases.filter((c) => c.skipped !== undefined).length,
  };
}

function totalAttrs(t: Totals): [string, number][] {
  return [
    ["tests", t.tests],
    ["failures", t.failures],
    ["errors", t.errors],
    ["skipped", t.skipped],
  ];
}

export function renderJunit(report: CheckReport, opts: JunitOptions): string {
  const suites = junitSuites(report, opts);
  const all = totals(suites.flatMap((s) => s.cases));
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  out.push(`<testsuites${attrs([["name", opts.name ?? "kehoach"], ...totalAttrs(all)])}>`);
  for (const s of suites) {
    const t = totals(s.cases);
    out.push(`  <testsuite${attrs([["name", s.name], ...totalAttrs(t)])}>`);
    for (const c of s.cases) {
      const head = `    <testcase${attrs([
        ["name", c.name],
        ["classname", c.classname],
        ["file", c.file],
      ])}`;
      if (!c.failure && c.skipped === undefined && c.out.length === 0) {
        out.push(`${head}/>`);
        continue;
      }
      out.push(`${head}>`);
      if (c.failure) {
        out.push(
          `      <failure${attrs([
            ["message", c.failure.message],
            ["type", c.failure.type],
          ])}>${escapeXmlText(c.failure.body)}</failure>`,
        );
      }
      if (c.skipped !== undefined) out.push(`      <skipped${attrs([["message", c.skipped]])}/>`);
      if (c.out.length > 0) out.push(`      <system-out>${escapeXmlText(c.out.join("\n"))}</system-out>`);
      out.push("    </testcase>");
    }
    out.push("  </testsuite>");
  }
  out.push("</testsuites>");
  return out.join("\n") + "\n";
}
