/**
 * Human-readable diagnostics in rustc's shape: a headline with severity and code, the primary
 * location with a code frame and caret, each related location with its own frame and label,
 * and a `help` line that says what to type. Colours only when asked (a TTY).
 */
import { codeFrameColumns } from "@babel/code-frame";
import pc from "picocolors";
import type { Diagnostic, Lang } from "../diagnostics/diagnostic.js";
import type { Span } from "../diagnostics/span.js";
import type { CheckReport } from "../check/report.js";
import { countSeverities } from "../check/report.js";

export interface TextOptions {
  readonly lang: Lang;
  readonly color: boolean;
  /** Source text by file, for code frames; a file without text gets no frame. */
  readonly sources: ReadonlyMap<string, string>;
  /** Print a line per plan after the diagnostics. */
  readonly summary?: boolean;
}

const SEVERITY_WORD = {
  vi: { error: "lỗi", warning: "cảnh báo", info: "ghi chú" },
  en: { error: "error", warning: "warning", info: "info" },
} as const;

export function renderDiagnostic(d: Diagnostic, opts: TextOptions): string {
  const c = pc.createColors(opts.color);
  const sevColor = d.severity === "error" ? c.red : d.severity === "warning" ? c.yellow : c.cyan;
  const lines: string[] = [];
  lines.push(`${c.bold(sevColor(`${SEVERITY_WORD[opts.lang][d.severity]}[${d.code}]`))}${c.bold(`: ${d.message[opts.lang]}`)}`);
  lines.push(`  ${c.blue("-->")} ${location(d.span)}`);
  const frame = frameOf(d.span, d.label?.[opts.lang], opts);
  if (frame) lines.push(frame);
  for (const r of d.related) {
    lines.push(`  ${c.blue(":::")} ${location(r.span)}`);
    const f = frameOf(r.span, r.message[opts.lang], opts);
    if (f) lines.push(f);
    else lines.push(`   = ${r.message[opts.lang]}`);
  }
  if (d.help) lines.push(`   ${c.blue("=")} ${c.bold(opts.lang === "vi" ? "gợi ý" : "help")}: ${d.help[opts.lang]}`);
  return lines.join("\n");
}

function location(s: Span): string {
  return `${s.file}:${s.line}:${s.column}`;
}

function frameOf(span: Span, message: string | undefined, opts: TextOptions): string | undefined {
  const text = opts.sources.get(span.file);
  if (text === undefined) return undefined;
  const sameLine = span.endLine === span.line;
  const loc = {
    start: { line: span.line, column: span.column },
    end: sameLine
      ? { line: span.line, column: Math.max(span.endColumn, span.column + 1) }
      : { line: span.endLine, column: span.endColumn },
  };
  try {
    return codeFrameColumns(text, loc, {
      forceColor: opts.color,
      highlightCode: opts.color,
      linesAbove: 1,
      linesBelow: 0,
      ...(message ? { message } : {}),
    });
  } catch {
    return undefined;
  }
}

export function renderSummaryLine(report: CheckReport, lang: Lang): string {
  const { errors, warnings } = countSeverities(report.diagnostics);
  return lang === "vi"
    ? `Đã kiểm tra ${report.files} tệp (${report.plans.length} kế hoạch): ${errors} lỗi, ${warnings} cảnh báo.`
    : `Checked ${report.files} file${report.files === 1 ? "" : "s"} (${report.plans.length} plan${report.plans.length === 1 ? "" : "s"}): ${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}.`;
}

export function renderText(report: CheckReport, opts: TextOptions): string {
  const parts = report.diagnostics.map((d) => renderDiagnostic(d, opts));
  const out: string[] = [];
  if (parts.length > 0) out.push(parts.join("\n\n"), "");
  if (opts.summary) {
    for (const p of report.plans) {
      const s = p.summary;
      const kind = p.kind === "template" ? (opts.lang === "vi" ? "mẫu" : "template") : opts.lang === "vi" ? "kế hoạch" : "plan";
      const cov =
        opts.lang === "vi"
          ? `${s.applicable} yêu cầu: ${s.covered} đáp ứng, ${s.waived} miễn, ${s.missing} thiếu`
          : `${s.applicable} mandates: ${s.covered} covered, ${s.waived} waived, ${s.missing} missing`;
      const declared =
        p.declares && p.declares > 0 ? (opts.lang === "vi" ? `; ban hành ${p.declares} yêu cầu cho cấp dưới` : `; declares ${p.declares} for the levels below`) : "";
      out.push(`  ${p.id} (${kind}${p.level ? `, ${p.level}` : ""}) ${p.file}: ${cov}${declared}`);
    }
  }
  out.push(renderSummaryLine(report, opts.lang));
  return out.join("\n") + "\n";
}
