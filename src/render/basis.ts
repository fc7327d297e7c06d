/**
 * The opening paragraph: the documents the plan implements (its parents), then the issuing
 * sentence. "Thực hiện Kế hoạch số 23/KH-UBND ngày 08/02/2022 của UBND huyện Gio Linh về tuyên
 * truyền cải cách hành chính nhà nước trên địa bàn huyện Gio Linh năm 2022; UBND xã Gio Sơn ban
 * hành Kế hoạch tuyên truyền cải cách hành chính xã Gio Sơn năm 2022 như sau:"
 */
import { cleanNumber, documentType } from "./doc-type.js";
import { shortDate, type CivilDate } from "./dates.js";
import { fold } from "../syntax/fold.js";
import { lowerFirst, stripEnd } from "./text.js";

/** What the basis paragraph says of a parent document. */
export interface CitedDocument {
  readonly number: string | null;
  readonly date: CivilDate | null;
  readonly issuer: string | null;
  readonly title: string | null;
}

/** `Kế hoạch số 23/KH-UBND ngày 08/02/2022 của UBND huyện Gio Linh về tuyên truyền …`; missing parts are left out. */
export function citation(d: CitedDocument): string {
  const type = documentType(d.number);
  const parts = [type];
  if (d.number) parts.push(`số ${cleanNumber(d.number)}`);
  if (d.date) parts.push(`ngày ${shortDate(d.date)}`);
  if (d.issuer) parts.push(`của ${d.issuer.trim()}`);
  if (d.title) {
    const about = withoutType(lowerFirst(stripEnd(d.title)), type);
    // A Công văn's subject often starts with "Về việc …" already.
    parts.push(fold(about).startsWith("ve ") ? about : `về ${about}`);
  }
  return parts.join(" ");
}

/** A title without the document type it starts with (`kế hoạch cải cách…` → `cải cách…`). */
function withoutType(title: string, type: string): string {
  return fold(title).startsWith(fold(type) + " ") ? title.slice(type.length).trim() : title;
}

/** The plan's own name in the issuing sentence: `Kế hoạch tuyên truyền …` (never `Kế hoạch kế hoạch …`). */
export function planName(title: string | null): string {
  if (!title) return "Kế hoạch";
  return `Kế hoạch ${withoutType(lowerFirst(stripEnd(title)), "Kế hoạch")}`;
}

/** The whole opening paragraph. */
export function basisParagraph(parents: readonly CitedDocument[], issuer: string | null, title: string | null): string {
  const issuing = `${issuer ? `${issuer.trim()} ban hành` : "ban hành"} ${planName(title)} như sau:`;
  if (parents.length === 0) return issuer ? issuing : `B${issuing.slice(1)}`;
  return `Thực hiện ${parents.map(citation).join("; ")}; ${issuing}`;
}

/** The closing sentence: "Trên đây là Kế hoạch … của UBND xã Gio Sơn./." (the issuer once, if the title does not name it already). */
export function closingSentence(issuer: string | null, title: string | null): string {
  const by = issuer && !/\bcua\b/u.test(fold(title ?? "")) ? ` của ${issuer.trim()}` : "";
  return `Trên đây là ${planName(title)}${by}./.`;
}
