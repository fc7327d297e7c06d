/**
 * `kh derive TEMPLATE --level LEVEL --issuer "…"`: drafts a plan implementing TEMPLATE (a `.kh`
 * file, or a plan id found in the workspace) and prints it, or writes it with `-o FILE`: never
 * over an existing file without `--force`, and always whole (a temporary file, then a link or a
 * rename).
 */
import { existsSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { SourceFile } from "../../check/check.js";
import type { Lang } from "../../diagnostics/diagnostic.js";
import { derivePlan, type DerivedPlan, type DeriveProblemKind } from "../../derive/index.js";
import { renderDiagnostic } from "../../outputs/text.js";
import { displayPath } from "../../resolve/discover.js";
import { findWorkspace } from "../../resolve/workspace.js";
import type { Dialect } from "../../syntax/keywords/table.js";
import { parse } from "../../syntax/parse.js";
import { EXIT, type CliIO } from "../io.js";
import { loadWorkspaceContext } from "./check.js";
import { writeAtomic, writeNewFile } from "../output-file.js";

export interface DeriveOptions {
  readonly level: string;
  readonly issuer: string;
  readonly id?: string;
  /** The keywords of the new plan; default: the template's. */
  readonly dialect?: Dialect;
  /** The language of messages. */
  readonly lang: Lang;
  readonly output?: string;
  readonly force?: boolean;
}

/** Problems of the template itself are errors found (1); the rest are usage problems (2). */
const EXIT_FOR: Readonly<Record<DeriveProblemKind, number>> = {
  "template-errors": EXIT.errors,
  "template-not-found": EXIT.usage,
  "unknown-level": EXIT.usage,
  "no-mandates": EXIT.usage,
  "bad-issuer": EXIT.usage,
  "bad-id": EXIT.usage,
  "id-taken": EXIT.usage,
};

const looksLikeId = (s: string) => !/[/\\]/.test(s) && !s.endsWith(".kh");

export async function runDerive(template: string, opts: DeriveOptions, io: CliIO): Promise<number> {
  const t = (vi: string, en: string) => (opts.lang === "vi" ? vi : en);
  const fail = (vi: string, en: string, code: number = EXIT.usage) => {
    io.stderr.write(`kh derive: ${t(vi, en)}\n`);
    return code;
  };

  // the template: a file, else a plan id of the workspace around the working directory
  const abs = path.resolve(io.cwd, template);
  let templateSource: SourceFile | undefined;
  let templateId = template;
  if (existsSync(abs) && (await stat(abs)).isFile()) {
    const file = displayPath(abs, io.cwd);
    try {
      templateSource = { file, text: await readFile(abs, "utf8") };
    } catch (e) {
      return fail(`không đọc được \`${file}\` (${(e as NodeJS.ErrnoException).code ?? e})`, `cannot read \`${file}\` (${(e as NodeJS.ErrnoException).code ?? e})`);
    }
    const plan = parse(templateSource.text, file).document.plan;
    if (!plan) return fail(`\`${file}\` không chứa kế hoạch nào`, `\`${file}\` holds no plan`);
    templateId = plan.id.name;
  } else if (!looksLikeId(template)) {
    return fail(`không tìm thấy tệp \`${template}\``, `cannot find the file \`${template}\``);
  }
  const target = opts.output !== undefined ? path.resolve(io.cwd, opts.output) : undefined;
  const shown = target ? displayPath(target, io.cwd) : undefined;
  if (target && templateSource && target === abs) {
    return fail(`\`${shown}\` là chính kế hoạch mẫu; chọn tệp khác cho -o`, `\`${shown}\` is the template itself; choose another file for -o`);
  }
  if (target && !opts.force && existsSync(target)) {
    return fail(`\`${shown}\` đã có; dùng --force để ghi đè`, `\`${shown}\` already exists; use --force to overwrite it`);
  }

  // the workspace: the template's, plus the output's folder when it lies inside (plan ids taken there)
  const ws = await findWorkspace(io.cwd, templateSource ? [abs] : []);
  const output = target && shown && !path.relative(ws.root, target).startsWith("..") ? [{ file: shown, text: "" }] : [];
  const ctx = await loadWorkspaceContext([...(templateSource ? [templateSource] : []), ...output], io);
  const sources = templateSource ? [templateSource, ...ctx.library] : ctx.library;

  const result = await derivePlan(
    {
      template: templateId,
      level: opts.level,
      issuer: opts.issuer,
      ...(opts.id !== undefined && { id: opts.id }),
      ...(opts.dialect !== undefined && { dialect: opts.dialect }),
      ...(shown !== undefined && { file: shown }),
    },
    { sources, levels: ctx.levels, calendar: ctx.calendar, rulePacks: ctx.rulePacks },
  );
  if (!result.ok) {
    const p = result.problem;
    const texts = new Map(sources.map((s) => [s.file, s.text]));
    for (const d of p.diagnostics ?? []) io.stderr.write(renderDiagnostic(d, { lang: opts.lang, color: false, sources: texts }) + "\n\n");
    return fail(p.message.vi, p.message.en, EXIT_FOR[p.kind]);
  }

  const plan = result.plan;
  if (!target) io.stdout.write(plan.text);
  else {
    try {
      if (opts.force) await writeAtomic(target, plan.text);
      else if (!(await writeNewFile(target, plan.text))) return fail(`\`${shown}\` đã có; dùng --force để ghi đè`, `\`${shown}\` already exists; use --force to overwrite it`);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? String(e);
      if (code === "EEXIST") return fail(`\`${shown}\` đã có; dùng --force để ghi đè`, `\`${shown}\` already exists; use --force to overwrite it`);
      return fail(`không ghi được \`${shown}\` (${code})`, `cannot write \`${shown}\` (${code})`);
    }
  }
  io.stderr.write(summary(plan, shown, opts.lang));
  const unexpected = plan.diagnostics.filter((d) => d.code !== "KH701" && d.severity !== "info");
  const texts = new Map([[plan.file, plan.text], ...sources.map((s): [string, string] => [s.file, s.text])]);
  for (const d of unexpected) io.stderr.write(renderDiagnostic(d, { lang: opts.lang, color: false, sources: texts }) + "\n\n");
  return EXIT.ok;
}

function summary(plan: DerivedPlan, shown: string | undefined, lang: Lang): string {
  const placeholders = plan.diagnostics.filter((d) => d.code === "KH701").length;
  const where = shown ?? `${plan.id}.kh`;
  return lang === "vi"
    ? `kh derive: ${shown ? `đã ghi ${shown}: ` : ""}${plan.tasks} nhiệm vụ cho ${plan.mandates} yêu cầu áp dụng cho cấp ${plan.level}; ${placeholders} chỗ cần điền (kh check ${where})\n`
    : `kh derive: ${shown ? `wrote ${shown}: ` : ""}${plan.tasks} task${plan.tasks === 1 ? "" : "s"} for the ${plan.mandates} mandate${plan.mandates === 1 ? "" : "s"} that apply at level ${plan.level}; ${placeholders} placeholder${placeholders === 1 ? "" : "s"} to fill (kh check ${where})\n`;
}

