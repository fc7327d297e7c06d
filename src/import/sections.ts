/**
 * Which part of a plan a heading opens, by keyword: `MỤC ĐÍCH, YÊU CẦU` → purposes then
 * requirements; `TỔ CHỨC THỰC HIỆN` → the units' duties; `NỘI DUNG`, `NHIỆM VỤ` → tasks. A Roman
 * heading may name several parts; a short sub-heading (`2. Yêu cầu`) switches between them.
 */
import type { SectionName } from "../syntax/ast.js";
import { foldKeep, squash } from "./text.js";

export type TextKind = Exclude<SectionName, "recipients">;
export type RegionKind = TextKind | "tasks" | "organisation";

/** Section headings by keyword (folded), in no particular order: a heading may name several. */
const SECTION_KEYWORDS: readonly (readonly [string, RegionKind])[] = [
  ["muc dich", "purposes"],
  ["muc tieu", "purposes"],
  ["yeu cau", "requirements"],
  ["tieu chi", "requirements"],
  ["doi tuong", "audiences"],
  ["hinh thuc", "forms"],
  ["kinh phi", "budget"],
  ["nguon luc", "budget"],
  ["to chuc thuc hien", "organisation"],
  ["trach nhiem", "organisation"],
  ["phan cong", "organisation"],
  ["noi dung", "tasks"],
  ["nhiem vu", "tasks"],
  ["giai phap", "tasks"],
  ["lo trinh", "tasks"],
  ["thoi gian", "tasks"],
  ["che do bao cao", "tasks"],
  ["theo doi", "tasks"],
  ["kiem tra", "tasks"],
  ["chu de", "tasks"],
];

/** The kinds a Roman heading names, in the order it names them (`MỤC ĐÍCH, YÊU CẦU` → purposes, requirements). */
export function headingKinds(heading: string): RegionKind[] {
  const f = foldKeep(heading);
  const found = SECTION_KEYWORDS.map(([kw, kind]) => ({ kind, at: f.search(new RegExp(`\\b${kw}\\b`)) }))
    .filter((x) => x.at >= 0)
    .sort((a, b) => a.at - b.at);
  const kinds = [...new Set(found.map((x) => x.kind))];
  return kinds.length > 0 ? kinds : ["tasks"];
}

/** The kind a short sub-heading switches to (`1. Mục đích`, `2. Các hình thức tuyên truyền:`), if any. */
export function subheadingKind(label: string): RegionKind | undefined {
  const f = squash(foldKeep(label)).replace(/^cac\s+/, "");
  if (f.length > 60) return undefined;
  return SECTION_KEYWORDS.find(([kw]) => f.startsWith(kw) && /^(?:\s|:|$)/.test(f.slice(kw.length)))?.[1];
}
