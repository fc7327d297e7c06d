/**
 * The lexer: the chevrotain token definitions are valid and optimisable, the hand-written scanner
 * `parse` uses produces exactly what they define, and the language's lexical rules hold —
 * diacritic/case/separator-insensitive keywords, contextual keywords, identifiers, dates, NFD
 * input, BOM and CRLF.
 */
import { Lexer, type IToken } from "chevrotain";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import type { DateValue, Document, Member, TaskDecl } from "../../src/syntax/ast.js";
import { parse } from "../../src/syntax/parse.js";
import { isIdentifierLetter, scan } from "../../src/syntax/scanner.js";
import { allTokens, Identifier, keywordInfo } from "../../src/syntax/tokens.js";
import { editedPlan, hostileText, PLANS, vietnamesePlan } from "./arbitraries.js";
import { expectWellFormed, Positions } from "./invariants.js";
import { VI_PLAN } from "./plans.js";

const reference = new Lexer(allTokens, { positionTracking: "full", ensureOptimizations: true });

/** What a token is: its keyword concept (`kw:Lead`) or its token type name, and its text. */
function describeTokens(tokens: readonly IToken[]): string[] {
  return tokens.map((t) => {
    const k = keywordInfo(t);
    return `${k ? `kw:${k.concept}` : t.tokenType.name} ${t.image}`;
  });
}

/** Token kinds by both lexers (asserting they agree). */
function lex(text: string): string[] {
  const ours = describeTokens(scan(text).tokens);
  expect(describeTokens(reference.tokenize(text).tokens)).toEqual(ours);
  return ours;
}

/** The AST without positions, to compare documents that differ only in layout. */
function shape(doc: Document): unknown {
  return JSON.parse(JSON.stringify(doc, (k, v: unknown) => (k === "span" || k === "sourceSpan" || k === "file" ? undefined : v)));
}

function members(text: string): Member[] {
  const r = parse(text, "t.kh");
  expect(r.diagnostics).toEqual([]);
  return [...r.document.plan!.members];
}

describe("the chevrotain token definitions", () => {
  it("build a valid lexer whose every mode is first-character optimised", () => {
    const lexer = new Lexer(allTokens, { positionTracking: "full", ensureOptimizations: true });
    expect(lexer.lexerDefinitionErrors).toEqual([]);
    const optimised = (lexer as unknown as { canModeBeOptimized: Record<string, boolean> }).canModeBeOptimized;
    expect(Object.values(optimised).length).toBeGreaterThan(0);
    expect(Object.values(optimised).every((v) => v)).toBe(true);
  });

  it("and the scanner agree on letters: every code unit is an identifier letter for both or neither", () => {
    const start = new RegExp(`^${(Identifier.PATTERN as RegExp).source}$`);
    const disagree: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (start.test(String.fromCharCode(c)) !== isIdentifierLetter(c)) disagree.push(c.toString(16));
    }
    expect(disagree).toEqual([]);
  });
});

describe("the scanner produces exactly the chevrotain lexer's tokens, comments and errors", () => {
  const fields = (t: IToken) => [t.image, t.startOffset, t.endOffset, t.startLine, t.endLine, t.startColumn, t.endColumn, t.tokenType.name];
  const agree = (text: string) => {
    const a = reference.tokenize(text);
    const b = scan(text);
    expect(b.tokens.map(fields)).toEqual(a.tokens.map(fields));
    expect(b.comments.map(fields)).toEqual((a.groups.comments ?? []).map(fields));
    expect(b.errors.map((e) => [e.offset, e.length, e.line, e.column])).toEqual(a.errors.map((e) => [e.offset, e.length, e.line, e.column]));
  };

  it("on the sample plans", () => {
    for (const p of PLANS) agree(p);
  });

  it("on hostile text, edited plans and random Vietnamese plans (NFC and NFD)", () => {
    fc.assert(fc.property(fc.oneof(hostileText, editedPlan, vietnamesePlan, vietnamesePlan.map((p) => p.normalize("NFD"))), agree), {
      numRuns: 1500,
    });
  }, 60000);

  it("on every UTF-16 code unit, alone and around a letter", () => {
    const kinds = (tokens: readonly IToken[]) => tokens.map((t) => `${t.tokenType.name}:${t.image}:${t.startOffset}`).join(" ");
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const text = `${String.fromCharCode(c)}a${String.fromCharCode(c)} `;
      const a = reference.tokenize(text);
      const b = scan(text);
      const same =
        kinds(a.tokens) === kinds(b.tokens) &&
        a.errors.map((e) => `${e.offset}+${e.length}`).join() === b.errors.map((e) => `${e.offset}+${e.length}`).join();
      if (!same) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  }, 60000);

  it("on dates, numbers and quarters", () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(..."0123456789/-. 6thángiIvVqQhH"), maxLength: 40 }), agree), { numRuns: 3000 });
  }, 60000);
});

describe("keywords", () => {
  it("match with or without diacritics, in any case, with spaces, tabs or hyphens", () => {
    for (const spelling of ["chủ trì", "chu tri", "CHỦ TRÌ", "Chủ Trì", "chủ-trì", "CHU-TRI", "chủ  trì", "chủ\ttrì", "chủ - trì"]) {
      expect(lex(`${spelling} x`), spelling).toEqual([`kw:Lead ${spelling}`, "Identifier x"]);
    }
    for (const spelling of ["đơn vị", "don vi", "ĐƠN VỊ", "Don-Vi"]) expect(lex(spelling)).toEqual([`kw:Unit ${spelling}`]);
    for (const spelling of ["applies-to", "applies to", "APPLIES-TO"]) expect(lex(spelling)).toEqual([`kw:AppliesTo ${spelling}`]);
  });

  it("match old and new tone placement", () => {
    for (const spelling of ["cụ thể hoá", "cụ thể hóa", "cu the hoa", "CỤ THỂ HOÁ", "cụ-thể-hoá"]) {
      expect(lex(spelling), spelling).toEqual([`kw:Refine ${spelling}`]);
    }
  });

  it("prefer the longest keyword, and a longer name over a keyword", () => {
    expect(lex("kế hoạch mẫu t")).toEqual(["kw:Template kế hoạch mẫu", "Identifier t"]);
    expect(lex("nhiệm vụ bắt buộc m")).toEqual(["kw:Mandate nhiệm vụ bắt buộc", "Identifier m"]);
    expect(lex("trước ngày 10/06/2024")).toEqual(["kw:Before trước ngày", "DateLiteral 10/06/2024"]);
    expect(lex("tu-phap ngay-le ngày")).toEqual(["Identifier tu-phap", "Identifier ngay-le", "kw:DateField ngày"]);
    expect(lex("6 tháng đầu năm 2024")).toEqual(["kw:FirstHalf 6 tháng đầu năm", "NumberLiteral 2024"]);
  });

  it("of several words written with single hyphens are names too, where a name is expected", () => {
    expect(lex("kinh-phi co-kinh-phi")).toEqual(["kw:Budget kinh-phi", "Identifier co-kinh-phi"]);
    // Mixed spacing is still the whole phrase, never a name.
    expect(lex("áp-dụng cho")).toEqual(["kw:AppliesTo áp-dụng cho"]);
    expect(lex("chủ - trì")).toEqual(["kw:Lead chủ - trì"]);
    const text = [
      "kế hoạch mẫu t {",
      '  tiêu đề "T"',
      '  cơ quan "UBND tỉnh A"',
      "  cấp tỉnh",
      '  vai trò chu-tri "Đơn vị chủ trì"',
      '  yêu cầu kinh-phi "Kế hoạch nêu kinh phí" {',
      "    áp dụng xã",
      "    chủ-trì vai-trò chu-tri",
      "    loại hinh-thuc",
      "  }",
      '  quy tắc ke-hoach "Có kinh phí" json { "!!": [{ "var": "plan.sections.budget" }] }',
      '  kinh-phi "Ngân sách tỉnh"',
      "}",
    ].join("\n");
    const r = parse(text, "t.kh");
    expect(r.diagnostics).toEqual([]);
    const members = r.document.plan!.members;
    expect(members.map((m) => ("id" in m && m.id ? `${m.type} ${m.id.name}` : m.type))).toEqual([
      "Field",
      "Field",
      "Field",
      "Role chu-tri",
      "Mandate kinh-phi",
      "Rule ke-hoach",
      "Section",
    ]);
  });

  it("give the same document however they are spelled", () => {
    const respelled = VI_PLAN.replace(/^(\s*)chủ trì /gm, "$1CHU-TRI ")
      .replace(/^(\s*)thời gian /gm, "$1thoi   gian ")
      .replace(/^(\s*)nhiệm vụ /gm, "$1NHIỆM VỤ ")
      .replace(/^(\s*)cụ thể hóa /gm, "$1cu the hoá ")
      .replace(/^(\s*)đơn vị /gm, "$1don-vi ");
    expect(respelled).not.toBe(VI_PLAN);
    const r = parse(respelled, "t.kh");
    expect(r.diagnostics).toEqual([]);
    expect(shape(r.document)).toEqual(shape(parse(VI_PLAN, "t.kh").document));
  });

  it("are contextual: one-word keywords may name units, levels and tasks", () => {
    const ms = members(`kế hoạch p {
  tiêu đề "T"
  cơ quan "C"
  cấp level
  đơn vị ngay "Đơn vị tên ngày"
  đơn vị level "Đơn vị tên level"
  đơn vị so "Đơn vị tên số"
  nhiệm vụ nam "N" {
    chủ trì ngay
    phối hợp level, so
    thời gian năm 2024
  }
}`);
    expect(ms.filter((m) => m.type === "Unit").map((m) => (m.type === "Unit" ? m.id.name : ""))).toEqual(["ngay", "level", "so"]);
    const level = ms.find((m) => m.type === "Field" && m.name === "level");
    expect(level?.type === "Field" && level.name === "level" && level.value.name).toBe("level");
    const task = ms.find((m): m is TaskDecl => m.type === "Task")!;
    expect(task.id.name).toBe("nam");
    expect(task.fields.map((f) => [f.name, JSON.stringify(f.value, ["name", "kind", "year"])])).toEqual([
      ["lead", '{"name":"ngay"}'],
      ["coordinating", '[{"name":"level"},{"name":"so"}]'],
      ["timing", '{"kind":"year","year":2024}'],
    ]);
  });
});

describe("identifiers", () => {
  it("take Vietnamese letters, digits, `_`, and `-` or `.` between parts", () => {
    for (const id of ["phòng-tư-pháp", "bao-cao.6-thang", "nv_2024.q1", "Đội-3", "ủy-ban.xã-gio-sơn", "a1.b2-c3", "ĐẮK-LẮK", "Q2-2024", "h1x"]) {
      expect(lex(id), id).toEqual([`Identifier ${id}`]);
    }
    expect(lex("a..b")).toEqual(["Identifier a", "DotDot ..", "Identifier b"]);
    expect(lex("a-")).toEqual(["Identifier a"]); // the `-` is an unexpected character
    expect(scan("a-").errors).toEqual([{ offset: 1, length: 1, line: 1, column: 2 }]);
  });

  it("keep their spelling in the AST", () => {
    const task = members(`plan p { title "t" issuer "i" level xa task phòng-tư-pháp.kế-hoạch_1 { lead Đội-3 } }`).find(
      (m): m is TaskDecl => m.type === "Task",
    )!;
    expect(task.id.name).toBe("phòng-tư-pháp.kế-hoạch_1");
    expect(task.fields[0]!.value).toMatchObject({ name: "Đội-3" });
  });
});

describe("dates", () => {
  const dateOf = (written: string): DateValue => {
    const field = members(`plan p { title "t" issuer "i" level xa date ${written} }`).find((m) => m.type === "Field" && m.name === "date");
    return (field as { value: DateValue }).value;
  };

  it("are read in every form", () => {
    expect(dateOf("14/02/2022")).toMatchObject({ day: 14, month: 2, year: 2022 });
    expect(dateOf("4/2/2022")).toMatchObject({ day: 4, month: 2, year: 2022 });
    expect(dateOf("2022-02-14")).toMatchObject({ day: 14, month: 2, year: 2022 });
    expect(dateOf("2022-2-4")).toMatchObject({ day: 4, month: 2, year: 2022 });
    expect(dateOf("29/02/2024")).toMatchObject({ day: 29, month: 2, year: 2024 });
    expect(lex("10/06 3/2024 II/2024 2024")).toEqual(["DayMonth 10/06", "MonthYear 3/2024", "RomanPeriod II/2024", "NumberLiteral 2024"]);
  });

  it("that do not exist are KH105 at the date, not a crash", () => {
    for (const [written, line] of [
      ["31/02/2024", 3],
      ["29/02/2023", 3],
      ["2024-13-01", 3],
      ["00/01/2024", 3],
    ] as const) {
      const text = `plan p {\n  title "t" issuer "i" level xa\n  date ${written}\n}\n`;
      const r = parse(text, "d.kh");
      expectWellFormed(r, text, "d.kh");
      expect(r.diagnostics.map((d) => d.code), written).toEqual(["KH105"]);
      expect(r.diagnostics[0]!.span).toMatchObject({ line, column: 8, endLine: line, endColumn: 8 + written.length });
      expect(text.slice(r.diagnostics[0]!.span.offset, r.diagnostics[0]!.span.endOffset)).toBe(written);
    }
  });
});

describe("NFD input", () => {
  const sameTextAt = (nfd: string, nfc: string, a: Diagnostic, b: Diagnostic) =>
    nfd.slice(a.span.offset, a.span.endOffset).normalize("NFC") === nfc.slice(b.span.offset, b.span.endOffset);

  it("parses to the same AST as its NFC twin, with diagnostics at the right place of the NFD text", () => {
    fc.assert(
      fc.property(vietnamesePlan, (plan) => {
        const nfc = plan.normalize("NFC");
        const nfd = plan.normalize("NFD");
        fc.pre(nfd !== nfc);
        const a = parse(nfc, "p.kh");
        const b = parse(nfd, "p.kh");
        expect(shape(b.document)).toEqual(shape(a.document));
        expect(b.comments.map((c) => c.value)).toEqual(a.comments.map((c) => c.value));
        expect(b.diagnostics.map((d) => [d.code, d.message])).toEqual(a.diagnostics.map((d) => [d.code, d.message]));
        expectWellFormed(b, nfd, "p.kh");
        const pos = new Positions(nfd);
        b.diagnostics.forEach((d, i) => {
          const twin = a.diagnostics[i]!;
          // Same place: the same text (once composed), on the same line, at the NFD column.
          expect(sameTextAt(nfd, nfc, d, twin), `${d.code} at ${JSON.stringify(d.span)}`).toBe(true);
          expect(d.span.line).toBe(twin.span.line);
          expect(pos.of(d.span.offset)).toEqual({ line: d.span.line, column: d.span.column });
        });
      }),
      { numRuns: 200 },
    );
  }, 60000);

  it("points at NFD columns: a date after decomposed letters", () => {
    const nfc = 'plan p {\n  title "Kế hoạch Ủy ban" issuer "i" level xa date 31/02/2024\n}\n';
    const nfd = nfc.normalize("NFD");
    const d = parse(nfd, "p.kh").diagnostics;
    expect(d.map((x) => x.code)).toEqual(["KH105"]);
    expect(nfd.slice(d[0]!.span.offset, d[0]!.span.endOffset)).toBe("31/02/2024");
    expect(d[0]!.span.column).toBe(nfd.split("\n")[1]!.indexOf("31/02/2024") + 1);
    expect(d[0]!.span.column).toBeGreaterThan(nfc.split("\n")[1]!.indexOf("31/02/2024") + 1);
  });
});

describe("BOM and line endings", () => {
  it("a BOM and CRLF give the same document, and positions count CRLF as one line break", () => {
    for (const plan of PLANS) {
      const variants = [`\uFEFF${plan}`, plan.replace(/\n/g, "\r\n"), `\uFEFF${plan.replace(/\n/g, "\r\n")}`];
      for (const text of variants) {
        const r = parse(text, "p.kh");
        expect(r.diagnostics).toEqual([]);
        expect(shape(r.document)).toEqual(shape(parse(plan, "p.kh").document));
        expectWellFormed(r, text, "p.kh");
      }
    }
    const text = '\uFEFFplan p {\r\n  title "t" issuer "i" level xa\r\n  date 31/02/2024\r\n}\r\n';
    const d = parse(text, "p.kh").diagnostics;
    expect(d.map((x) => [x.code, x.span.line, x.span.column])).toEqual([["KH105", 3, 8]]);
  });
});
