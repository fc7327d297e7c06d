/**
 * Shared by the derive tests: load a workspace as `kh` does, derive, check the draft in that
 * workspace, find the placeholder lines independently of the checker, and fill the placeholders
 * the way an author would (a unit for the tasks without a role, real texts).
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { expect } from "vitest";
import { checkWorkspace, type SourceFile } from "../../src/check/check.js";
import { loadWorkspaceContext, type WorkspaceContext } from "../../src/cli/commands/check.js";
import type { CliIO } from "../../src/cli/io.js";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import { derivePlan, type DerivedPlan, type DeriveRequest } from "../../src/derive/index.js";
import { formatText } from "../../src/format/format.js";
import { parse } from "../../src/syntax/parse.js";

export interface LoadedWorkspace {
  readonly root: string;
  readonly ctx: WorkspaceContext;
  /** Every plan file of the workspace (the library `kh check` would use from the root). */
  readonly sources: readonly SourceFile[];
}

function quietIO(cwd: string): CliIO {
  return { cwd, env: {}, stdout: { write: () => undefined }, stderr: { write: () => undefined }, readStdin: async () => "" };
}

/** The workspace at `root`, seen from `root` (paths relative to it). */
export async function loadWorkspace(root: string): Promise<LoadedWorkspace> {
  const ctx = await loadWorkspaceContext([], quietIO(root));
  return { root, ctx, sources: ctx.library };
}

/** The `.kh` files of one folder, relative to the workspace root. */
export function khFiles(root: string, dir: string): string[] {
  return readdirSync(path.join(root, dir))
    .filter((f) => f.endsWith(".kh"))
    .sort()
    .map((f) => `${dir}/${f}`);
}

export function planIdOf(text: string): string | undefined {
  return parse(text).document.plan?.id.name;
}

export async function derive(ws: LoadedWorkspace, req: DeriveRequest): Promise<ReturnType<typeof derivePlan>> {
  return derivePlan(req, { sources: ws.sources, levels: ws.ctx.levels, calendar: ws.ctx.calendar, rulePacks: ws.ctx.rulePacks });
}

/** `kh check FILE` on a draft: the draft checked, the workspace as its library. */
export function checkDraft(ws: LoadedWorkspace, file: string, text: string, extraLibrary: readonly SourceFile[] = []): Diagnostic[] {
  const library = ws.sources.filter((s) => s.file !== file);
  const { report } = checkWorkspace({ sources: [{ file, text }], library: [...library, ...extraLibrary], levels: ws.ctx.levels, rulePacks: ws.ctx.rulePacks, calendar: ws.ctx.calendar });
  return report.diagnostics.filter((d) => d.span.file === file);
}

const IDENT_MARK = /(?<![\p{L}\p{N}_.-])(?:can-dien|TODO)(?![\p{L}\p{N}_]|[.-][\p{L}\p{N}])/gu;
const TEXT_MARK = /"(?:cần điền|TODO)\b[^"]*"/gu;

/** The 1-based lines holding placeholders, once per placeholder, found by text (comments skipped). */
export function placeholderLines(text: string): number[] {
  const out: number[] = [];
  text.split("\n").forEach((line, i) => {
    if (line.trimStart().startsWith("#")) return;
    const texts = line.match(TEXT_MARK) ?? [];
    const rest = line.replace(TEXT_MARK, '""');
    const idents = rest.match(IDENT_MARK) ?? [];
    for (let k = 0; k < texts.length + idents.length; k++) out.push(i + 1);
  });
  return out;
}

/** The draft's checks: it parses, formats to itself, and checks with one KH701 per placeholder, on its line. */
export async function expectDraftContract(ws: LoadedWorkspace, plan: DerivedPlan): Promise<void> {
  const parsed = parse(plan.text, plan.file);
  expect(parsed.diagnostics, "the draft parses").toEqual([]);
  expect(parsed.dialect).toBe(plan.dialect);
  const again = await formatText(plan.text, { filepath: plan.file });
  expect(again.formatted, "the draft is formatted (kh fmt changes nothing)").toBe(plan.text);
  const diagnostics = checkDraft(ws, plan.file, plan.text);
  expect(
    diagnostics.filter((d) => d.code !== "KH701").map((d) => `${d.code} ${d.span.line}: ${d.message.en}`),
    "only placeholders are reported",
  ).toEqual([]);
  const lines = placeholderLines(plan.text);
  expect(lines.length, "the draft has placeholders").toBeGreaterThan(0);
  expect(diagnostics.map((d) => d.span.line).sort((a, b) => a - b)).toEqual(lines);
  expect(plan.diagnostics.map((d) => d.code)).toEqual(diagnostics.map((d) => d.code));
}

/**
 * Fills every placeholder as an author would: one unit declared for the tasks without a role
 * (leading them), real texts for unit names, sections and signature.
 */
export function fillPlaceholders(text: string): string {
  const vi = parse(text).dialect === "vi";
  const filled = text
    .replace(TEXT_MARK, '"Văn phòng HĐND và UBND"')
    .replace(new RegExp(`(^\\s*(?:chủ trì|lead) )(?:can-dien|TODO)$`, "gmu"), "$1dv-chinh");
  const lines = filled.split("\n");
  const at = lines.findIndex((l) => /^\s*(?:thực hiện|implements) /u.test(l));
  lines.splice(at + 1, 0, vi ? '  đơn vị dv-chinh "Văn phòng"' : '  unit dv-chinh "Văn phòng"');
  return lines.join("\n");
}

/** Errors and warnings (info notes aside). */
export function problems(ds: readonly Diagnostic[]): string[] {
  return ds.filter((d) => d.severity !== "info").map((d) => `${d.code} ${d.span.file}:${d.span.line}: ${d.message.en}`);
}
