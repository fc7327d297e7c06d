/**
 * Responsibility (KH4xx): every task has exactly one lead unit, coordinating units are
 * optional, no unit is named twice, every unit and role reference resolves, every role an
 * applicable mandate names is bound to a unit, and such a mandate is covered by a task that
 * unit leads.
 */
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { makeDiagnostic } from "../../diagnostics/make.js";
import type { Ident, UnitDecl } from "../../syntax/ast.js";
import { suggest, withReplacement } from "../../resolve/suggest.js";
import { canonicalKeyword as kw } from "../../syntax/keywords/table.js";
import type { PlanRule } from "./context.js";

export const responsibilityRule: PlanRule = ({ plan }) => {
  const out: Diagnostic[] = [];
  const units = new Map<string, UnitDecl>();
  for (const m of plan.decl.members) if (m.type === "Unit" && !units.has(m.id.name)) units.set(m.id.name, m);
  const roleIds = new Set(plan.model.roles.map((r) => r.id));

  const unknownUnit = (id: Ident) => {
    const s = suggest(id.name, units.keys());
    out.push(
      withReplacement(makeDiagnostic(
        "KH403",
        id.span,
        { vi: `Đơn vị \`${id.name}\` chưa được khai báo`, en: `Unit \`${id.name}\` is not declared` },
        s ? [{ span: units.get(s)!.id.span, message: { vi: `đơn vị \`${s}\``, en: `unit \`${s}\`` } }] : [],
        s ? { vi: `có phải ý bạn là \`${s}\`?`, en: `did you mean \`${s}\`?` } : { vi: `khai báo \`${kw("Unit", plan.dialect)} ${id.name} "Tên đơn vị"\``, en: `declare \`${kw("Unit", plan.dialect)} ${id.name} "Unit name"\`` },
      ), id.span, s),
    );
  };

  for (const t of plan.tasks) {
    const leads = t.fields.filter((f) => f.name === "lead");
    if (leads.length === 0) {
      out.push(
        makeDiagnostic("KH401", t.id.span, {
          vi: `Nhiệm vụ \`${t.id.name}\` chưa có đơn vị chủ trì`,
          en: `Task \`${t.id.name}\` has no lead unit`,
        }),
      );
    }
    const named = new Map<string, Ident>();
    const note = (id: Ident) => {
      const prev = named.get(id.name);
      if (prev) {
        out.push(
          makeDiagnostic(
            "KH402",
            id.span,
            { vi: `Đơn vị \`${id.name}\` được nêu hai lần trong nhiệm vụ \`${t.id.name}\``, en: `Unit \`${id.name}\` is named twice in task \`${t.id.name}\`` },
            [{ span: prev.span, message: { vi: "lần đầu ở đây", en: "first named here" } }],
          ),
        );
      } else named.set(id.name, id);
      if (!units.has(id.name)) unknownUnit(id);
    };
    for (const f of t.fields) {
      if (f.name === "lead") note(f.value);
      else if (f.name === "coordinating") f.value.forEach(note);
    }
  }

  for (const u of units.values()) {
    for (const r of u.roles) {
      if (roleIds.has(r.name)) continue;
      const s = suggest(r.name, roleIds);
      out.push(
        withReplacement(makeDiagnostic(
          "KH404",
          r.span,
          { vi: `Vai trò \`${r.name}\` không được khai báo ở kế hoạch này hay cấp trên`, en: `Role \`${r.name}\` is not declared by this plan or its parents` },
          [],
          s ? { vi: `có phải ý bạn là \`${s}\`?`, en: `did you mean \`${s}\`?` } : undefined,
        ), r.span, s),
      );
    }
  }

  const unitsWithRole = (role: string) => [...units.values()].filter((u) => u.roles.some((r) => r.name === role)).map((u) => u.id.name).sort();
  const reportedRoles = new Set<string>();
  for (const m of plan.inherited) {
    const role = m.model.leadRole;
    if (!m.model.applicable || role === null) continue;
    const holders = unitsWithRole(role);
    const roleField = m.decl.fields.find((f) => f.name === "leadRole");
    const roleSpan = roleField?.span ?? m.decl.id.span;
    if (holders.length === 0) {
      if (reportedRoles.has(role)) continue;
      reportedRoles.add(role);
      out.push(
        makeDiagnostic(
          "KH405",
          plan.headerSpan,
          { vi: `Chưa đơn vị nào nhận vai trò \`${role}\` mà yêu cầu \`${m.model.id}\` cần`, en: `No unit takes the role \`${role}\` that mandate \`${m.model.id}\` needs` },
          [{ span: roleSpan, message: { vi: `vai trò chủ trì ${role} ở đây`, en: `lead role ${role} here` } }],
          { vi: `thêm \`${kw("Role", plan.dialect)} ${role}\` vào khai báo đơn vị phù hợp`, en: `add \`${kw("Role", plan.dialect)} ${role}\` to the right unit declaration` },
        ),
      );
      continue;
    }
    if (m.model.status !== "covered") continue;
    // in the order of `by` (sorted ids), so the task reported does not depend on declaration order
    const covering = m.model.by.flatMap((id) => plan.tasks.filter((t) => t.id.name === id));
    const ledByHolder = covering.some((t) => t.fields.some((f) => f.name === "lead" && holders.includes(f.value.name)));
    if (!ledByHolder && covering[0]) {
      const first = covering[0];
      const lead = first.fields.find((f) => f.name === "lead");
      out.push(
        makeDiagnostic(
          "KH406",
          lead?.span ?? first.id.span,
          {
            vi: `Yêu cầu \`${m.model.id}\` cần đơn vị có vai trò \`${role}\` (${holders.join(", ")}) chủ trì`,
            en: `Mandate \`${m.model.id}\` must be led by the unit with role \`${role}\` (${holders.join(", ")})`,
          },
          [{ span: roleSpan, message: { vi: `vai trò chủ trì ${role} ở đây`, en: `lead role ${role} here` } }],
        ),
      );
    }
  }
  return out;
};
