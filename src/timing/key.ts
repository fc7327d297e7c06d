/**
 * A timing's content as a short string: equal for equal timings wherever they are written. Lets
 * expansions and descriptions be shared between timing nodes, e.g. across re-parses of a file.
 */
import type { DateValue, Timing } from "../syntax/ast.js";

const dv = (d: DateValue): string => `${d.day}/${d.month}/${d.year ?? ""}`;

export function timingKey(t: Timing): string {
  switch (t.kind) {
    case "continuous":
      return "c";
    case "date":
    case "before":
      return `${t.kind}:${dv(t.date)}`;
    case "range":
      return `r:${dv(t.from)}:${dv(t.to)}`;
    case "quarter":
      return `q:${t.quarter}/${t.year}`;
    case "month":
      return `m:${t.month}/${t.year}`;
    case "half":
      return `h:${t.half}/${t.year}`;
    case "year":
      return `y:${t.year}`;
    case "recurring":
      return `e:${t.every}:${t.before.map(dv).join(",")}`;
    case "after":
      return `a:${t.task.name}`;
  }
}

/** A bounded string-keyed memo (cleared when full): for caches by content across parses. */
export class ContentMemo<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly limit = 50_000) {}

  get(key: string, compute: () => V): V {
    let v = this.map.get(key);
    if (v === undefined) {
      v = compute();
      if (this.map.size >= this.limit) this.map.clear();
      this.map.set(key, v);
    }
    return v;
  }
}
