/** `kh coverage PLAN…`: the matrix of inherited mandates by status and covering tasks. */
import type { Lang } from "../../diagnostics/diagnostic.js";
import { renderCoverageJson, renderCoverageMarkdown, renderCoverageText } from "../../outputs/coverage.js";
import { EXIT, type CliIO } from "../io.js";
import { loadPlans } from "./plan-context.js";

export async function runCoverage(paths: readonly string[], opts: { format: "text" | "md" | "json"; lang: Lang }, io: CliIO): Promise<number> {
  const sel = await loadPlans(paths, io);
  for (const d of sel.ioErrors) io.stderr.write(`kh coverage: ${d.message[opts.lang]}\n`);
  if (sel.ioErrors.length > 0) return EXIT.usage;
  const models = sel.plans.map((p) => p.model);
  switch (opts.format) {
    case "json":
      io.stdout.write(renderCoverageJson(models));
      break;
    case "md":
      io.stdout.write(models.map((m) => renderCoverageMarkdown(m, opts.lang)).join("\n"));
      break;
    case "text":
      io.stdout.write(models.map((m) => renderCoverageText(m, opts.lang)).join("\n"));
      break;
  }
  return models.some((m) => m.summary.missing > 0) ? EXIT.errors : EXIT.ok;
}
