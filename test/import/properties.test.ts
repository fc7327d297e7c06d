/**
 * Property: whatever mix of plan-like lines (headings, items, labelled lines, tables, signature
 * lines), garbage, NFD text and hard wraps `kh import` gets, it never throws and always gives a
 * draft that parses without errors and that `kh fmt` leaves as it is.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatText } from "../../src/format/format.js";
import { importPlan } from "../../src/import/index.js";
import { parse } from "../../src/syntax/parse.js";

const words = fc.constantFrom(
  "Tuyên truyền", "cải cách", "hành chính", "Sở Nội vụ", "chủ trì", "phối hợp với", "Văn phòng Sở", "UBND xã", "thường xuyên",
  "trước ngày 10/6", "và 10/12", "Quý IV năm 2025", "Quí II", "l/2022", "2025 - 2030", "báo cáo", "Kế hoạch số 23/KH-UBND", "14-KH/TU",
  "ngày 08/02/2022", "của", "\"trích\"", "\\", "{", "}", "#", ";", ":", "./.", "năm 2024", "Ke hoach", "thực hiện",
);
const sentence = fc.array(words, { minLength: 1, maxLength: 12 }).map((ws) => ws.join(" "));
const garbage = fc.string({ unit: "grapheme", maxLength: 40 });

const line = fc.oneof(
  sentence,
  sentence.map((s) => `- ${s}`),
  sentence.map((s) => `+ ${s}`),
  sentence.map((s) => `a) ${s}`),
  fc.tuple(fc.integer({ min: 1, max: 12 }), sentence).map(([n, s]) => `${n}. ${s}`),
  fc.tuple(fc.constantFrom("I", "II", "III", "IV", "V", "l"), fc.constantFrom("MỤC ĐÍCH, YÊU CẦU", "NỘI DUNG", "TỔ CHỨC THỰC HIỆN", "KINH PHÍ", "ĐỐI TƯỢNG", "HÌNH THỨC")).map(([r, h]) => `${r}. ${h}`),
  sentence.map((s) => `Cơ quan chủ trì: ${s}`),
  sentence.map((s) => `Thời gian thực hiện: ${s}`),
  fc.constantFrom("KẾ HOẠCH", "Nơi nhận:", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn An", "Số: 32 /KH-UBND", "Gio Sơn, ngày 14 tháng 02 năm 2022", "ỦY BAN NHÂN DÂN", "XÃ GIO SƠN", "|", "| Nội dung | Chủ trì | Thời gian |", "|---|---|---|", "| Rà soát | Sở Tư pháp | Quý I/2024 |", "**", "* *", "PHỤ LỤC", ""),
  garbage,
);

/** A line, sometimes decomposed (NFD) or hard-wrapped in two. */
const shapedLine = fc.tuple(line, fc.constantFrom("keep", "nfd", "wrap")).map(([l, how]) => {
  if (how === "nfd") return l.normalize("NFD");
  if (how === "wrap" && l.length > 6) return `${l.slice(0, l.length >> 1)}\n${l.slice(l.length >> 1)}`;
  return l;
});

const planText = fc.array(shapedLine, { maxLength: 40 }).map((ls) => ls.join("\n"));

describe("kh import on arbitrary text", () => {
  it("never throws and always gives a formatted draft that parses", { timeout: 60_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(planText, fc.constantFrom("vi" as const, "en" as const), async (text, dialect) => {
        const r = await importPlan(text, { dialect });
        expect(r.diagnostics).toEqual([]);
        const parsed = parse(r.text, "draft.kh");
        expect(parsed.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
        expect(parsed.dialect).toBe(dialect);
        expect((await formatText(r.text)).changed).toBe(false);
      }),
      { numRuns: 150 },
    );
  });
});
