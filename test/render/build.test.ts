/** The document model built from resolved plans in memory: sections present or absent, organisation, reports, dialects, Party header, injection. */
import { describe, expect, it } from "vitest";
import { checkWorkspace, type SourceFile } from "../../src/check/check.js";
import { levelTable } from "../../src/resolve/levels.js";
import { buildDocument } from "../../src/render/build.js";
import { renderHtml } from "../../src/render/html.js";
import { renderMarkdown } from "../../src/render/markdown.js";
import type { Block, RenderDocument } from "../../src/render/model.js";
import { findParents, parentIds } from "../../src/render/parents.js";
import { parseXml } from "../outputs/xml.js";

const TEMPLATE = `kế hoạch mẫu huyen-2022 {
  tiêu đề "Tuyên truyền cải cách hành chính huyện Mẫu năm 2022"
  cơ quan "UBND huyện Mẫu"
  cấp huyện
  số "23/KH-UBND"
  ngày 08/02/2022
  giai đoạn năm 2022
  vai trò vhtt "Văn hóa - Thông tin"
  yêu cầu bao-cao "Báo cáo 6 tháng và năm" {
    áp dụng xã
    chủ trì vai trò vhtt
    hạn hằng năm trước 10/6 và 10/12
    loại bao-cao
  }
}`;

const PLAN_VI = `kế hoạch xa-2022 {
  tiêu đề "Tuyên truyền cải cách hành chính xã Mẫu năm 2022"
  cơ quan "UBND xã Mẫu"
  cấp xã
  số "32/KH-UBND"
  ngày 14/02/2022
  thực hiện huyen-2022
  đơn vị vh "Văn hóa và Thông tin xã" vai trò vhtt
  đơn vị vp "Văn phòng HĐND&UBND xã"
  đơn vị dt "Các cơ quan, đoàn thể xã"
  mục đích { "Nâng cao nhận thức." "Tăng cường sự tham gia." }
  kinh phí "Ngân sách xã."
  nhiệm vụ cap-nhat "Cập nhật thủ tục hành chính" {
    chủ trì vp
    phối hợp vh, dt
    thời gian quý II/2022
  }
  nhiệm vụ tuyen-truyen "Tuyên truyền trên đài truyền thanh" {
    chủ trì vh
    thời gian thường xuyên
  }
  nhiệm vụ bao-cao "Tổng hợp, báo cáo UBND huyện" {
    đáp ứng bao-cao
    chủ trì vh
    hạn hằng năm trước 10/6 và 10/12
  }
  nơi nhận { "UBND huyện;" "Lưu: VT." }
  chữ ký {
    thẩm quyền "TM. ỦY BAN NHÂN DÂN\\nKT. CHỦ TỊCH"
    chức vụ "PHÓ CHỦ TỊCH"
    người ký "Nguyễn Văn A"
  }
}`;

const PLAN_EN = `plan xa-2022 {
  title "Tuyên truyền cải cách hành chính xã Mẫu năm 2022"
  issuer "UBND xã Mẫu"
  level commune
  number "32/KH-UBND"
  date 14/02/2022
  implements huyen-2022
  unit vh "Văn hóa và Thông tin xã" role vhtt
  unit vp "Văn phòng HĐND&UBND xã"
  unit dt "Các cơ quan, đoàn thể xã"
  purposes { "Nâng cao nhận thức." "Tăng cường sự tham gia." }
  budget "Ngân sách xã."
  task cap-nhat "Cập nhật thủ tục hành chính" {
    lead vp
    with vh, dt
    timing Q2 2022
  }
  task tuyen-truyen "Tuyên truyền trên đài truyền thanh" {
    lead vh
    timing continuous
  }
  task bao-cao "Tổng hợp, báo cáo UBND huyện" {
    covers bao-cao
    lead vh
    due every year before 10/06 and 10/12
  }
  recipients { "UBND huyện;" "Lưu: VT." }
  signature {
    authority "TM. ỦY BAN NHÂN DÂN\\nKT. CHỦ TỊCH"
    position "PHÓ CHỦ TỊCH"
    signer "Nguyễn Văn A"
  }
}`;

function documentOf(plan: string, library: readonly SourceFile[] = [{ file: "templates/huyen-2022.kh", text: TEMPLATE }]): RenderDocument {
  const sources = [{ file: "plan.kh", text: plan }];
  const result = checkWorkspace({ sources, library });
  const resolved = [...result.workspace.plans.values()].find((p) => p.model.file === "plan.kh");
  if (!resolved) throw new Error("plan not resolved");
  const texts = new Map([...library, ...sources].map((s) => [s.file, s.text]));
  return buildDocument(resolved, findParents(parentIds(resolved.decl), texts, levelTable()));
}

const headings = (doc: RenderDocument): string[] => doc.blocks.flatMap((b: Block) => (b.kind === "heading" ? [`${b.number} ${b.text}`] : []));
const texts = (doc: RenderDocument): string[] => doc.blocks.flatMap((b: Block) => (b.kind === "paragraph" || b.kind === "item" ? [b.text] : []));

describe("document model", () => {
  const doc = documentOf(PLAN_VI);

  it("numbers the sections the plan has, and only those", () => {
    expect(headings(doc)).toEqual([
      "I. MỤC ĐÍCH",
      "II. NỘI DUNG",
      "III. KINH PHÍ",
      "IV. TỔ CHỨC THỰC HIỆN",
      "1. Văn hóa và Thông tin xã",
      "2. Văn phòng HĐND&UBND xã",
      "3. Chế độ báo cáo",
    ]);
  });

  it("opens with the parent's citation and closes with the closing sentence", () => {
    const t = texts(doc);
    expect(t[0]).toBe(
      "Thực hiện Kế hoạch số 23/KH-UBND ngày 08/02/2022 của UBND huyện Mẫu về tuyên truyền cải cách hành chính huyện Mẫu năm 2022; UBND xã Mẫu ban hành Kế hoạch tuyên truyền cải cách hành chính xã Mẫu năm 2022 như sau:",
    );
    expect(t[t.length - 1]).toBe("Trên đây là Kế hoạch tuyên truyền cải cách hành chính xã Mẫu năm 2022 của UBND xã Mẫu./.");
  });

  it("lists content with timing, duties by lead unit with the units they work with, and reports with their deadlines", () => {
    const t = texts(doc);
    expect(t).toContain("Quý II/2022: Cập nhật thủ tục hành chính.");
    expect(t).toContain("Thường xuyên: Tuyên truyền trên đài truyền thanh.");
    expect(t).toContain("Cập nhật thủ tục hành chính, phối hợp với Văn hóa và Thông tin xã và các cơ quan, đoàn thể xã.");
    expect(t).toContain("Văn hóa và Thông tin xã: Tổng hợp, báo cáo UBND huyện, trước ngày 10/6 và 10/12 hằng năm.");
    // The report is a reporting duty, not a content item.
    expect(t.filter((x) => x.includes("Tổng hợp, báo cáo UBND huyện"))).toHaveLength(1);
  });

  it("gives a template's duties for the bodies below it, by the levels they bind, with their deadlines", () => {
    const doc = documentOf(TEMPLATE, []);
    const h = headings(doc);
    const at = h.indexOf("1. UBND các xã, phường, thị trấn");
    expect(h.some((x) => x.endsWith("TỔ CHỨC THỰC HIỆN"))).toBe(true);
    expect(at).toBeGreaterThan(-1);
    expect(texts(doc)).toContain("Báo cáo 6 tháng và năm (trước ngày 10/6 và 10/12 hằng năm).");
  });

  it("lists tasks under their parts, and only the tasks without a part as the units' duties", () => {
    const withParts = PLAN_VI.replace('thời gian quý II/2022\n', 'thời gian quý II/2022\n    phần "Thời gian thực hiện"\n').replace(
      'nhiệm vụ tuyen-truyen "Tuyên truyền trên đài truyền thanh" {\n',
      'nhiệm vụ tuyen-truyen "Tuyên truyền trên đài truyền thanh" {\n    phần "Nội dung tuyên truyền"\n',
    );
    expect(withParts).not.toBe(PLAN_VI);
    const doc = documentOf(withParts);
    const h = headings(doc);
    expect(h).toContain("1. Thời gian thực hiện");
    expect(h).toContain("2. Nội dung tuyên truyền");
    expect(h).not.toContain("1. Nội dung");
    // both tasks are content, so neither is repeated as a duty of its lead unit
    expect(h.some((x) => x.endsWith("Văn phòng HĐND&UBND xã"))).toBe(false);
    expect(texts(doc).filter((t) => t.includes("Cập nhật thủ tục hành chính"))).toHaveLength(1);
  });

  it("ends with the recipients and the signature block", () => {
    const last = doc.blocks[doc.blocks.length - 1]!;
    expect(last.kind).toBe("signoff");
    if (last.kind !== "signoff") return;
    expect(last.recipients.map((l) => l.text)).toEqual(["Nơi nhận:", "- UBND huyện;", "- Lưu: VT."]);
    expect(last.recipients[0]).toMatchObject({ bold: true, italic: true, size: 12 });
    expect(last.signature.map((l) => l.text)).toEqual(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn A"]);
    expect(last.signature[3]!.gapBeforePt).toBeGreaterThan(0);
  });

  it("is the same Vietnamese document for the English-keyword twin of a plan", () => {
    expect(renderMarkdown(documentOf(PLAN_EN))).toBe(renderMarkdown(doc));
  });

  it("omits every section a plan does not have", () => {
    const bare = documentOf(`plan p { title "Kế hoạch thử" issuer "Bộ Nội vụ" level ministry }`, []);
    expect(bare.blocks.map((b) => b.kind)).toEqual(["header", "title", "paragraph", "paragraph"]);
    expect(texts(bare)).toEqual(["Bộ Nội vụ ban hành Kế hoạch thử như sau:", "Trên đây là Kế hoạch thử của Bộ Nội vụ./."]);
  });

  it("writes a department's superior body above it", () => {
    const province = `template tinh { title "T" issuer "UBND tỉnh Mẫu" level province number "60/KH-UBND" date 08/03/2024 }`;
    const dept = documentOf(`plan so { title "Tuyên truyền" issuer "Sở Nội vụ tỉnh Mẫu" level department implements tinh }`, [{ file: "tinh.kh", text: province }]);
    const header = dept.blocks[0]!;
    if (header.kind !== "header") throw new Error("no header");
    expect(header.rows[0]!.left.map((l) => [l.text, l.bold])).toEqual([
      ["UBND TỈNH MẪU", false],
      ["SỞ NỘI VỤ", true],
    ]);
  });

  it("sets a Party document's header (Số without colon, the Party's name on the right)", () => {
    const party = documentOf(`plan tu { title "Lãnh đạo công tác CCHC" issuer "Tỉnh ủy Mẫu" level province number "14-KH/TU" date 05/01/2022 place "Mẫu" }`, []);
    const md = renderMarkdown(party);
    expect(md).toContain("ĐẢNG CỘNG SẢN VIỆT NAM");
    expect(md).not.toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(md).toContain("Số 14-KH/TU");
    expect(md).toContain("*Mẫu, ngày 05 tháng 01 năm 2022*");
  });

  it("never lets plan text become markup", () => {
    const evil = documentOf(`plan x { title "<script>alert('x')</script> & **đậm**" issuer "UBND xã <b>Mẫu</b>" level commune purposes "1. <img src=x onerror=alert(1)>" }`, []);
    const html = renderHtml(evil);
    expect(html).not.toMatch(/<script|<img|<b>/u);
    const root = parseXml(html.replace(/^<!DOCTYPE html>\n/u, ""));
    const all = (el: ReturnType<typeof parseXml>): string[] => [el.name, ...el.children.flatMap(all)];
    expect(new Set(all(root))).toEqual(new Set(["html", "head", "meta", "title", "style", "body", "main", "table", "tr", "td", "p", "div", "h1", "h2"]));
    const md = renderMarkdown(evil);
    expect(md).not.toMatch(/(^|[^\\])<(script|img|b)/u);
    expect(md).toContain("\\*\\*đậm\\*\\*");
  });
});
