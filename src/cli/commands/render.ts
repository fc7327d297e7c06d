/**
 * `kh render PLAN --format md|html|docx [-o FILE]`: the official document of a plan, loaded in its
 * workspace so that its parents are known. Markdown and HTML go to standard output unless `-o`
 * is given; DOCX is binary and needs `-o`. Files are written atomically. A plan with syntax
 * errors is not rendered (exit 1); a plan with other errors is rendered, with its errors and a
 * warning on standard error.
 */
import path from "node:path";
import type { Lang } from "../../diagnostics/diagnostic.js";
import { renderDiagnostic } from "../../outputs/text.js";
import { buildDocument, findParents, parentIds, renderDocx, renderHtml, renderMarkdown, type RenderFormat } from "../../render/index.js";
import { EXIT, type CliIO } from "../io.js";
import { writeAtomic } from "../output-file.js";
import { loadPlans, reportErrors } from "./plan-context.js";

export interface RenderOptions {
  readonly format: RenderFormat;
  /** Output file (relative to the working directory); standard output when absent. */
  readonly output?: string;
  readonly lang: Lang;
}

export async function runRender(planPath: string, opts: RenderOptions, io: CliIO): Promise<number> {
  const t = (vi: string, en: string): string => (opts.lang === "vi" ? vi : en);
  const say = (vi: string, en: string): void => io.stderr.write(`kh render: ${t(vi, en)}\n`);
  if (opts.format === "docx" && opts.output === undefined) {
    say("DOCX là tệp nhị phân: hãy cho tên tệp bằng -o, ví dụ `-o ke-hoach.docx`", "DOCX is binary: name the file with -o, e.g. `-o plan.docx`");
    return EXIT.usage;
  }
  const sel = await loadPlans([planPath], io);
  for (const d of sel.ioErrors) say(d.message.vi, d.message.en);
  if (sel.ioErrors.length > 0) return EXIT.usage;

  const syntax = sel.result.report.diagnostics.filter((d) => d.severity === "error" && d.code.startsWith("KH1"));
  if (syntax.length > 0) {
    for (const d of syntax) io.stderr.write(renderDiagnostic(d, { lang: opts.lang, color: false, sources: sel.texts }) + "\n\n");
    say("kế hoạch có lỗi cú pháp, không tạo được văn bản", "the plan has syntax errors; no document was rendered");
    return EXIT.errors;
  }
  if (sel.plans.length !== 1) {
    if (sel.plans.length === 0) say(`không có kế hoạch nào trong ${planPath}`, `no plan in ${planPath}`);
    else say(`cần đúng một tệp kế hoạch, ${planPath} có ${sel.plans.length} kế hoạch`, `give one plan file; ${planPath} holds ${sel.plans.length} plans`);
    return EXIT.usage;
  }
  const errors = reportErrors(sel, opts.lang, io);
  if (errors > 0) {
    say(
      `kế hoạch có ${errors} lỗi (xem trên); văn bản vẫn được tạo, hãy sửa trước khi ban hành`,
      `the plan has ${errors} error${errors === 1 ? "" : "s"} (above); the document is rendered anyway: fix them before issuing it`,
    );
  }

  const plan = sel.plans[0]!;
  const doc = buildDocument(plan, findParents(parentIds(plan.decl), sel.texts, sel.levels));
  const data = opts.format === "docx" ? await renderDocx(doc) : opts.format === "html" ? renderHtml(doc) : renderMarkdown(doc);
  if (opts.output === undefined) {
    if (typeof data === "string") io.stdout.write(data);
    return EXIT.ok;
  }
  const target = path.resolve(io.cwd, opts.output);
  try {
    await writeAtomic(target, data);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    say(`không ghi được ${opts.output} (${code})`, `cannot write ${opts.output} (${code})`);
    return EXIT.usage;
  }
  return EXIT.ok;
}
