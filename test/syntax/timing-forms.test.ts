/**
 * The timing forms of real texts ("Quý IV năm 2025", "Quí", "trước ngày 15 tháng 11",
 * "2025 - 2030"): what each means, what is wrong with the impossible ones, and that the
 * formatter writes them in the short form that means the same.
 */
import { describe, expect, it } from "vitest";
import type { TaskDecl, Timing } from "../../src/syntax/ast.js";
import { parse, parseWith } from "../../src/syntax/parse.js";
import { formatText } from "../../src/format/format.js";

const plan = (timing: string) => `kế hoạch p {\n  tiêu đề "T"\n  cơ quan "UBND xã A"\n  cấp xã\n  nhiệm vụ t "Việc" {\n    thời gian ${timing}\n  }\n}\n`;
const strip = (x: unknown) => JSON.parse(JSON.stringify(x, (k, v: unknown) => (k === "span" ? undefined : v))) as unknown;

function timingOf(text: string): { timing: Timing | undefined; codes: string[]; messages: string[] } {
  const r = parse(text, "p.kh");
  const task = r.document.plan?.members.find((m): m is TaskDecl => m.type === "Task");
  const field = task?.fields.find((f) => f.name === "timing");
  // The CST-free fast path and the chevrotain parser agree on every form.
  expect(strip(parseWith(text, "p.kh", { fastPath: false }).document)).toEqual(strip(r.document));
  return { timing: field && "value" in field ? (strip(field.value) as Timing) : undefined, codes: r.diagnostics.map((d) => d.code), messages: r.diagnostics.map((d) => d.message.en) };
}

describe("timing forms of real texts", () => {
  it.each([
    ["quý IV năm 2025", { kind: "quarter", quarter: 4, year: 2025 }],
    ["Quý 4 năm 2025", { kind: "quarter", quarter: 4, year: 2025 }],
    ["Quí II/2024", { kind: "quarter", quarter: 2, year: 2024 }],
    ["tháng 3 năm 2024", { kind: "month", month: 3, year: 2024 }],
    ["2025 - 2030", { kind: "range", from: { type: "Date", day: 1, month: 1, year: 2025 }, to: { type: "Date", day: 31, month: 12, year: 2030 } }],
    ["năm 2021–2025", { kind: "range", from: { type: "Date", day: 1, month: 1, year: 2021 }, to: { type: "Date", day: 31, month: 12, year: 2025 } }],
    ["trước ngày 15 tháng 11", { kind: "recurring", every: "year", before: [{ type: "Date", day: 15, month: 11 }] }],
    ["trước ngày 15 tháng 11 năm 2025", { kind: "before", date: { type: "Date", day: 15, month: 11, year: 2025 } }],
    ["hằng quí", { kind: "recurring", every: "quarter", before: [] }],
  ])("%s", (form, expected) => {
    const r = timingOf(plan(form));
    expect(r.codes).toEqual([]);
    expect(r.timing).toEqual({ type: "Timing", ...expected });
  });

  it.each([
    ["quý V năm 2025", "Quarter `V` does not exist (1–4)"],
    ["quý 5 năm 2025", "Quarter `5` does not exist (1–4)"],
    ["tháng 13 năm 2024", "Month `13` does not exist"],
    ["trước ngày 31 tháng 2", "The date `31 tháng 2` does not exist"],
    ["2030 - 2025", "The range ends before it starts"],
    ["1800 - 2030", "A year in `1800 - 2030` is out of range"],
  ])("%s is KH105", (form, message) => {
    const r = timingOf(plan(form));
    expect(r.codes).toEqual(["KH105"]);
    expect(r.messages).toEqual([message]);
  });

  it("are written in the short form by the formatter, with the same meaning", async () => {
    for (const [form, short] of [
      ["Quý IV năm 2025", "quý IV/2025"],
      ["quí 2 năm 2024", "quý II/2024"],
      ["trước ngày 15 tháng 11", "hằng năm trước 15/11"],
      ["2025 - 2030", "từ 01/01/2025 đến 31/12/2030"],
    ] as const) {
      const out = (await formatText(plan(form), { filepath: "p.kh" })).formatted ?? "";
      expect(out, form).toContain(`thời gian ${short}`);
      expect(timingOf(out).timing).toEqual(timingOf(plan(form)).timing);
    }
  });
});
