/**
 * Builds the typed AST from chevrotain's concrete syntax tree. Tolerates the partial trees that
 * error recovery leaves behind (missing children are skipped, never dereferenced), and reports
 * the value-level errors the grammar cannot see: impossible dates (KH105), invalid JSON in rules
 * (KH106), fields given twice (KH107).
 */
import type { CstNode, IToken } from "chevrotain";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Span } from "../diagnostics/span.js";
import type * as A from "./ast.js";
import { canonicalKeyword, type Dialect, type KeywordConcept } from "./keywords/table.js";
import { keywordConceptOf } from "./token-names.js";
import type { SourceText } from "./source.js";
import { makeDiagnostic as syntaxDiagnostic } from "../diagnostics/make.js";
import { DayMonth, IsoDate, NumberLiteral } from "./tokens.js";

/** The keyword concept a field is written with, to name it in the user's words. */
const FIELD_CONCEPT: Readonly<Record<string, KeywordConcept>> = {
  title: "Title",
  issuer: "Issuer",
  number: "Number",
  place: "Place",
  level: "Level",
  date: "DateField",
  period: "Period",
  implements: "Implements",
  appliesTo: "AppliesTo",
  leadRole: "Lead",
  due: "Due",
  waivable: "Waivable",
  kind: "Kind",
  note: "Note",
  covers: "Covers",
  lead: "Lead",
  coordinating: "Coordinating",
  timing: "Timing",
  output: "Output",
  part: "Part",
  authority: "Authority",
  position: "Position",
  signer: "Signer",
};

/** `áp dụng` in a Vietnamese message, `applies-to` in an English one (`lead role` for a lead role). */
function fieldKeyword(name: string, lang: Dialect): string {
  const c = FIELD_CONCEPT[name];
  if (!c) return name;
  const k = canonicalKeyword(c, lang);
  return name === "leadRole" ? `${k} ${canonicalKeyword("Role", lang)}` : k;
}

type Child = CstNode | IToken;
type Children = Record<string, Child[] | undefined>;

function isToken(c: Child | undefined): c is IToken {
  return c !== undefined && (c as IToken).image !== undefined;
}

export class AstBuilder {
  readonly diagnostics: Diagnostic[] = [];

  constructor(private readonly src: SourceText) {}

  // ---- spans -------------------------------------------------------------------------------

  spanOf(first: IToken, last: IToken = first): Span {
    return this.span(
      first.startOffset,
      first.startLine,
      first.startColumn,
      last.endOffset ?? last.startOffset,
      last.endLine,
      last.endColumn,
    );
  }

  /**
   * The span from the first to the last real token under a CST node (tokens inserted by error
   * recovery have no position and do not count), from the location chevrotain tracks for each
   * node; a one-character span at the start of the file when the node has no real token.
   */
  nodeSpan(node: CstNode): Span {
    const loc = node.location;
    if (loc === undefined || Number.isNaN(loc.startOffset)) return this.spanOf(DUMMY_TOKEN);
    return this.span(loc.startOffset, loc.startLine, loc.startColumn, loc.endOffset!, loc.endLine, loc.endColumn);
  }

  /** A span from the first character of one token to the last character of another. */
  private span(
    start: number,
    startLine: number | undefined,
    startColumn: number | undefined,
    lastChar: number,
    endLine: number | undefined,
    endColumn: number | undefined,
  ): Span {
    const src = this.src;
    const end = lastChar + 1;
    if (src.text === src.original) {
      const c = src.text.charCodeAt(lastChar);
      if (c === 10 || c === 13) {
        // The token ends with a line break (a JSON block left open at the end of the file):
        // the position just past it starts the next line (chevrotain's end is the break itself).
        const p = src.position(end);
        endLine = p.line;
        endColumn = p.column - 1;
      }
      return {
        file: src.file,
        line: startLine ?? 1,
        column: startColumn ?? 1,
        endLine: endLine ?? 1,
        endColumn: (endColumn ?? 0) + 1,
        offset: start,
        endOffset: end,
      };
    }
    const o1 = src.toOriginal(start);
    const o2 = src.toOriginal(end);
    const p1 = src.position(o1);
    const p2 = src.position(o2);
    return { file: src.file, line: p1.line, column: p1.column, endLine: p2.line, endColumn: p2.column, offset: o1, endOffset: o2 };
  }

  // ---- helpers -----------------------------------------------------------------------------

  private tok(ch: Children, name: string, i = 0): IToken | undefined {
    const c = ch[name]?.[i];
    return isToken(c) && !Number.isNaN(c.startOffset) ? c : undefined;
  }
  private toks(ch: Children, name: string): IToken[] {
    return (ch[name] ?? []).filter((c): c is IToken => isToken(c) && !Number.isNaN(c.startOffset));
  }
  private sub(ch: Children, name: string, i = 0): CstNode | undefined {
    const c = ch[name]?.[i];
    return c && !isToken(c) ? c : undefined;
  }
  private subs(ch: Children, name: string): CstNode[] {
    return (ch[name] ?? []).filter((c): c is CstNode => !isToken(c));
  }
  /** The keyword concept of the first keyword token among the children. */
  private keyConcept(ch: Children, name = "key"): string | undefined {
    const t = this.tok(ch, name);
    return t ? keywordConceptOf(t.tokenType.name) : undefined;
  }

  ident(t: IToken): A.Ident {
    return { type: "Ident", name: t.image, span: this.spanOf(t) };
  }

  text(t: IToken): A.Text {
    return { type: "Text", value: unquote(t.image), span: this.spanOf(t) };
  }

  // ---- document ----------------------------------------------------------------------------

  document(cst: CstNode, fileSpan: Span): A.Document {
    const plans = this.subs(cst.children as Children, "planDecl")
      .map((p) => this.plan(p))
      .filter((p): p is A.PlanDecl => p !== undefined);
    return this.documentOf(plans, fileSpan);
  }

  /** The document of the plans a file declares; KH109 for each plan after the first. */
  documentOf(plans: readonly A.PlanDecl[], fileSpan: Span): A.Document {
    for (const extra of plans.slice(1)) {
      this.diagnostics.push(
        syntaxDiagnostic("KH109", extra.span, {
          vi: `Tệp đã có kế hoạch \`${plans[0]!.id.name}\`; mỗi tệp chỉ chứa một kế hoạch`,
          en: `This file already holds plan \`${plans[0]!.id.name}\`; a file holds one plan`,
        }),
      );
    }
    return { type: "Document", file: this.src.file, plan: plans[0] ?? null, span: fileSpan };
  }

  private plan(node: CstNode): A.PlanDecl | undefined {
    const ch = node.children as Children;
    const idTok = this.tok(ch, "id");
    const kwTok = this.tok(ch, "Template") ?? this.tok(ch, "Plan");
    const kindTok = kwTok ?? this.toks(ch, Object.keys(ch)[0] ?? "")[0];
    if (!idTok || !kindTok) return undefined;
    const kind = keywordConceptOf(kindTok.tokenType.name) === "Template" ? "template" : "plan";
    const members: A.Member[] = [];
    for (const m of this.subs(ch, "member")) {
      const built = this.member(m);
      if (built) members.push(built);
    }
    return this.planOf(kind, idTok, members, this.nodeSpan(node));
  }

  planOf(kind: A.PlanDecl["kind"], idTok: IToken, members: A.Member[], span: Span): A.PlanDecl {
    this.checkDuplicateFields(members, "header");
    return { type: "Plan", kind, id: this.ident(idTok), members, span };
  }

  private member(node: CstNode): A.Member | undefined {
    const ch = node.children as Children;
    let name: string | undefined;
    for (const key in ch) {
      name = key;
      break;
    }
    const sub = name === undefined ? undefined : ch[name]?.[0];
    if (!name || !sub || isToken(sub)) return undefined;
    const c = sub.children as Children;
    const span = this.nodeSpan(sub);
    switch (name) {
      case "textField": {
        const v = this.tok(c, "value");
        const concept = this.keyConcept(c);
        if (!v || !concept) return undefined;
        const fieldName = ({ Title: "title", Issuer: "issuer", Number: "number", Place: "place" } as const)[
          concept as "Title" | "Issuer" | "Number" | "Place"
        ];
        return { type: "Field", name: fieldName, value: this.text(v), span };
      }
      case "levelField": {
        const v = this.tok(c, "value");
        return v ? { type: "Field", name: "level", value: this.ident(v), span } : undefined;
      }
      case "dateField": {
        const d = this.sub(c, "fullDate");
        const date = d && this.fullDate(d);
        return date ? { type: "Field", name: "date", value: date, span } : undefined;
      }
      case "periodField": {
        const t = this.sub(c, "timing");
        const timing = t && this.timing(t);
        return timing ? { type: "Field", name: "period", value: timing, span } : undefined;
      }
      case "implementsField": {
        const l = this.sub(c, "identList");
        return l ? { type: "Field", name: "implements", value: this.identList(l), span } : undefined;
      }
      case "roleDecl": {
        const id = this.tok(c, "id");
        const label = this.tok(c, "label");
        return id ? this.roleOf(id, label, span) : undefined;
      }
      case "unitDecl": {
        const id = this.tok(c, "id");
        const label = this.tok(c, "label");
        const roles = this.sub(c, "identList");
        return id ? this.unitOf(id, label, roles ? this.identList(roles) : [], span) : undefined;
      }
      case "mandateDecl": {
        const id = this.tok(c, "id");
        const label = this.tok(c, "label");
        const body = this.sub(c, "mandateBody");
        if (!id) return undefined;
        return this.mandateOf(id, label, body ? this.mandateFields(body) : [], span);
      }
      case "refineDecl": {
        const r = this.sub(c, "mandateRef");
        const target = r && this.mandateRef(r);
        const body = this.sub(c, "mandateBody");
        return target ? { type: "Refine", target, fields: body ? this.mandateFields(body) : [], span } : undefined;
      }
      case "taskDecl": {
        const id = this.tok(c, "id");
        const label = this.tok(c, "label");
        if (!id) return undefined;
        const fields = this.subs(c, "taskField")
          .map((f) => this.taskField(f))
          .filter((f): f is A.TaskField => f !== undefined);
        return this.taskOf(id, label, fields, span);
      }
      case "waiverDecl": {
        const r = this.sub(c, "mandateRef");
        const target = r && this.mandateRef(r);
        const reason = this.tok(c, "reason");
        return target ? this.waiverOf(target, reason, span) : undefined;
      }
      case "sectionDecl": {
        const concept = this.keyConcept(c);
        const sectionName = concept && SECTION_OF[concept];
        if (!sectionName) return undefined;
        return { type: "Section", name: sectionName, items: this.toks(c, "item").map((t) => this.text(t)), span };
      }
      case "signatureDecl": {
        const keys = this.toks(c, "key");
        const values = this.toks(c, "value");
        const fields: A.SignatureDecl["fields"][number][] = [];
        keys.forEach((k, i) => {
          const v = values[i];
          const n = SIGNATURE_OF[keywordConceptOf(k.tokenType.name) ?? ""];
          if (v && n) fields.push({ type: "SignatureField", name: n, value: this.text(v), span: this.spanOf(k, v) });
        });
        this.checkDuplicateFields(fields, "signature");
        return { type: "Signature", fields, span };
      }
      case "requiresDecl": {
        const sections = this.subs(c, "sectionName").flatMap((s) => {
          const t = this.tok(s.children as Children, "key");
          const concept = t && keywordConceptOf(t.tokenType.name);
          const n: A.SectionName | "signature" | undefined =
            concept === "Signature" ? "signature" : concept ? SECTION_OF[concept] : undefined;
          return t && n ? [{ type: "SectionRef" as const, name: n, span: this.spanOf(t) }] : [];
        });
        return { type: "Requires", sections, span };
      }
      case "ruleDecl": {
        const id = this.tok(c, "id");
        const label = this.tok(c, "label");
        const sev = this.tok(c, "severity");
        const json = this.tok(c, "JsonBlock");
        if (!id || !json) return undefined;
        return this.ruleOf(id, label, sev, json, span);
      }
      default:
        return undefined;
    }
  }

  /** A rule, its JSON parsed (KH106 when it does not parse). */
  ruleOf(id: IToken, label: IToken | undefined, sev: IToken | undefined, json: IToken, span: Span): A.RuleDecl {
    const sourceSpan = this.spanOf(json);
    let logic: unknown;
    try {
      logic = JSON.parse(json.image);
    } catch (e) {
      this.diagnostics.push(
        syntaxDiagnostic("KH106", sourceSpan, {
          vi: `JSON của quy tắc \`${id.image}\` không hợp lệ: ${(e as Error).message}`,
          en: `The JSON of rule \`${id.image}\` is invalid: ${(e as Error).message}`,
        }),
      );
    }
    const ident = this.ident(id);
    const text = label && this.text(label);
    const severity = sev && this.ident(sev);
    const source = json.image;
    // Optional keys only when present, in this order (no object spread: it is slow).
    if (text && severity) return { type: "Rule", id: ident, label: text, severity, logic, source, sourceSpan, span };
    if (text) return { type: "Rule", id: ident, label: text, logic, source, sourceSpan, span };
    if (severity) return { type: "Rule", id: ident, severity, logic, source, sourceSpan, span };
    return { type: "Rule", id: ident, logic, source, sourceSpan, span };
  }

  roleOf(id: IToken, label: IToken | undefined, span: Span): A.RoleDecl {
    return label ? { type: "Role", id: this.ident(id), label: this.text(label), span } : { type: "Role", id: this.ident(id), span };
  }

  unitOf(id: IToken, label: IToken | undefined, roles: A.Ident[], span: Span): A.UnitDecl {
    return label
      ? { type: "Unit", id: this.ident(id), label: this.text(label), roles, span }
      : { type: "Unit", id: this.ident(id), roles, span };
  }

  /** A mandate (its fields already checked for duplicates). */
  mandateOf(id: IToken, label: IToken | undefined, fields: A.MandateField[], span: Span): A.MandateDecl {
    return label
      ? { type: "Mandate", id: this.ident(id), label: this.text(label), fields, span }
      : { type: "Mandate", id: this.ident(id), fields, span };
  }

  /** A task; KH107 for its fields given twice. */
  taskOf(id: IToken, label: IToken | undefined, fields: A.TaskField[], span: Span): A.TaskDecl {
    this.checkDuplicateFields(fields, "task");
    return label
      ? { type: "Task", id: this.ident(id), label: this.text(label), fields, span }
      : { type: "Task", id: this.ident(id), fields, span };
  }

  waiverOf(target: A.MandateRef, reason: IToken | undefined, span: Span): A.WaiverDecl {
    return reason ? { type: "Waiver", target, reason: this.text(reason), span } : { type: "Waiver", target, span };
  }

  private mandateFields(body: CstNode): A.MandateField[] {
    const out: A.MandateField[] = [];
    for (const f of this.subs(body.children as Children, "mandateField")) {
      const c = f.children as Children;
      const span = this.nodeSpan(f);
      if (c.AppliesTo) {
        const l = this.sub(c, "identList");
        if (l) out.push({ type: "MandateField", name: "appliesTo", value: this.identList(l), span });
      } else if (c.Lead) {
        const r = this.tok(c, "role");
        if (r) out.push({ type: "MandateField", name: "leadRole", value: this.ident(r), span });
      } else if (c.Due) {
        const t = this.sub(c, "timing");
        const timing = t && this.timing(t);
        if (timing) out.push({ type: "MandateField", name: "due", value: timing, span });
      } else if (c.Waivable) {
        if (c.Yes || c.No) out.push({ type: "MandateField", name: "waivable", value: !!c.Yes, span });
      } else if (c.Kind) {
        const k = this.tok(c, "kindValue");
        if (k) out.push({ type: "MandateField", name: "kind", value: this.ident(k), span });
      } else if (c.Note) {
        const s = this.tok(c, "StringLiteral");
        if (s) out.push({ type: "MandateField", name: "note", value: this.text(s), span });
      }
    }
    this.checkDuplicateFields(out, "mandate");
    return out;
  }

  private taskField(f: CstNode): A.TaskField | undefined {
    const c = f.children as Children;
    const span = this.nodeSpan(f);
    if (c.Covers) {
      const refs = this.subs(c, "mandateRef")
        .map((r) => this.mandateRef(r))
        .filter((r): r is A.MandateRef => r !== undefined);
      return { type: "TaskField", name: "covers", value: refs, span };
    }
    if (c.Lead) {
      const u = this.tok(c, "unit");
      return u ? { type: "TaskField", name: "lead", value: this.ident(u), span } : undefined;
    }
    if (c.Coordinating) {
      const l = this.sub(c, "identList");
      return l ? { type: "TaskField", name: "coordinating", value: this.identList(l), span } : undefined;
    }
    if (c.Timing || c.Due) {
      const t = this.sub(c, "timing");
      const timing = t && this.timing(t);
      return timing ? { type: "TaskField", name: c.Timing ? "timing" : "due", value: timing, span } : undefined;
    }
    if (c.Output || c.Note || c.Part) {
      const s = this.tok(c, "StringLiteral");
      return s ? { type: "TaskField", name: c.Output ? "output" : c.Note ? "note" : "part", value: this.text(s), span } : undefined;
    }
    return undefined;
  }

  /** KH107: a field given twice in one block. */
  checkDuplicateFields(fields: readonly A.Member[] | readonly { type: string; name?: string; span: Span }[], where: string): void {
    const seen = new Map<string, Span>();
    const repeatable = where === "header" ? NOTHING_REPEATABLE : REPEATABLE_FIELDS;
    for (const f of fields as readonly { type: string; name?: string; span: Span }[]) {
      if (!f.name || !f.type.endsWith("Field") || repeatable.has(f.name)) continue;
      const prev = seen.get(f.name);
      if (prev) {
        this.diagnostics.push(
          syntaxDiagnostic(
            "KH107",
            f.span,
            { vi: `Trường \`${fieldKeyword(f.name, "vi")}\` đã được khai báo`, en: `Field \`${fieldKeyword(f.name, "en")}\` is already given` },
            [{ span: prev, message: { vi: "khai báo lần đầu ở đây", en: "first given here" } }],
          ),
        );
      } else seen.set(f.name, f.span);
    }
  }

  private identList(node: CstNode): A.Ident[] {
    return this.toks(node.children as Children, "Identifier").map((t) => this.ident(t));
  }

  private mandateRef(node: CstNode): A.MandateRef | undefined {
    const c = node.children as Children;
    const first = this.tok(c, "first");
    if (!first) return undefined;
    return this.mandateRefOf(first, this.tok(c, "second"));
  }

  mandateRefOf(first: IToken, second: IToken | undefined): A.MandateRef {
    return second
      ? { type: "MandateRef", origin: first.image, name: second.image, span: this.spanOf(first, second) }
      : { type: "MandateRef", name: first.image, span: this.spanOf(first) };
  }

  // ---- dates and timing --------------------------------------------------------------------

  private fullDate(node: CstNode): A.DateValue | undefined {
    const c = node.children as Children;
    const t = this.tok(c, "DateLiteral") ?? this.tok(c, "IsoDate");
    return t && this.dateToken(t);
  }

  /** The date a token writes (any date token, or a day number); KH105 when it does not exist. */
  dateToken(t: IToken): A.DateValue {
    const span = this.spanOf(t);
    const parts = numbersOf(t.image);
    let day: number;
    let month: number;
    let year: number | undefined;
    switch (t.tokenType) {
      case IsoDate:
        [year, month, day] = parts as [number, number, number];
        break;
      case DayMonth:
        [day, month] = parts as [number, number];
        break;
      case NumberLiteral:
        day = parts[0]!;
        month = 0;
        break;
      default:
        [day, month, year] = parts as [number, number, number];
    }
    if (!validDate(day, month, year)) {
      this.diagnostics.push(
        syntaxDiagnostic("KH105", span, {
          vi: `Ngày \`${t.image}\` không tồn tại`,
          en: `The date \`${t.image}\` does not exist`,
        }),
      );
    }
    return year === undefined ? { type: "Date", day, month, span } : { type: "Date", day, month, year, span };
  }

  timing(node: CstNode): A.Timing | undefined {
    const c = node.children as Children;
    const span = this.nodeSpan(node);
    if (c.Continuous) return { type: "Timing", kind: "continuous", span };
    const deadlineList = this.sub(c, "deadlineList");
    const recurrence = this.sub(c, "recurrence");
    if (deadlineList || recurrence) {
      const dates = deadlineList
        ? this.subs(deadlineList.children as Children, "deadlineDate").flatMap((d) => {
            const dc = d.children as Children;
            const day = this.tok(dc, "day");
            const month = this.tok(dc, "month");
            if (day && month) return [this.dayMonthOf(day, month, this.tok(dc, "year"))];
            const t = firstToken(d);
            return t ? [this.dateToken(t)] : [];
          })
        : [];
      const rc = recurrence?.children as Children | undefined;
      const every = rc?.EveryQuarter ? "quarter" : rc?.EveryMonth ? "month" : "year";
      return this.deadlines(dates, recurrence ? every : undefined, span);
    }
    const froms = this.subs(c, "from");
    if (froms.length > 0) {
      const from = this.fullDate(froms[0]!);
      const toNode = this.sub(c, "to");
      const to = toNode && this.fullDate(toNode);
      if (!from) return undefined;
      return this.dateOrRange(from, to, span);
    }
    const yearTok = this.tok(c, "year");
    const year = yearTok ? Number(yearTok.image) : NaN;
    const yearRange = this.tok(c, "YearRange");
    if (yearRange) return this.yearsOf(yearRange, span);
    if (c.QuarterCode && yearTok) {
      return { type: "Timing", kind: "quarter", quarter: Number(this.tok(c, "QuarterCode")!.image.slice(1)), year, span };
    }
    if (c.QuarterWord) {
      const t = this.tok(c, "RomanPeriod") ?? this.tok(c, "MonthYear");
      if (t) return this.quarterOf(t, span);
      const q = this.tok(c, "quarter");
      return q && yearTok && this.quarterValue(q.image, year, this.spanOf(q), span);
    }
    if (c.MonthWord) {
      const t = this.tok(c, "MonthYear");
      if (t) return this.monthOf(t, span);
      const m = this.tok(c, "month");
      return m && yearTok && this.monthValue(Number(m.image), year, this.spanOf(m), span);
    }
    if ((c.HalfCode || c.FirstHalf || c.SecondHalf) && yearTok) {
      const half = c.FirstHalf ? 1 : c.SecondHalf ? 2 : this.tok(c, "HalfCode")!.image.endsWith("1") ? 1 : 2;
      return { type: "Timing", kind: "half", half, year, span };
    }
    if (c.Year && yearTok) return { type: "Timing", kind: "year", year, span };
    if (c.After) {
      const t = this.tok(c, "task");
      return t ? { type: "Timing", kind: "after", task: this.ident(t), span } : undefined;
    }
    return undefined;
  }

  /** Deadlines, maybe recurring: one full date without recurrence is a `before` timing. */
  deadlines(dates: A.DateValue[], every: A.RecurrenceUnit | undefined, span: Span): A.Timing {
    if (every === undefined && dates.length === 1 && dates[0]!.year !== undefined) {
      return { type: "Timing", kind: "before", date: dates[0]!, span };
    }
    return { type: "Timing", kind: "recurring", every: every ?? "year", before: dates, span };
  }

  /** A date, or a range of dates (KH105 when it ends before it starts). */
  dateOrRange(from: A.DateValue, to: A.DateValue | undefined, span: Span): A.Timing {
    if (!to) return { type: "Timing", kind: "date", date: from, span };
    if (from.year !== undefined && to.year !== undefined && dateKey(to) < dateKey(from)) {
      this.diagnostics.push(
        syntaxDiagnostic("KH105", span, {
          vi: "Khoảng thời gian kết thúc trước khi bắt đầu",
          en: "The range ends before it starts",
        }),
      );
    }
    return { type: "Timing", kind: "range", from, to, span };
  }

  /** `quý II/2024`, `quý 2/2024` (KH105 for a quarter outside 1–4). */
  quarterOf(t: IToken, span: Span): A.Timing {
    const [q, y] = t.image.split("/") as [string, string];
    return this.quarterValue(q, Number(y), this.spanOf(t), span);
  }

  /** A quarter written `II`, `ii` or `2` (KH105 at `at` when it is not 1–4). */
  quarterValue(q: string, year: number, at: Span, span: Span): A.Timing {
    const quarter = ROMAN[q.toUpperCase()] ?? Number(q);
    if (!(quarter >= 1 && quarter <= 4)) {
      this.diagnostics.push(syntaxDiagnostic("KH105", at, { vi: `Quý \`${q}\` không tồn tại (I–IV)`, en: `Quarter \`${q}\` does not exist (1–4)` }));
    }
    return { type: "Timing", kind: "quarter", quarter, year, span };
  }

  /** `tháng 3/2024` (KH105 for a month outside 1–12). */
  monthOf(t: IToken, span: Span): A.Timing {
    const [m, y] = t.image.split("/").map(Number) as [number, number];
    return this.monthValue(m, y, this.spanOf(t), span);
  }

  /** A month of a year (KH105 at `at` when it is not 1–12). */
  monthValue(month: number, year: number, at: Span, span: Span): A.Timing {
    if (month < 1 || month > 12) {
      this.diagnostics.push(syntaxDiagnostic("KH105", at, { vi: `Tháng \`${month}\` không tồn tại`, en: `Month \`${month}\` does not exist` }));
    }
    return { type: "Timing", kind: "month", month, year, span };
  }

  /** `2025 - 2030`: from 1 January of the first year to 31 December of the last (KH105 when reversed). */
  yearsOf(t: IToken, span: Span): A.Timing {
    const [from, to] = (t.image.match(/\d{4}/g) ?? []).map(Number) as [number, number];
    const at = this.spanOf(t);
    if (!validDate(1, 1, from) || !validDate(1, 1, to)) {
      this.diagnostics.push(syntaxDiagnostic("KH105", at, { vi: `Năm trong \`${t.image}\` không hợp lệ`, en: `A year in \`${t.image}\` is out of range` }));
    }
    return this.dateOrRange({ type: "Date", day: 1, month: 1, year: from, span: at }, { type: "Date", day: 31, month: 12, year: to, span: at }, span);
  }

  /** `15 tháng 11`, `15 tháng 11 năm 2025`: a deadline written in words (KH105 when it does not exist). */
  dayMonthOf(day: IToken, month: IToken, year: IToken | undefined): A.DateValue {
    const span = this.spanOf(day, year ?? month);
    const d = Number(day.image);
    const m = Number(month.image);
    const y = year === undefined ? undefined : Number(year.image);
    if (!validDate(d, m, y)) {
      const written = `${day.image} tháng ${month.image}${year ? ` năm ${year.image}` : ""}`;
      this.diagnostics.push(syntaxDiagnostic("KH105", span, { vi: `Ngày \`${written}\` không tồn tại`, en: `The date \`${written}\` does not exist` }));
    }
    return y === undefined ? { type: "Date", day: d, month: m, span } : { type: "Date", day: d, month: m, year: y, span };
  }
}

/** Fields that may be given more than once in a mandate or task. */
const REPEATABLE_FIELDS: ReadonlySet<string> = new Set(["covers", "note"]);
const NOTHING_REPEATABLE: ReadonlySet<string> = new Set();

const ROMAN: Readonly<Record<string, number>> = { I: 1, II: 2, III: 3, IV: 4 };

export const SECTION_OF: Readonly<Record<string, A.SectionName>> = {
  Purposes: "purposes",
  Requirements: "requirements",
  Mandate: "requirements",
  Audiences: "audiences",
  Forms: "forms",
  Budget: "budget",
  Recipients: "recipients",
};

export const SIGNATURE_OF: Readonly<Record<string, A.SignatureFieldName>> = {
  Authority: "authority",
  Position: "position",
  Signer: "signer",
};

/** The numbers of a date written with `/` or `-` (as `image.split(/[/-]/).map(Number)`). */
function numbersOf(image: string): number[] {
  const parts: number[] = [];
  let start = 0;
  for (let k = 0; k <= image.length; k++) {
    const c = image.charCodeAt(k);
    if (k === image.length || c === 47 /* / */ || c === 45 /* - */) {
      parts.push(Number(image.slice(start, k)));
      start = k + 1;
    }
  }
  return parts;
}

function dateKey(d: A.DateValue): number {
  return (d.year ?? 0) * 10000 + d.month * 100 + d.day;
}

/** True when the day exists; month 0 means "day of every month" (1–31). */
export function validDate(day: number, month: number, year?: number): boolean {
  if (month === 0) return day >= 1 && day <= 31;
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year === undefined || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0));
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= days && (year === undefined || (year >= 1900 && year <= 2200));
}

function firstToken(node: CstNode): IToken | undefined {
  for (const list of Object.values(node.children as Children)) {
    for (const c of list ?? []) {
      if (isToken(c)) {
        if (!Number.isNaN(c.startOffset)) return c;
      } else {
        const t = firstToken(c);
        if (t) return t;
      }
    }
  }
  return undefined;
}

/** Stands for a node without any real token: a one-character span at the start of the file. */
const DUMMY_TOKEN = { image: "", startOffset: 0, endOffset: 0, startLine: 1, startColumn: 1, endLine: 1, endColumn: 0 } as IToken;

/** The value of a string token: straight quotes with JSON escapes, or typographic quotes. */
export function unquote(image: string): string {
  if (image.startsWith("“")) return image.slice(1, image.endsWith("”") ? -1 : undefined);
  const body = image.endsWith('"') && image.length > 1 ? image.slice(1, -1) : image.slice(1);
  if (!body.includes("\\")) return body;
  return body.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_, e: string) => {
    switch (e[0]) {
      case "n":
        return "\n";
      case "t":
        return "\t";
      case "u":
        return e.length === 5 ? String.fromCharCode(parseInt(e.slice(1), 16)) : e;
      default:
        return e;
    }
  });
}
