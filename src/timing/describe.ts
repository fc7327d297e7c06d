/** A timing as short canonical English text (`Q2 2024`, `every year before 10/06 and 10/12`), for models and messages. */
import { match } from "ts-pattern";
import type { DateValue, Timing } from "../syntax/ast.js";
import { ContentMemo, timingKey } from "./key.js";

function dm(d: DateValue): string {
  const dd = String(d.day).padStart(2, "0");
  if (d.month === 0) return String(d.day);
  const mm = String(d.month).padStart(2, "0");
  return d.year === undefined ? `${dd}/${mm}` : `${dd}/${mm}/${d.year}`;
}

const EN_CACHE = new WeakMap<Timing, string>();
/** By content too, so that a re-parsed file (new nodes, same timings) reuses the descriptions. */
const EN_BY_CONTENT = new ContentMemo<string>();

export function describeTiming(t: Timing): string {
  let s = EN_CACHE.get(t);
  if (s === undefined) {
    s = EN_BY_CONTENT.get(timingKey(t), () => describeTimingUncached(t));
    EN_CACHE.set(t, s);
  }
  return s;
}

function describeTimingUncached(t: Timing): string {
  return match(t)
    .with({ kind: "continuous" }, () => "continuous")
    .with({ kind: "date" }, (x) => dm(x.date))
    .with({ kind: "before" }, (x) => `before ${dm(x.date)}`)
    .with({ kind: "range" }, (x) => `${dm(x.from)} .. ${dm(x.to)}`)
    .with({ kind: "quarter" }, (x) => `Q${x.quarter} ${x.year}`)
    .with({ kind: "month" }, (x) => `month ${x.month}/${x.year}`)
    .with({ kind: "half" }, (x) => `H${x.half} ${x.year}`)
    .with({ kind: "year" }, (x) => `year ${x.year}`)
    .with({ kind: "recurring" }, (x) => `every ${x.every}${x.before.length ? ` before ${x.before.map(dm).join(" and ")}` : ""}`)
    .with({ kind: "after" }, (x) => `after ${x.task.name}`)
    .exhaustive();
}

const VI_CACHE = new WeakMap<Timing, string>();
const VI_BY_CONTENT = new ContentMemo<string>();

/** The same in Vietnamese (`quý II/2024`, `hằng năm trước 10/06 và 10/12`). */
export function describeTimingVi(t: Timing): string {
  let s = VI_CACHE.get(t);
  if (s === undefined) {
    s = VI_BY_CONTENT.get(timingKey(t), () => describeTimingViUncached(t));
    VI_CACHE.set(t, s);
  }
  return s;
}

function describeTimingViUncached(t: Timing): string {
  const roman = ["", "I", "II", "III", "IV"];
  return match(t)
    .with({ kind: "continuous" }, () => "thường xuyên")
    .with({ kind: "date" }, (x) => dm(x.date))
    .with({ kind: "before" }, (x) => `trước ${dm(x.date)}`)
    .with({ kind: "range" }, (x) => `từ ${dm(x.from)} đến ${dm(x.to)}`)
    .with({ kind: "quarter" }, (x) => `quý ${roman[x.quarter] ?? x.quarter}/${x.year}`)
    .with({ kind: "month" }, (x) => `tháng ${x.month}/${x.year}`)
    .with({ kind: "half" }, (x) => `6 tháng ${x.half === 1 ? "đầu" : "cuối"} năm ${x.year}`)
    .with({ kind: "year" }, (x) => `năm ${x.year}`)
    .with({ kind: "recurring" }, (x) => {
      const every = { year: "hằng năm", quarter: "hằng quý", month: "hằng tháng" }[x.every];
      return `${every}${x.before.length ? ` trước ${x.before.map(dm).join(" và ")}` : ""}`;
    })
    .with({ kind: "after" }, (x) => `sau ${x.task.name}`)
    .exhaustive();
}
