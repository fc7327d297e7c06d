/**
 * `kh derive`: drafts a plan that implements a template, for one level and issuer. The draft is
 * built as an AST and printed by the formatter, so it is exactly what `kh fmt` writes. What the
 * template demands at that level is not recomputed here: a header-only draft is resolved in the
 * workspace by the resolver, which gives the applicable mandates (the same applicability the
 * coverage rule uses), their effective deadlines after every refinement, the roles and the
 * required sections. Each applicable mandate gets a task stub; what only the author knows (the
 * units) is left as placeholders, which `kh check` reports as KH701 at the line to edit.
 */
import { expandPlan } from "../calendar/expand.js";
import { DEFAULT_CALENDAR_SETTINGS, type CalendarSettings } from "../calendar/settings.js";
import { WorkingCalendar } from "../calendar/working-days.js";
import { checkParsed, parseSources, type SourceFile } from "../check/check.js";
import type { PackRule } from "../check/jsonlogic/index.js";
import { PLACEHOLDER_UNIT, placeholderText } from "../check/rules/placeholders.js";
import type { Bilingual, Diagnostic } from "../diagnostics/diagnostic.js";
import { formatText, printDocument } from "../format/format.js";
import { headerOf } from "../resolve/header.js";
import { levelTable, type LevelTable } from "../resolve/levels.js";
import type { InheritedMandate, ResolvedPlanInternals } from "../resolve/model.js";
import { resolveWorkspace, type ParsedFile } from "../resolve/resolver.js";
import { suggest } from "../resolve/suggest.js";
import type { Member, SectionName, TaskField } from "../syntax/ast.js";
import type { Dialect } from "../syntax/keywords/table.js";
import { parse } from "../syntax/parse.js";
import { AstBuilder } from "./ast-build.js";
import { insertComments } from "./comments.js";
import { chooseTimings, type DeadlineContext } from "./deadline.js";
import { defaultPlanId, derivedTitle, IdPool, isIdentifier, levelSpelling } from "./names.js";
import * as notes from "./notes.js";

export interface DeriveRequest {
  /** The plan id of the template to implement. */
  readonly template: string;
  /** The level of the new plan, by any name the level table accepts. */
  readonly level: string;
  readonly issuer: string;
  /** The new plan's id; default: the template's id and a slug of the issuer. */
  readonly id?: string;
  /** The keyword language of the new plan; default: the template's. */
  readonly dialect?: Dialect;
  /** Where the plan will be written (as shown to users); a file of that name is being replaced. */
  readonly file?: string;
}

export interface DeriveWorkspace {
  /** Every plan file of the workspace, the template included. */
  readonly sources: readonly SourceFile[];
  readonly levels?: LevelTable;
  readonly calendar?: CalendarSettings;
  readonly rulePacks?: readonly PackRule[];
}

export interface DerivedPlan {
  readonly id: string;
  readonly file: string;
  readonly text: string;
  readonly dialect: Dialect;
  /** Canonical id of the plan's level. */
  readonly level: string;
  /** How many applicable mandates the stubs cover. */
  readonly mandates: number;
  readonly tasks: number;
  /** What `kh check` says about the draft in its workspace: KH701 placeholders only, by design. */
  readonly diagnostics: readonly Diagnostic[];
}

export type DeriveProblemKind = "template-not-found" | "template-errors" | "unknown-level" | "no-mandates" | "bad-issuer" | "bad-id" | "id-taken";

export interface DeriveProblem {
  readonly kind: DeriveProblemKind;
  readonly message: Bilingual;
  /** The template's own errors, for `template-errors`. */
  readonly diagnostics?: readonly Diagnostic[];
}

export type DeriveResult = { readonly ok: true; readonly plan: DerivedPlan } | { readonly ok: false; readonly problem: DeriveProblem };

const fail = (kind: DeriveProblemKind, message: Bilingual, diagnostics?: readonly Diagnostic[]): DeriveResult => ({
  ok: false,
  problem: { kind, message, ...(diagnostics && { diagnostics }) },
});

/** Sections in the order of the official document; `budget` is always drafted (every plan states its funding). */
const SECTIONS_BEFORE_TASKS: readonly SectionName[] = ["purposes", "requirements", "audiences", "forms"];
const SECTIONS_AFTER_TASKS: readonly SectionName[] = ["budget", "recipients"];

export async function derivePlan(req: DeriveRequest, ws: DeriveWorkspace): Promise<DeriveResult> {
  const levels = ws.levels ?? levelTable();
  const settings = ws.calendar ?? DEFAULT_CALENDAR_SETTINGS;
  const all = parseSources(ws.sources);
  const ids = new Map<string, ParsedFile[]>();
  for (const f of all) {
    const id = f.parsed.document.plan?.id.name;
    if (id !== undefined) ids.set(id, [...(ids.get(id) ?? []), f]);
  }

  // the template
  const template = ids.get(req.template)?.[0];
  if (!template?.parsed.document.plan) {
    const s = suggest(req.template, ids.keys());
    return fail("template-not-found", {
      vi: `Không tìm thấy kế hoạch \`${req.template}\` trong không gian làm việc${s ? `; có phải ý bạn là \`${s}\`?` : ""}`,
      en: `No plan \`${req.template}\` in the workspace${s ? `; did you mean \`${s}\`?` : ""}`,
    });
  }
  const syntax = template.parsed.diagnostics.filter((d) => d.severity === "error");
  if (syntax.length > 0) {
    return fail("template-errors", { vi: `Kế hoạch \`${req.template}\` có lỗi cú pháp`, en: `Plan \`${req.template}\` has syntax errors` }, syntax);
  }
  const templateDecl = template.parsed.document.plan;
  const header = headerOf(templateDecl);

  // the request
  const level = levels.lookup(req.level);
  if (!level) {
    const s = suggest(req.level, levels.names);
    const known = levels.levels.map((l) => l.id).join(", ");
    return fail("unknown-level", {
      vi: `Cấp \`${req.level}\` không có trong danh sách cấp (${known})${s ? `; có phải ý bạn là \`${s}\`?` : ""}`,
      en: `Level \`${req.level}\` is not a known level (${known})${s ? `; did you mean \`${s}\`?` : ""}`,
    });
  }
  const issuer = req.issuer.trim();
  if (issuer === "" || /[\r\n]/.test(issuer)) {
    return fail("bad-issuer", { vi: "Cần tên cơ quan ban hành trên một dòng (--issuer)", en: "The issuing body (--issuer) must be one non-empty line" });
  }
  const dialect = req.dialect ?? template.parsed.dialect;
  const id = req.id ?? defaultPlanId(req.template, issuer);
  if (!isIdentifier(id)) {
    return fail("bad-id", { vi: `\`${id}\` không phải mã kế hoạch hợp lệ`, en: `\`${id}\` is not a valid plan id` });
  }
  const file = req.file ?? `${id}.kh`;
  const taken = (ids.get(id) ?? []).find((f) => f.file !== file);
  if (taken) {
    return fail("id-taken", { vi: `Mã kế hoạch \`${id}\` đã được dùng ở ${taken.file}; chọn mã khác bằng --id`, en: `Plan id \`${id}\` is already used by ${taken.file}; choose another with --id` });
  }
  const others = all.filter((f) => f !== template && f.file !== file);

  // the header, then what the workspace says a plan with this header inherits
  const b = new AstBuilder(file);
  const head: Member[] = [b.textField("title", derivedTitle(header.title ?? null, issuer)), b.textField("issuer", issuer), b.levelField(levelSpelling(level, dialect))];
  const period = templateDecl.members.find((m) => m.type === "Field" && m.name === "period");
  if (period) head.push(period);
  head.push(b.implementsField([req.template]));
  const probe = parse(printDocument(b.plan(id, head), dialect), file);
  if (probe.diagnostics.some((d) => d.severity === "error")) {
    // the header is made of escaped texts and known names: only the id can break it
    return fail("bad-id", {
      vi: `\`${id}\` không dùng được làm mã kế hoạch (đọc thành từ khóa); chọn mã khác bằng --id`,
      en: `\`${id}\` cannot be a plan id (it reads as a keyword); choose another with --id`,
    });
  }
  const resolved = resolveWorkspace({ files: [{ file, parsed: probe }, template], library: others, levels });
  const plan = resolved.plans.get(id);
  const templateErrors = resolved.diagnostics.filter((d) => d.span.file === template.file && d.severity === "error");
  if (!plan || templateErrors.length > 0) {
    return fail("template-errors", { vi: `Kế hoạch \`${req.template}\` có lỗi`, en: `Plan \`${req.template}\` has errors` }, templateErrors);
  }
  const applicable = orderForReading(plan.inherited.filter((m) => m.model.applicable));
  if (applicable.length === 0) return noMandates(req, level.id, plan, levels);

  // the body
  const members: Member[] = [...head];
  const comments = new Map<number, string[]>();
  const note = (lines: readonly string[]) => {
    if (lines.length > 0) comments.set(members.length, [...(comments.get(members.length) ?? []), ...lines]);
  };
  const needed = [...new Set(applicable.flatMap((m) => (m.model.leadRole ? [m.model.leadRole] : [])))].sort();
  const roleLabels = new Map(plan.model.roles.map((r) => [r.id, r.label]));
  comments.set(3, notes.issueNotes(dialect)); // above the member after `level`
  if (needed.length > 0) note(notes.roleUnitNotes(dialect));
  for (const role of needed) members.push(b.unit(role, placeholderText(dialect, notes.roleUnitWhat(role, roleLabels.get(role) ?? null)), [role]));
  note(notes.otherRoleNotes(dialect, plan.model.roles.filter((r) => !needed.includes(r.id))));
  const required = new Set(plan.requires.map((r) => r.name));
  for (const s of SECTIONS_BEFORE_TASKS) if (required.has(s)) members.push(b.section(s, [placeholderText(dialect, notes.SECTION_WHAT[s])]));

  const cal = new WorkingCalendar(settings);
  const parent = resolved.plans.get(req.template);
  const parentItems = parent ? expandPlan(parent, cal).items : [];
  const duplicated = new Set(plan.inherited.map((m) => m.model.id).filter((x, i, a) => a.indexOf(x) !== i));
  const taskIds = new IdPool();
  let placeholderNoted = false;
  let tasks = 0;
  for (const m of applicable) {
    const qualified = duplicated.has(m.model.id);
    const ref = qualified ? `${m.origin}:${m.model.id}` : m.model.id;
    const ctx: DeadlineContext = {
      period: plan.period,
      calendar: cal,
      settings,
      parentDeadlines: parentItems.flatMap((x) => {
        const c = x.kind === "continuous" ? undefined : x.mandates.find((c) => c.origin === m.origin && c.id === m.model.id);
        return c ? [{ day: x.end, serves: c.occurrence?.end ?? null }] : [];
      }),
    };
    const choice = chooseTimings(m, ctx, b);
    const lead = m.model.leadRole ?? PLACEHOLDER_UNIT[dialect];
    const groups = choice.tasks.length > 0 ? choice.tasks : [{}];
    groups.forEach((g, i) => {
      if (i === 0) {
        if (!m.model.leadRole && !placeholderNoted) {
          note(notes.placeholderLeadNotes(dialect));
          placeholderNoted = true;
        }
        if (m.model.waivable) note(notes.waivableNotes(dialect, ref));
        note(notes.movedNotes(dialect, choice.moved));
        if (choice.outsidePeriod) note(notes.outsidePeriodNotes(dialect));
      }
      const fields: TaskField[] = [b.covers(b.mandateRef(m.model.id, qualified ? m.origin : undefined)), b.lead(lead)];
      if (g.timing) fields.push(b.timingField("timing", g.timing));
      if (g.due) fields.push(b.timingField("due", g.due));
      const taskId = taskIds.take(qualified ? `${m.origin}.${m.model.id}` : m.model.id);
      members.push(b.task(taskId, m.model.title ?? placeholderText(dialect, notes.TASK_TEXT_WHAT), fields));
      tasks++;
    });
  }

  for (const s of SECTIONS_AFTER_TASKS) if (required.has(s) || s === "budget") members.push(b.section(s, [placeholderText(dialect, notes.SECTION_WHAT[s])]));
  if (required.has("signature")) {
    members.push(
      b.signature(
        (["position", "signer"] as const).map((name) => ({ name, value: placeholderText(dialect, notes.SIGNATURE_WHAT[name]!) })),
      ),
    );
  }

  const printed = insertComments(printDocument(b.plan(id, members), dialect), {
    header: notes.headerNotes(dialect, req.template, header.title ?? null),
    members: comments,
  });
  const formatted = await formatText(printed, { filepath: file });
  const text = formatted.formatted;
  if (text === null) {
    const first = formatted.diagnostics.find((d) => d.severity === "error");
    return fail("bad-id", {
      vi: `Kế hoạch tạo ra không đọc được (${first?.message.vi ?? "lỗi cú pháp"}); kiểm tra --id và --issuer`,
      en: `The drafted plan does not parse (${first?.message.en ?? "syntax error"}); check --id and --issuer`,
    });
  }
  const check = checkParsed([{ file, parsed: parse(text, file) }], [template, ...others], levels, [], ws.rulePacks ?? [], settings);
  return {
    ok: true,
    plan: {
      id,
      file,
      text,
      dialect,
      level: level.id,
      mandates: applicable.length,
      tasks,
      diagnostics: check.report.diagnostics.filter((d) => d.span.file === file),
    },
  };
}

/** Mandates from the farthest origin first, then by origin and by their order in its file. */
function orderForReading(ms: readonly InheritedMandate[]): InheritedMandate[] {
  const height = (m: InheritedMandate) => Math.max(0, ...m.model.chains.map((c) => c.length));
  return [...ms].sort(
    (a, b) => height(b) - height(a) || (a.origin < b.origin ? -1 : a.origin > b.origin ? 1 : 0) || a.decl.span.offset - b.decl.span.offset,
  );
}

function noMandates(req: DeriveRequest, level: string, plan: ResolvedPlanInternals, levels: LevelTable): DeriveResult {
  const bound = new Set(plan.inherited.flatMap((m) => m.model.appliesTo));
  const withMandates = levels.levels.filter((l) => bound.has(l.id)).map((l) => l.id);
  const list = withMandates.join(", ");
  return fail(
    "no-mandates",
    withMandates.length > 0
      ? {
          vi: `\`${req.template}\` không có yêu cầu nào áp dụng cho cấp ${level}; các cấp có yêu cầu: ${list}`,
          en: `\`${req.template}\` has no mandate that applies at level ${level}; levels with mandates: ${list}`,
        }
      : { vi: `\`${req.template}\` không có yêu cầu nào cho cấp dưới`, en: `\`${req.template}\` has no mandates for lower levels` },
  );
}
