/**
 * Example-based tests of the formatter: messy files in both dialects against their reviewed
 * canonical form (test/format/golden/NAME.kh → NAME.expected.kh), comment placement, errors, and
 * the printing of built ASTs.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { format } from "prettier";
import { describe, expect, it } from "vitest";
import { formatText, printDocument, zeroSpan } from "../../src/format/format.js";
import plugin, * as pluginExports from "../../src/format/prettier-plugin.js";
import { KehoachSyntaxError } from "../../src/format/prettier-plugin.js";
import type * as A from "../../src/syntax/ast.js";
import { parse } from "../../src/syntax/parse.js";
import { stripSpans } from "./arbitraries.js";

const GOLDEN = join(dirname(fileURLToPath(import.meta.url)), "golden");
const inputs = readdirSync(GOLDEN).filter((f) => f.endsWith(".kh") && !f.endsWith(".expected.kh"));

async function fmt(text: string, printWidth?: number): Promise<string> {
  const r = await formatText(text, { filepath: "t.kh", ...(printWidth !== undefined && { printWidth }) });
  expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return r.formatted!;
}

describe("golden files", () => {
  it("has golden inputs", () => {
    expect(inputs.length).toBeGreaterThanOrEqual(3);
  });
  for (const name of inputs) {
    const input = readFileSync(join(GOLDEN, name), "utf8");
    const expected = readFileSync(join(GOLDEN, name.replace(/\.kh$/, ".expected.kh")), "utf8");
    it(`${name} formats to its expected form`, async () => {
      const r = await formatText(input, { filepath: name });
      expect(r.formatted).toBe(expected);
      expect(r.changed).toBe(true);
    });
    it(`${name}: the expected form is stable and means the same`, async () => {
      const again = await formatText(expected, { filepath: name });
      expect(again.formatted).toBe(expected);
      expect(again.changed).toBe(false);
      expect(stripSpans(parse(expected, name).document)).toEqual(stripSpans(parse(input, name).document));
      expect(parse(expected, name).comments.map((c) => c.value.trimEnd())).toEqual(
        parse(input, name).comments.map((c) => c.value.trimEnd()),
      );
    });
  }
});

describe("layout rules", () => {
  it("keeps the file's dialect, taken from its first keyword", async () => {
    expect(await fmt('plan p { tiêu đề "T" issuer "I" cap x }')).toBe('plan p {\n  title "T"\n  issuer "I"\n  level x\n}\n');
    expect(await fmt('ke hoach p { title "T" co quan "I" level x }')).toBe('kế hoạch p {\n  tiêu đề "T"\n  cơ quan "I"\n  cấp x\n}\n');
  });

  it("restores diacritics and canonical spellings of Vietnamese keywords", async () => {
    const out = await fmt(
      'KE HOACH p {\n tieu de "T"\n co-quan "I"\n cap xa\n nhiem vu a { chu tri x\n phoi-hop y va z\n thoi han truoc ngay 1/2/2024 }\n}\n',
    );
    expect(out).toBe(
      'kế hoạch p {\n  tiêu đề "T"\n  cơ quan "I"\n  cấp xa\n  nhiệm vụ a {\n    chủ trì x\n    phối hợp y, z\n    hạn trước 01/02/2024\n  }\n}\n',
    );
  });

  it("collapses blank lines to one and drops them after { and before }", async () => {
    const out = await fmt('plan p {\n\n\n  title "T"\n\n\n\n  issuer "I"\n  level x\n\n}\n');
    expect(out).toBe('plan p {\n  title "T"\n\n  issuer "I"\n  level x\n}\n');
  });

  it("re-quotes strings with minimal escapes", async () => {
    const out = await fmt('plan p { title “Say "hi" \\ now” issuer "a\\u0041\\/b\\tc" level x }');
    expect(out).toBe('plan p {\n  title "Say \\"hi\\" \\\\ now"\n  issuer "aA/b\\tc"\n  level x\n}\n');
  });

  it("prints ISO and short dates as dd/mm/yyyy", async () => {
    const out = await fmt('plan p { title "T" issuer "I" level x date 2024-3-8 task t { due before 5/6/2024 } }');
    expect(out).toContain("  date 08/03/2024\n");
    expect(out).toContain("    due before 05/06/2024\n");
  });

  it("breaks a rule's JSON only when it does not fit the print width", async () => {
    const src = 'template t { title "T" issuer "I" level x rule r json {"and":[{"var":"a"},{"var":"b"}]} }';
    expect(await fmt(src, 120)).toContain('  rule r json { "and": [{ "var": "a" }, { "var": "b" }] }\n');
    expect(await fmt(src, 30)).toContain('  rule r json {\n    "and": [\n      { "var": "a" },\n      { "var": "b" }\n    ]\n  }\n');
    expect(await fmt(src, 50)).toContain('  rule r json {\n    "and": [{ "var": "a" }, { "var": "b" }]\n  }\n');
  });

  it("keeps a rule's JSON as written when a number cannot be printed back (1e400), and -0 as -0", async () => {
    const out = await fmt(
      'template t { title "T" issuer "I" level x\n rule big json {"n": 1e400,\n    "m": 1}\n rule zero json {"z":-0}\n}\n',
    );
    expect(out).toContain('  rule big json {"n": 1e400,\n    "m": 1}\n');
    expect(out).toContain('  rule zero json { "z": -0 }\n');
    expect(await fmt(out)).toBe(out);
  });

  it("ignores tabWidth and useTabs: the indentation is always two spaces", async () => {
    const out = await format('plan p { title "T" issuer "I" level x task t { lead a } }', {
      parser: "kehoach",
      plugins: [plugin],
      tabWidth: 4,
      useTabs: true,
    });
    expect(out).toBe('plan p {\n  title "T"\n  issuer "I"\n  level x\n  task t {\n    lead a\n  }\n}\n');
  });

  it("normalises CRLF line endings", async () => {
    expect(await fmt('plan p {\r\n  title "T"\r\n\r\n  issuer "I"\r\n  level x\r\n}\r\n')).toBe(
      'plan p {\n  title "T"\n\n  issuer "I"\n  level x\n}\n',
    );
  });

  it("formats an empty file to nothing and a comments-only file to its comments", async () => {
    expect(await fmt("")).toBe("");
    expect(await fmt("\n\n")).toBe("");
    expect(await fmt("   # one   \n\n\n# two\n")).toBe("# one\n\n# two\n");
  });
});

describe("comments", () => {
  it("keeps end-of-line comments at the end of their line", async () => {
    const out = await fmt(
      'plan p { # brace\n title "T"    # title\n issuer "I"\n level x\n task t "x" { lead a # lead\n }   # after task\n} # after plan\n',
    );
    expect(out).toBe(
      'plan p { # brace\n  title "T" # title\n  issuer "I"\n  level x\n  task t "x" {\n    lead a # lead\n  } # after task\n} # after plan\n',
    );
  });

  it("keeps own-line comments before members, inside blocks and before a closing brace", async () => {
    const out = await fmt(
      '# top\nplan p {\n# a\ntitle "T"\n    # b\n issuer "I"\n level x\ntask t {\n# in\nlead a\n# end of task\n}\n  # end of plan\n}\n',
    );
    expect(out).toBe(
      '# top\nplan p {\n  # a\n  title "T"\n  # b\n  issuer "I"\n  level x\n  task t {\n    # in\n    lead a\n    # end of task\n  }\n  # end of plan\n}\n',
    );
  });

  it("keeps braces around a block that holds only comments", async () => {
    const out = await fmt('plan p { title "T" issuer "I" level x\n task t {\n # todo\n }\n signature {\n # later\n }\n}\n');
    expect(out).toContain("  task t {\n    # todo\n  }\n");
    expect(out).toContain("  signature {\n    # later\n  }\n");
  });

  it("moves a comment from inside a rule's header above the rule, never into its JSON", async () => {
    const src = 'template t { title "T" issuer "I" level x\n rule r "Label" # why\n json {"and":[{"var":"a"},{"var":"b"}]}\n}\n';
    const out = await fmt(src, 30);
    expect(out).toContain('  # why\n  rule r "Label" json {\n    "and": [\n');
    expect(await fmt(out, 30)).toBe(out);
  });

  it("moves comments written between a member's tokens above it, apart from its end-of-line comment", async () => {
    const out = await fmt('plan p {\n  title # inside\n    "T" # after\n  issuer "I"\n  level x\n}\n');
    expect(out).toBe('plan p {\n  # inside\n  title "T" # after\n  issuer "I"\n  level x\n}\n');
  });

  it("does not accept a comment's '#' inside a string as a comment", async () => {
    const out = await fmt('plan p { title "Số #1" issuer "I" level x }');
    expect(out).toBe('plan p {\n  title "Số #1"\n  issuer "I"\n  level x\n}\n');
  });
});

describe("errors", () => {
  const broken = 'plan p {\n  title "T"\n  issuer "I"\n  level x\n  date "14/02/2022"\n}\n';

  it("formatText refuses a file with syntax errors and returns the diagnostics", async () => {
    const r = await formatText(broken, { filepath: "broken.kh" });
    expect(r.formatted).toBeNull();
    expect(r.changed).toBe(false);
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.span.line, d.span.column])).toEqual([["KH103", "error", 5, 8]]);
    expect(r.diagnostics[0]!.span.file).toBe("broken.kh");
  });

  it("formatText refuses other errors of the syntax stage too (duplicate field)", async () => {
    const r = await formatText('plan p { title "A" title "B" issuer "I" level x }');
    expect(r.formatted).toBeNull();
    expect(r.diagnostics.map((d) => d.code)).toContain("KH107");
  });

  it("the prettier parser throws a SyntaxError with line:column and the English message", async () => {
    const err: unknown = await format(broken, { parser: "kehoach", plugins: [plugin], filepath: "broken.kh" }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(KehoachSyntaxError);
    const e = err as KehoachSyntaxError;
    expect(e.message).toMatch(/^KH103: Expected a date such as 14\/02\/2022 after `date`, found `"14\/02\/2022"` \(5:8\)/);
    expect(e.loc.start).toEqual({ line: 5, column: 8 });
    expect(e.diagnostics).toHaveLength(1);
  });
});

describe("plugin object", () => {
  it("declares the kehoach language, parser and printer, as default and named exports", () => {
    expect(plugin.languages).toBe(pluginExports.languages);
    expect(plugin.parsers).toBe(pluginExports.parsers);
    expect(plugin.printers).toBe(pluginExports.printers);
    expect(pluginExports.languages[0]).toMatchObject({ name: "kehoach", parsers: ["kehoach"], extensions: [".kh"] });
    expect(pluginExports.parsers.kehoach.astFormat).toBe("kehoach-ast");
    expect(Object.keys(pluginExports.printers)).toEqual(["kehoach-ast"]);
  });
});

describe("printDocument", () => {
  const s = zeroSpan();
  const id = (name: string): A.Ident => ({ type: "Ident", name, span: s });
  const text = (value: string): A.Text => ({ type: "Text", value, span: s });
  const doc: A.Document = {
    type: "Document",
    file: "<generated>",
    span: s,
    plan: {
      type: "Plan",
      kind: "plan",
      id: id("gio-son-2022"),
      span: s,
      members: [
        { type: "Field", name: "title", value: text("Tuyên truyền CCHC"), span: s },
        { type: "Field", name: "issuer", value: text("UBND xã Gio Sơn"), span: s },
        { type: "Field", name: "level", value: id("commune"), span: s },
        { type: "Field", name: "implements", value: [id("gio-linh-2022")], span: s },
        { type: "Unit", id: id("van-hoa"), label: text("Công chức VH-XH"), roles: [id("culture")], span: s },
        { type: "Unit", id: id("tu-phap"), roles: [], span: s },
        {
          type: "Task",
          id: id("bao-cao"),
          label: text("Báo cáo"),
          span: s,
          fields: [
            {
              type: "TaskField",
              name: "covers",
              value: [{ type: "MandateRef", origin: "gio-linh-2022", name: "bao-cao", span: s }],
              span: s,
            },
            { type: "TaskField", name: "lead", value: id("van-hoa"), span: s },
            {
              type: "TaskField",
              name: "due",
              value: {
                type: "Timing",
                kind: "recurring",
                every: "year",
                before: [
                  { type: "Date", day: 10, month: 6, span: s },
                  { type: "Date", day: 10, month: 12, span: s },
                ],
                span: s,
              },
              span: s,
            },
          ],
        },
        { type: "Task", id: id("khac"), span: s, fields: [] },
        { type: "Waiver", target: { type: "MandateRef", name: "bao-chi", span: s }, reason: text("Không có"), span: s },
      ],
    },
  };

  it("prints a built AST in the requested dialect, with blank lines between groups", () => {
    expect(printDocument(doc, "vi")).toBe(
      [
        "kế hoạch gio-son-2022 {",
        '  tiêu đề "Tuyên truyền CCHC"',
        '  cơ quan "UBND xã Gio Sơn"',
        "  cấp commune",
        "  thực hiện gio-linh-2022",
        "",
        '  đơn vị van-hoa "Công chức VH-XH" vai trò culture',
        "  đơn vị tu-phap",
        "",
        '  nhiệm vụ bao-cao "Báo cáo" {',
        "    đáp ứng gio-linh-2022:bao-cao",
        "    chủ trì van-hoa",
        "    hạn hằng năm trước 10/06 và 10/12",
        "  }",
        "",
        "  nhiệm vụ khac",
        "",
        '  miễn bao-chi "Không có"',
        "}",
        "",
      ].join("\n"),
    );
  });

  it("gives text that formatting leaves unchanged and that parses back to the AST", async () => {
    for (const dialect of ["en", "vi"] as const) {
      const printed = printDocument(doc, dialect);
      expect((await formatText(printed)).formatted).toBe(printed);
      expect(stripSpans(parse(printed).document)).toEqual(stripSpans(doc));
    }
  });

  it("prints nothing for a document without a plan", () => {
    expect(printDocument({ type: "Document", file: "x", plan: null, span: s }, "en")).toBe("");
  });
});
