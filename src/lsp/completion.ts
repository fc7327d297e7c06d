/**
 * Completion, also inside an incomplete file: keywords of the file's dialect that may start a
 * statement where the cursor is; after `covers`/`đáp ứng`, the inherited mandates, those still
 * missing first; after `waive`/`miễn`, the waivable ones; units after `lead`/`coordinating`;
 * roles after `lead role` and unit bindings; levels; timing forms; parent plan ids; task ids.
 */
import { CompletionItemKind, type CompletionItem, type CompletionList, type CompletionParams, type Range } from "vscode-languageserver";
import type { Lang } from "../diagnostics/diagnostic.js";
import type { ResolvedPlanInternals } from "../resolve/model.js";
import { mandatesByNeed } from "../resolve/queries.js";
import { cursorContext, type CursorContext } from "../syntax/cursor.js";
import { KEYWORD_DOCS, STATEMENT_KEYWORDS } from "../syntax/keywords/docs.js";
import { canonicalKeyword, type Dialect, type KeywordConcept } from "../syntax/keywords/table.js";
import { offsetRange, positionsOf } from "./positions.js";
import type { Analysis, Session } from "./session.js";

export async function completion(session: Session, params: CompletionParams): Promise<CompletionList | null> {
  const a = await session.analysis(params.textDocument.uri);
  if (!a) return null;
  const pos = positionsOf(a.text);
  const offset = pos.offsetAt(params.position);
  const ctx = cursorContext(a.text, offset);
  const dialect: Dialect = ctx.dialect ?? (a.lang === "en" ? "en" : "vi");
  const wordRange = offsetRange(pos, ctx.prefixStart, offset);
  const items = valueItems(session, a, ctx, dialect) ?? keywordItems(ctx, dialect, a.lang, keywordRange(ctx, pos, offset) ?? wordRange);
  return { isIncomplete: false, items: items.map((i) => (i.textEdit ? i : { ...i, textEdit: { range: wordRange, newText: i.insertText ?? i.label } })) };
}

/** A keyword may be several words: the range covers the words of the statement typed so far. */
function keywordRange(ctx: CursorContext, pos: ReturnType<typeof positionsOf>, offset: number): Range | undefined {
  const first = ctx.statement[0];
  if (!first || ctx.statement.some((t) => t.kind !== "name")) return undefined;
  return offsetRange(pos, first.offset, offset);
}

function keywordItem(concept: KeywordConcept, dialect: Dialect, lang: Lang, range: Range, sort: number): CompletionItem {
  const word = canonicalKeyword(concept, dialect);
  return {
    label: word,
    kind: CompletionItemKind.Keyword,
    detail: KEYWORD_DOCS[concept][lang],
    sortText: `1-${String(sort).padStart(3, "0")}`,
    textEdit: { range, newText: `${word} ` },
  };
}

/** Keywords that may start a statement in the innermost block around the cursor. */
function keywordItems(ctx: CursorContext, dialect: Dialect, lang: Lang, range: Range): CompletionItem[] {
  const block = ctx.blocks[ctx.blocks.length - 1];
  if (ctx.statement.some((t) => t.kind !== "name")) {
    // inside a statement: `lead` in a mandate continues with `role`
    if (ctx.expecting === "Lead" && (block === "Mandate" || block === "Refine") && ctx.afterExpecting.length === 0) return [keywordItem("Role", dialect, lang, range, 0)];
    return [];
  }
  let concepts: readonly KeywordConcept[];
  if (block === undefined) {
    // an empty file: offer both dialects
    return (["vi", "en"] as const).flatMap((d, i) => STATEMENT_KEYWORDS.file.map((c, j) => keywordItem(c, d, lang, range, i * 10 + j)));
  } else if (block === "Task") concepts = STATEMENT_KEYWORDS.task;
  else if (block === "Mandate" || block === "Refine") concepts = STATEMENT_KEYWORDS.mandate;
  else if (block === "Signature") concepts = STATEMENT_KEYWORDS.signature;
  else if (block === "Plan" || block === "Template") concepts = STATEMENT_KEYWORDS.plan;
  else concepts = []; // sections hold texts
  return concepts.map((c, i) => keywordItem(c, dialect, lang, range, i));
}

/** Values expected after the statement's last keyword, or undefined when a keyword is expected. */
function valueItems(session: Session, a: Analysis, ctx: CursorContext, dialect: Dialect): CompletionItem[] | undefined {
  const plan = a.check.plan;
  const head = ctx.statement.find((t) => t.kind === "keyword")?.concept;
  const kwIndex = ctx.statement.map((t) => t.concept).lastIndexOf(ctx.expecting);
  const before = kwIndex > 0 ? ctx.statement[kwIndex - 1]?.concept : undefined;
  const typed = new Set(ctx.afterExpecting.filter((t) => t.kind === "name").map((t) => t.image));
  // a list continues after `,` or `and`; otherwise one value per keyword
  const lastTyped = ctx.afterExpecting[ctx.afterExpecting.length - 1];
  const listOpen = !lastTyped || lastTyped.punct === "," || lastTyped.concept === "And";
  const t = (vi: string, en: string) => (a.lang === "vi" ? vi : en);
  switch (ctx.expecting) {
    case "Covers":
    case "Waive":
    case "Refine": {
      if (!listOpen || !plan) return [];
      if (ctx.expecting !== "Covers" && ctx.afterExpecting.length > 0) return [];
      return mandateItems(plan, ctx.expecting, typed, t);
    }
    case "Lead":
      if (block(ctx) === "Mandate" || block(ctx) === "Refine") return undefined;
      return ctx.afterExpecting.length === 0 ? unitItems(plan) : [];
    case "Coordinating":
      return listOpen ? unitItems(plan).filter((i) => !typed.has(i.label)) : [];
    case "Role":
      if (before === "Lead" || head === "Unit") return listOpen ? roleItems(plan).filter((i) => !typed.has(i.label)) : [];
      return []; // a role declaration: a new name
    case "Level":
    case "AppliesTo":
      return listOpen ? levelItems(a, dialect) : [];
    case "Timing":
    case "Due":
    case "Period":
      return ctx.afterExpecting.length === 0 ? timingItems(plan, dialect) : [];
    case "After":
      return ctx.afterExpecting.length === 0 ? (plan?.model.tasks ?? []).map((x) => ({ label: x.id, kind: CompletionItemKind.Function, detail: x.title ?? "" })) : [];
    case "Implements":
      return listOpen ? planItems(session, a).filter((i) => !typed.has(i.label)) : [];
    case "Waivable":
      return ctx.afterExpecting.length === 0 ? (["Yes", "No"] as const).map((c) => ({ label: canonicalKeyword(c, dialect), kind: CompletionItemKind.Keyword })) : [];
    case "Severity":
      return ctx.afterExpecting.length === 0 ? ["error", "warning", "info"].map((s) => ({ label: s, kind: CompletionItemKind.EnumMember })) : [];
    case "Requires":
      return listOpen ? (["Purposes", "Requirements", "Audiences", "Forms", "Budget", "Recipients", "Signature"] as const).map((c) => ({ label: canonicalKeyword(c, dialect), kind: CompletionItemKind.Keyword })) : [];
    case undefined:
      return undefined;
    default:
      // a declaration's own name, a text, a date…: nothing to offer but keywords after it
      return ctx.afterExpecting.length === 0 && ctx.statement.length > 0 && ctx.statement[0]!.kind === "keyword" && ctx.expecting !== head ? undefined : [];
  }
}

function block(ctx: CursorContext): KeywordConcept | undefined {
  return ctx.blocks[ctx.blocks.length - 1];
}

function mandateItems(plan: ResolvedPlanInternals, via: "Covers" | "Waive" | "Refine", typed: ReadonlySet<string>, t: (vi: string, en: string) => string): CompletionItem[] {
  const all = mandatesByNeed(plan);
  const count = new Map<string, number>();
  for (const { mandate } of all) count.set(mandate.model.id, (count.get(mandate.model.id) ?? 0) + 1);
  return all
    .filter(({ mandate, need }) => via !== "Waive" || (mandate.model.waivable && need === "missing"))
    .map(({ mandate, need }, i): CompletionItem => {
      const label = (count.get(mandate.model.id) ?? 0) > 1 ? `${mandate.origin}:${mandate.model.id}` : mandate.model.id;
      const status = need === "missing" ? t("chưa đáp ứng", "not covered yet") : need === "applicable" ? t("đã đáp ứng hoặc miễn", "covered or waived") : t("không áp dụng cho cấp này", "does not apply at this level");
      return {
        label,
        kind: CompletionItemKind.Reference,
        detail: `${mandate.model.title ?? ""} — ${mandate.origin} (${status})`,
        sortText: `${need === "missing" ? 0 : need === "applicable" ? 1 : 2}-${String(i).padStart(4, "0")}`,
        ...(need === "missing" && { preselect: i === 0 }),
      };
    })
    .filter((i) => !typed.has(i.label));
}

function unitItems(plan: ResolvedPlanInternals | undefined): CompletionItem[] {
  return (plan?.model.units ?? []).map((u) => ({ label: u.id, kind: CompletionItemKind.Class, detail: u.label ?? "" }));
}

function roleItems(plan: ResolvedPlanInternals | undefined): CompletionItem[] {
  return (plan?.model.roles ?? []).map((r) => ({ label: r.id, kind: CompletionItemKind.Interface, detail: `${r.label ?? ""} — ${r.origin}` }));
}

function levelItems(a: Analysis, dialect: Dialect): CompletionItem[] {
  return a.ws.settings.levels.levels.map((l, i) => {
    const label = dialect === "vi" ? (l.aliases[0] ?? l.id) : l.id;
    return { label, kind: CompletionItemKind.EnumMember, detail: l.label[a.lang], sortText: String(i).padStart(3, "0"), filterText: `${label} ${l.id}` };
  });
}

function planItems(session: Session, a: Analysis): CompletionItem[] {
  const own = a.check.result.parsed[0]?.parsed.document.plan?.id.name;
  const ids = new Set<string>();
  for (const f of a.ws.files) {
    const id = a.ws.index.idOf(f);
    if (id !== undefined && id !== own) ids.add(id);
  }
  return [...ids].sort().map((id) => {
    const found = session.state.planById(a.ws, id);
    const title = found?.decl.members.find((m) => m.type === "Field" && m.name === "title");
    return { label: id, kind: CompletionItemKind.Module, detail: title && title.type === "Field" && title.name === "title" ? title.value.value : "" };
  });
}

/** Every timing form, as an example in the file's dialect, dated in the plan's period. */
function timingItems(plan: ResolvedPlanInternals | undefined, dialect: Dialect): CompletionItem[] {
  const year = plan?.model.period?.start.slice(0, 4) ?? String(new Date().getFullYear());
  const forms =
    dialect === "vi"
      ? ["thường xuyên", `trước ngày 30/06/${year}`, `từ 01/01/${year} đến 30/06/${year}`, `quý I/${year}`, `tháng 1/${year}`, `6 tháng đầu năm ${year}`, `6 tháng cuối năm ${year}`, `năm ${year}`, "hằng quý", "hằng tháng trước ngày 5", "hằng năm trước 10/6 và 10/12", "sau "]
      : ["continuous", `before 30/06/${year}`, `from 01/01/${year} to 30/06/${year}`, `Q1 ${year}`, `month 1/${year}`, `H1 ${year}`, `H2 ${year}`, `year ${year}`, "every quarter", "every month before 5", "every year before 10/06 and 10/12", "after "];
  return forms.map((f, i) => ({ label: f.trim(), insertText: f, kind: CompletionItemKind.Value, sortText: String(i).padStart(3, "0") }));
}
