/**
 * Builds the document model of a resolved plan: header and title, the basis paragraph from the
 * parents, then the sections the plan has (purposes and requirements; audiences, content and
 * forms; budget; organisation by lead unit, the duties a template sets the bodies below it, and
 * reporting duties), the closing sentence, and
 * the recipients and signature. Sections the plan does not have are left out, not invented.
 * The document is in Vietnamese whatever the keywords of the file.
 */
import type { ResolvedPlanInternals } from "../resolve/model.js";
import { basisParagraph, closingSentence } from "./basis.js";
import { fromIso } from "./dates.js";
import { buildHeader, buildTitle } from "./header.js";
import type { Block, RenderDocument } from "./model.js";
import { mandateGroups } from "./mandates.js";
import { buildSignoff } from "./signoff.js";
import { byLeadUnit, contentItem, dutyItem, reportItem, taskViews, type TaskView } from "./tasks.js";
import { joinVi, upper } from "./text.js";
import { cleanNumber } from "./doc-type.js";
import type { ParentDocument } from "./parents.js";

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];
/** Levels whose issuer is written above a department's name in the header. */
const SUPERIOR_LEVELS = new Set(["province", "ministry"]);

/** The tasks with a `part`, grouped by it in the order the parts first appear. */
function partsOf(tasks: readonly TaskView[]): { title: string; tasks: TaskView[] }[] {
  const parts = new Map<string, TaskView[]>();
  for (const t of tasks) {
    if (t.part === null) continue;
    const list = parts.get(t.part) ?? [];
    list.push(t);
    parts.set(t.part, list);
  }
  return [...parts].map(([title, list]) => ({ title, tasks: list }));
}

/** One item is a paragraph; several are `-` items. */
function textBlocks(items: readonly string[]): Block[] {
  if (items.length === 1) return [{ kind: "paragraph", text: items[0]! }];
  return items.map((text) => ({ kind: "item", marker: "-", text }));
}

interface Part {
  readonly title: string;
  readonly blocks: readonly Block[];
}

/** A department's superior body: the issuer of its province (or ministry) parent. */
function superiorOf(plan: ResolvedPlanInternals, parents: readonly ParentDocument[]): string | null {
  if (plan.model.level !== "department") return null;
  return parents.find((p) => p.level !== null && SUPERIOR_LEVELS.has(p.level) && p.issuer)?.issuer ?? null;
}

/** The document of `plan`; `parents` are the documents it implements (see `findParents`), in its order. */
export function buildDocument(plan: ResolvedPlanInternals, parents: readonly ParentDocument[]): RenderDocument {
  const m = plan.model;
  const blocks: Block[] = [
    buildHeader({ issuer: m.issuer, superior: superiorOf(plan, parents), number: m.number, place: m.place, date: fromIso(m.date) }),
    buildTitle(m.title),
  ];
  blocks.push({ kind: "paragraph", text: basisParagraph(parents, m.issuer, m.title) });

  let section = 0;
  const pushSection = (parts: readonly Part[], title: (titles: string[]) => string): void => {
    const present = parts.filter((p) => p.blocks.length > 0);
    if (present.length === 0) return;
    const number = `${ROMAN[section] ?? section + 1}.`;
    section++;
    if (present.length === 1) {
      blocks.push({ kind: "heading", level: 1, number, text: upper(present[0]!.title) }, ...present[0]!.blocks);
      return;
    }
    blocks.push({ kind: "heading", level: 1, number, text: upper(title(present.map((p) => p.title))) });
    present.forEach((p, i) => blocks.push({ kind: "heading", level: 2, number: `${i + 1}.`, text: p.title }, ...p.blocks));
  };

  const s = m.sections;
  pushSection(
    [
      { title: "Mục đích", blocks: textBlocks(s.purposes) },
      { title: "Yêu cầu", blocks: textBlocks(s.requirements) },
    ],
    (t) => t.join(", "),
  );

  const tasks = taskViews(plan);
  const titles = new Map(tasks.map((t) => [t.id, t.text]));
  const taskTitle = (id: string): string | undefined => titles.get(id);
  const units = new Map(m.units.map((u) => [u.id, u.label ?? u.id]));
  const unitName = (id: string): string => units.get(id) ?? id;
  const content = tasks.filter((t) => !t.report);
  const reports = tasks.filter((t) => t.report);
  // With `part`s, the content is the tasks listed under their parts, and the tasks without a
  // part are the units' duties; without, every task is both content and a duty.
  const byPart = content.some((t) => t.part !== null);
  const contentParts: Part[] = byPart
    ? partsOf(content).map((p) => ({ title: p.title, blocks: textBlocks(p.tasks.map((t) => contentItem(t, taskTitle))) }))
    : [{ title: "Nội dung", blocks: textBlocks(content.map((t) => contentItem(t, taskTitle))) }];
  const duties = byPart ? content.filter((t) => t.part === null) : content;

  pushSection(
    [{ title: "Đối tượng", blocks: textBlocks(s.audiences) }, ...contentParts, { title: "Hình thức", blocks: textBlocks(s.forms) }],
    (titles) => (byPart ? joinVi(["Đối tượng", "Nội dung", "Hình thức"].filter((t, i) => i === 1 || titles.includes(t))) : joinVi(titles)),
  );
  pushSection([{ title: "Kinh phí", blocks: textBlocks(s.budget ?? []) }], joinVi);

  const organisation: Part[] = byLeadUnit(duties, m.units.map((u) => u.id)).map((g) => ({
    title: g.lead === null ? "Nhiệm vụ chưa có đơn vị chủ trì" : unitName(g.lead),
    blocks: textBlocks(g.tasks.map((t: TaskView) => dutyItem(t, unitName))),
  }));
  // A template's duties for the bodies below it (its mandates), after its own units' tasks.
  for (const g of mandateGroups(plan)) organisation.push({ title: g.title, blocks: textBlocks(g.items) });
  organisation.push({ title: "Chế độ báo cáo", blocks: textBlocks(reports.map((t) => reportItem(t, unitName, taskTitle))) });
  const organisationBlocks = organisation.filter((p) => p.blocks.length > 0);
  if (organisationBlocks.length > 0) {
    // Always numbered by unit, even when only one unit leads: the heading names who does what.
    const number = `${ROMAN[section] ?? section + 1}.`;
    section++;
    blocks.push({ kind: "heading", level: 1, number, text: "TỔ CHỨC THỰC HIỆN" });
    organisationBlocks.forEach((p, i) => blocks.push({ kind: "heading", level: 2, number: `${i + 1}.`, text: p.title }, ...p.blocks));
  }

  blocks.push({ kind: "paragraph", text: closingSentence(m.issuer, m.title) });
  const signoff = buildSignoff(s.recipients, s.signature);
  if (signoff) blocks.push(signoff);
  return { name: m.number ? `Kế hoạch ${cleanNumber(m.number)}` : `Kế hoạch ${m.id}`, blocks };
}
