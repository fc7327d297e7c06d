/** KH701: every kind of placeholder is reported once, at its place, instead of the errors it would cause. */
import { describe, expect, it } from "vitest";
import { checkSources } from "../../src/check/check.js";
import { isPlaceholderIdent, isPlaceholderText } from "../../src/check/rules/placeholders.js";
import { codeDoc } from "../../src/diagnostics/codes.js";

function check(text: string) {
  return checkSources([{ file: "p.kh", text }]).diagnostics;
}

const at = (ds: ReturnType<typeof check>) => ds.map((d) => `${d.code} ${d.span.line}:${d.span.column}`);

describe("KH701 placeholders", () => {
  it("reports a placeholder lead unit at the unit, instead of an undeclared unit", () => {
    const ds = check(`plan p {
  title "Kế hoạch"
  issuer "UBND xã A"
  level commune
  unit vp "Văn phòng"
  task a "A" {
    lead TODO
    with vp, can-dien
  }
  task b "B" {
    lead khong-co
  }
}
`);
    expect(at(ds)).toEqual(["KH701 7:10", "KH701 8:14", "KH403 11:10"]);
    expect(ds[0]!.severity).toBe("error");
    expect(ds[0]!.message).toEqual({ vi: "Cần điền đơn vị chủ trì nhiệm vụ `a` ở đây", en: "Fill in the lead unit of task `a` here" });
    expect(ds[1]!.message.en).toBe("Fill in a coordinating unit of task `a` here");
    expect(ds[0]!.help?.en).toContain('unit ID "Unit name"');
  });

  it("reports placeholder texts in the header, units, tasks, sections and the signature", () => {
    const ds = check(`kế hoạch p {
  tiêu đề "cần điền: tiêu đề"
  cơ quan "UBND xã A"
  cấp xã
  số "TODO"
  đơn vị vp "Cần điền: tên đơn vị" vai trò office
  vai trò office "Văn phòng"
  nhiệm vụ a "TODO: nội dung" {
    chủ trì vp
    sản phẩm "cần điền"
  }
  kinh phí { "Ngân sách" "cần điền: nguồn khác" }
  chữ ký {
    người ký "TODO: họ tên"
  }
}
`);
    expect(at(ds)).toEqual(["KH701 2:11", "KH701 5:6", "KH701 6:13", "KH701 8:14", "KH701 10:14", "KH701 12:26", "KH701 14:14"]);
    const en = ds.map((d) => d.message.en);
    expect(en).toEqual([
      "Fill in the plan's title here",
      "Fill in the plan's number and symbol here",
      "Fill in the name of the unit that takes the role `office` here",
      "Fill in the text of task `a` here",
      "Fill in the output of task `a` here",
      "Fill in the `budget` section here",
      "Fill in the signature's `signer` here",
    ]);
    expect(ds[2]!.message.vi).toBe("Cần điền tên đơn vị nhận vai trò `office` ở đây");
  });

  it("tells placeholders from real names and texts", () => {
    for (const id of ["TODO", "todo", "can-dien", "Can-Dien", "cần-điền"]) expect(isPlaceholderIdent(id), id).toBe(true);
    for (const id of ["todo-list", "can", "van-phong", "can-dien-2"]) expect(isPlaceholderIdent(id), id).toBe(false);
    for (const t of ["TODO", "TODO: x", "cần điền: tên", "Cần điền", " cần điền…", "can dien: x"]) expect(isPlaceholderText(t), t).toBe(true);
    for (const t of ["Cần điện lưới quốc gia", "Todos", "Tổ dân phố", "Đã điền", "Việc cần điền thêm"]) expect(isPlaceholderText(t), t).toBe(false);
  });

  it("leaves a plan without placeholders alone, and is catalogued", () => {
    const ds = check(`plan p {\n  title "Kế hoạch"\n  issuer "UBND xã A"\n  level commune\n  unit vp "Văn phòng"\n  task a "A" {\n    lead vp\n  }\n}\n`);
    expect(ds).toEqual([]);
    expect(codeDoc("KH701")?.severity).toBe("error");
  });
});
