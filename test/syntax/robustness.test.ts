/**
 * The parser never throws, never reports an internal error and stays fast on any input: hostile
 * strings, truncated and edited plans, huge files and very deep nesting. Every diagnostic has a
 * valid span (consistent with the text as given), a KHnnn code and messages in both languages.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LIMITS, parse, type ParseResult } from "../../src/syntax/parse.js";
import { editedPlan, hostileText, PLANS, vietnamesePlan } from "./arbitraries.js";
import { expectWellFormed, resultProblems } from "./invariants.js";
import { EN_TEMPLATE, VI_PLAN } from "./plans.js";

/** Parses, checks the result is well-formed, and that it took at most `ms`. */
function parseChecked(text: string, ms = 2000, file = "hostile.kh"): ParseResult {
  const t0 = performance.now();
  const r = parse(text, file);
  const took = performance.now() - t0;
  expectWellFormed(r, text, file);
  expect(took, `parse took ${took.toFixed(0)} ms`).toBeLessThan(ms);
  return r;
}

describe("any input gives a well-formed result", () => {
  it("the sample plans are valid", () => {
    for (const plan of PLANS) {
      const r = parseChecked(plan);
      expect(r.diagnostics).toEqual([]);
      expect(r.document.plan).not.toBeNull();
    }
  });

  it("arbitrary strings (any code units, lone surrogates, NUL, braces, quotes, #)", () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        parseChecked(text);
      }),
      { numRuns: 1500 },
    );
  }, 60000);

  it("truncations of a valid plan at every position", () => {
    for (const plan of [VI_PLAN, EN_TEMPLATE]) {
      for (let i = 0; i <= plan.length; i++) {
        const text = plan.slice(0, i);
        const r = parse(text, "cut.kh");
        const problems = resultProblems(r, text, "cut.kh");
        if (problems.length > 0) expect(problems, `cut at ${i}: ${JSON.stringify(text.slice(-60))}`).toEqual([]);
        // Cutting a plan anywhere but at its end leaves it unclosed.
        if (i < plan.trimEnd().length && plan.slice(0, i).trim() !== "" && !/^(#[^\n]*\n?)*\s*$/.test(text)) {
          expect(r.diagnostics.length, `cut at ${i}`).toBeGreaterThan(0);
        }
      }
    }
  }, 60000);

  it("random edits of valid plans (characters and tokens inserted, deleted, replaced)", () => {
    fc.assert(
      fc.property(editedPlan, (text) => {
        parseChecked(text);
      }),
      { numRuns: 1500 },
    );
  }, 60000);

  it("Vietnamese plans with faults, in NFC and NFD", () => {
    fc.assert(
      fc.property(vietnamesePlan, fc.boolean(), (text, nfd) => {
        parseChecked(nfd ? text.normalize("NFD") : text);
      }),
      { numRuns: 300 },
    );
  }, 60000);

  it("CRLF and lone CR line endings, and a BOM", () => {
    for (const plan of PLANS) {
      for (const text of [plan.replace(/\n/g, "\r\n"), plan.replace(/\n/g, "\r"), `\uFEFF${plan}`, `\uFEFF${plan.replace(/\n/g, "\r\n")}`]) {
        const r = parseChecked(text);
        expect(r.diagnostics).toEqual([]);
        // …and positions still count lines: break the plan on its last line.
        const broken = `${text.trimEnd()}\r\n@`;
        parseChecked(broken);
      }
    }
  });
});

// ---- big and deep inputs --------------------------------------------------------------------

/** A valid plan of about `size` characters (many tasks). */
function bigPlan(size: number): string {
  const head = VI_PLAN.slice(0, VI_PLAN.indexOf("  nhiệm vụ dang-tai"));
  const parts = [head];
  let length = head.length;
  for (let i = 0; length < size; i++) {
    const task =
      `  nhiệm vụ nv-${i} "Nhiệm vụ số ${i}: tuyên truyền cải cách hành chính" {\n` +
      `    đáp ứng noi-dung.the-che\n    chủ trì van-phong\n    phối hợp cac-phong, ngay\n` +
      `    thời gian ${["quý II/2024", "thường xuyên", "từ 01/03/2024 đến 30/06/2024", "tháng 3/2024"][i % 4]}\n  }\n`;
    parts.push(task);
    length += task.length;
  }
  parts.push("}\n");
  return parts.join("");
}

/** Pseudo-random garbage from a fixed seed. */
function garbage(size: number, alphabet: string): string {
  let x = 20240214;
  const out: string[] = new Array(size);
  for (let i = 0; i < size; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out[i] = alphabet[(x >>> 8) % alphabet.length]!;
  }
  return out.join("");
}

const MB10 = 10 * 1024 * 1024;

describe("big inputs finish within seconds", () => {
  it("a 10 MB valid plan", () => {
    const text = bigPlan(MB10);
    const r = parseChecked(text, 15000, "big.kh");
    expect(r.diagnostics).toEqual([]);
    expect(r.document.plan!.members.filter((m) => m.type === "Task").length).toBeGreaterThan(50000);
  }, 60000);

  it("10 MB of garbage", () => {
    const text = garbage(MB10, "{}\"“#\n @$%^&*[]\\'`~<>?=+|ađêươ0123456789/.,:;-\u0000\uD800\u0301");
    const r = parseChecked(text, 5000, "garbage.kh");
    expect(r.diagnostics.length).toBe(LIMITS.maxErrors + 1);
    expect(r.diagnostics.at(-1)!.code).toBe("KH111");
  }, 30000);

  it("10 MB of characters no token starts with", () => {
    const r = parseChecked("@".repeat(MB10), 5000, "garbage.kh");
    expect(r.diagnostics.map((d) => d.code)).toEqual(["KH101"]);
    expect(r.diagnostics[0]!.span.endOffset).toBe(MB10);
  }, 30000);

  it("10 MB of tokens the grammar does not want (one-letter words, braces)", () => {
    for (const flood of ["a ".repeat(MB10 / 2), "{".repeat(MB10)]) {
      const r = parseChecked(flood, 8000, "flood.kh");
      // One syntax error, then the file is too long to analyse further.
      expect(r.diagnostics.map((d) => d.code)).toEqual(["KH103", "KH111"]);
      expect(r.diagnostics[1]!.span.offset).toBe(flood.indexOf(flood[0]!, LIMITS.maxTokens * (flood[1] === " " ? 2 : 1)));
    }
  }, 60000);
});

describe("deep nesting attempts give diagnostics, not stack overflows", () => {
  const N = 10000;

  it("`{` × 10,000", () => {
    const r = parseChecked("{".repeat(N));
    expect(r.diagnostics.length).toBeGreaterThan(0);
  });

  it("`plan p {` followed by `task t \"x\" {` × 10,000", () => {
    const r = parseChecked(`plan p {${'task t "x" {'.repeat(N)}`);
    expect(r.diagnostics.length).toBe(LIMITS.maxErrors + 1);
    expect(r.diagnostics.at(-1)!.code).toBe("KH111");
  });

  it("a rule whose JSON nests 10,000 arrays", () => {
    const text = `plan p { title "t" issuer "i" level xa rule r json { "a": ${"[".repeat(N)}${"]".repeat(N)} } }`;
    const r = parseChecked(text);
    expect(r.diagnostics).toEqual([]);
    const rule = r.document.plan!.members.find((m) => m.type === "Rule");
    expect(rule).toBeDefined();
  });

  it("a rule whose JSON nests 10,000 objects, closed or not", () => {
    const closed = `plan p { title "t" issuer "i" level xa rule r json {${'"a":{'.repeat(N)}${"}".repeat(N)}} }`;
    expect(parseChecked(closed).diagnostics).toEqual([]);
    const open = `plan p { title "t" issuer "i" level xa rule r json {${'"a":['.repeat(N)}`;
    const codes = parseChecked(open).diagnostics.map((d) => d.code);
    expect(codes).toContain("KH106");
  });

  it("10,000 unclosed strings", () => {
    const r = parseChecked(`plan p {\n${'  title "chưa đóng\n'.repeat(N)}}\n`);
    expect(r.diagnostics.length).toBe(LIMITS.maxErrors + 1);
    expect(r.diagnostics[0]!.code).toBe("KH102");
    // Each string is reported (and each `title` after the first is a duplicate): all counted.
    const total = Number(/\((\d+)\)/.exec(r.diagnostics.at(-1)!.message.en)?.[1]);
    expect(total).toBeGreaterThanOrEqual(N);
  });

  it("10,000 `\"` on one line, and 10,000 `“`", () => {
    parseChecked('"'.repeat(N));
    parseChecked("“".repeat(N));
  });

  it("100,000 errors of every kind stay capped", () => {
    const text = `plan p {\n${"  @ ngày 31/02/2024 ghi chú \"x\n".repeat(100000)}`;
    const r = parseChecked(text, 5000);
    expect(r.diagnostics.length).toBe(LIMITS.maxErrors + 1);
    expect(r.diagnostics.at(-1)!.code).toBe("KH111");
  }, 30000);
});
