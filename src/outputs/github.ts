/**
 * GitHub Actions workflow commands (`::error file=…,line=…::message`), one line per diagnostic,
 * so problems show as annotations on the pull request's diff.
 */
import type { CheckReport } from "../check/report.js";
import type { Diagnostic, Lang, Severity } from "../diagnostics/diagnostic.js";
import { ciPath, regionOf } from "./location.js";

export interface GithubOptions {
  readonly lang: Lang;
  /** Absolute repository root (e.g. `$GITHUB_WORKSPACE`): absolute paths inside it are made relative to it. */
  readonly srcRoot?: string;
}

const COMMAND: Record<Severity, "error" | "warning" | "notice"> = { error: "error", warning: "warning", info: "notice" };

const HELP = { vi: "gợi ý", en: "help" } as const;

/** Escapes a command's message (GitHub's `escapeData`): `%`, CR and LF. */
export function escapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Escapes a property value (GitHub's `escapeProperty`): as `escapeData`, plus `:` and `,`. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/** Inverse of `escapeData` (what the runner does). */
export function unescapeData(s: string): string {
  return s.replace(/%(25|0D|0A)/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** Inverse of `escapeProperty`. */
export function unescapeProperty(s: string): string {
  return s.replace(/%(25|0D|0A|3A|2C)/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/**
 * Control characters other than tab, CR and LF become U+FFFD: they have no escape in workflow
 * commands and would reach the log raw (an ESC could restyle or hide the runner's output).
 */
export function stripControls(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "\uFFFD");
}

/**
 * The annotation's text: the message, then one line per related location (`file:line:col: message`)
 * and the help, since annotations have no other place for them.
 */
export function annotationMessage(d: Diagnostic, opts: GithubOptions): string {
  const lines = [d.message[opts.lang]];
  for (const r of d.related) lines.push(`${ciPath(r.span.file, opts.srcRoot)}:${r.span.line}:${r.span.column}: ${r.message[opts.lang]}`);
  if (d.help) lines.push(`${HELP[opts.lang]}: ${d.help[opts.lang]}`);
  return stripControls(lines.join("\n"));
}

export function renderGithubAnnotation(d: Diagnostic, opts: GithubOptions): string {
  const r = regionOf(d.span);
  const props: [string, string | number][] = [
    ["file", ciPath(d.span.file, opts.srcRoot)],
    ["line", r.startLine],
    ["col", r.startColumn],
    ["endLine", r.endLine],
    ["endColumn", r.endColumn],
    ["title", d.code],
  ];
  const p = props.map(([k, v]) => `${k}=${escapeProperty(stripControls(String(v)))}`).join(",");
  return `::${COMMAND[d.severity]} ${p}::${escapeData(annotationMessage(d, opts))}`;
}

/** One workflow command per diagnostic, in report order, each on its own line. */
export function renderGithub(report: CheckReport, opts: GithubOptions): string {
  return report.diagnostics.map((d) => renderGithubAnnotation(d, opts) + "\n").join("");
}
