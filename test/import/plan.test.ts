/**
 * `kh import` on a plan none of the recognisers was written from: a department's plan with a
 * superior body, a Markdown task table, duties with `chủ trì`/`phối hợp`, a report deadline in the
 * closing, texts with quotes and backslashes, NFD input. Checks the draft's AST, not its layout.
 */
import { describe, expect, it } from "vitest";
import { importPlan } from "../../src/import/index.js";
import type { Member, TaskDecl } from "../../src/syntax/ast.js";
import { parse } from "../../src/syntax/parse.js";
import { timing } from "../../src/format/values.js";

const PLAN = `UBND TỈNH QUẢNG TRỊ
SỞ NỘI VỤ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 45 /KH-SNV          Quảng Trị, ngày 3 tháng 3 năm 2023

KẾ HOẠCH
Cải cách hành chính năm 2023

Căn cứ Kế hoạch số 12/KH-UBND ngày 10/01/2023 của UBND tỉnh về cải cách hành chính năm 2023; Công văn số 5/SNV-CCHC ngày 2/2/2023 của Sở Nội vụ;

I. MỤC ĐÍCH
- Nâng cao chất lượng "một cửa" \\ liên thông.

II. NHIỆM VỤ
| STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |
|---|---|---|---|---|
| 1 | Rà soát thủ tục hành chính | Phòng CCHC | Văn phòng Sở | Quí II |
| 2 | Báo cáo kết quả năm | Văn phòng Sở | | trước ngày 15 tháng 11 |

III. KINH PHÍ
Kinh phí từ ngân sách nhà nước.

IV. TỔ CHỨC THỰC HIỆN
1. Văn phòng Sở:
- Chủ trì, phối hợp với Thanh tra Sở theo dõi việc thực hiện.
2. Thanh tra Sở: Kiểm tra việc thực hiện kế hoạch.

Trên đây là kế hoạch. Các phòng báo cáo kết quả 6 tháng trước ngày 10/6 và cả năm trước ngày 10/12./.

Nơi nhận:
- UBND tỉnh;
- Lưu: VT.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Lê Văn Bình
`;

function members(text: string): readonly Member[] {
  const parsed = parse(text, "draft.kh");
  expect(parsed.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return parsed.document.plan!.members;
}

const field = (ms: readonly Member[], name: string): unknown => {
  const f = ms.find((m) => m.type === "Field" && m.name === name);
  return f && f.type === "Field" ? f.value : undefined;
};

const task = (ms: readonly Member[], start: string): TaskDecl => ms.find((m): m is TaskDecl => m.type === "Task" && (m.label?.value ?? "").startsWith(start))!;

const fieldOf = (t: TaskDecl, name: string): string | undefined => {
  const f = t.fields.find((x) => x.name === name);
  if (!f) return undefined;
  if (f.name === "lead") return f.value.name;
  if (f.name === "coordinating") return f.value.map((v) => v.name).join(", ");
  if (f.name === "timing" || f.name === "due") return timing(f.value, "vi");
  return undefined;
};

describe("kh import on an unseen plan", () => {
  it("reads the header, the superior body and the level", async () => {
    const r = await importPlan(PLAN);
    const ms = members(r.text);
    expect(field(ms, "issuer")).toMatchObject({ value: "Sở Nội vụ" });
    expect(field(ms, "level")).toMatchObject({ name: "sở" });
    expect(field(ms, "number")).toMatchObject({ value: "45/KH-SNV" });
    expect(field(ms, "date")).toMatchObject({ day: 3, month: 3, year: 2023 });
    expect(field(ms, "place")).toMatchObject({ value: "Quảng Trị" });
    expect(field(ms, "title")).toMatchObject({ value: "Cải cách hành chính năm 2023" });
    expect(r.text).toContain("# Cơ quan cấp trên: UBND tỉnh Quảng Trị");
  });

  it("makes the cited plan a parent and the other document a comment", async () => {
    const r = await importPlan(PLAN);
    expect(field(members(r.text), "implements")).toMatchObject([{ name: "ubnd-tinh-12-2023" }]);
    expect(r.text).toContain("# - Công văn, 5/SNV-CCHC, 02/02/2023, Sở Nội vụ (không phải kế hoạch: không là căn cứ cha)");
  });

  it("keeps quotes and backslashes of the text exactly", async () => {
    const ms = members((await importPlan(PLAN)).text);
    const purposes = ms.find((m) => m.type === "Section" && m.name === "purposes");
    expect(purposes).toMatchObject({ items: [{ value: 'Nâng cao chất lượng "một cửa" \\ liên thông.' }] });
  });

  it("reads the task table, the duties and the deadlines", async () => {
    const ms = members((await importPlan(PLAN)).text);
    const units = ms.filter((m) => m.type === "Unit").map((m) => (m.type === "Unit" ? `${m.id.name}=${m.label?.value}` : ""));
    expect(units).toEqual(["phong-cchc=Phòng CCHC", "van-phong-so=Văn phòng Sở", "thanh-tra-so=Thanh tra Sở", "cac-phong=Các phòng"]);
    const review = task(ms, "Rà soát thủ tục");
    expect([fieldOf(review, "lead"), fieldOf(review, "coordinating"), fieldOf(review, "timing")]).toEqual(["phong-cchc", "van-phong-so", "quý II/2023"]);
    expect(fieldOf(task(ms, "Báo cáo kết quả năm"), "due")).toBe("trước 15/11/2023");
    const follow = task(ms, "Chủ trì, phối hợp");
    expect([fieldOf(follow, "lead"), fieldOf(follow, "coordinating")]).toEqual(["van-phong-so", "thanh-tra-so"]);
    expect(fieldOf(task(ms, "Kiểm tra việc thực hiện"), "lead")).toBe("thanh-tra-so");
    expect(fieldOf(task(ms, "Các phòng báo cáo"), "due")).toBe("hằng năm trước 10/06 và 10/12");
  });

  it("reads the budget, the recipients and the signature", async () => {
    const ms = members((await importPlan(PLAN)).text);
    expect(ms.find((m) => m.type === "Section" && m.name === "budget")).toMatchObject({ items: [{ value: "Kinh phí từ ngân sách nhà nước." }] });
    expect(ms.find((m) => m.type === "Section" && m.name === "recipients")).toMatchObject({ items: [{ value: "UBND tỉnh;" }, { value: "Lưu: VT." }] });
    expect(ms.find((m) => m.type === "Signature")).toMatchObject({
      fields: [
        { name: "authority", value: { value: "KT. GIÁM ĐỐC" } },
        { name: "position", value: { value: "PHÓ GIÁM ĐỐC" } },
        { name: "signer", value: { value: "Lê Văn Bình" } },
      ],
    });
  });

  it("reads NFD text as NFC, and writes English keywords on request", async () => {
    const nfd = await importPlan(PLAN.normalize("NFD"));
    expect(nfd.text).toBe((await importPlan(PLAN)).text);
    const en = await importPlan(PLAN, { dialect: "en", id: "snv-cchc-2023" });
    expect(en.text).toMatch(/^plan snv-cchc-2023 \{$/m);
    expect(en.text).toContain("  level department\n");
    expect(en.text).toContain("    due every year before 10/06 and 10/12\n");
    expect(parse(en.text).dialect).toBe("en");
  });

  it("puts an unreadable header into comments and still writes the required fields", async () => {
    const r = await importPlan("Một đoạn văn bản không có cấu trúc nào.\n\n- và một gạch đầu dòng");
    const ms = members(r.text);
    expect(ms.filter((m) => m.type === "Field").map((m) => (m.type === "Field" ? m.name : ""))).toEqual(["title", "issuer", "level"]);
    expect(r.text).toContain("# TODO: không tìm thấy cơ quan ban hành");
    expect(r.text).toContain("Một đoạn văn bản không có cấu trúc nào.");
  });
});
