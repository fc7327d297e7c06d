import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CheckReport } from "../../src/check/report.js";
import {
  annotationMessage,
  escapeData,
  escapeProperty,
  renderGithub,
  unescapeData,
  unescapeProperty,
} from "../../src/outputs/github.js";
import { NASTY, PLAN_FILE, REPORT } from "./fixtures.js";
import { expectGolden } from "./golden.js";

/** Reads a workflow command back the way the runner does: `::name k=v,k=v::message`. */
function parseCommand(line: string): { command: string; props: Record<string, string>; message: string } {
  const m = /^::([a-z]+) ([^:]*)::(.*)$/.exec(line);
  if (!m) throw new Error(`not a workflow command: ${line}`);
  const props: Record<string, string> = {};
  for (const kv of m[2]!.split(",")) {
    const i = kv.indexOf("=");
    props[kv.slice(0, i)] = unescapeProperty(kv.slice(i + 1));
  }
  return { command: m[1]!, props, message: unescapeData(m[3]!) };
}

describe("GitHub workflow commands", () => {
  const vi = renderGithub(REPORT, { lang: "vi" });
  const en = renderGithub(REPORT, { lang: "en" });

  it("match the golden files", () => {
    expectGolden("report.github.vi.txt", vi);
    expectGolden("report.github.en.txt", en);
  });

  it("write one line per diagnostic, with the right command and location", () => {
    const lines = vi.split("\n");
    expect(lines.pop()).toBe("");
    expect(lines).toHaveLength(REPORT.diagnostics.length);
    const parsed = lines.map(parseCommand);
    expect(parsed.map((p) => p.command)).toEqual(["error", "error", "warning", "error", "notice"]);
    expect(parsed[1]!.props).toEqual({ file: PLAN_FILE, line: "3", col: "8", endLine: "3", endColumn: "18", title: "KH105" });
    // An I/O error still has a location: line 1 of the path given.
    expect(parsed[0]!.props).toMatchObject({ line: "1", col: "1", endLine: "1", endColumn: "1", title: "KH002" });
  });

  it("escape the message so the runner reads back the exact text", () => {
    const lines = vi.trimEnd().split("\n");
    const parsed = lines.map(parseCommand);
    parsed.forEach((p, i) => expect(p.message).toBe(annotationMessage(REPORT.diagnostics[i]!, { lang: "vi" })));
    expect(parsed[1]!.message.startsWith(NASTY + "\n")).toBe(true);
    expect(lines[1]).toContain("100%25 xong: a, b%0AD");
    expect(lines[1]).toContain("%0D%0A");
  });

  it("append related locations and help to the message", () => {
    const kh301 = parseCommand(en.trimEnd().split("\n")[3]!);
    expect(kh301.message).toBe(
      [
        "Mandate `hai-phong:bao-cao.6-thang` has no task covering it",
        'templates/hai-phong.kh:7:3: mandate declared here: "6-month report", due 10/06',
        "help: Add `task … covers hai-phong:bao-cao.6-thang`",
      ].join("\n"),
    );
  });

  it("escape properties: a file name with `:` and `,` cannot break the command", () => {
    const d = REPORT.diagnostics[2]!;
    const report: CheckReport = { ...REPORT, diagnostics: [{ ...d, span: { ...d.span, file: "a:b,c%d\nx.kh" } }] };
    const line = renderGithub(report, { lang: "en" }).trimEnd();
    expect(line).toContain("file=a%3Ab%2Cc%25d%0Ax.kh,line=5");
    expect(parseCommand(line).props.file).toBe("a:b,c%d\nx.kh");
  });

  it("make absolute paths relative to the repository root", () => {
    const d = REPORT.diagnostics[2]!;
    const report: CheckReport = { ...REPORT, diagnostics: [{ ...d, span: { ...d.span, file: "/home/runner/work/r/r/plans/x.kh" } }] };
    expect(parseCommand(renderGithub(report, { lang: "en", srcRoot: "/home/runner/work/r/r/" }).trimEnd()).props.file).toBe("plans/x.kh");
  });

  it("never emit raw control characters", () => {
    expect(/[\u0000-\u0008\u000b-\u001f\u007f]/.test(vi)).toBe(false);
    expect(vi).toContain("control \uFFFD\uFFFD chars");
  });

  it("round-trip through escape and unescape for any string", () => {
    const unit = fc.oneof(fc.string({ unit: "binary", minLength: 1, maxLength: 1 }), fc.constantFrom("%", "%25", "%0A", "%3A", ":", ",", "\r", "\n", "::"));
    fc.assert(
      fc.property(fc.string({ unit }), (s) => {
        expect(unescapeData(escapeData(s))).toBe(s);
        expect(unescapeProperty(escapeProperty(s))).toBe(s);
        expect(escapeData(s)).not.toMatch(/[\r\n]/);
        expect(escapeProperty(s)).not.toMatch(/[\r\n:,]/);
      }),
      { numRuns: 1000 },
    );
  });
});
