/**
 * Property tests of the formatter over generated plans: printing round-trips through the parser,
 * formatting is idempotent, keeps every comment, does not depend on the dialect or on Unicode
 * normalisation of the input.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatText, printDocument } from "../../src/format/format.js";
import type { Dialect } from "../../src/syntax/keywords/table.js";
import { parse } from "../../src/syntax/parse.js";
import { commentBody, document, stripSpans } from "./arbitraries.js";

const RUNS = 100;
const dialect = fc.constantFrom<Dialect>("en", "vi");
/** Wide enough that every rule's JSON stays on one line, so comments can go after any line. */
const WIDE = 100_000;

function parseClean(text: string) {
  const r = parse(text, "gen.kh");
  expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return r;
}

/**
 * Places inside a line where a line break (after an end-of-line comment) may go without
 * splitting a token or a keyword phrase: after a list comma, before a string, before `{`.
 * Rule lines are left alone (their JSON is one token).
 */
function innerBreaks(line: string): number[] {
  if (/ json /.test(line)) return [];
  const out: number[] = [];
  let offset = 0;
  for (const [i, part] of line.split(/("(?:[^"\\]|\\.)*")/).entries()) {
    if (i % 2 === 0) {
      for (const m of part.matchAll(/, /g)) out.push(offset + m.index + 1);
      if (part.endsWith(" ") && offset + part.length < line.length) out.push(offset + part.length - 1);
      if (part.endsWith(" {")) out.push(offset + part.length - 2);
    }
    offset += part.length;
  }
  return out.filter((k) => k > line.search(/\S/));
}

/**
 * Comments added to printed text: own-line comments (and blank lines) between lines,
 * end-of-line comments, and comments that split a member over several lines.
 */
const withComments = (text: string) =>
  fc
    .tuple(
      fc.array(fc.tuple(fc.nat(), fc.constantFrom("", "  ", "\t", "      "), commentBody), { maxLength: 6 }),
      fc.array(fc.tuple(fc.nat(), commentBody), { maxLength: 4 }),
      fc.array(fc.nat(), { maxLength: 3 }),
      fc.array(fc.tuple(fc.nat(), fc.nat(), commentBody), { maxLength: 4 }),
    )
    .map(([ownLine, endOfLine, blanks, inner]) => {
      const lines = text.split("\n");
      const last = lines.length - 1; // after the final newline
      const comments: string[] = [];
      const eol = new Map<number, string>();
      for (const [at, body] of endOfLine) eol.set(at % last, body);
      comments.push(...eol.values());
      const before = new Map<number, string[]>();
      for (const [at, indentation, body] of ownLine) {
        const i = at % (last + 1);
        before.set(i, [...(before.get(i) ?? []), `${indentation}#${body}`]);
        comments.push(body);
      }
      for (const at of blanks) {
        const i = at % (last + 1);
        before.set(i, [...(before.get(i) ?? []), ""]);
      }
      const splits = new Map<number, Map<number, string>>();
      for (const [at, which, body] of inner) {
        const i = at % last;
        const candidates = innerBreaks(lines[i]!);
        if (candidates.length === 0) continue;
        const k = candidates[which % candidates.length]!;
        const forLine = splits.get(i) ?? new Map<number, string>();
        if (forLine.has(k)) continue;
        forLine.set(k, body);
        splits.set(i, forLine);
        comments.push(body);
      }
      const out: string[] = [];
      lines.forEach((line, i) => {
        out.push(...(before.get(i) ?? []));
        let split = line;
        for (const [k, body] of [...(splits.get(i) ?? [])].sort(([a], [b]) => b - a)) {
          split = `${split.slice(0, k)} #${body}\n      ${split.slice(k + 1)}`;
        }
        const c = eol.get(i);
        out.push(c === undefined ? split : `${split} #${c}`);
      });
      return { text: out.join("\n"), comments: comments.map((b) => `#${b}`.trimEnd()) };
    });

const sorted = (xs: readonly string[]): string[] => [...xs].sort();

/** A small seeded generator, so one fast-check integer drives (and shrinks) all the messing. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Rewrites canonical text into an equivalent messy one: random indentation and spacing, ISO
 * dates, `and`/`và` list separators, typographic quotes. Line breaks and blank lines are kept,
 * so formatting must give the canonical text back.
 */
function mess(text: string, dialect: Dialect, seed: number): string {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const and = dialect === "vi" ? "và" : "and";
  return text
    .split("\n")
    .map((line) => {
      const body = line.trimStart();
      if (body === "") return line;
      const indentation = pick(["", " ", "    ", "\t", "  \t "]);
      if (/ json /.test(body)) return indentation + body;
      const parts = body.split(/("(?:[^"\\]|\\.)*")/);
      return (
        indentation +
        parts
          .map((part, i) => {
            if (i % 2 === 1) return !part.includes("\\") && !part.includes("”") && rnd() < 0.5 ? `“${part.slice(1, -1)}”` : part;
            return part
              .replace(/\b(\d{2})\/(\d{2})\/(\d{4})\b/g, (m, d: string, mo: string, y: string) =>
                rnd() < 0.5 ? `${y}-${Number(mo)}-${Number(d)}` : m,
              )
              .replace(/, /g, (m) => (rnd() < 0.5 ? ` ${and} ` : m))
              .replace(/ /g, () => pick([" ", " ", "  ", "\t", " \t "]));
          })
          .join("")
      );
    })
    .join("\n");
}

describe("formatter properties", () => {
  it("parse(print(ast)) is the AST, in both dialects", () => {
    fc.assert(
      fc.property(document, dialect, (doc, d) => {
        const text = printDocument(doc, d);
        const r = parseClean(text);
        expect(r.dialect).toBe(d);
        expect(stripSpans(r.document)).toEqual(stripSpans(doc));
      }),
      { numRuns: RUNS },
    );
  });

  it("the English and the Vietnamese printing parse to the same AST", () => {
    fc.assert(
      fc.property(document, (doc) => {
        const en = parseClean(printDocument(doc, "en")).document;
        const vi = parseClean(printDocument(doc, "vi")).document;
        expect(stripSpans(en)).toEqual(stripSpans(vi));
      }),
      { numRuns: RUNS },
    );
  });

  it("a messy but equivalent spelling formats back to the canonical text", async () => {
    await fc.assert(
      fc.asyncProperty(document, dialect, fc.integer(), async (doc, d, seed) => {
        // Wide, so that each rule's JSON is on its rule's line (which mess() leaves alone).
        const canonical = printDocument(doc, d, { printWidth: WIDE });
        const r = await formatText(mess(canonical, d, seed), { printWidth: WIDE });
        expect(r.diagnostics.filter((x) => x.severity === "error")).toEqual([]);
        expect(r.formatted).toBe(canonical);
      }),
      { numRuns: RUNS },
    );
  });

  it("formatting is idempotent, and printDocument output is already formatted", async () => {
    await fc.assert(
      fc.asyncProperty(document, dialect, fc.integer({ min: 20, max: 120 }), async (doc, d, printWidth) => {
        const text = printDocument(doc, d, { printWidth });
        const once = await formatText(text, { printWidth });
        expect(once.formatted).toBe(text);
        expect(once.changed).toBe(false);
        const twice = await formatText(once.formatted!, { printWidth });
        expect(twice.formatted).toBe(once.formatted);
      }),
      { numRuns: RUNS },
    );
  });

  it("formatting keeps every comment, the AST, and is idempotent with comments", async () => {
    await fc.assert(
      fc.asyncProperty(
        document.chain((doc) =>
          dialect.chain((d) => withComments(printDocument(doc, d, { printWidth: WIDE })).map((c) => ({ doc, ...c }))),
        ),
        async ({ doc, text, comments }) => {
          const r = await formatText(text, { printWidth: WIDE });
          expect(r.diagnostics.filter((x) => x.severity === "error")).toEqual([]);
          const formatted = r.formatted!;
          const reparsed = parseClean(formatted);
          expect(sorted(reparsed.comments.map((c) => `#${c.value}`))).toEqual(sorted(comments));
          expect(stripSpans(reparsed.document)).toEqual(stripSpans(doc));
          expect((await formatText(formatted, { printWidth: WIDE })).formatted).toBe(formatted);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("NFD input formats to the same text as its NFC twin", async () => {
    await fc.assert(
      fc.asyncProperty(
        document.chain((doc) => dialect.chain((d) => withComments(printDocument(doc, d, { printWidth: WIDE })))),
        async ({ text }) => {
          const nfd = text.normalize("NFD");
          const a = await formatText(text, { printWidth: WIDE });
          const b = await formatText(nfd, { printWidth: WIDE });
          expect(b.formatted).not.toBeNull();
          expect(b.formatted).toBe(a.formatted);
        },
      ),
      { numRuns: RUNS / 2 },
    );
  });
});
