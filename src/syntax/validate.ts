/**
 * File-level checks that need the whole AST but nothing outside the file: required header
 * fields (KH110) and duplicate identifiers within one plan (KH108).
 */
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { makeDiagnostic } from "../diagnostics/make.js";
import type { Document, HeaderFieldName, Ident, Member } from "./ast.js";
import { canonicalKeyword, type Dialect, type KeywordConcept } from "./keywords/table.js";

const REQUIRED: readonly [HeaderFieldName, KeywordConcept][] = [
  ["title", "Title"],
  ["issuer", "Issuer"],
  ["level", "Level"],
];

export function validateDocument(doc: Document, dialect: Dialect): Diagnostic[] {
  const plan = doc.plan;
  if (!plan) return [];
  const out: Diagnostic[] = [];
  const present = new Set(plan.members.filter((m) => m.type === "Field").map((m) => (m as { name: string }).name));
  const missing = REQUIRED.filter(([name]) => !present.has(name)).map(([, c]) => `\`${canonicalKeyword(c, dialect)}\``);
  if (missing.length > 0) {
    out.push(
      makeDiagnostic("KH110", plan.id.span, {
        vi: `Kế hoạch \`${plan.id.name}\` thiếu ${missing.join(", ")}`,
        en: `Plan \`${plan.id.name}\` lacks ${missing.join(", ")}`,
      }),
    );
  }
  const kinds: Record<string, { vi: string; en: string }> = {
    Task: { vi: "nhiệm vụ", en: "task" },
    Mandate: { vi: "yêu cầu", en: "mandate" },
    Unit: { vi: "đơn vị", en: "unit" },
    Role: { vi: "vai trò", en: "role" },
    Rule: { vi: "quy tắc", en: "rule" },
  };
  // Declared ids by kind of declaration (one map per kind: no key strings to build).
  const seenByKind = new Map<string, Map<string, Ident>>();
  for (const m of plan.members) {
    const id = declId(m);
    if (!id) continue;
    let seen = seenByKind.get(m.type);
    if (!seen) seenByKind.set(m.type, (seen = new Map()));
    const prev = seen.get(id.name);
    const k = kinds[m.type]!;
    if (prev) {
      out.push(
        makeDiagnostic(
          "KH108",
          id.span,
          { vi: `${cap(k.vi)} \`${id.name}\` đã được khai báo`, en: `${cap(k.en)} \`${id.name}\` is already declared` },
          [{ span: prev.span, message: { vi: "khai báo lần đầu ở đây", en: "first declared here" } }],
        ),
      );
    } else seen.set(id.name, id);
  }
  return out;
}

function declId(m: Member): Ident | undefined {
  switch (m.type) {
    case "Task":
    case "Mandate":
    case "Unit":
    case "Role":
    case "Rule":
      return m.id;
    default:
      return undefined;
  }
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
