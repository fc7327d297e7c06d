/** Unit tests of each recogniser of `kh import`: one table of cases per pattern family. */
import { describe, expect, it } from "vitest";
import { toParagraphs, type Para } from "../../src/import/blocks.js";
import { citationId, findCitations } from "../../src/import/citations.js";
import { cleanLine, cleanText } from "../../src/import/clean.js";
import { caseBodyName, issuerFromText, levelOfIssuer, readBodies, readNumberLine, readPlaceDate } from "../../src/import/header.js";
import { isAuthorityLine, isRecipientsHead, isTitleWord, readAttribute, readMarker, romanValue } from "../../src/import/markers.js";
import { headingKinds, subheadingKind } from "../../src/import/sections.js";
import { findTableHeader, readTable } from "../../src/import/tables.js";
import { isPlainIdentifier, slug } from "../../src/import/text.js";
import { findDeadline, findTiming, periodFromTitle, saysMore } from "../../src/import/timing.js";
import { coordinatingUnits, leadingUnit, splitUnitList, UnitRegistry } from "../../src/import/units.js";
import { timing as printTiming } from "../../src/format/values.js";

const show = (text: string, ctx = { year: 2022 }): string | undefined => {
  const f = findTiming(text, ctx);
  return f ? `${printTiming(f.timing, "vi")}${f.deadline ? " (hạn)" : ""}` : undefined;
};

describe("cleaning: Markdown residue, escapes, OCR spacing, NFD", () => {
  it.each([
    ["**I. MỤC ĐÍCH,", "I. MỤC ĐÍCH,"],
    ["*Đơn vị chủ trì thực hiện: *Các Sở", "Đơn vị chủ trì thực hiện: Các Sở"],
    ["## II. NỘI DUNG", "II. NỘI DUNG"],
    ["\\- Tuyên truyền", "- Tuyên truyền"],
    ["* Một ý", "* Một ý"],
    ["* *", ""],
    ["---------------", ""],
    ["|---|:---:|", ""],
    ["|", "|"],
    ["Số: 32 /KH-UBND", "Số: 32/KH-UBND"],
    ["trước ngày 10 /6", "trước ngày 10/6"],
    ["Chương trình số 10- CTr/TU", "Chương trình số 10-CTr/TU"],
    ["Nghị quyết số 27/NQ- TW", "Nghị quyết số 27/NQ-TW"],
    ["a\u200Bb\u00A0 c", "ab c"],
  ])("%j → %j", (raw, clean) => {
    expect(cleanLine(raw)).toBe(clean);
  });

  it("reads NFD text as NFC and keeps blank lines as breaks, residue lines as nothing", () => {
    const nfd = "Kế hoạch\n**\n\nTuyên truyền".normalize("NFD");
    expect(cleanText(nfd)).toEqual(["Kế hoạch", null, "Tuyên truyền"]);
  });
});

describe("markers: headings and items", () => {
  it.each([
    ["II. NỘI DUNG", "roman", "II", 0],
    ["IV. Tổ chức thực hiện.", "roman", "IV", 0],
    ["l. MỤC ĐÍCH", "roman", "l", 0],
    ["1. Mục đích", "number", "1", 1],
    ["2.1. Đến năm 2030", "number", "2.1", 2],
    ["2.1 Đến năm 2030", "number", "2.1", 2],
    ["3) Nội dung", "number", "3", 1],
    ["a) Phát huy", "letter", "a", 6],
    ["đ) Kết quả", "letter", "đ", 6],
    ["- Tuyên truyền", "bullet", "-", 7],
    ["-Tuyên truyền", "bullet", "-", 7],
    ["• Tuyên truyền", "bullet", "•", 7],
    ["* Tuyên truyền", "bullet", "*", 7],
    ["+ Hướng dẫn", "bullet", "+", 8],
  ])("%j is a %s item (%s)", (line, kind, label, rank) => {
    expect(readMarker(line).marker).toEqual({ kind, label, rank });
  });

  it.each(["2025 - 2030 phấn đấu", "10/6 và 10/12", "3.000 lượt", "Tuyên truyền", "- ", "I. tiếp theo"])("%j has no marker", (line) => {
    expect(readMarker(line).marker).toBeNull();
  });

  it("reads Roman numerals, with OCR l for I", () => {
    expect([romanValue("I"), romanValue("IV"), romanValue("IX"), romanValue("ll"), romanValue("IIII"), romanValue("")]).toEqual([1, 4, 9, 2, undefined, undefined]);
  });

  it.each([
    ["Đơn vị chủ trì thực hiện: Các Sở, ngành.", "lead", "Các Sở, ngành."],
    ["- Cơ quan thực hiện: Sở Khoa học và Công nghệ", "lead", "Sở Khoa học và Công nghệ"],
    ["Đơn vị chủ trì tham mưu thực hiện: Sở Tư pháp.", "lead", "Sở Tư pháp."],
    ["- Cơ quan phối hợp: Các sở, ngành", "coordinating", "Các sở, ngành"],
    ["Don vi phoi hop: So Tu phap", "coordinating", "So Tu phap"],
    ["Thời gian thực hiện: Quý IV năm 2025", "timing", "Quý IV năm 2025"],
    ["Thời gian hoàn thành: Thường xuyên", "timing", "Thường xuyên"],
    ["Thời gian thực hiện sau khi Chiến lược được ban hành.", "timing", "sau khi Chiến lược được ban hành."],
    ["- Nội dung: Rà soát các văn bản", "content", "Rà soát các văn bản"],
    ["Sản phẩm: Báo cáo", "output", "Báo cáo"],
  ])("%j is a labelled line (%s)", (line, kind, value) => {
    expect(readAttribute(line)).toEqual({ kind, value });
  });

  it("tells the special lines", () => {
    expect([isTitleWord("KẾ HOẠCH"), isTitleWord("Ke hoach"), isTitleWord("Kế hoạch số 5")]).toEqual([true, true, false]);
    expect([isAuthorityLine("TM. ỦY BAN NHÂN DÂN"), isAuthorityLine("KT.GIÁM ĐỐC"), isAuthorityLine("TL. CHỦ TỊCH"), isAuthorityLine("Tổ chức")]).toEqual([true, true, true, false]);
    expect([isRecipientsHead("Nơi nhận:"), isRecipientsHead("Noi nhan"), isRecipientsHead("Nội dung")]).toEqual([true, true, false]);
  });
});

describe("paragraphs: hard wraps, blank-line breaks, tables", () => {
  const paras = (text: string): string[] => toParagraphs(cleanText(text)).map((p) => (p.kind === "para" ? p.text : `TABLE ${p.rows.length}`));

  it("joins wrapped lines and splits at markers", () => {
    expect(paras("- Tuyên truyền, phổ biến\nsâu rộng.\n- Thông tin kịp thời\nđầy đủ.")).toEqual(["- Tuyên truyền, phổ biến sâu rộng.", "- Thông tin kịp thời đầy đủ."]);
  });

  it("joins a sentence broken by a blank line, and a word broken at a hyphen", () => {
    expect(paras("d) Tăng cường tuyên truyền về sắp xếp tổ chức bộ\n\nmáy tinh gọn, hiệu quả.")).toEqual(["d) Tăng cường tuyên truyền về sắp xếp tổ chức bộ máy tinh gọn, hiệu quả."]);
    expect(paras("gắn với Chỉ thị 05-\n\nCT/TW của Bộ Chính trị")).toEqual(["gắn với Chỉ thị 05-CT/TW của Bộ Chính trị"]);
    expect(paras("1. Mục đích\n\nNâng cao nhận thức.")).toEqual(["1. Mục đích", "Nâng cao nhận thức."]);
  });

  it("keeps the title apart from `KẾ HOẠCH`, and a wrapped range of years whole", () => {
    expect(paras("KẾ HOẠCH\nTuyên truyền cải cách hành chính")).toEqual(["KẾ HOẠCH", "Tuyên truyền cải cách hành chính"]);
    expect(paras("4. Trong giai đoạn 2026\n- 2030 phấn đấu có ít nhất 10%")).toEqual(["4. Trong giai đoạn 2026 - 2030 phấn đấu có ít nhất 10%"]);
  });

  it("reads a Markdown task table and a crawled one-cell-per-line table", () => {
    const md = "| STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |\n|---|---|---|---|---|\n| 1 | Rà soát | Sở Tư pháp | Sở Nội vụ | Quý I/2024 |";
    const crawl = "|\nSTT\n|\nNhiệm vụ\n|\nChủ trì\n|\nThời gian\n|\n|\n1\n|\nRà soát văn\nbản\n|\nSở Tư pháp\n|\nThường xuyên\n|";
    const [a] = toParagraphs(cleanText(md));
    const [b] = toParagraphs(cleanText(crawl));
    expect(a).toEqual({ kind: "table", rows: [["STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"], ["1", "Rà soát", "Sở Tư pháp", "Sở Nội vụ", "Quý I/2024"]] });
    expect(b).toEqual({ kind: "table", rows: [["STT", "Nhiệm vụ", "Chủ trì", "Thời gian"], ["1", "Rà soát văn bản", "Sở Tư pháp", "Thường xuyên"]] });
  });

  it("lets a layout table (the header block) flow as paragraphs", () => {
    expect(paras("|\nỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK\n|\nCỘNG HÒA XÃ HỘI\n|\n|\nSố: 0124/KH-UBND\n|")).toEqual([
      "ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK",
      "CỘNG HÒA XÃ HỘI",
      "Số: 0124/KH-UBND",
    ]);
  });

  it("keeps the source lines of a paragraph (the signature reads them)", () => {
    const [p] = toParagraphs(cleanText("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH")) as Para[];
    expect(p!.lines).toEqual(["TM. ỦY BAN NHÂN DÂN"]);
  });
});

describe("timings: every form of the texts, mapped to the language's forms", () => {
  it.each([
    ["Quý I/2022", "quý I/2022"],
    ["Quý IV năm 2025", "quý IV/2025"],
    ["Quí II", "quý II/2022"],
    ["Quí IV-2025", "quý IV/2025"],
    ["quý l/2022", "quý I/2022"],
    ["Quý 3/2024", "quý III/2024"],
    ["thường xuyên", "thường xuyên"],
    ["Thường xuyên, hằng năm", "thường xuyên"],
    ["trước ngày 10/6", "trước 10/06/2022 (hạn)"],
    ["trước ngày 10 /6", "trước 10/06/2022 (hạn)"],
    ["trước ngày 15 tháng 11", "trước 15/11/2022 (hạn)"],
    ["trước ngày 10/6/2024", "trước 10/06/2024 (hạn)"],
    ["trước ngày 10/6 và 10/12", "hằng năm trước 10/06 và 10/12 (hạn)"],
    ["6 tháng trước ngày 10/6 và cả năm trước ngày 10/12", "hằng năm trước 10/06 và 10/12 (hạn)"],
    ["trước ngày 01/6 và 15/11 hằng năm", "hằng năm trước 01/06 và 15/11 (hạn)"],
    ["định kỳ hằng năm (trước ngày 15 tháng 11)", "hằng năm trước 15/11 (hạn)"],
    ["hằng tháng trước ngày 5", "hằng tháng trước 5 (hạn)"],
    ["Hằng năm", "hằng năm"],
    ["Hàng năm", "hằng năm"],
    ["hàng quý", "hằng quý"],
    ["6 tháng đầu năm", "6 tháng đầu năm 2022"],
    ["6 tháng cuối năm 2023", "6 tháng cuối năm 2023"],
    ["tháng 3/2024", "tháng 3/2024"],
    ["Tháng 12 năm 2025", "tháng 12/2025"],
    ["xong trong tháng 12", "tháng 12/2022"],
    ["năm 2025", "năm 2025"],
    ["2026", "năm 2026"],
    ["2025 - 2030", "từ 01/01/2025 đến 31/12/2030"],
    ["Giai đoạn 2026-2030 và những năm tiếp theo", "từ 01/01/2026 đến 31/12/2030"],
    ["từ 01/3/2024 đến 30/6/2024", "từ 01/03/2024 đến 30/06/2024"],
    ["từ ngày 01/3 đến ngày 30/6", "từ 01/03/2022 đến 30/06/2022"],
    ["từ tháng 3/2024 đến tháng 6/2024", "từ 01/03/2024 đến 30/06/2024"],
    ["ngày 14/02/2022", "14/02/2022"],
  ])("%j → %s", (text, expected) => {
    expect(show(text)).toBe(expected);
  });

  it.each(["Sau khi Nghị định được ban hành", "trước ngày 31/6", "Quý V/2022", "Theo tiến độ", "tháng 13/2024"])("%j has no timing", (text) => {
    expect(show(text)).toBeUndefined();
  });

  it("gives a date without a year the plan's year, or makes it yearly in a plan of several years", () => {
    expect(printTiming(findTiming("trước ngày 20/11", { year: 2025 })!.timing, "vi")).toBe("trước 20/11/2025");
    expect(printTiming(findTiming("trước ngày 20/11", { year: 2025, multiYear: true })!.timing, "vi")).toBe("hằng năm trước 20/11");
    expect(printTiming(findTiming("Quý II", {})?.timing ?? findTiming("năm 2024")!.timing, "vi")).toBe("năm 2024");
  });

  it("runs `từ D` without an end to the end of the plan's period", () => {
    const periodEnd = { type: "Date" as const, day: 31, month: 12, year: 2030, span: { file: "", line: 1, column: 1, endLine: 1, endColumn: 1, offset: 0, endOffset: 0 } };
    expect(printTiming(findTiming("Từ 01/7/2025", { year: 2026, periodEnd })!.timing, "vi")).toBe("từ 01/07/2025 đến 31/12/2030");
    expect(findTiming("Từ 01/7/2025", { year: 2026 })).toBeUndefined();
  });

  it("merges every deadline of a sentence, and says when the text says more than its timing", () => {
    const d = findDeadline("báo cáo 6 tháng trước ngày 10/6; báo cáo năm trước ngày 10/12", { year: 2022 })!;
    expect(printTiming(d.timing, "vi")).toBe("hằng năm trước 10/06 và 10/12");
    expect(saysMore("Quý IV năm 2025 và các năm tiếp theo", findTiming("Quý IV năm 2025 và các năm tiếp theo"))).toBe(true);
    expect(saysMore("Thời gian thực hiện: Quý I/2022.", findTiming("Thời gian thực hiện: Quý I/2022."))).toBe(false);
  });

  it("reads the period from the title", () => {
    const p = (title: string, year?: number): string | undefined => {
      const t = periodFromTitle(title, year);
      return t && printTiming(t, "vi");
    };
    expect(p("Tuyên truyền cải cách hành chính xã Gio Sơn năm 2022")).toBe("năm 2022");
    expect(p("NÂNG CAO NĂNG LỰC … GIAI ĐOẠN 2026 - 2030")).toBe("từ 01/01/2026 đến 31/12/2030");
    expect(p("LỘ TRÌNH ĐỔI MỚI CÔNG NGHỆ ĐẾN NĂM 2035", 2025)).toBe("từ 01/01/2025 đến 31/12/2035");
    expect(p("PHÁT ĐỘNG ĐỢT THI ĐUA")).toBeUndefined();
  });
});

describe("citations: documents cited, plans among them, parent ids", () => {
  it("reads type, number, date and issuer; a Kế hoạch is a plan, a Công văn is not", () => {
    const cs = findCitations("Thực hiện Kế hoạch số 23/KH-UBND ngày 08/02/2022 về Tuyên truyền; Công văn số 117/UBND-VX ngày 10/02/2022 về việc triển khai");
    expect(cs.map((c) => [c.type, c.number, c.date?.day, c.date?.month, c.date?.year, c.issuer, c.plan])).toEqual([
      ["Kế hoạch", "23/KH-UBND", 8, 2, 2022, undefined, true],
      ["Công văn", "117/UBND-VX", 10, 2, 2022, undefined, false],
    ]);
    expect(citationId(cs[0]!)).toBe("ubnd-23-2022");
  });

  it("reads Party numbers and issuers, and dates written in words", () => {
    const cs = findCitations("Thực hiện Kế hoạch số 14-KH/TU ngày 29/7/2025 của Ban Thường vụ Tỉnh ủy và Kế hoạch số 24/KH-UBND ngày 14/8/2025 của UBND tỉnh thực hiện Nghị quyết số 66-NQ/TW ngày 30 tháng 4 năm 2025 của Bộ Chính trị");
    expect(cs.map((c) => [c.number, c.issuer, c.plan])).toEqual([
      ["14-KH/TU", "Ban Thường vụ Tỉnh ủy", true],
      ["24/KH-UBND", "UBND tỉnh", true],
      ["66-NQ/TW", "Bộ Chính trị", false],
    ]);
    expect(cs.map(citationId)).toEqual(["btv-tinh-uy-14-2025", "ubnd-tinh-24-2025", "bct-66-2025"]);
    expect(cs[2]!.date).toMatchObject({ day: 30, month: 4, year: 2025 });
  });

  it("takes a decision that issues a plan as that plan; reads numbers without `số` and without diacritics", () => {
    const [qd] = findCitations("Quyết định số 2437/QĐ-TTg ngày 04/11/2025 của Thủ tướng Chính phủ ban hành Kế hoạch triển khai Đợt thi đua");
    expect([qd!.plan, qd!.issuer, citationId(qd!)]).toEqual([true, "Thủ tướng Chính phủ", "ttg-2437-2025"]);
    expect(findCitations("theo Nghị định 48/2013/NĐ-CP của Chính phủ")[0]).toMatchObject({ type: "Nghị định", number: "48/2013/NĐ-CP", plan: false });
    expect(findCitations("Thuc hien Ke hoach so 5/KH-UBND ngay 1/2/2024")[0]).toMatchObject({ type: "Kế hoạch", number: "5/KH-UBND", plan: true });
  });
});

describe("header: number, place and date, issuing body, level", () => {
  it("reads the number and symbol, state and Party style", () => {
    expect(readNumberLine("Số: 32/KH-UBND")).toEqual({ number: "32/KH-UBND", rest: "" });
    expect(readNumberLine("Số 14-KH/TU Quảng Trị, ngày 1 tháng 2 năm 2022")).toEqual({ number: "14-KH/TU", rest: "Quảng Trị, ngày 1 tháng 2 năm 2022" });
    expect(readNumberLine("Sở Nội vụ")).toBeUndefined();
  });

  it("reads the place and date", () => {
    expect(readPlaceDate("Gio Sơn, ngày 14 tháng 02 năm 2022")).toMatchObject({ place: "Gio Sơn", date: { day: 14, month: 2, year: 2022 } });
    expect(readPlaceDate("Hà Nội, ngày 8/3/2024")).toMatchObject({ place: "Hà Nội", date: { day: 8, month: 3, year: 2024 } });
    expect(readPlaceDate("ngày 30 tháng 02 năm 2022")).toBeUndefined();
  });

  it.each([
    ["ỦY BAN NHÂN DÂN XÃ GIO SƠN", "UBND xã Gio Sơn"],
    ["UỶ BAN NHÂN DÂN TỈNH BẮC NINH", "UBND tỉnh Bắc Ninh"],
    ["SỞ KẾ HOẠCH VÀ ĐẦU TƯ THÀNH PHỐ HẢI PHÒNG", "Sở Kế hoạch và Đầu tư thành phố Hải Phòng"],
    ["SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "Sở Văn hóa, Thể thao và Du lịch"],
    ["Ủy ban nhân dân tỉnh Sơn La", "UBND tỉnh Sơn La"],
  ])("cases %j as %j", (upper, cased) => {
    expect(caseBodyName(upper)).toBe(cased);
  });

  it("tells the issuer from its superior in the top-left block", () => {
    expect(readBodies(["UBND TỈNH QUẢNG TRỊ", "SỞ NỘI VỤ"])).toEqual({ issuer: "Sở Nội vụ", superior: "UBND tỉnh Quảng Trị" });
    expect(readBodies(["ỦY BAN NHÂN DÂN", "XÃ GIO SƠN"])).toEqual({ issuer: "UBND xã Gio Sơn" });
    expect(readBodies(["ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "HUYỆN GIO LINH Độc lập - Tự do - Hạnh phúc"])).toEqual({ issuer: "UBND huyện Gio Linh" });
  });

  it.each([
    ["UBND xã Gio Sơn", "commune"],
    ["UBND phường Hải Châu", "commune"],
    ["UBND thị trấn Gio Linh", "commune"],
    ["UBND huyện Gio Linh", "district"],
    ["UBND thị xã Quảng Trị", "district"],
    ["UBND tỉnh Sơn La", "province"],
    ["UBND thành phố Hải Phòng", "province"],
    ["Sở Nội vụ", "department"],
    ["Ban Quản lý khu kinh tế", "department"],
    ["Bộ Nội vụ", "ministry"],
    ["Tỉnh ủy Bắc Ninh", "province"],
  ])("infers the level of %j: %s", (issuer, level) => {
    expect(levelOfIssuer(issuer)?.id).toBe(level);
  });

  it("finds the issuer in the text when there is no header block", () => {
    expect(issuerFromText(["Tiếp tục thực hiện …; Sở Nội vụ xây dựng Kế hoạch tuyên truyền"], undefined)).toBe("Sở Nội vụ");
    expect(issuerFromText(["Ủy ban nhân dân tỉnh Sơn La ban hành Kế hoạch tuyên truyền"], undefined)).toBe("UBND tỉnh Sơn La");
    expect(issuerFromText([], "Tuyên truyền cải cách hành chính năm 2021 của Sở Nội vụ")).toBe("Sở Nội vụ");
    expect(issuerFromText(["Thực hiện Kế hoạch số 60/KH-UBND của Ủy ban nhân dân thành phố về việc Tuyên truyền"], undefined)).toBeUndefined();
  });
});

describe("units: leads, coordination, lists, ids", () => {
  it.each([
    ["Sở Nội vụ chủ trì, phối hợp với Sở TT&TT thực hiện", "Sở Nội vụ"],
    ["Văn phòng Sở có trách nhiệm đôn đốc", "Văn phòng Sở"],
    ["Sở Văn hóa, Thể thao và Du lịch phối hợp với Ban Tuyên giáo", "Sở Văn hóa, Thể thao và Du lịch"],
    ["Đề nghị Ủy ban Mặt trận Tổ quốc tỉnh, các tổ chức chính trị-xã hội phát huy mạnh mẽ", "Ủy ban Mặt trận Tổ quốc tỉnh, các tổ chức chính trị-xã hội"],
    ["Giao Sở Tư pháp theo dõi, đôn đốc", "Sở Tư pháp"],
  ])("the duty %j is led by %j", (text, unit) => {
    expect(leadingUnit(text)?.unit).toBe(unit);
  });

  it.each(["Tổ chức tập huấn cho cán bộ", "Bổ sung các chính sách hỗ trợ", "Ban hành kế hoạch thực hiện", "Hội nghị triển khai", "Báo cáo kết quả"])("%j names no unit", (text) => {
    expect(leadingUnit(text)).toBeUndefined();
  });

  it("reads the units after `phối hợp với`", () => {
    expect(coordinatingUnits("Sở Nội vụ chủ trì, phối hợp với Sở TT&TT thực hiện tốt")).toEqual(["Sở TT&TT"]);
    expect(coordinatingUnits("Phối hợp với ban VH&TT, bộ phận một cửa cung cấp thông tin")).toEqual(["ban VH&TT", "bộ phận một cửa"]);
    expect(coordinatingUnits("phối hợp với các cơ quan liên quan, các tổ chức trong hệ thống chính trị tuyên truyền")).toEqual(["các cơ quan liên quan", "các tổ chức"]);
  });

  it("splits lists of units only where a new unit starts", () => {
    expect(splitUnitList("Các Sở, ngành, đơn vị, UBND cấp xã.")).toEqual(["Các Sở, ngành, đơn vị", "UBND cấp xã"]);
    expect(splitUnitList("Sở Tư pháp; các cơ quan, đơn vị, địa phương liên quan")).toEqual(["Sở Tư pháp", "các cơ quan, đơn vị, địa phương liên quan"]);
    expect(splitUnitList("Sở Văn hóa, Thể thao và Du lịch")).toEqual(["Sở Văn hóa, Thể thao và Du lịch"]);
    expect(splitUnitList("Báo và Phát thanh Truyền hình Lai Châu và các sở, ngành có liên quan.")).toEqual(["Báo và Phát thanh Truyền hình Lai Châu", "các sở, ngành có liên quan"]);
    expect(splitUnitList("Sở Nội vụ, Sở Tư pháp (b/c).")).toEqual(["Sở Nội vụ", "Sở Tư pháp"]);
  });

  it("gives each unit one id, slugged without diacritics", () => {
    const r = new UnitRegistry();
    expect([r.idOf("Sở Nội vụ"), r.idOf("SỞ NỘI VỤ."), r.idOf("Văn phòng HĐND&UBND xã"), r.idOf("Sở Nội Vụ tỉnh")]).toEqual(["so-noi-vu", "so-noi-vu", "van-phong-hdnd-ubnd-xa", "so-noi-vu-tinh"]);
    expect(r.entries).toHaveLength(3);
  });

  it("makes identifiers that parse as names", () => {
    expect([slug("Kế hoạch"), slug("100% đội ngũ", 6, "nv"), slug("Phối hợp"), slug("")]).toEqual(["ke-hoach-1", "nv-100-doi-ngu", "phoi-hop-1", "x"]);
    expect([isPlainIdentifier("gio-son-2022"), isPlainIdentifier("ke-hoach"), isPlainIdentifier("2022-plan"), isPlainIdentifier("a--b")]).toEqual([true, false, false, false]);
  });
});

describe("tables and sections", () => {
  it("finds the header of a task table and reads its rows and group rows", () => {
    const rows = [
      ["STT", "Tên nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
      ["I. NÂNG CAO NHẬN THỨC"],
      ["1", "Triển khai nền tảng", "Sở KH&CN", "Các sở, ban, ngành tỉnh", "Thường xuyên"],
    ];
    expect(findTableHeader(rows)?.roles).toEqual(["number", "content", "lead", "coordinating", "timing"]);
    expect(readTable(rows)?.lines).toEqual([
      { kind: "group", text: "I. NÂNG CAO NHẬN THỨC" },
      { kind: "task", row: { cells: { number: "1", content: "Triển khai nền tảng", lead: "Sở KH&CN", coordinating: "Các sở, ban, ngành tỉnh", timing: "Thường xuyên" }, extra: [] } },
    ]);
    expect(findTableHeader([["Họ tên", "Chức vụ"]])).toBeUndefined();
  });

  it("classifies Roman headings and switches at sub-headings", () => {
    expect(headingKinds("MỤC ĐÍCH, YÊU CẦU")).toEqual(["purposes", "requirements"]);
    expect(headingKinds("ĐỐI TƯỢNG, TIÊU CHÍ THI ĐUA VÀ HÌNH THỨC KHEN THƯỞNG")).toEqual(["audiences", "requirements", "forms"]);
    expect(headingKinds("TỔ CHỨC THỰC HIỆN")).toEqual(["organisation"]);
    expect(headingKinds("KINH PHÍ BẢO ĐẢM")).toEqual(["budget"]);
    expect(headingKinds("NHỮNG ĐIỀU KHÁC")).toEqual(["tasks"]);
    expect([subheadingKind("Mục đích"), subheadingKind("Các hình thức tuyên truyền"), subheadingKind("Thời gian thực hiện:"), subheadingKind("Sở Nội vụ")]).toEqual(["purposes", "forms", "tasks", undefined]);
  });
});
