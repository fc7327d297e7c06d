/**
 * Source text handling: NFC normalisation, line starts that follow the lexer's line breaks, and
 * offsets in the NFC text mapped back into the original text, within bounds.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lineStarts, sourceText } from "../../src/syntax/source.js";

describe("NFC", () => {
  it("the text is the NFC of the original for Vietnamese, in NFC, NFD or mixed", () => {
    const word = fc.constantFrom("Kế hoạch", "Ủy ban", "nhiệm vụ", "Đắk Lắk", "tuyên truyền", "“ngoặc”", "x", "\n", " ", "—");
    fc.assert(
      fc.property(fc.array(fc.tuple(word, fc.constantFrom("NFC", "NFD") as fc.Arbitrary<"NFC" | "NFD">)), (parts) => {
        const original = parts.map(([w, form]) => w.normalize(form)).join("");
        expect(sourceText("f", original).text).toBe(original.normalize("NFC"));
      }),
    );
  });

  it("offsets map back into the original, in order and within bounds", () => {
    const ch = fc.constantFrom("a", "e", "\u0302", "\u0301", "\u0323", "ệ", "Đ", "\n", " ", "\uFB2C", "\u0F73", "\u212B", "\u0344", "\uD800", "x");
    fc.assert(
      fc.property(fc.array(ch, { maxLength: 40 }), (chars) => {
        const original = chars.join("");
        const src = sourceText("f", original);
        let previous = 0;
        for (let o = 0; o <= src.text.length; o++) {
          const mapped = src.toOriginal(o);
          expect(mapped).toBeGreaterThanOrEqual(previous);
          expect(mapped).toBeLessThanOrEqual(original.length);
          previous = mapped;
        }
        expect(src.toOriginal(src.text.length)).toBe(original.length);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("line starts", () => {
  it("a line ends at \\r\\n, \\n or a lone \\r", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("a", "ệ", "\n", "\r", "\r\n", " "), { maxLength: 50 }), (parts) => {
        const text = parts.join("");
        const expected = [0];
        for (let i = 0; i < text.length; i++) {
          if (text[i] === "\n" || (text[i] === "\r" && text[i + 1] !== "\n")) expected.push(i + 1);
        }
        expect(lineStarts(text)).toEqual(expected);
      }),
    );
  });
});
