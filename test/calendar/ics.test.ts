/**
 * Every ICS the tool writes, read back with ical.js and with a small independent RFC 5545 line
 * reader: event count, all-day dates, UIDs stable across runs, Vietnamese text intact.
 */
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { expandPlan, expandPlans, type CalendarItem } from "../../src/calendar/expand.js";
import { renderIcs } from "../../src/outputs/calendar-ics.js";
import { isoDay } from "../../src/timing/day.js";
import { runKh } from "../cli/run.js";
import { check, planOf, planText, repoDir, repoFile } from "./helpers.js";

interface ParsedEvent {
  uid: string;
  start: string;
  /** Exclusive, as in the file. */
  end: string;
  allDay: boolean;
  summary: string;
  description: string;
  categories: string[];
}

/** Reads events with ical.js. */
function readIcal(text: string): ParsedEvent[] {
  const comp = new ICAL.Component(ICAL.parse(text));
  expect(comp.name).toBe("vcalendar");
  expect(comp.getFirstPropertyValue("version")).toBe("2.0");
  return comp.getAllSubcomponents("vevent").map((v) => {
    const e = new ICAL.Event(v);
    return {
      uid: e.uid,
      start: e.startDate.toString(),
      end: e.endDate.toString(),
      allDay: e.startDate.isDate && e.endDate.isDate,
      summary: e.summary,
      description: e.description,
      categories: v.getAllProperties("categories").flatMap((p) => p.getValues().map(String)),
    };
  });
}

/** A second, independent reader: unfold lines (RFC 5545 §3.1), split properties, unescape text. */
function readPlain(text: string): Record<string, string>[] {
  expect(text.endsWith("\r\n")).toBe(true);
  const lines = text.split("\r\n").slice(0, -1);
  for (const l of lines) expect(Buffer.byteLength(l, "utf8")).toBeLessThanOrEqual(75);
  const unfolded = lines.reduce<string[]>((acc, l) => (l.startsWith(" ") ? (acc[acc.length - 1] += l.slice(1), acc) : (acc.push(l), acc)), []);
  const events: Record<string, string>[] = [];
  let cur: Record<string, string> | undefined;
  for (const l of unfolded) {
    if (l === "BEGIN:VEVENT") cur = {};
    else if (l === "END:VEVENT") {
      events.push(cur!);
      cur = undefined;
    } else if (cur) {
      const i = l.indexOf(":");
      const name = l.slice(0, i);
      cur[name] = l
        .slice(i + 1)
        .replace(/\\n/gi, "\n")
        .replace(/\\([,;\\])/g, "$1");
    }
  }
  return events;
}

const stamp = new Date(Date.UTC(2022, 1, 14, 8, 0, 0));
const gioSon = (): CalendarItem[] => {
  const r = check([repoFile("test/workspaces/first-2022/examples/gio-son-cchc-2022.kh")], { library: repoDir("test/workspaces/first-2022/templates") });
  return [...expandPlan(planOf(r, "gio-son-cchc-2022")).items];
};
const ics = (items: readonly CalendarItem[], lang: "vi" | "en" = "vi") => renderIcs(items, { lang, name: "Lịch xã Gio Sơn", stamp, policy: "previous-working-day" });

describe("ICS of the seed commune plan", () => {
  const items = gioSon();
  const text = ics(items);
  const events = readIcal(text);

  it("has one all-day event per occurrence, with the right dates (DTEND exclusive)", () => {
    expect(events).toHaveLength(items.length);
    expect(events.every((e) => e.allDay)).toBe(true);
    const byUid = new Map(events.map((e) => [e.uid, e]));
    for (const x of items) {
      const e = byUid.get(x.uid)!;
      expect(e.start).toBe(isoDay(x.start));
      expect(e.end).toBe(isoDay(x.end + 1));
    }
    const q2 = byUid.get("quy-2.timing.0.gio-son-cchc-2022@kehoach")!;
    expect([q2.start, q2.end]).toEqual(["2022-04-01", "2022-07-01"]);
    const report = byUid.get("bao-cao.due.1.gio-son-cchc-2022@kehoach")!;
    expect([report.start, report.end]).toEqual(["2022-12-10", "2022-12-11"]);
  });

  it("keeps Vietnamese text intact and puts units, the covered mandate and its origin in the description", () => {
    const report = events.find((e) => e.uid === "bao-cao.due.1.gio-son-cchc-2022@kehoach")!;
    expect(report.summary).toBe("Hạn: Tổng hợp kết quả thực hiện công tác tuyên truyền CCHC về UBND xã, định kỳ 6 tháng và năm để tổng hợp, báo cáo UBND huyện");
    expect(report.description).toContain("Chủ trì: Văn hóa và Thông tin xã (van-hoa-thong-tin)");
    expect(report.description).toContain("Đáp ứng: Báo cáo kết quả tuyên truyền CCHC 6 tháng và cả năm (gio-linh-cchc-2022:bao-cao.dinh-ky), hạn hằng năm trước 10/06 và 10/12 (lần này: 10/12/2022)");
    expect(report.description).toContain("Ngày làm việc liền trước: thứ Sáu 09/12/2022; ngày làm việc tiếp theo (khoản 5 Điều 148 BLDS 2015): thứ Hai 12/12/2022");
    expect(report.categories).toEqual(["gio-son-cchc-2022", "deadline", "van-hoa-thong-tin"]);
    const q3 = events.find((e) => e.uid === "quy-3.timing.0.gio-son-cchc-2022@kehoach")!;
    expect(q3.description).toContain("Phối hợp: Trung tâm VH TT-TD TT huyện (ttvh-huyen)");
    // every title round-trips exactly (NFC), through both readers
    const plain = new Map(readPlain(text).map((e) => [e.UID!, e]));
    for (const x of items) {
      const d = events.find((e) => e.uid === x.uid)!.description;
      expect(d.startsWith(`Nhiệm vụ: ${x.title} [${x.task}]`)).toBe(true);
      expect(plain.get(x.uid)!.DESCRIPTION).toBe(d);
      expect(d.normalize("NFC")).toBe(d);
    }
  });

  it("agrees with a second, independent reader", () => {
    const plain = readPlain(text);
    expect(plain).toHaveLength(events.length);
    for (const e of events) {
      const p = plain.find((x) => x.UID === e.uid)!;
      expect(p["DTSTART;VALUE=DATE"]).toBe(e.start.replace(/-/g, ""));
      expect(p["DTEND;VALUE=DATE"]).toBe(e.end.replace(/-/g, ""));
      expect(p.SUMMARY).toBe(e.summary);
      expect(p.TRANSP).toBe("TRANSPARENT");
    }
  });

  it("is the same file on a second run, and UIDs survive a changed date", () => {
    expect(ics(gioSon())).toBe(text);
    const moved = check(
      [{ file: "test/workspaces/first-2022/examples/gio-son-cchc-2022.kh", text: repoFile("test/workspaces/first-2022/examples/gio-son-cchc-2022.kh").text.replace(/hạn hằng năm trước 10\/0?6 và 10\/12/, "hạn hằng năm trước 5/6 và 5/12") }],
      { library: repoDir("test/workspaces/first-2022/templates") },
    );
    const again = readIcal(ics(expandPlan(planOf(moved, "gio-son-cchc-2022")).items));
    expect(again.map((e) => e.uid).sort()).toEqual(events.map((e) => e.uid).sort());
    expect(again.find((e) => e.uid === "bao-cao.due.1.gio-son-cchc-2022@kehoach")!.start).toBe("2022-12-05");
  });
});

describe("ICS of other plans", () => {
  it("merges a folder into one calendar with unique UIDs, in English too", () => {
    const r = check(repoDir("test/workspaces/first-2022/examples"), { library: repoDir("test/workspaces/first-2022/templates") });
    const items = expandPlans(r.workspace.plans.values()).items;
    for (const lang of ["vi", "en"] as const) {
      const events = readIcal(ics(items, lang));
      expect(events).toHaveLength(items.length);
      expect(new Set(events.map((e) => e.uid)).size).toBe(items.length);
    }
    const en = readIcal(ics(items, "en"));
    expect(en.find((e) => e.uid === "bao-cao-nam.due.0.hai-phong-skhdt-2024@kehoach")!.summary).toBe("Due: Báo cáo kết quả tuyên truyền cải cách hành chính năm 2024");
  });

  it("survives awkward text: separators, quotes, long titles, a start item and an empty calendar", () => {
    const title = 'Báo cáo; "tổng hợp", ý kiến\\đề xuất ' + "rất dài ".repeat(30);
    const r = check([{ file: "p.kh", text: planText("p", `  task a "${title.replace(/"/g, "'")}" { lead vp due before 10/06/2024 }\n  task b "Sau đó" { lead tp timing after a }`) }]);
    const items = expandPlan(planOf(r, "p")).items;
    const events = readIcal(ics(items));
    expect(events.map((e) => [e.uid, e.start])).toEqual([
      ["a.due.0.p@kehoach", "2024-06-10"],
      ["b.timing.0.p@kehoach", "2024-06-11"],
    ]);
    expect(events[0]!.description).toContain(`Nhiệm vụ: ${items[0]!.title} [a]`);
    expect(items[0]!.title).toContain("Báo cáo; 'tổng hợp', ý kiến");
    expect([...events[0]!.summary].length).toBeLessThanOrEqual(126);
    expect(events[1]!.summary).toBe("Bắt đầu: Sau đó");
    expect(readIcal(ics([]))).toEqual([]);
  });
});

describe("kh calendar --format ics", () => {
  it("writes a file ical.js reads, stable across runs with SOURCE_DATE_EPOCH", async () => {
    const env = { LANG: "vi_VN.UTF-8", SOURCE_DATE_EPOCH: "1644825600" };
    const a = await runKh(["calendar", "test/workspaces/first-2022/examples/gio-son-cchc-2022.kh", "--format", "ics"], { env });
    const b = await runKh(["calendar", "test/workspaces/first-2022/examples/gio-son-cchc-2022.kh", "--format", "ics"], { env });
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const events = readIcal(a.stdout);
    expect(events.length).toBeGreaterThan(20);
    expect(a.stdout).toContain("DTSTAMP:20220214T080000Z");
    const unit = await runKh(["calendar", "test/workspaces/first-2022/examples", "--format", "ics", "--unit", "tu-phap"], { env });
    const ev = readIcal(unit.stdout);
    expect(ev.length).toBeGreaterThan(0);
    expect(ev.every((e) => e.description.includes("(tu-phap)"))).toBe(true);
  });
});
