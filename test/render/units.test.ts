/** The pieces of the document: date line, document types, basis paragraph, header names, authority lines, timing phrases, escaping. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { basisParagraph, citation, closingSentence } from "../../src/render/basis.js";
import { dateLine, shortDate } from "../../src/render/dates.js";
import { documentType, isPartyNumber } from "../../src/render/doc-type.js";
import { issuerLines, placeOf } from "../../src/render/header.js";
import { escapeHtml } from "../../src/render/html.js";
import { escapeMarkdown } from "../../src/render/markdown.js";
import { authorityLines, recipientLines } from "../../src/render/signoff.js";
import { timingPhrase } from "../../src/render/timing.js";
import { inSentence, joinVi, lowerFirst } from "../../src/render/text.js";
import { parse } from "../../src/syntax/parse.js";
import type { Timing } from "../../src/syntax/ast.js";
import { parseXml } from "../outputs/xml.js";

describe("date line (Nghị định 30/2020, Phụ lục I: leading zero for days below 10 and months 1–2)", () => {
  it("writes the place and the date in words", () => {
    expect(dateLine("Gio Sơn", { day: 14, month: 2, year: 2022 })).toBe("Gio Sơn, ngày 14 tháng 02 năm 2022");
    expect(dateLine("Hải Phòng", { day: 12, month: 3, year: 2024 })).toBe("Hải Phòng, ngày 12 tháng 3 năm 2024");
    expect(dateLine("Hà Nội", { day: 1, month: 1, year: 2025 })).toBe("Hà Nội, ngày 01 tháng 01 năm 2025");
    expect(dateLine("Hà Nội", { day: 9, month: 12, year: 2025 })).toBe("Hà Nội, ngày 09 tháng 12 năm 2025");
  });

  it("leaves blanks for the day of signature when the plan has no date, and starts with a capital without a place", () => {
    expect(dateLine("Gio Sơn", null)).toBe("Gio Sơn, ngày      tháng      năm");
    expect(dateLine(null, { day: 5, month: 7, year: 2024 })).toBe("Ngày 05 tháng 7 năm 2024");
  });

  it("pads exactly the days below 10 and the months below 3, and reads back to the same date", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2199-12-31T00:00:00Z"), noInvalidDate: true }), (d) => {
        const date = { day: d.getUTCDate(), month: d.getUTCMonth() + 1, year: d.getUTCFullYear() };
        const m = /^ngày (\d+) tháng (\d+) năm (\d+)$/u.exec(dateLine("X", date).slice(3));
        expect(m).not.toBeNull();
        expect(m![1]!.length).toBe(2);
        expect(m![2]!.length).toBe(date.month < 3 || date.month >= 10 ? 2 : 1);
        expect([Number(m![1]), Number(m![2]), Number(m![3])]).toEqual([date.day, date.month, date.year]);
        expect(shortDate(date)).toBe(`${m![1]}/${m![2]}/${m![3]}`);
      }),
    );
  });

  it("writes cited dates the same way", () => {
    expect(shortDate({ day: 8, month: 2, year: 2022 })).toBe("08/02/2022");
    expect(shortDate({ day: 8, month: 3, year: 2024 })).toBe("08/3/2024");
    expect(shortDate({ day: 10, month: 6 })).toBe("10/6");
  });
});

describe("document type from the number and symbol (Phụ lục III)", () => {
  it.each([
    ["23/KH-UBND", "Kế hoạch"],
    ["251/QĐ-BNV", "Quyết định"],
    ["76/NQ-CP", "Nghị quyết"],
    ["117/UBND-VX", "Công văn"],
    ["14-KH/TU", "Kế hoạch"],
    ["05-CT/TW", "Chỉ thị"],
    ["30/2020/NĐ-CP", "Nghị định"],
    ["45/2016/QĐ-UBND", "Quyết định"],
    ["12/CTr-UBND", "Chương trình"],
    ["32 /KH-UBND", "Kế hoạch"],
  ])("%s is a %s", (number, type) => {
    expect(documentType(number)).toBe(type);
  });

  it("falls back to Kế hoạch without a number", () => {
    expect(documentType(null)).toBe("Kế hoạch");
    expect(documentType("  ")).toBe("Kế hoạch");
  });

  it("tells Party numbers from state numbers", () => {
    expect(isPartyNumber("14-KH/TU")).toBe(true);
    expect(isPartyNumber("32/KH-UBND")).toBe(false);
  });
});

describe("basis paragraph", () => {
  const gioLinh = { number: "23/KH-UBND", date: { day: 8, month: 2, year: 2022 }, issuer: "UBND huyện Gio Linh", title: "Tuyên truyền cải cách hành chính nhà nước trên địa bàn huyện Gio Linh năm 2022" };

  it("cites each parent with its type, number, date, issuer and title, then issues the plan", () => {
    expect(basisParagraph([gioLinh], "UBND xã Gio Sơn", "Tuyên truyền cải cách hành chính xã Gio Sơn năm 2022")).toBe(
      "Thực hiện Kế hoạch số 23/KH-UBND ngày 08/02/2022 của UBND huyện Gio Linh về tuyên truyền cải cách hành chính nhà nước trên địa bàn huyện Gio Linh năm 2022; " +
        "UBND xã Gio Sơn ban hành Kế hoạch tuyên truyền cải cách hành chính xã Gio Sơn năm 2022 như sau:",
    );
  });

  it("joins several parents with semicolons and does not repeat 'về' after a Công văn's 'Về việc'", () => {
    const cv = { number: "117/UBND-VX", date: { day: 10, month: 2, year: 2022 }, issuer: "UBND huyện Gio Linh", title: "Về việc triển khai tuyên truyền cải cách hành chính năm 2022" };
    expect(basisParagraph([gioLinh, cv], "UBND xã Gio Sơn", "Tuyên truyền CCHC năm 2022")).toBe(
      `Thực hiện ${citation(gioLinh)}; Công văn số 117/UBND-VX ngày 10/02/2022 của UBND huyện Gio Linh về việc triển khai tuyên truyền cải cách hành chính năm 2022; ` +
        "UBND xã Gio Sơn ban hành Kế hoạch tuyên truyền CCHC năm 2022 như sau:",
    );
  });

  it("leaves out what a parent does not state, and the type a title repeats", () => {
    expect(citation({ number: null, date: null, issuer: "UBND tỉnh Đắk Lắk", title: "Kế hoạch cải cách hành chính tỉnh Đắk Lắk năm 2021" })).toBe(
      "Kế hoạch của UBND tỉnh Đắk Lắk về cải cách hành chính tỉnh Đắk Lắk năm 2021",
    );
    expect(citation({ number: "76/NQ-CP", date: { day: 15, month: 7, year: 2021 }, issuer: null, title: null })).toBe("Nghị quyết số 76/NQ-CP ngày 15/7/2021");
  });

  it("without parents is only the issuing sentence", () => {
    expect(basisParagraph([], "Sở Nội vụ", "Kế hoạch tuyên truyền năm 2021")).toBe("Sở Nội vụ ban hành Kế hoạch tuyên truyền năm 2021 như sau:");
  });

  it("closes with the plan's name and issuer, once", () => {
    expect(closingSentence("UBND xã Gio Sơn", "Tuyên truyền CCHC năm 2022")).toBe("Trên đây là Kế hoạch tuyên truyền CCHC năm 2022 của UBND xã Gio Sơn./.");
    expect(closingSentence("Sở Nội vụ tỉnh Đắk Lắk", "Tuyên truyền năm 2021 của Sở Nội vụ")).toBe("Trên đây là Kế hoạch tuyên truyền năm 2021 của Sở Nội vụ./.");
  });
});

describe("header names", () => {
  it("writes a local government body in full above its locality", () => {
    expect(issuerLines("UBND xã Gio Sơn", null)).toEqual(["ỦY BAN NHÂN DÂN", "XÃ GIO SƠN"]);
    expect(issuerLines("Ủy ban nhân dân tỉnh Sơn La", null)).toEqual(["ỦY BAN NHÂN DÂN", "TỈNH SƠN LA"]);
    expect(issuerLines("HĐND phường Ba Đình", null)).toEqual(["HỘI ĐỒNG NHÂN DÂN", "PHƯỜNG BA ĐÌNH"]);
  });

  it("drops the locality a body shares with its superior", () => {
    expect(issuerLines("Sở Kế hoạch và Đầu tư thành phố Hải Phòng", "UBND thành phố Hải Phòng")).toEqual(["SỞ KẾ HOẠCH VÀ ĐẦU TƯ"]);
    expect(issuerLines("Sở Nội vụ tỉnh Đắk Lắk", "UBND tỉnh Đắk Lắk")).toEqual(["SỞ NỘI VỤ"]);
    expect(issuerLines("Bộ Nội vụ", null)).toEqual(["BỘ NỘI VỤ"]);
  });

  it("takes the place name from the issuer's locality", () => {
    expect(placeOf("UBND xã Gio Sơn")).toBe("Gio Sơn");
    expect(placeOf("Sở Kế hoạch và Đầu tư thành phố Hải Phòng")).toBe("Hải Phòng");
    expect(placeOf("Bộ Nội vụ")).toBeNull();
  });
});

describe("signature block and recipients", () => {
  it("sets the authority lines and the position in capitals, one per line", () => {
    expect(authorityLines({ authority: "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH", position: "PHÓ CHỦ TỊCH", signer: "Phạm Văn Thủy" })).toEqual([
      "TM. ỦY BAN NHÂN DÂN",
      "KT. CHỦ TỊCH",
      "PHÓ CHỦ TỊCH",
    ]);
  });

  it("writes TM., KT., Q., TL., TUQ. with their dot, in capitals, and drops empty lines", () => {
    expect(authorityLines({ authority: "tm Ủy ban nhân dân\n\n  kt Chủ tịch ", position: "Phó Chủ tịch", signer: null })).toEqual(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]);
    expect(authorityLines({ authority: "TUQ Giám đốc", position: null, signer: null })).toEqual(["TUQ. GIÁM ĐỐC"]);
    expect(authorityLines({ authority: null, position: "GIÁM ĐỐC", signer: "Nguyễn Ngọc Tú" })).toEqual(["GIÁM ĐỐC"]);
    expect(authorityLines({ authority: null, position: null, signer: "Đỗ An Chung" })).toEqual([]);
  });

  it("ends each recipient with ';' and the last with '.'", () => {
    expect(recipientLines(["UBND huyện;", "- Phòng VH TT", "", "Lưu: VT"])).toEqual(["- UBND huyện;", "- Phòng VH TT;", "- Lưu: VT."]);
  });
});

describe("timing phrases", () => {
  const timing = (src: string): Timing => {
    const plan = parse(`plan p { title "t" issuer "i" level commune task a "A" {} task t { timing ${src} } }`, "t.kh").document.plan!;
    const task = plan.members.find((m) => m.type === "Task" && m.id.name === "t");
    if (task?.type !== "Task" || task.fields[0]?.name !== "timing") throw new Error(`no timing in ${src}`);
    return task.fields[0].value;
  };

  it.each([
    ["continuous", "thường xuyên"],
    ["14/02/2022", "ngày 14/02/2022"],
    ["before 10/06/2024", "trước ngày 10/6/2024"],
    ["from 01/03/2024 to 30/06/2024", "từ ngày 01/3/2024 đến ngày 30/6/2024"],
    ["Q2 2024", "quý II/2024"],
    ["month 3/2024", "tháng 3/2024"],
    ["H1 2024", "6 tháng đầu năm 2024"],
    ["H2 2024", "6 tháng cuối năm 2024"],
    ["year 2024", "năm 2024"],
    ["every quarter", "hằng quý"],
    ["every year before 10/06 and 10/12", "trước ngày 10/6 và 10/12 hằng năm"],
    ["every month before 5", "trước ngày 5 hằng tháng"],
    ["every year before 10/06/2024 and 10/12/2024 and 10/06/2025", "trước ngày 10/6/2024, 10/12/2024 và 10/6/2025"],
    ["after a", "sau khi a"],
  ])("%s → %s", (src, phrase) => {
    expect(timingPhrase(timing(src))).toBe(phrase);
  });

  it("names the task an `after` timing follows by its title", () => {
    expect(timingPhrase(timing("after a"), (id) => (id === "a" ? "Ban hành kế hoạch." : undefined))).toBe("sau khi ban hành kế hoạch");
  });
});

describe("Vietnamese text", () => {
  it("lower-cases a title's first letter inside a sentence, but not an acronym", () => {
    expect(lowerFirst("Tuyên truyền cải cách")).toBe("tuyên truyền cải cách");
    expect(lowerFirst("Ủy ban")).toBe("ủy ban");
    expect(lowerFirst("CCHC năm 2022")).toBe("CCHC năm 2022");
    expect(lowerFirst("")).toBe("");
  });

  it("joins names with 'và' and lower-cases a common noun phrase", () => {
    expect(joinVi(["A", "B", "C"])).toBe("A, B và C");
    expect(joinVi(["A"])).toBe("A");
    expect(inSentence("Các cơ quan, đoàn thể")).toBe("các cơ quan, đoàn thể");
    expect(inSentence("Văn phòng HĐND&UBND xã")).toBe("Văn phòng HĐND&UBND xã");
  });
});

describe("escaping plan text", () => {
  // Characters XML 1.0 allows, so that saxes can read the result back.
  const xmlText = fc.string({ unit: fc.constantFrom("a", "Ư", "ệ", "<", ">", "&", '"', "'", " ", "/", "*", "_", "#", "[", "]", "|", "`", "\\", "1", ".", "-", "&amp;", "<script>") });

  it("HTML: the text reads back unchanged and never opens an element", () => {
    fc.assert(
      fc.property(xmlText, (s) => {
        const el = parseXml(`<p>${escapeHtml(s)}</p>`);
        expect(el.children).toEqual([]);
        expect(el.text).toBe(s);
      }),
    );
  });

  it("Markdown: every markup character is escaped", () => {
    fc.assert(
      fc.property(xmlText, (s) => {
        const e = escapeMarkdown(s);
        // Removing the escapes gives the text back, and no markup character stands unescaped.
        expect(e.replace(/\\(.)/gu, "$1")).toBe(s);
        expect(e.replace(/\\./gu, "")).not.toMatch(/[*_`[\]<>|#\\]/u);
      }),
    );
    expect(escapeMarkdown("1. không phải danh sách")).toBe("1\\. không phải danh sách");
    expect(escapeMarkdown("<script>alert(1)</script>")).toBe("\\<script\\>alert(1)\\</script\\>");
  });
});
