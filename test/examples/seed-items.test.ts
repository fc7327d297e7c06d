/**
 * Each seed's encoding is reviewed against its text item by item: every item listed in
 * `items/*.ts` (by source section) must be quoted from the seed, appear in a quoted text of the
 * encoding, and sit under a comment naming its source section.
 */
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "../../src/syntax/parse.js";
import { REPO } from "../cli/run.js";
import type { SeedExpectation } from "./items/types.js";

const SHARED = path.resolve(REPO, "../shared");

/** Lower-cased NFC text with Markdown residue and all whitespace runs folded to one space. */
export function normalise(s: string): string {
  return s
    .normalize("NFC")
    .replace(/\*\*|__|\\(?=[-*_.])/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

function sourceText(name: string): string {
  for (const dir of ["seeds", "corpus/plans-2025"]) {
    const p = path.join(SHARED, dir, name);
    if (existsSync(p)) return readFileSync(p, "utf8");
  }
  throw new Error(`no source text ${name}`);
}

/** Every quoted text of the file with the line it starts on. */
function quotedTexts(node: unknown, out: { value: string; line: number }[] = []): { value: string; line: number }[] {
  if (Array.isArray(node)) for (const n of node) quotedTexts(n, out);
  else if (node && typeof node === "object") {
    const o = node as { type?: string; value?: unknown; span?: { line: number } };
    if (o.type === "Text" && typeof o.value === "string" && o.span) out.push({ value: o.value, line: o.span.line });
    for (const [k, v] of Object.entries(o)) if (k !== "span") quotedTexts(v, out);
  }
  return out;
}

/**
 * A comment names a section when it starts with a Roman numeral section number (I., II.1,
 * IV.3…) or with one of the parts of a document that have no number: the header (Đầu văn bản),
 * the basis paragraph (Căn cứ), recipients (Nơi nhận), signature (Chữ ký), appendix (Phụ lục).
 */
const SECTION_COMMENT = /^\s*(?:[IVX]+(?:\.\d+)*\.?(?=[\s.,:;)]|$)|Đầu văn bản|Căn cứ|Nơi nhận|Chữ ký|Phụ lục)/u;

const files = readdirSync(path.join(REPO, "test/examples/items")).filter((f) => f.endsWith(".ts") && f !== "types.ts");

describe.each(files)("seed items %s", (file) => {
  it("each item is in the seed, in the encoding, under its section", async () => {
    const mod = (await import(`./items/${file}`)) as { expectation: SeedExpectation };
    const { source, encoding, items } = mod.expectation;
    expect(items.length).toBeGreaterThan(0);
    const seed = normalise(sourceText(source));
    const text = readFileSync(path.join(REPO, encoding), "utf8");
    const parsed = parse(text, encoding);
    expect(parsed.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const texts = quotedTexts(parsed.document).map((t) => ({ ...t, norm: normalise(t.value) }));
    const sections = parsed.comments.filter((c) => SECTION_COMMENT.test(c.value)).map((c) => ({ line: c.span.line, value: c.value.normalize("NFC") }));
    const problems: string[] = [];
    for (const item of items) {
      const frag = normalise(item.text);
      if (frag.split(" ").length < 3) problems.push(`${item.section}: fragment too short to identify an item: "${item.text}"`);
      if (!seed.includes(frag)) problems.push(`${item.section}: not in the seed: "${item.text}"`);
      const hits = texts.filter((t) => t.norm.includes(frag));
      if (hits.length === 0) {
        problems.push(`${item.section}: not in the encoding: "${item.text}"`);
        continue;
      }
      const placed = hits.some((h) => {
        const above = sections.filter((s) => s.line <= h.line).at(-1);
        return above !== undefined && above.value.includes(item.section);
      });
      if (!placed) problems.push(`${item.section}: "${item.text}" is not under a comment naming ${item.section}`);
    }
    expect(problems).toEqual([]);
  });
});

if (files.length === 0) it.todo("lists the items of each seed");
