/**
 * Timings as the text of an official document says them (`trong quý II/2022`, `trước ngày 10/6
 * và 10/12 hằng năm`, `từ ngày 01/3/2024 đến ngày 30/6/2024`), with the decree's dates. The short
 * forms of `timing/describe.ts` are for messages; these are for sentences.
 */
import { match } from "ts-pattern";
import type { DateValue, Timing } from "../syntax/ast.js";
import { shortDate } from "./dates.js";
import { joinVi, lowerFirst, stripEnd } from "./text.js";

const ROMAN = ["", "I", "II", "III", "IV"];

function date(d: DateValue): string {
  return d.month === 0 ? String(d.day) : shortDate(d);
}

function deadlines(ds: readonly DateValue[]): string {
  return `trước ngày ${joinVi(ds.map(date))}`;
}

/**
 * The timing as a phrase inside a sentence. `taskTitle` names the task an `after` timing
 * follows (its title, else its id).
 */
export function timingPhrase(t: Timing, taskTitle: (id: string) => string | undefined = () => undefined): string {
  return match(t)
    .with({ kind: "continuous" }, () => "thường xuyên")
    .with({ kind: "date" }, (x) => `ngày ${date(x.date)}`)
    .with({ kind: "before" }, (x) => deadlines([x.date]))
    .with({ kind: "range" }, (x) => `từ ngày ${date(x.from)} đến ngày ${date(x.to)}`)
    .with({ kind: "quarter" }, (x) => `quý ${ROMAN[x.quarter] ?? x.quarter}/${x.year}`)
    .with({ kind: "month" }, (x) => `tháng ${x.month}/${x.year}`)
    .with({ kind: "half" }, (x) => `6 tháng ${x.half === 1 ? "đầu" : "cuối"} năm ${x.year}`)
    .with({ kind: "year" }, (x) => `năm ${x.year}`)
    .with({ kind: "recurring" }, (x) => {
      const every = { year: "hằng năm", quarter: "hằng quý", month: "hằng tháng" }[x.every];
      if (x.before.length === 0) return every;
      if (x.every === "quarter") return `${deadlines(x.before)} của tháng cuối mỗi quý`;
      // Deadlines that carry their year are already every year's: no "hằng năm" after them.
      if (x.every === "year" && x.before.every((d) => d.year !== undefined)) return deadlines(x.before);
      return `${deadlines(x.before)} ${every}`;
    })
    .with({ kind: "after" }, (x) => `sau khi ${lowerFirst(stripEnd(taskTitle(x.task.name) ?? x.task.name))}`)
    .exhaustive();
}

/** Does the timing repeat with fixed deadlines (the rhythm of a reporting duty)? */
export function isRecurringDeadline(t: Timing | undefined): boolean {
  return t !== undefined && t.kind === "recurring" && t.before.length > 0;
}
