/**
 * Loads rule packs (`rules/*.json`): checks the file against `rules/rule-pack.schema.json` with
 * ajv, then checks each rule's logic with `validateRule`. A bad rule is dropped with a diagnostic;
 * the rest of the pack still loads, because one broken rule from another body should not silence
 * the others.
 */
import { readFileSync } from "node:fs";
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import type { Bilingual, Diagnostic, Severity } from "../../diagnostics/diagnostic.js";
import { makeDiagnostic } from "../../diagnostics/make.js";
import { fileSpan, type Span } from "../../diagnostics/span.js";
import { validateRule, type RuleLimits } from "./validate.js";

/** A rule as the engine runs it: enough to evaluate it and report a failure. */
export interface RuleLike {
  readonly id: string;
  readonly title: Bilingual;
  /** Default `error`. */
  readonly severity?: Severity;
  readonly logic: unknown;
}

export interface PackRule extends RuleLike {
  readonly severity: Severity;
  /** Level ids the rule is limited to; absent means every level. */
  readonly appliesTo?: readonly string[];
  /** The pack's `name`. */
  readonly pack: string;
  readonly file: string;
  /** JSON Pointer of the rule in its file, e.g. `/rules/0`. */
  readonly pointer: string;
  /** Where the rule is: its `"id"` when the source text is known, else the start of the file. */
  readonly span: Span;
}

export interface RulePackLoad {
  /** The pack's name, when the file got that far. */
  readonly name?: string;
  readonly rules: readonly PackRule[];
  /** KH604 for schema problems, KH602 for invalid rule logic. */
  readonly problems: readonly Diagnostic[];
}

/** The schema lives beside the packs so editors can use it; `../../../rules` is the package root's `rules/` from both `src/` and `dist/`. */
const SCHEMA_URL = new URL("../../../rules/rule-pack.schema.json", import.meta.url);

let compiled: ValidateFunction | undefined;

/** The compiled schema validator (compiled once, lazily: only commands that load packs pay for it). */
function packValidator(): ValidateFunction {
  if (!compiled) {
    const schema = JSON.parse(readFileSync(SCHEMA_URL, "utf8")) as object;
    compiled = new Ajv({ allErrors: true, strict: true }).compile(schema);
  }
  return compiled;
}

/**
 * Checks a parsed pack file. `file` is the path shown in diagnostics. Rule spans point at the
 * start of the file; `loadRulePackText` narrows them to each rule when it has the text.
 */
export function loadRulePack(json: unknown, file: string, limits: RuleLimits = {}): RulePackLoad {
  return load(json, file, limits, () => fileSpan(file));
}

/** Parses and checks a pack file's text; a JSON syntax error is KH604 at its position. */
export function loadRulePackText(text: string, file: string, limits: RuleLimits = {}): RulePackLoad {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    const at = /position (\d+)/.exec(detail);
    const span = at ? spanAt(text, file, Number(at[1]), Number(at[1])) : fileSpan(file);
    return {
      rules: [],
      problems: [
        makeDiagnostic("KH604", span, { vi: `Tệp gói quy tắc không phải JSON hợp lệ: ${detail}`, en: `The rule pack file is not valid JSON: ${detail}` }),
      ],
    };
  }
  return load(json, file, limits, (id) => locateRule(text, file, id));
}

function load(json: unknown, file: string, limits: RuleLimits, spanOf: (id: string) => Span): RulePackLoad {
  const validate = packValidator();
  const problems: Diagnostic[] = [];
  const top = fileSpan(file);
  const ruleErrors = new Map<number, ErrorObject[]>();
  if (!validate(json)) {
    const topErrors: ErrorObject[] = [];
    for (const err of validate.errors ?? []) {
      const m = /^\/rules\/(\d+)(?:\/|$)/.exec(err.instancePath);
      if (m) {
        const i = Number(m[1]);
        ruleErrors.set(i, [...(ruleErrors.get(i) ?? []), err]);
      } else {
        topErrors.push(err);
      }
    }
    if (topErrors.length > 0) {
      // The file's overall shape is wrong: nothing in it can be trusted to mean what it seems.
      problems.push(makeDiagnostic("KH604", top, schemaMessage(topErrors)));
      return { rules: [], problems };
    }
  }

  const pack = json as { name: string; rules: unknown[] };
  const rules: PackRule[] = [];
  const seen = new Set<string>();
  pack.rules.forEach((raw, i) => {
    const pointer = `/rules/${i}`;
    const errors = ruleErrors.get(i);
    const id = typeof raw === "object" && raw !== null && typeof (raw as { id?: unknown }).id === "string" ? (raw as { id: string }).id : undefined;
    const span = id !== undefined ? spanOf(id) : top;
    if (errors) {
      problems.push(makeDiagnostic("KH604", span, schemaMessage(errors)));
      return;
    }
    const r = raw as { id: string; title: string | Bilingual; severity?: Severity; appliesTo?: string[]; logic: unknown };
    if (seen.has(r.id)) {
      problems.push(
        makeDiagnostic("KH604", span, {
          vi: `Mã quy tắc "${r.id}" bị trùng trong gói (tại ${pointer})`,
          en: `Rule id "${r.id}" is used twice in the pack (at ${pointer})`,
        }),
      );
      return;
    }
    seen.add(r.id);
    const check = validateRule(r.logic, limits);
    if (!check.ok) {
      for (const p of check.problems) {
        const where = `${pointer}/logic ${p.path}`;
        problems.push(
          makeDiagnostic("KH602", span, {
            vi: `Quy tắc "${r.id}" không hợp lệ (${where}): ${p.message.vi}`,
            en: `Rule "${r.id}" is invalid (${where}): ${p.message.en}`,
          }),
        );
      }
      return;
    }
    rules.push({
      id: r.id,
      title: typeof r.title === "string" ? { vi: r.title, en: r.title } : { vi: r.title.vi, en: r.title.en },
      severity: r.severity ?? "error",
      ...(r.appliesTo !== undefined && { appliesTo: [...r.appliesTo] }),
      logic: r.logic,
      pack: pack.name,
      file,
      pointer,
      span,
    });
  });
  return { name: pack.name, rules, problems };
}

/** Whether a pack rule checks plans of `level` (a canonical level id); rules without `appliesTo` check all. */
export function ruleAppliesTo(rule: Pick<PackRule, "appliesTo">, level: string | undefined): boolean {
  return rule.appliesTo === undefined || (level !== undefined && rule.appliesTo.includes(level));
}

/** One message for a group of ajv errors, worded for people: at most three, each with its JSON Pointer. */
function schemaMessage(errors: readonly ErrorObject[]): Bilingual {
  // `anyOf` reports each failed branch and then itself; the branch errors are noise for a reader.
  const useful = errors.filter((e) => !errors.some((o) => o !== e && o.keyword === "anyOf" && e.schemaPath.startsWith(o.schemaPath.replace(/\/anyOf$/, "/anyOf/"))));
  const shown = useful.slice(0, 3);
  const vi = shown.map((e) => `${e.instancePath || "/"}: ${schemaErrorVi(e)}`).join("; ");
  const en = shown.map((e) => `${e.instancePath || "/"}: ${schemaErrorEn(e)}`).join("; ");
  const more = useful.length > shown.length ? useful.length - shown.length : 0;
  return {
    vi: `Tệp gói quy tắc không đúng định dạng — ${vi}${more ? ` (và ${more} lỗi khác)` : ""}`,
    en: `The rule pack does not match its schema — ${en}${more ? ` (and ${more} more)` : ""}`,
  };
}

function schemaErrorEn(e: ErrorObject): string {
  if (e.keyword === "additionalProperties") return `unknown field "${String(e.params["additionalProperty"])}"`;
  if (e.keyword === "anyOf") return "must be a string or an object with \"vi\" and \"en\"";
  if (e.keyword === "enum") return `must be one of ${(e.params["allowedValues"] as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`;
  return e.message ?? e.keyword;
}

function schemaErrorVi(e: ErrorObject): string {
  const p = e.params;
  switch (e.keyword) {
    case "required":
      return `thiếu trường "${String(p["missingProperty"])}"`;
    case "additionalProperties":
      return `trường không được phép "${String(p["additionalProperty"])}"`;
    case "type":
      return `phải có kiểu ${String(p["type"])}`;
    case "enum":
      return `phải là một trong ${(p["allowedValues"] as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`;
    case "pattern":
      return `không đúng mẫu ${String(p["pattern"])}`;
    case "minLength":
    case "minItems":
      return `quá ngắn (tối thiểu ${String(p["limit"])})`;
    case "maxLength":
    case "maxItems":
      return `quá dài (tối đa ${String(p["limit"])})`;
    case "uniqueItems":
      return "có phần tử bị trùng";
    case "anyOf":
      return "phải là chuỗi hoặc đối tượng có \"vi\" và \"en\"";
    default:
      return e.message ?? e.keyword;
  }
}

/** The span of a rule's `"id": "…"` in the pack text, or the start of the file if not found. */
function locateRule(text: string, file: string, id: string): Span {
  const escaped = JSON.stringify(id).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const m = new RegExp(`"id"\\s*:\\s*${escaped}`).exec(text);
  return m ? spanAt(text, file, m.index, m.index + m[0].length) : fileSpan(file);
}

function spanAt(text: string, file: string, start: number, end: number): Span {
  const pos = (offset: number): { line: number; column: number } => {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < offset && i < text.length; i++) {
      if (text.charCodeAt(i) === 10) {
        line += 1;
        lineStart = i + 1;
      }
    }
    return { line, column: offset - lineStart + 1 };
  };
  const a = pos(start);
  const b = pos(end);
  return { file, line: a.line, column: a.column, endLine: b.line, endColumn: b.column, offset: start, endOffset: end };
}
