/**
 * Keeps `docs/language.md` true to the language: it must show every keyword spelling and every
 * default level name, and its examples must parse (```kh blocks as whole files, ```kh-member
 * blocks inside a minimal plan of their own language; ```kh-fragment blocks are not checked).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEFAULT_LEVELS } from "../src/resolve/levels.js";
import { KEYWORD_CONCEPTS, SPELLINGS } from "../src/syntax/keywords/table.js";
import { parse } from "../src/syntax/parse.js";

const doc = readFileSync(new URL("../docs/language.md", import.meta.url), "utf8");

interface Block {
  readonly lang: string;
  readonly code: string;
  /** 1-based line of the block's first code line in docs/language.md. */
  readonly line: number;
}

function codeBlocks(markdown: string): Block[] {
  const out: Block[] = [];
  const lines = markdown.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\S*)\s*$/.exec(lines[i]!);
    if (!open) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && !/^```\s*$/.test(lines[end]!)) end++;
    out.push({ lang: open[1]!, code: lines.slice(start, end).join("\n"), line: start + 1 });
    i = end;
  }
  return out;
}

const blocks = codeBlocks(doc);
const errorsOf = (text: string, file: string) =>
  parse(text, file)
    .diagnostics.filter((d) => d.severity === "error")
    .map((d) => `${d.code} ${d.span.line}:${d.span.column} ${d.message.en}`);

/** Wraps plan members in a minimal plan written in the members' own language. */
function wrap(members: string): string {
  const vi = parse(members, "members.kh").dialect === "vi";
  const header = vi ? 'kế hoạch vi-du {\n  tiêu đề "Ví dụ"\n  cơ quan "UBND xã"\n  cấp xã\n' : 'plan example {\n  title "Example"\n  issuer "UBND xã"\n  level commune\n';
  return `${header}${members}\n}\n`;
}

describe("docs/language.md", () => {
  it("shows every keyword spelling of src/syntax/keywords", () => {
    const missing: string[] = [];
    for (const dialect of ["en", "vi"] as const) {
      for (const concept of KEYWORD_CONCEPTS) {
        for (const spelling of SPELLINGS[dialect][concept] ?? []) {
          if (!doc.includes(`\`${spelling}\``)) missing.push(`${dialect} ${concept}: ${spelling}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it("shows every name of the default level table", () => {
    const missing = DEFAULT_LEVELS.flatMap((l) => [l.id, ...l.aliases]).filter((n) => !doc.includes(`\`${n}\``));
    expect(missing).toEqual([]);
  });

  it("has examples in both languages", () => {
    const checked = blocks.filter((b) => b.lang === "kh" || b.lang === "kh-member");
    const dialects = new Set(checked.map((b) => parse(b.code, "block.kh").dialect));
    expect([...dialects].sort()).toEqual(["en", "vi"]);
  });

  it("marks every code block with a known language", () => {
    const unknown = blocks.filter((b) => !["kh", "kh-member", "kh-fragment", "text", "sh"].includes(b.lang));
    expect(unknown.map((b) => `line ${b.line}: \`\`\`${b.lang}`)).toEqual([]);
  });

  const kh = blocks.filter((b) => b.lang === "kh");
  it.each(kh.map((b) => [b.line, b] as const))("```kh block at line %i parses without errors", (_line, b) => {
    expect(errorsOf(b.code, `docs/language.md:${b.line}`)).toEqual([]);
  });

  const members = blocks.filter((b) => b.lang === "kh-member");
  it.each(members.map((b) => [b.line, b] as const))("```kh-member block at line %i parses inside a plan", (_line, b) => {
    expect(errorsOf(wrap(b.code), `docs/language.md:${b.line}`)).toEqual([]);
  });
});
