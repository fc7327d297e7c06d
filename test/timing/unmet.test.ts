/**
 * Which parent deadlines a plan's dated reports leave unmet (`unmet`, mode "cover"): each report
 * serves the deadline it is made for, one report per deadline.
 */
import { describe, expect, it } from "vitest";
import { dayOf } from "../../src/timing/day.js";
import { unmet, type Occurrence } from "../../src/timing/occurrences.js";

const deadline = (y: number, m: number, d: number, start?: Occurrence): Occurrence =>
  start ? { kind: "deadline", start: start.end, end: dayOf(y, m, d) } : { kind: "deadline", end: dayOf(y, m, d) };
/** A series of parent deadlines, each open from the one before (as `expandTiming` gives them). */
function series(...days: [number, number, number][]): Occurrence[] {
  const out: Occurrence[] = [];
  for (const [y, m, d] of days) out.push(deadline(y, m, d, out.at(-1)));
  return out;
}
const ends = (os: readonly Occurrence[]) => os.map((o) => o.end);

describe("unmet deadlines", () => {
  it("a yearly report five days late is late every year, not early for the next year", () => {
    const parent = series([2026, 11, 15], [2027, 11, 15], [2028, 11, 15]);
    const child = series([2026, 11, 20], [2027, 11, 20], [2028, 11, 20]);
    expect(ends(unmet(child, parent, "cover"))).toEqual(ends(parent));
  });

  it("a single late June report leaves both the June and the December deadline unmet", () => {
    const parent = series([2024, 6, 10], [2024, 12, 10]);
    expect(ends(unmet([deadline(2024, 6, 15)], parent, "cover"))).toEqual(ends(parent));
  });

  it("a report moved a day or two before a close deadline serves that deadline", () => {
    const parent = series([2024, 6, 10], [2024, 6, 13]);
    const child = [deadline(2024, 6, 10), deadline(2024, 6, 11)];
    expect(unmet(child, parent, "cover")).toEqual([]);
  });

  it("reports on time, or early, meet every deadline; one report cannot serve two", () => {
    const parent = series([2024, 6, 10], [2024, 12, 10]);
    expect(unmet(series([2024, 6, 5], [2024, 12, 5]), parent, "cover")).toEqual([]);
    expect(ends(unmet([deadline(2024, 6, 1)], parent, "cover"))).toEqual([dayOf(2024, 12, 10)]);
  });

  it("continuous work is no report: it meets no deadline", () => {
    const parent = series([2024, 6, 10], [2024, 12, 10]);
    expect(ends(unmet([{ kind: "continuous", start: dayOf(2024, 1, 1), end: dayOf(2024, 12, 31) }], parent, "cover"))).toEqual(ends(parent));
  });
});
