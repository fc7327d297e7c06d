/**
 * What a template asks of the bodies below it, for its "Tổ chức thực hiện" section: the
 * mandates it declares, grouped by the levels they bind ("Các sở, ban, ngành; UBND các huyện,
 * thành phố"), each with its deadline. A template's duties for lower bodies are part of the
 * official text, though they are mandates in the file rather than tasks.
 */
import type { MandateDecl } from "../syntax/ast.js";
import type { ResolvedPlanInternals } from "../resolve/model.js";
import { levelTable } from "../resolve/levels.js";
import { timingPhrase } from "./timing.js";
import { stripEnd, terminate, upperFirst } from "./text.js";

/** How an official text names the bodies of a level, as addressees of duties. */
const BODIES: Readonly<Record<string, string>> = {
  ministry: "Các bộ, ngành",
  province: "UBND các tỉnh, thành phố trực thuộc Trung ương",
  department: "Các sở, ban, ngành",
  district: "UBND các huyện, thị xã, thành phố",
  commune: "UBND các xã, phường, thị trấn",
};

export interface MandateGroup {
  /** The bodies addressed, e.g. "Các sở, ban, ngành; UBND các huyện, thị xã, thành phố". */
  readonly title: string;
  readonly items: readonly string[];
}

/** The mandates the plan declares, grouped by the levels they bind, in document order. */
export function mandateGroups(plan: ResolvedPlanInternals): MandateGroup[] {
  const levels = levelTable();
  const groups = new Map<string, string[]>();
  for (const m of plan.decl.members) {
    if (m.type !== "Mandate") continue;
    const names = appliesTo(m).map((n) => levels.lookup(n)?.id ?? n);
    const title = names.length === 0 ? "Các cơ quan, đơn vị, địa phương" : [...new Set(names)].map((id) => BODIES[id] ?? upperFirst(id)).join("; ");
    const list = groups.get(title) ?? [];
    list.push(item(m));
    groups.set(title, list);
  }
  return [...groups].map(([title, items]) => ({ title, items }));
}

function appliesTo(m: MandateDecl): string[] {
  return m.fields.flatMap((f) => (f.name === "appliesTo" ? f.value.map((l) => l.name) : []));
}

/** The mandate's text, with its deadline when it has one. */
function item(m: MandateDecl): string {
  const text = stripEnd(m.label?.value ?? m.id.name);
  const due = m.fields.find((f) => f.name === "due");
  return terminate(due && due.name === "due" ? `${text} (${timingPhrase(due.value)})` : text);
}
