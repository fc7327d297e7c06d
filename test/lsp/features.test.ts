/**
 * The language server through a real protocol client, on two small workspaces with the same
 * three-level chain (province template → district plan → commune plan), one in each dialect:
 * diagnostics, hover, definition, references, completion (in an incomplete file), code actions,
 * formatting, outline and highlighting.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { CodeAction, CompletionList, Diagnostic, DocumentSymbol, Hover, Location, Position, SemanticTokens, TextEdit } from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { formatText } from "../../src/format/format.js";
import { runKh } from "../cli/run.js";
import { FIXTURES, startClient, uriOf, type TestClient } from "./client.js";

interface Dialect {
  readonly name: "vi" | "en";
  readonly folder: string;
  readonly plan: string;
  readonly template: string;
  readonly district: string;
  readonly incomplete: string;
  readonly templateId: string;
  readonly districtId: string;
  /** A mandate the plan covers, refined by the district; its `covers` line. */
  readonly covered: { readonly id: string; readonly line: string };
  readonly unknownUnit: string;
  readonly unit: string;
  readonly waivable: string;
  readonly notWaivable: string;
  readonly coversKeyword: string;
  readonly keywordDoc: string;
  readonly lateDue: string;
  readonly notCovered: RegExp;
  readonly leadLine: string;
  readonly levelLine: string;
  readonly dueLine: string;
}

const DIALECTS: readonly Dialect[] = [
  {
    name: "vi",
    folder: path.join(FIXTURES, "vi"),
    plan: "xa-2024.kh",
    template: "templates/tinh-2024.kh",
    district: "templates/huyen-2024.kh",
    incomplete: "dang-go.kh",
    templateId: "tinh-2024",
    districtId: "huyen-2024",
    covered: { id: "bao-cao", line: "đáp ứng bao-cao" },
    unknownUnit: "van-phongg",
    unit: "van-phong",
    waivable: "bao-chi",
    notWaivable: "hoi-nghi",
    coversKeyword: "đáp ứng",
    keywordDoc: "Các yêu cầu của cấp trên mà nhiệm vụ này đáp ứng.",
    lateDue: "trước 07/06/2024",
    notCovered: /chưa có nhiệm vụ đáp ứng/,
    leadLine: "chủ trì ",
    levelLine: "cấp ",
    dueLine: "hạn ",
  },
  {
    name: "en",
    folder: path.join(FIXTURES, "en"),
    plan: "commune-2024.kh",
    template: "templates/province-2024.kh",
    district: "templates/district-2024.kh",
    incomplete: "typing.kh",
    templateId: "province-2024",
    districtId: "district-2024",
    covered: { id: "report", line: "covers report" },
    unknownUnit: "offfice",
    unit: "office",
    waivable: "press",
    notWaivable: "meeting",
    coversKeyword: "covers",
    keywordDoc: "The parents' mandates this task covers.",
    lateDue: "before 07/06/2024",
    notCovered: /is not covered/,
    leadLine: "lead ",
    levelLine: "level ",
    dueLine: "due ",
  },
];

/** The position of `needle` (its `nth` occurrence) in `text`, plus `delta` characters. */
function at(text: string, needle: string, delta = 0, nth = 0): Position {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(needle, i + 1);
    if (i === -1) throw new Error(`${needle} not found`);
  }
  return TextDocument.create("x", "kh", 0, text).positionAt(i + delta);
}

function applyEdits(text: string, edits: readonly TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create("x", "kh", 0, text), [...edits]);
}

const read = (d: Dialect, f: string) => readFileSync(path.join(d.folder, f), "utf8");

describe.each(DIALECTS)("language server, $name dialect", (d) => {
  let c: TestClient;
  let uri: string;
  let text: string;
  beforeEach(async () => {
    c = startClient();
    await c.initialize({ folder: d.folder });
    text = read(d, d.plan);
    uri = await c.open(path.join(d.folder, d.plan));
  });
  afterEach(() => c.close());

  it("publishes diagnostics on open: a missing mandate, an unknown unit, a late deadline, with the parents as related places", async () => {
    const diags = await c.diagnostics(uri);
    expect(diags.map((x) => x.code).sort()).toEqual(["KH301", "KH301", "KH403", "KH502"]);
    expect(diags.every((x) => x.source === "kehoach")).toBe(true);
    const missing = diags.filter((x) => x.code === "KH301");
    expect(missing.map((x) => x.message).every((m) => d.notCovered.test(typeof m === "string" ? m : m.value))).toBe(true);
    // each missing mandate points into the template that declares it
    const related = missing.flatMap((x) => x.relatedInformation ?? []).map((r) => r.location.uri).sort();
    expect(related).toEqual([uriOf(path.join(d.folder, d.district)), uriOf(path.join(d.folder, d.template))].sort());
    const unknown = diags.find((x) => x.code === "KH403")!;
    expect(unknown.range.start).toEqual(at(text, d.unknownUnit));
    expect(unknown.message).toContain(`\`${d.unit}\``);
    const late = diags.find((x) => x.code === "KH502")!;
    expect(late.range.start).toEqual(at(text, d.lateDue));
    expect(late.relatedInformation?.[0]?.location.uri).toBe(uriOf(path.join(d.folder, d.template)));
    // parents are checked too (the full check on open): the district plan is clean
    expect(c.published.filter((p) => p.uri === uriOf(path.join(d.folder, d.district))).flatMap((p) => p.diagnostics)).toEqual([]);
  });

  it("re-checks on change, with the document's version", async () => {
    await c.diagnostics(uri);
    c.change(uri, text.replace(d.unknownUnit, d.unit));
    const diags = await c.diagnostics(uri);
    expect(diags.map((x) => x.code).sort()).toEqual(["KH301", "KH301", "KH502"]);
    expect([...c.published].reverse().find((p) => p.uri === uri)?.version).toBe(2);
  });

  it("hovers a covered mandate: text, origin plan and number, chain, constraints after refinement, status", async () => {
    const h = await c.request<Hover>("textDocument/hover", { textDocument: { uri }, position: at(text, d.covered.line, d.covered.line.length - 1) });
    const value = (h.contents as { value: string }).value;
    expect(value).toContain(`\`${d.covered.id}\``);
    expect(value).toContain(`\`${d.templateId}\` (60/KH-UBND)`);
    expect(value).toContain(`\`${d.templateId}\` → \`${d.districtId}\``);
    expect(value).toContain("10/06/2024"); // the origin's deadline
    expect(value).toContain("05/06/2024"); // in force after the district's refinement
    expect(value).toContain(`\`${d.districtId}\``);
  });

  it("hovers a keyword with its documentation in the file's language, and a unit with its duties", async () => {
    const kw = await c.request<Hover>("textDocument/hover", { textDocument: { uri }, position: at(text, d.coversKeyword, 1) });
    expect((kw.contents as { value: string }).value).toContain(d.keywordDoc);
    const unit = await c.request<Hover>("textDocument/hover", { textDocument: { uri }, position: at(text, `${d.unit} "`, 1) });
    const value = (unit.contents as { value: string }).value;
    expect(value).toContain(`\`${d.unit}\``);
    expect(value).toMatch(/\(1\): `report`|\(1\): `bao-cao`/); // leads one task
  });

  it("goes to definition across files: covers → the template's mandate, parent id → parent file, unit → its declaration", async () => {
    const template = read(d, d.template);
    const defs = await c.request<Location[]>("textDocument/definition", { textDocument: { uri }, position: at(text, d.covered.line, d.covered.line.length - 1) });
    expect(defs).toEqual([{ uri: uriOf(path.join(d.folder, d.template)), range: { start: at(template, ` ${d.covered.id} "`, 1), end: at(template, ` ${d.covered.id} "`, 1 + d.covered.id.length) } }]);
    const parent = await c.request<Location[]>("textDocument/definition", { textDocument: { uri }, position: at(text, d.districtId, 2) });
    expect(parent.map((l) => l.uri)).toEqual([uriOf(path.join(d.folder, d.district))]);
    const unit = await c.request<Location[]>("textDocument/definition", { textDocument: { uri }, position: at(text, `${d.leadLine}${d.unit}\n`, d.leadLine.length + 1) });
    expect(unit).toEqual([{ uri, range: { start: at(text, `${d.unit} "`), end: at(text, `${d.unit} "`, d.unit.length) } }]);
    // a role binding → the role's declaration in the template
    const roleLine = `${d.name === "vi" ? "vai trò" : "role"} ${d.unit}\n`;
    const role = await c.request<Location[]>("textDocument/definition", { textDocument: { uri }, position: at(text, roleLine, roleLine.length - 2) });
    expect(role.map((l) => [l.uri, l.range.start])).toEqual([[uriOf(path.join(d.folder, d.template)), at(template, `${d.name === "vi" ? "vai trò" : "role"} ${d.unit} "`, roleLine.length - 1 - d.unit.length)]]);
  });

  it("finds references of a mandate in every plan below: refinements and covering tasks", async () => {
    const refs = await c.request<Location[]>("textDocument/references", { textDocument: { uri }, position: at(text, d.covered.line, d.covered.line.length - 1), context: { includeDeclaration: true } });
    const byFile = refs.map((r) => path.relative(d.folder, new URL(r.uri).pathname)).sort();
    expect(byFile).toEqual([d.plan, d.district, d.district, d.template].sort());
    const noDecl = await c.request<Location[]>("textDocument/references", { textDocument: { uri }, position: at(text, d.covered.line, d.covered.line.length - 1), context: { includeDeclaration: false } });
    expect(noDecl).toHaveLength(3);
  });

  it("completes in an incomplete file: the mandates still missing first, then units, levels, timings and keywords", async () => {
    const file = path.join(d.folder, d.incomplete);
    const src = read(d, d.incomplete);
    const inc = await c.open(file, src);
    const end = at(src, `${d.coversKeyword} `, d.coversKeyword.length + 1);
    const list = await c.request<CompletionList>("textDocument/completion", { textDocument: { uri: inc }, position: end });
    const labels = list.items.map((i) => i.label);
    expect(labels).toContain(d.waivable);
    expect(labels).toContain(d.notWaivable);
    expect(labels).toContain(d.covered.id);
    expect(list.items.filter((i) => i.sortText?.startsWith("0-"))).toHaveLength(labels.length); // all still missing here
    // after the lead keyword: the plan's units
    const withLead = src.replace(/\n[^\n]*\n?$/, `\n    ${d.leadLine}`);
    c.change(inc, withLead);
    const units = await c.request<CompletionList>("textDocument/completion", { textDocument: { uri: inc }, position: at(withLead, `    ${d.leadLine}`, 4 + d.leadLine.length) });
    expect(units.items.map((i) => i.label)).toEqual([d.unit]);
    // after the due keyword: timing forms in the dialect
    const withDue = src.replace(/\n[^\n]*\n?$/, `\n    ${d.dueLine}`);
    c.change(inc, withDue);
    const timings = await c.request<CompletionList>("textDocument/completion", { textDocument: { uri: inc }, position: at(withDue, `    ${d.dueLine}`, 4 + d.dueLine.length) });
    expect(timings.items.map((i) => i.label)).toContain(d.name === "vi" ? "thường xuyên" : "continuous");
    expect(timings.items.map((i) => i.label)).toContain(d.name === "vi" ? "hằng năm trước 10/6 và 10/12" : "every year before 10/06 and 10/12");
    // at the start of a line in the task block: task keywords in the file's dialect
    const blank = src.replace(/\n[^\n]*\n?$/, "\n    ");
    c.change(inc, blank);
    const kws = await c.request<CompletionList>("textDocument/completion", { textDocument: { uri: inc }, position: at(blank, "\n    ", 5, (blank.match(/\n {4}/g) ?? []).length - 1) });
    expect(kws.items.map((i) => i.label)).toContain(d.coversKeyword);
    expect(kws.items.map((i) => i.label)).not.toContain(d.name === "vi" ? "covers" : "đáp ứng");
    // the level of the plan
    const lvl = await c.request<CompletionList>("textDocument/completion", { textDocument: { uri }, position: at(text, `\n  ${d.levelLine}`, 3 + d.levelLine.length) });
    expect(lvl.items.map((i) => i.label)).toContain(d.name === "vi" ? "xã" : "commune");
  });

  it("offers quick fixes: a task for a missing mandate, a waiver only when waivable, the did-you-mean replacement", async () => {
    const diags = await c.diagnostics(uri);
    const header = diags.find((x) => x.code === "KH301")!.range;
    const actions = await c.request<CodeAction[]>("textDocument/codeAction", { textDocument: { uri }, range: header, context: { diagnostics: [] } });
    const titles = actions.map((a) => a.title);
    expect(titles.filter((t) => t.includes(`\`${d.waivable}\``))).toHaveLength(2); // add a task, or waive
    expect(titles.filter((t) => t.includes(`\`${d.notWaivable}\``))).toHaveLength(1); // add a task only
    // applying every "add a task" leaves no mandate missing
    const addTasks = actions.filter((a) => a.isPreferred !== undefined && !/Miễn|Waive/.test(a.title));
    let fixed = text;
    for (const a of addTasks.reverse()) fixed = applyEdits(fixed, a.edit!.changes![uri]!);
    c.change(uri, fixed);
    const after = await c.diagnostics(uri);
    expect(after.filter((x) => x.code === "KH301")).toEqual([]);
    expect((await formatText(fixed)).changed).toBe(false); // inserted canonically
    // the did-you-mean
    const unknown = after.find((x) => x.code === "KH403")!;
    const replace = await c.request<CodeAction[]>("textDocument/codeAction", { textDocument: { uri }, range: unknown.range, context: { diagnostics: [] } });
    const fix = replace.find((a) => a.title.includes(`\`${d.unit}\``))!;
    c.change(uri, applyEdits(fixed, fix.edit!.changes![uri]!));
    expect((await c.diagnostics(uri)).map((x) => x.code)).not.toContain("KH403");
  });

  it("adds a waiver with a reason placeholder for a waivable mandate", async () => {
    const diags = await c.diagnostics(uri);
    const actions = await c.request<CodeAction[]>("textDocument/codeAction", { textDocument: { uri }, range: diags.find((x) => x.code === "KH301")!.range, context: { diagnostics: [] } });
    const waive = actions.find((a) => /Miễn|Waive/.test(a.title))!;
    const waived = applyEdits(text, waive.edit!.changes![uri]!);
    expect(waived).toMatch(new RegExp(`\\n  ${d.name === "vi" ? "miễn" : "waive"} ${d.waivable} "[^"]+"\\n}`));
    c.change(uri, waived);
    expect((await c.diagnostics(uri)).filter((x) => x.code === "KH301")).toHaveLength(1);
  });

  it("formats through the same printer as kh fmt, in the file's dialect, and leaves a broken file alone", async () => {
    const messy = text.replace(/\n {2}(\S)/g, "\n      $1").replace(d.coversKeyword, d.name === "vi" ? "dap-ung" : "covers");
    c.change(uri, messy);
    const edits = await c.request<TextEdit[]>("textDocument/formatting", { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
    const formatted = applyEdits(messy, edits);
    expect(formatted).toBe((await formatText(messy)).formatted);
    expect(formatted).toContain(`    ${d.coversKeyword} `);
    c.change(uri, `${messy}\n}}`);
    expect(await c.request<TextEdit[]>("textDocument/formatting", { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } })).toEqual([]);
  });

  it("outlines the plan and highlights keywords of its dialect", async () => {
    const symbols = await c.request<DocumentSymbol[]>("textDocument/documentSymbol", { textDocument: { uri } });
    expect(symbols).toHaveLength(1);
    const names = symbols[0]!.children!.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining([d.unit, d.covered.id]));
    const tokens = await c.request<SemanticTokens>("textDocument/semanticTokens/full", { textDocument: { uri } });
    // decode: the token at the `covers` keyword is a keyword (type 0)
    const kw = at(text, d.coversKeyword);
    let line = 0;
    let ch = 0;
    let found: number[] | undefined;
    for (let i = 0; i < tokens.data.length; i += 5) {
      line += tokens.data[i]!;
      ch = tokens.data[i]! === 0 ? ch + tokens.data[i + 1]! : tokens.data[i + 1]!;
      if (line === kw.line && ch === kw.character) found = tokens.data.slice(i, i + 5);
    }
    expect(found?.[2]).toBe(d.coversKeyword.length);
    expect(found?.[3]).toBe(0);
  });
});

describe("language server: text as the editor holds it", () => {
  it("maps positions in NFD text (decomposed diacritics) to the editor's characters", async () => {
    const c = startClient();
    const folder = path.join(FIXTURES, "vi");
    await c.initialize({ folder });
    const nfd = readFileSync(path.join(folder, "xa-2024.kh"), "utf8").normalize("NFD");
    expect(nfd).not.toBe(nfd.normalize("NFC"));
    const uri = await c.open(path.join(folder, "xa-2024.kh"), nfd);
    const unknown = (await c.diagnostics(uri)).find((x) => x.code === "KH403")!;
    expect(unknown.range).toEqual({ start: at(nfd, "van-phongg"), end: at(nfd, "van-phongg", "van-phongg".length) });
    const h = await c.request<Hover>("textDocument/hover", { textDocument: { uri }, position: at(nfd, "đáp ứng bao-cao".normalize("NFD"), "đáp ứng bao-cao".normalize("NFD").length - 1) });
    expect((h.contents as { value: string }).value).toContain("`bao-cao`");
    c.close();
  });

  it("is started by kh lsp, whose help names --stdio", async () => {
    const r = await runKh(["lsp", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("--stdio");
  });
});

describe("language server: messages", () => {
  it("uses the client's locale for messages, whatever the file's dialect", async () => {
    const c = startClient();
    const folder = path.join(FIXTURES, "vi");
    await c.initialize({ folder, locale: "en-US" });
    const uri = await c.open(path.join(folder, "xa-2024.kh"));
    const diags: Diagnostic[] = await c.diagnostics(uri);
    expect(diags.find((x) => x.code === "KH301")?.message).toMatch(/is not covered/);
    c.close();
  });
});
