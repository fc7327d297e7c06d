/** The plan operations: dates in dd/mm/yyyy and ISO form, quarters, counts — pure and total. */
import { describe, expect, it } from "vitest";
import { createRuleEngine, dayNumber } from "../../src/check/jsonlogic/index.js";

const engine = createRuleEngine();
const value = (logic: unknown, data?: unknown): unknown => {
  const r = engine.apply(logic, data);
  if (r.kind !== "value") throw new Error(r.message.en);
  return r.value;
};

describe("plan operations", () => {
  it("parses Vietnamese and ISO dates, refusing impossible ones", () => {
    expect(dayNumber("01/01/1970")).toBe(0);
    expect(dayNumber("1970-01-02")).toBe(1);
    expect(dayNumber("1/2/1970")).toBe(31);
    expect(dayNumber("29/02/2024")).toBeDefined();
    for (const bad of ["29/02/2025", "31/04/2025", "00/01/2025", "01/13/2025", "2025-1-01", "2025-01-01T00:00:00Z", "", 20250101, null]) {
      expect(dayNumber(bad)).toBeUndefined();
    }
  });

  it("date_diff_days counts days from the first date to the second", () => {
    expect(value({ date_diff_days: ["01/01/2024", "01/03/2024"] })).toBe(60);
    expect(value({ date_diff_days: ["2025-03-01", "14/02/2025"] })).toBe(-15);
    expect(value({ date_diff_days: ["31/02/2025", "01/03/2025"] })).toBeNull();
  });

  it("date_before compares mixed formats strictly", () => {
    expect(value({ date_before: ["14/02/2025", "2025-02-15"] })).toBe(true);
    expect(value({ date_before: ["15/02/2025", "2025-02-15"] })).toBe(false);
    expect(value({ date_before: [{ var: "start" }, { var: "end" }] }, { start: "01/07/2025", end: "31/12/2025" })).toBe(true);
    expect(value({ date_before: ["x", "2025-02-15"] })).toBeNull();
  });

  it("quarter_of", () => {
    expect(value({ quarter_of: "31/03/2025" })).toBe(1);
    expect(value({ quarter_of: "01/04/2025" })).toBe(2);
    expect(value({ quarter_of: "2025-08-15" })).toBe(3);
    expect(value({ quarter_of: "31/12/2025" })).toBe(4);
    expect(value({ quarter_of: 5 })).toBeNull();
  });

  it("count, alone and with filter", () => {
    expect(value({ count: { var: "xs" } }, { xs: [1, 2, 3] })).toBe(3);
    expect(value({ count: { var: "missing" } }, {})).toBe(0);
    expect(value({ count: "abc" })).toBe(0);
    const tasks = [{ lead: "a" }, { lead: null }, { lead: "b" }];
    expect(value({ count: { filter: [{ var: "tasks" }, { var: "lead" }] } }, { tasks })).toBe(2);
  });
});
