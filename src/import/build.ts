/**
 * From the draft to the kehoach AST: header fields, parents (`implements`), units with their ids,
 * sections, tasks, recipients and signature, in the order of the document. Comments are not part
 * of the AST: they are returned beside it, keyed by the node they stand above.
 */
import type { Dialect } from "../syntax/keywords/table.js";
import type * as A from "../syntax/ast.js";
import { citationId } from "./citations.js";
import type { Draft, DraftSection, DraftTask } from "./draft.js";
import { ident, SPAN, text } from "./nodes.js";
import { IdAllocator, slug, squash } from "./text.js";
import { UnitRegistry } from "./units.js";

export interface ImportStats {
  /** Tasks in the draft. */
  readonly tasks: number;
  /** Distinct units declared. */
  readonly units: number;
  /** Cited plans, declared as parents. */
  readonly parents: number;
  /** Numbered documents cited in the basis (plans and others). */
  readonly citations: number;
  /** Tasks with a `due` deadline. */
  readonly deadlines: number;
  /** Texts of the purposes, requirements, audiences, forms, budget and recipients sections. */
  readonly sectionItems: number;
  /** Paragraphs kept only as comments. */
  readonly comments: number;
}

export interface BuiltDraft {
  readonly document: A.Document;
  /** Comment lines (without `#`) above a node of `document`. */
  readonly leading: ReadonlyMap<object, readonly string[]>;
  /** Comment lines at the top of the file. */
  readonly top: readonly string[];
  readonly stats: ImportStats;
}

export interface BuildOptions {
  readonly dialect: Dialect;
  /** The plan's id; by default one is made from the issuer, number and year. */
  readonly id?: string;
  /** Where the text came from, for the first comment. */
  readonly source?: string;
}

const t = (d: Dialect, vi: string, en: string): string => (d === "vi" ? vi : en);

function dateText(d: A.DateValue | undefined): string {
  if (!d) return "";
  const p = (n: number): string => String(n).padStart(2, "0");
  return d.year === undefined ? `${p(d.day)}/${p(d.month)}` : `${p(d.day)}/${p(d.month)}/${d.year}`;
}

/** The default plan id: `ubnd-xa-gio-son-32-2022`. */
export function planId(draft: Draft): string {
  const h = draft.header;
  const digits = /^\d+/.exec(h.number ?? "")?.[0];
  const year = h.date?.year ?? (h.period?.kind === "year" ? h.period.year : undefined);
  const base = [h.issuer ? slug(h.issuer, 5, "") : "", digits ?? "", year !== undefined ? String(year) : ""].filter((s) => s.length > 0).join("-");
  return slug(base.length > 0 ? base : h.title ?? "", 8, "ke-hoach-nhap");
}

export function buildDocument(draft: Draft, options: BuildOptions): BuiltDraft {
  const d = options.dialect;
  const leading = new Map<object, string[]>();
  let carry: string[] = [];
  const note = (lines: readonly string[]): void => {
    carry.push(...lines.map(squash).filter((l) => l.length > 0));
  };
  const attach = <T extends object>(node: T, extra: readonly string[] = []): T => {
    const lines = [...carry, ...extra.map(squash).filter((l) => l.length > 0)];
    carry = [];
    if (lines.length > 0) leading.set(node, [...(leading.get(node) ?? []), ...lines]);
    return node;
  };
  const members: A.Member[] = [];
  const push = (m: A.Member, extra: readonly string[] = []): void => {
    members.push(attach(m, extra));
  };
  const h = draft.header;

  // ---- header ----
  const textField = (name: "title" | "issuer" | "number" | "place", value: string): A.HeaderField => ({ type: "Field", name, value: text(value), span: SPAN });
  note(h.comments);
  push(textField("title", h.title ?? ""), h.title === undefined ? [t(d, "TODO: không tìm thấy tiêu đề (dòng sau “KẾ HOẠCH”)", "TODO: no title found (the line after “KẾ HOẠCH”)")] : []);
  push(
    textField("issuer", h.issuer ?? ""),
    [
      ...(h.superior !== undefined ? [t(d, `Cơ quan cấp trên: ${h.superior}`, `Superior body: ${h.superior}`)] : []),
      ...(h.issuer === undefined ? [t(d, "TODO: không tìm thấy cơ quan ban hành", "TODO: no issuing body found")] : []),
    ],
  );
  const level = h.level ? (d === "vi" ? h.level.aliases[0] ?? h.level.id : h.level.id) : t(d, "chua-ro", "unknown");
  push({ type: "Field", name: "level", value: ident(level), span: SPAN }, h.level ? [] : [t(d, "TODO: không suy ra được cấp từ cơ quan ban hành", "TODO: the level could not be inferred from the issuer")]);
  if (h.number !== undefined) push(textField("number", h.number));
  if (h.date) push({ type: "Field", name: "date", value: h.date, span: SPAN });
  if (h.place !== undefined) push(textField("place", h.place));
  if (h.period) push({ type: "Field", name: "period", value: h.period, span: SPAN });

  // ---- basis and parents ----
  for (const p of draft.preamble) note([p]);
  const parentIds: string[] = [];
  const seen = new Set<string>();
  for (const c of draft.citations) {
    const key = `${c.type}|${c.number}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const what = [c.type, c.number, dateText(c.date), c.issuer ?? ""].filter((s) => s.length > 0).join(", ");
    if (c.plan) {
      const id = citationId(c);
      if (!parentIds.includes(id)) parentIds.push(id);
      note([`- ${what} → ${id}`]);
    } else note([`- ${what} ${t(d, "(không phải kế hoạch: không là căn cứ cha)", "(not a plan, so not a parent)")}`]);
  }
  if (parentIds.length > 0) push({ type: "Field", name: "implements", value: parentIds.map(ident), span: SPAN });

  // ---- units, in order of first mention ----
  const units = new UnitRegistry();
  const tasks = draft.members.filter((m): m is DraftTask => m.kind === "task");
  for (const task of tasks) {
    if (task.lead !== undefined) units.idOf(task.lead);
    for (const c of task.coordinating) units.idOf(c);
  }
  for (const u of units.entries) push({ type: "Unit", id: ident(u.id), label: text(u.name), roles: [], span: SPAN });

  // ---- body ----
  const taskIds = new IdAllocator();
  let deadlines = 0;
  let sectionItems = 0;
  const section = (s: DraftSection): A.SectionDecl => {
    sectionItems += s.items.length;
    const items = s.items.map((i) => text(i));
    const decl: A.SectionDecl = { type: "Section", name: s.name, items, span: SPAN };
    if (items.length === 1) push(decl, [...s.comments, ...(s.itemComments[0] ?? [])]);
    else {
      push(decl, s.comments);
      items.forEach((item, k) => {
        const c = s.itemComments[k] ?? [];
        if (c.length > 0) leading.set(item, [...c]);
      });
    }
    return decl;
  };
  for (const m of draft.members) {
    if (m.kind === "section") {
      section(m);
      continue;
    }
    const fields: A.TaskField[] = [];
    const tf = (f: A.TaskField, comments: readonly string[] = []): void => {
      fields.push(f);
      if (comments.length > 0) leading.set(f, comments.map(squash));
    };
    if (m.part !== undefined) tf({ type: "TaskField", name: "part", value: text(m.part), span: SPAN });
    if (m.lead !== undefined) tf({ type: "TaskField", name: "lead", value: ident(units.idOf(m.lead)), span: SPAN });
    const leadId = m.lead !== undefined ? units.idOf(m.lead) : undefined;
    const coord = [...new Set(m.coordinating.map((c) => units.idOf(c)))].filter((id) => id !== leadId);
    if (coord.length > 0) tf({ type: "TaskField", name: "coordinating", value: coord.map(ident), span: SPAN });
    if (m.timing) tf({ type: "TaskField", name: "timing", value: m.timing, span: SPAN }, m.timingComments);
    if (m.due) {
      deadlines++;
      tf({ type: "TaskField", name: "due", value: m.due, span: SPAN }, m.dueComments);
    }
    if (m.output !== undefined) tf({ type: "TaskField", name: "output", value: text(m.output), span: SPAN });
    for (const n of m.notes) tf({ type: "TaskField", name: "note", value: text(n), span: SPAN });
    const orphan = [...(m.timing ? [] : m.timingComments), ...(m.due ? [] : m.dueComments)];
    const id = taskIds.take(slug(m.label, 5, "nhiem-vu"));
    push({ type: "Task", id: ident(id), label: text(m.label), fields, span: SPAN }, [...m.comments, ...orphan]);
  }
  if (draft.recipients) section(draft.recipients);
  if (draft.signature) {
    const s = draft.signature;
    const fields: A.SignatureDecl["fields"][number][] = [];
    const sf = (name: A.SignatureFieldName, value: string | undefined): void => {
      if (value !== undefined) fields.push({ type: "SignatureField", name, value: text(value), span: SPAN });
    };
    sf("authority", s.authority);
    sf("position", s.position);
    sf("signer", s.signer);
    if (fields.length > 0) push({ type: "Signature", fields, span: SPAN }, s.comments);
    else note(s.comments);
  }
  // Comments after the last member stay with it: there is nothing after it to carry them.
  note(draft.trailing);
  if (carry.length > 0 && members.length > 0) attach(members[members.length - 1]!);

  const id = options.id ?? planId(draft);
  const plan: A.PlanDecl = { type: "Plan", kind: "plan", id: ident(id), members, span: SPAN };
  const document: A.Document = { type: "Document", file: options.source ?? "<import>", plan, span: SPAN };
  const top = [
    t(d, "Bản nháp do `kh import` tạo từ văn bản kế hoạch: cần rà soát trước khi dùng.", "Draft made by `kh import` from a plan text: review it before use."),
    ...(options.source !== undefined ? [t(d, `Nguồn: ${options.source}`, `Source: ${options.source}`)] : []),
  ];
  const stats: ImportStats = {
    tasks: tasks.length,
    units: units.entries.length,
    parents: parentIds.length,
    citations: draft.citations.length,
    deadlines,
    sectionItems,
    comments: draft.unplaced,
  };
  return { document, leading, top, stats };
}
