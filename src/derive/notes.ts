/** The comments `kh derive` writes for the author, in the language of the plan's keywords. */
import { PLACEHOLDER_UNIT } from "../check/rules/placeholders.js";
import type { SectionName, SignatureFieldName } from "../syntax/ast.js";
import { canonicalKeyword as kw, type Dialect } from "../syntax/keywords/table.js";
import { formatDay, type Day } from "../timing/day.js";
import type { Bilingual } from "../diagnostics/diagnostic.js";

export function headerNotes(d: Dialect, template: string, title: string | null): string[] {
  const what = title ? `${template} (${title})` : template;
  return d === "vi"
    ? [`Kế hoạch thực hiện ${what}, lập bằng \`kh derive\`.`, `Điền các chỗ ghi \`${PLACEHOLDER_UNIT.vi}\` và "cần điền: …", rồi chạy \`kh check\`.`]
    : [`Plan implementing ${what}, drafted by \`kh derive\`.`, `Fill in the places marked \`${PLACEHOLDER_UNIT.en}\`, then run \`kh check\`.`];
}

/** The header fields only known when the plan is issued, commented out. */
export function issueNotes(d: Dialect): string[] {
  return [
    d === "vi" ? "Bổ sung khi ban hành:" : "Add when the plan is issued:",
    `${kw("Number", d)} "…/KH-…"`,
    `${kw("DateField", d)} dd/mm/yyyy`,
    `${kw("Place", d)} "…"`,
  ];
}

export function roleUnitNotes(d: Dialect): string[] {
  return [
    d === "vi"
      ? "Đơn vị nhận các vai trò mà kế hoạch cấp trên giao: điền tên đơn vị (có thể đổi cả mã)."
      : "Units taking the roles the parent plans name: fill in their names (you may rename the ids too).",
  ];
}

export function otherRoleNotes(d: Dialect, roles: readonly { id: string; label: string | null }[]): string[] {
  if (roles.length === 0) return [];
  return [
    d === "vi"
      ? `Vai trò khác của cấp trên, gán cho đơn vị bằng \`${kw("Role", d)} ID\` nếu cần:`
      : `Other roles of the parent plans; bind them to a unit with \`${kw("Role", d)} ID\` if needed:`,
    ...roles.map((r) => (r.label ? `  ${r.id} "${r.label}"` : `  ${r.id}`)),
  ];
}

export function placeholderLeadNotes(d: Dialect): string[] {
  return d === "vi"
    ? [`Nhiệm vụ có \`${kw("Lead", d)} ${PLACEHOLDER_UNIT.vi}\`: khai báo đơn vị, ví dụ \`${kw("Unit", d)} van-phong "Văn phòng"\`, rồi ghi mã của nó.`]
    : [`Tasks with \`${kw("Lead", d)} ${PLACEHOLDER_UNIT.en}\`: declare the unit, e.g. \`${kw("Unit", d)} van-phong "Văn phòng"\`, and write its id.`];
}

export function waivableNotes(d: Dialect, ref: string): string[] {
  return d === "vi"
    ? [`Yêu cầu này được miễn: nếu không áp dụng, thay nhiệm vụ bằng \`${kw("Waive", d)} ${ref} "lý do"\`.`]
    : [`This mandate may be waived: if it does not apply, replace the task with \`${kw("Waive", d)} ${ref} "reason"\`.`];
}

export function movedNotes(d: Dialect, moved: readonly { from: Day; to: Day }[]): string[] {
  if (moved.length === 0) return [];
  const pairs = moved.map((m) => `${formatDay(m.from)} → ${formatDay(m.to)}`).join(", ");
  return d === "vi"
    ? [`Hạn đặt sớm hơn hạn của cấp trên, vào ngày làm việc và kịp cho cấp trên tổng hợp: ${pairs}`]
    : [`Due earlier than the parent's deadline, on a working day and in time for the parent: ${pairs}`];
}

export function outsidePeriodNotes(d: Dialect): string[] {
  return d === "vi"
    ? ["Hạn của yêu cầu này nằm ngoài kỳ kế hoạch; ghi thời gian nếu cần."]
    : ["This mandate's deadline falls outside the plan period; add a timing if needed."];
}

/** What each placeholder text asks for. */
export const SECTION_WHAT: Readonly<Record<SectionName, Bilingual>> = {
  purposes: { vi: "mục đích của kế hoạch", en: "the plan's purposes" },
  requirements: { vi: "yêu cầu khi thực hiện", en: "the requirements" },
  audiences: { vi: "đối tượng", en: "the audiences" },
  forms: { vi: "hình thức thực hiện", en: "the forms and channels" },
  budget: { vi: "nguồn kinh phí thực hiện", en: "how the plan is funded" },
  recipients: { vi: "nơi nhận", en: "the recipients" },
};

export const SIGNATURE_WHAT: Readonly<Partial<Record<SignatureFieldName, Bilingual>>> = {
  position: { vi: "chức vụ người ký", en: "the signer's position" },
  signer: { vi: "họ tên người ký", en: "the signer's name" },
};

export const TASK_TEXT_WHAT: Bilingual = { vi: "nội dung nhiệm vụ", en: "the task's text" };

export function roleUnitWhat(role: string, label: string | null): Bilingual {
  const l = label ? ` (${label})` : "";
  return { vi: `tên đơn vị nhận vai trò ${role}${l}`, en: `the name of the unit taking the role ${role}${l}` };
}
