/**
 * How much of a plan text a draft recovers, against counts taken from the source text by simple
 * means of their own (line prefixes and a few regular expressions), not by the importer's
 * recognisers: list items, units named in the duties, cited plans and reporting deadlines.
 * Used by test/import/corpus.test.ts (floors) and bench/import-report.ts (the table).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { importPlan } from "../../src/import/index.js";
import type { Document, Timing } from "../../src/syntax/ast.js";
import { parse } from "../../src/syntax/parse.js";
import { REPO } from "../cli/run.js";

export const SHARED = path.resolve(REPO, "../shared");

export interface SourceDoc {
  readonly name: string;
  readonly file: string;
  readonly text: string;
}

/** The four seeds and the six 2025 plans. */
export function corpus(): SourceDoc[] {
  const dirs = [path.join(SHARED, "seeds"), path.join(SHARED, "corpus/plans-2025")];
  return dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith(".txt"))
      .sort()
      .map((f) => ({ name: f.replace(/\.txt$/, ""), file: path.join(dir, f), text: readFileSync(path.join(dir, f), "utf8") })),
  );
}

/** Lower case, no diacritics, letters and digits only, single spaces. */
export function plain(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

const lines = (text: string): string[] => text.normalize("NFC").split(/\r?\n/).map((l) => l.replace(/[*\\#]/g, "").trim());

/** The body: from the `KẾ HOẠCH` line to `Nơi nhận` (the appendix after the signature is added back). */
function bodyLines(text: string): { body: string[]; appendix: string[] } {
  const all = lines(text);
  const start = all.findIndex((l) => /^K[ẾE] HO[ẠA]CH$/iu.test(l));
  const end = all.findIndex((l) => /^N[ơo]i nh[ậa]n/iu.test(l));
  const appendix = all.findIndex((l) => /^PH[ỤU] L[ỤU]C$/iu.test(l));
  return { body: all.slice(start < 0 ? 0 : start, end < 0 ? all.length : end), appendix: appendix < 0 ? [] : all.slice(appendix) };
}

const ITEM_LINE = /^(?:[-+•]\s*|\d{1,2}(?:\.\d{1,2})*[.)]\s+|[a-zđ]\)\s+)(\S.*)$/u;

/** `Cơ quan phối hợp: …`, `Thời gian thực hiện: …`: a label of at most four words, then a colon. */
const LABELLED = /^(?:\S+\s+){0,3}\S+:/u;

/**
 * List items: lines starting with a list marker and at least five words (shorter ones are
 * headings), except labelled lines (they are a task's fields), and table rows.
 */
export function sourceItems(text: string): string[] {
  const { body, appendix } = bodyLines(text);
  const out: string[] = [];
  for (const l of body) {
    const m = ITEM_LINE.exec(l);
    if (m && m[1]!.split(/\s+/).length >= 5 && !LABELLED.test(m[1]!)) out.push(m[1]!);
  }
  // A table row of the crawl: `|`, then the row number alone, `|`, then the task's first line.
  appendix.forEach((l, i) => {
    if (/^\d{1,3}$/.test(l) && appendix[i - 1] === "|" && appendix[i + 1] === "|" && appendix[i + 2]) out.push(appendix[i + 2]!);
  });
  return out;
}

const UNIT_NAME = /(?<!\p{L})(Sở|Ban|Văn phòng|Trung tâm|Báo|Đài|Hiệp hội|Liên hiệp|Hội đồng|Công an|Thủ trưởng)\s+(\p{Lu}[\p{L}&]*)/gu;

/** Units named where duties are given: the organisation section, `chủ trì`/`phối hợp` lines, the appendix. */
export function sourceUnits(text: string): string[] {
  const { body, appendix } = bodyLines(text);
  const org = body.findIndex((l) => /^[IVX]+\.\s*(?:(?:TỔ CHỨC|Tổ chức)(?: THỰC HIỆN| thực hiện|$)|.*TRÁCH NHIỆM)/u.test(l));
  const zone = [...(org < 0 ? [] : body.slice(org)), ...body.filter((l) => /chủ trì|phối hợp/iu.test(l)), ...appendix];
  const names = new Set<string>();
  for (const l of zone) for (const m of l.matchAll(UNIT_NAME)) names.add(`${m[1]} ${m[2]}`);
  return [...names];
}

/** Cited plans (`Kế hoạch số 23/KH-UBND`, `Kế hoạch số 14-KH/TU`) in the basis before the first section. */
export function sourcePlanNumbers(text: string): string[] {
  const { body } = bodyLines(text);
  const first = body.findIndex((l) => /^[IVX]+\.\s/.test(l));
  const preamble = body.slice(0, first < 0 ? body.length : first).join(" ");
  return [...new Set([...preamble.matchAll(/K[ếe] ho[ạa]ch\s+(?:số\s+)?(\d+)[-/]/giu)].map((m) => m[1]!))];
}

/** Every day/month after `trước ngày` in the body, with the `và 10/12` that may follow. */
export function sourceDeadlines(text: string): string[] {
  const { body } = bodyLines(text);
  const joined = body.join(" ");
  const out = new Set<string>();
  const date = String.raw`(\d{1,2})\s*(?:/\s*(\d{1,2})|\s+tháng\s+(\d{1,2}))`;
  for (const m of joined.matchAll(new RegExp(String.raw`trước ngày\s+${date}((?:\s*(?:và|,)\s*(?:cả năm\s+)?(?:trước ngày\s+)?\d{1,2}\s*/\s*\d{1,2})*)`, "giu"))) {
    out.add(`${Number(m[1])}/${Number(m[2] ?? m[3])}`);
    for (const n of m[4]!.matchAll(/(\d{1,2})\s*\/\s*(\d{1,2})/g)) out.add(`${Number(n[1])}/${Number(n[2])}`);
  }
  return [...out];
}

// ---- what the draft has -----------------------------------------------------------------------

function texts(doc: Document): string[] {
  const out: string[] = [];
  for (const m of doc.plan?.members ?? []) {
    if (m.type === "Task") {
      if (m.label) out.push(m.label.value);
      for (const f of m.fields) if (f.name === "note") out.push(f.value.value);
    } else if (m.type === "Section") out.push(...m.items.map((i) => i.value));
  }
  return out;
}

function dueDates(doc: Document): Set<string> {
  const out = new Set<string>();
  const add = (t: Timing): void => {
    if (t.kind === "before" || t.kind === "date") out.add(`${t.date.day}/${t.date.month}`);
    if (t.kind === "recurring") for (const d of t.before) out.add(`${d.day}/${d.month}`);
  };
  for (const m of doc.plan?.members ?? []) if (m.type === "Task") for (const f of m.fields) if (f.name === "due" || f.name === "timing") add(f.value);
  return out;
}

/** Whether four consecutive words of `line` occur in `haystack` (both `plain`). */
function found(line: string, haystack: string): boolean {
  const words = plain(line).split(" ").filter((w) => w.length > 0);
  if (words.length < 4) return haystack.includes(words.join(" "));
  for (let i = 0; i + 4 <= words.length; i++) if (haystack.includes(` ${words.slice(i, i + 4).join(" ")} `)) return true;
  return false;
}

export interface Count {
  readonly found: number;
  readonly total: number;
}

export interface Recovery {
  readonly name: string;
  /** Items found in the draft's task and section texts. */
  readonly items: Count;
  /** Items found only in comments. */
  readonly itemsInComments: number;
  readonly units: Count;
  readonly parents: Count;
  readonly deadlines: Count;
  /** The draft parses without errors. */
  readonly parses: boolean;
  readonly draft: string;
}

export async function measure(doc: SourceDoc): Promise<Recovery> {
  const { text: draft } = await importPlan(doc.text, { source: path.basename(doc.file) });
  const parsed = parse(draft, `${doc.name}.kh`);
  const document = parsed.document;
  const placed = ` ${texts(document).map(plain).join(" | ")} `;
  const comments = ` ${parsed.comments.map((c) => plain(c.value)).join(" ")} `;
  const items = sourceItems(doc.text);
  const inTexts = items.filter((i) => found(i, placed)).length;
  const inComments = items.filter((i) => !found(i, placed) && found(i, comments)).length;
  // Units, and the issuer (a plan names itself in its closing).
  const unitLabels = (document.plan?.members ?? []).flatMap((m) =>
    m.type === "Unit" ? [plain(m.label?.value ?? "")] : m.type === "Field" && m.name === "issuer" ? [plain(m.value.value)] : [],
  );
  const units = sourceUnits(doc.text);
  const parentIds = (document.plan?.members ?? []).flatMap((m) => (m.type === "Field" && m.name === "implements" ? m.value.map((v) => v.name) : []));
  const plans = sourcePlanNumbers(doc.text);
  const dues = dueDates(document);
  const deadlines = sourceDeadlines(doc.text);
  return {
    name: doc.name,
    items: { found: inTexts, total: items.length },
    itemsInComments: inComments,
    units: { found: units.filter((u) => unitLabels.some((l) => ` ${l} `.includes(` ${plain(u)} `))).length, total: units.length },
    parents: { found: plans.filter((n) => parentIds.some((id) => id.split("-").includes(n))).length, total: plans.length },
    deadlines: { found: deadlines.filter((d) => dues.has(d)).length, total: deadlines.length },
    parses: !parsed.diagnostics.some((d) => d.severity === "error"),
    draft,
  };
}

const pct = (c: Count): string => (c.total === 0 ? "–" : `${Math.round((100 * c.found) / c.total)}%`);
const cell = (c: Count): string => `${c.found}/${c.total} (${pct(c)})`;

/** The recovery table in Markdown. */
export function recoveryTable(rows: readonly Recovery[]): string {
  const sum = (f: (r: Recovery) => Count): Count => ({ found: rows.reduce((a, r) => a + f(r).found, 0), total: rows.reduce((a, r) => a + f(r).total, 0) });
  const out = [
    "| document | items in tasks/sections | items only in comments | units | parent plans | deadlines |",
    "|---|---:|---:|---:|---:|---:|",
    ...rows.map((r) => `| ${r.name} | ${cell(r.items)} | ${r.itemsInComments} | ${cell(r.units)} | ${cell(r.parents)} | ${cell(r.deadlines)} |`),
    `| **all ten** | ${cell(sum((r) => r.items))} | ${rows.reduce((a, r) => a + r.itemsInComments, 0)} | ${cell(sum((r) => r.units))} | ${cell(sum((r) => r.parents))} | ${cell(sum((r) => r.deadlines))} |`,
  ];
  return `${out.join("\n")}\n`;
}

export const RECOVERY_NOTE = `Reference counts come from the source text by their own simple rules (test/import/recovery.ts), not
from the importer: *items* are body lines starting with a list marker (\`-\`, \`+\`, \`•\`, \`1.\`, \`2.1.\`,
\`a)\`) with at least five words, except labelled lines such as \`Cơ quan phối hợp: …\` (a task's fields),
plus appendix table rows, found when four consecutive words of the
line occur in a task, note or section text of the draft; *units* are names such as \`Sở Tư pháp\`,
\`Văn phòng Sở\`, \`Ban Tuyên …\` in the organisation section, \`chủ trì\`/\`phối hợp\` lines and the
appendix, found in a declared unit's name (or the issuer's); *parent plans* are \`Kế hoạch số N…\` cited before the first
section, found when an \`implements\` id carries N; *deadlines* are the dates after \`trước ngày\`
(and \`và D\`), found in a task's \`due\` or \`timing\`.
`;

/** The whole of test/import/recovery.md. */
export function recoveryReport(rows: readonly Recovery[]): string {
  return `# \`kh import\`: what the drafts recover\n\nGenerated by \`npm run import:report\` (and checked by test/import/corpus.test.ts).\n\n${recoveryTable(rows)}\n${RECOVERY_NOTE}`;
}
