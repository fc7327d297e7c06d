/** `kh calendar` (CSV, Markdown, JSON, filters, --next) and `kh holidays`, run in-process. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runKh } from "../cli/run.js";

const VI = { env: { LANG: "vi_VN.UTF-8" } };

interface JsonItem {
  uid: string;
  plan: { id: string; level: string | null };
  task: string;
  kind: string;
  start: string;
  end: string;
  lead: { id: string } | null;
  coordinating: { id: string }[];
  mandates: { origin: string; id: string; occurrence: { end: string } | null }[];
  dayOff?: { previousWorkingDay: string; nextWorkingDay: string; byPolicy: string };
}

const json = async (args: string[]) => {
  const r = await runKh(["calendar", ...args, "--format", "json"], VI);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as { version: number; items: JsonItem[]; unplaced: unknown[]; next?: { today: string; upcoming: boolean }; filter?: Record<string, unknown> };
};

describe("kh calendar", () => {
  it("prints JSON with the seed plan's report deadlines and their day-off readings", async () => {
    const j = await json(["test/workspaces/first-2022/examples/gio-son-cchc-2022.kh"]);
    expect(j.version).toBe(1);
    const reports = j.items.filter((x) => x.task === "bao-cao");
    expect(reports.map((x) => [x.kind, x.end, x.mandates[0]!.origin, x.mandates[0]!.occurrence!.end])).toEqual([
      ["deadline", "2022-06-10", "gio-linh-cchc-2022", "2022-06-10"],
      ["deadline", "2022-12-10", "gio-linh-cchc-2022", "2022-12-10"],
    ]);
    expect(reports[1]!.dayOff).toEqual(expect.objectContaining({ previousWorkingDay: "2022-12-09", nextWorkingDay: "2022-12-12", byPolicy: "2022-12-09" }));
    expect(j.unplaced).toEqual([]);
  });

  it("merges a folder and filters by unit, level and dates", async () => {
    const all = await json(["test/workspaces/first-2022/examples"]);
    expect(new Set(all.items.map((x) => x.plan.id))).toEqual(new Set(["dak-lak-snv-2021", "gio-son-cchc-2022", "hai-phong-skhdt-2024"]));
    const unit = await json(["test/workspaces/first-2022/examples", "--unit", "mot-cua"]);
    expect(unit.items.length).toBeGreaterThan(0);
    expect(unit.items.every((x) => x.lead?.id === "mot-cua" || x.coordinating.some((c) => c.id === "mot-cua"))).toBe(true);
    expect(unit.filter).toEqual({ unit: "mot-cua" });
    const communes = await json(["test/workspaces/first-2022/examples", "--level", "xã"]);
    expect(new Set(communes.items.map((x) => x.plan.id))).toEqual(new Set(["gio-son-cchc-2022"]));
    const june = await json(["test/workspaces/first-2022/examples", "--from", "01/06/2022", "--to", "2022-06-30"]);
    expect(june.items.length).toBeGreaterThan(0);
    expect(june.items.every((x) => x.end >= "2022-06-01" && x.start <= "2022-06-30")).toBe(true);
    expect(june.items.map((x) => x.task)).toContain("bao-cao");
  });

  it("writes CSV in UTF-8 with a BOM and CRLF lines", async () => {
    const r = await runKh(["calendar", "test/workspaces/first-2022/examples/gio-son-cchc-2022.kh", "--format", "csv"], VI);
    expect(r.code).toBe(0);
    expect(r.stdout.charCodeAt(0)).toBe(0xfeff);
    const lines = r.stdout.slice(1).split("\r\n");
    expect(lines[0]).toBe("Kế hoạch,Cấp,Mã nhiệm vụ,Nhiệm vụ,Loại,Từ ngày,Đến ngày,Chủ trì,Phối hợp,Đáp ứng yêu cầu,Thời gian,Ngày theo chính sách,Sau nhiệm vụ,UID");
    const report = lines.find((l) => l.startsWith("gio-son-cchc-2022,commune,bao-cao,") && l.includes("2022-12-10"))!;
    expect(report).toContain('"Tổng hợp kết quả thực hiện công tác tuyên truyền CCHC về UBND xã, định kỳ 6 tháng và năm để tổng hợp, báo cáo UBND huyện"');
    expect(report).toContain(",2022-12-09,");
    const en = await runKh(["calendar", "test/workspaces/first-2022/examples/gio-son-cchc-2022.kh", "--format", "csv", "--lang", "en"], VI);
    expect(en.stdout.slice(1).split("\r\n")[0]).toMatch(/^Plan,Level,Task id,Task,Kind,Start,End,Lead/);
  });

  it("writes a Markdown agenda grouped by month and by unit", async () => {
    const r = await runKh(["calendar", "test/workspaces/first-2022/examples/gio-son-cchc-2022.kh"], VI);
    expect(r.code).toBe(0);
    const md = r.stdout;
    expect(md).toMatch(/^# Lịch thực hiện: Tuyên truyền cải cách hành chính xã Gio Sơn năm 2022\n/);
    const order = ["## Thường xuyên, cả kỳ kế hoạch", "## Tháng 1/2022", "## Tháng 2/2022", "## Tháng 6/2022", "## Tháng 12/2022"].map((h) => md.indexOf(h));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const june = md.slice(md.indexOf("## Tháng 6/2022"), md.indexOf("## Tháng 7/2022"));
    expect(june).toContain("### Văn hóa và Thông tin xã (van-hoa-thong-tin)");
    expect(june).toContain("- **10/06/2022** (thứ Sáu) · Hạn: Tổng hợp kết quả");
    const en = await runKh(["calendar", "test/workspaces/first-2022/examples/gio-son-cchc-2022.kh", "--lang", "en"], VI);
    expect(en.stdout).toContain("## December 2022");
  });

  it("--next lists the next deadlines from --today, or the last ones when none is left", async () => {
    const r = await runKh(["calendar", "test/workspaces/first-2022/examples", "--next", "2", "--today", "01/06/2022"], VI);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("## Hạn sắp tới (từ 01/06/2022)");
    expect(r.stdout.match(/^- \*\*/gm)).toHaveLength(2);
    expect(r.stdout).toContain("- **10/12/2022** (thứ Bảy → 09/12/2022) · gio-son-cchc-2022 · `bao-cao`");
    const late = await runKh(["calendar", "test/workspaces/first-2022/examples", "--next", "5", "--today", "2030-01-01"], VI);
    expect(late.stdout).toContain("Không còn hạn nào từ 01/01/2030; 4 hạn cuối cùng");
    const j = await json(["test/workspaces/first-2022/examples", "--next", "1", "--today", "2024-06-06"]);
    expect(j.next).toEqual({ today: "2024-06-06", upcoming: true });
    expect(j.items.map((x) => `${x.end} ${x.task}`)).toEqual(["2024-12-05 bao-cao-nam"]);
  });

  it("exits 2 on a bad date, a bad format or a missing path; 1 (still printing) when the plans have errors", async () => {
    expect((await runKh(["calendar", "test/workspaces/first-2022/examples", "--from", "30/02/2022"])).code).toBe(2);
    expect((await runKh(["calendar", "test/workspaces/first-2022/examples", "--format", "pdf"])).code).toBe(2);
    expect((await runKh(["calendar", "nowhere"])).code).toBe(2);
    const dir = mkdtempSync(path.join(tmpdir(), "kh-cal-"));
    writeFileSync(
      path.join(dir, "p.kh"),
      'plan p {\n  title "T"\n  issuer "UBND xã A"\n  level commune\n  period year 2024\n  task a "A" { timing after b }\n  task b "B" { timing after a }\n  task c "C" { due before 10/06/2024 }\n}\n',
    );
    const r = await runKh(["calendar", ".", "--format", "json"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("KH505");
    const out = JSON.parse(r.stdout) as { items: JsonItem[]; unplaced: { task: string; reason: string }[] };
    expect(out.items.map((x) => x.task)).toEqual(["c"]);
    expect(out.unplaced.map((u) => [u.task, u.reason])).toEqual([
      ["a", "after-cycle"],
      ["b", "after-cycle"],
    ]);
  });

  it("reads calendar settings from kehoach.json", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "kh-cal-"));
    writeFileSync(path.join(dir, "kehoach.json"), JSON.stringify({ calendar: { deadlinePolicy: "next-working-day", holidays: { "2024": { add: ["2024-06-10"] } } } }));
    writeFileSync(path.join(dir, "p.kh"), 'plan p {\n  title "T"\n  issuer "UBND xã A"\n  level commune\n  period year 2024\n  unit vp "Văn phòng"\n  task c "C" { lead vp due before 10/06/2024 }\n}\n');
    const r = await runKh(["calendar", ".", "--format", "json"], { cwd: dir });
    expect(r.code).toBe(0);
    const item = (JSON.parse(r.stdout) as { items: JsonItem[] }).items[0]!;
    expect(item.dayOff).toEqual(expect.objectContaining({ previousWorkingDay: "2024-06-07", nextWorkingDay: "2024-06-11", byPolicy: "2024-06-11" }));
    const c = await runKh(["check", ".", "--format", "json"], { cwd: dir });
    expect((JSON.parse(c.stdout) as { diagnostics: { code: string; message: string }[] }).diagnostics.map((d) => d.code)).toEqual(["KH506"]);
  });
});

describe("kh holidays", () => {
  it("lists 2026 in Vietnamese: Tết Bính Ngọ, Giỗ Tổ on Sunday 26/04 made up on Monday 27/04", async () => {
    const r = await runKh(["holidays", "2026"], VI);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Tết Nguyên đán năm Bính Ngọ: mùng 1 tháng Giêng là thứ Ba 17/02/2026");
    expect(r.stdout).toContain("26/04/2026  Chủ nhật");
    expect(r.stdout).toMatch(/27\/04\/2026 {2}thứ Hai +nghỉ bù +Nghỉ bù Giỗ Tổ Hùng Vương \(10\/3 âm lịch\) \(thay cho 26\/04\/2026\)/);
  });

  it("prints JSON, honours kehoach.json swaps, and rejects a bad year", async () => {
    const j = JSON.parse((await runKh(["holidays", "2030", "--format", "json"])).stdout) as { lunarNewYear: { date: string; name: string }; daysOff: { date: string; kind: string }[] };
    expect(j.lunarNewYear).toEqual({ date: "2030-02-02", name: "Canh Tuất" });
    const dir = mkdtempSync(path.join(tmpdir(), "kh-hol-"));
    writeFileSync(path.join(dir, "kehoach.json"), JSON.stringify({ calendar: { holidays: { "2024": { swaps: [{ off: "29/04/2024", work: "04/05/2024" }] } } } }));
    const s = await runKh(["holidays", "2024", "--lang", "en"], { cwd: dir });
    expect(s.code).toBe(0);
    expect(s.stdout).toContain("29/04/2024  Monday     swap");
    expect(s.stdout).toContain("04/05/2024  Saturday   worked for 29/04/2024");
    expect((await runKh(["holidays", "20x6"])).code).toBe(2);
    expect((await runKh(["holidays", "1800"])).code).toBe(2);
  });
});
