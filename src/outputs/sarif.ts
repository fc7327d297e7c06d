/**
 * SARIF 2.1.0 output for GitHub code scanning and other SARIF viewers: one run whose rules come
 * from the diagnostic code catalogue and whose results carry regions, related locations and
 * stable partial fingerprints.
 */
import { createHash } from "node:crypto";
import type { CheckReport } from "../check/report.js";
import { allCodes, type CodeDoc } from "../diagnostics/codes.js";
import type { Diagnostic, Lang, Severity } from "../diagnostics/diagnostic.js";
import type { Span } from "../diagnostics/span.js";
import { ciPath, isAbsolutePath, regionOf, type Region } from "./location.js";

export interface SarifOptions {
  /** Language of messages and rule texts. */
  readonly lang: Lang;
  /** kehoach's version (`tool.driver.version`). */
  readonly toolVersion: string;
  /** Where to read about the tool (`tool.driver.informationUri`), e.g. the project's home page. */
  readonly informationUri: string;
  /**
   * Absolute path of the repository root. Absolute file paths inside it become relative to it,
   * and it is recorded as `originalUriBaseIds["%SRCROOT%"]`. Without it, relative paths are taken
   * to be relative to the root already (as the CLI prints them when run from the root).
   */
  readonly srcRoot?: string;
  /** Source text by file (keys as in `span.file`); used for fingerprints. Optional. */
  readonly sources?: ReadonlyMap<string, string>;
  /** `runAutomationDetails.id` (GitHub's "category"), e.g. `kehoach/`. Optional. */
  readonly category?: string;
}

/** The name of the `partialFingerprints` entry kehoach writes (versioned: a new recipe gets a new key). */
export const FINGERPRINT_KEY = "kehoachDiagnostic/v1";

export const SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";

const SRCROOT = "%SRCROOT%";

// The subset of SARIF 2.1.0 that kehoach writes.

export type SarifLevel = "error" | "warning" | "note";

export interface SarifMessage {
  readonly text: string;
  readonly markdown?: string;
}

export interface SarifArtifactLocation {
  readonly uri: string;
  readonly uriBaseId?: string;
}

export interface SarifRegion extends Region {
  readonly snippet?: { readonly text: string };
}

export interface SarifPhysicalLocation {
  readonly artifactLocation: SarifArtifactLocation;
  readonly region: SarifRegion;
  /** The whole lines around the region, when the source is known. */
  readonly contextRegion?: { readonly startLine: number; readonly endLine: number; readonly snippet: { readonly text: string } };
}

export interface SarifLocation {
  readonly id?: number;
  readonly physicalLocation: SarifPhysicalLocation;
  readonly message?: SarifMessage;
}

export interface SarifReportingDescriptor {
  readonly id: string;
  readonly name: string;
  readonly shortDescription: SarifMessage;
  readonly fullDescription: SarifMessage;
  readonly help: SarifMessage & { readonly markdown: string };
  readonly defaultConfiguration: { readonly level: SarifLevel };
  readonly properties: { readonly tags: readonly string[] };
}

export interface SarifFix {
  readonly description: SarifMessage;
  readonly artifactChanges: readonly {
    readonly artifactLocation: SarifArtifactLocation;
    readonly replacements: readonly { readonly deletedRegion: Region; readonly insertedContent: { readonly text: string } }[];
  }[];
}

export interface SarifResult {
  readonly ruleId: string;
  readonly ruleIndex: number;
  readonly level: SarifLevel;
  readonly message: SarifMessage;
  readonly locations: readonly SarifLocation[];
  readonly relatedLocations?: readonly SarifLocation[];
  readonly partialFingerprints: Readonly<Record<string, string>>;
  readonly fixes?: readonly SarifFix[];
}

export interface SarifLog {
  readonly $schema: string;
  readonly version: "2.1.0";
  readonly runs: readonly [
    {
      readonly tool: {
        readonly driver: {
          readonly name: "kehoach";
          readonly informationUri: string;
          readonly version: string;
          readonly rules: readonly SarifReportingDescriptor[];
        };
      };
      readonly automationDetails?: { readonly id: string };
      readonly originalUriBaseIds: Readonly<Record<string, { readonly uri?: string; readonly description?: SarifMessage }>>;
      readonly columnKind: "utf16CodeUnits";
      readonly results: readonly SarifResult[];
    },
  ];
}

export function sarifLevel(severity: Severity): SarifLevel {
  return severity === "error" ? "error" : severity === "warning" ? "warning" : "note";
}

/**
 * A rule's friendly name in strict PascalCase (no two capitals in a row, as SARIF validators
 * expect): `Missing closing brace` → `MissingClosingBrace`, `Invalid JSON in a rule` →
 * `InvalidJsonInRule`. Diacritics and apostrophes are dropped, and so is the article "a".
 */
export function pascalCase(title: string): string {
  return title
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/['\u2019]/g, "")
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w.length > 0 && w.toLowerCase() !== "a")
    .map((w) => w[0]!.toUpperCase() + w.slice(1).toLowerCase())
    .join("");
}

const CATEGORY: Record<string, string> = {
  "0": "tool",
  "1": "syntax",
  "2": "resolution",
  "3": "coverage",
  "4": "responsibility",
  "5": "timing",
  "6": "custom-rule",
};

/** The category tag of a code, from its range (`KH3xx` → `coverage`). */
export function codeCategory(code: string): string | undefined {
  const m = /^KH(\d)\d\d$/.exec(code);
  return m ? CATEGORY[m[1]!] : undefined;
}

const WORDS = {
  vi: { example: "Ví dụ", fix: "Cách sửa", undocumented: "Mã chẩn đoán chưa có trong danh mục." },
  en: { example: "Example", fix: "Fix", undocumented: "Diagnostic code not in the catalogue." },
} as const;

export function ruleOf(doc: CodeDoc, lang: Lang): SarifReportingDescriptor {
  const w = WORDS[lang];
  const text: string[] = [doc.explanation[lang]];
  const md: string[] = [`**${doc.code}: ${doc.title[lang]}**`, "", doc.explanation[lang]];
  if (doc.example !== undefined) {
    text.push("", `${w.example}:`, ...doc.example.split("\n").map((l) => `    ${l}`));
    md.push("", `${w.example}:`, "", fence(doc.example));
  }
  if (doc.fix !== undefined) {
    text.push("", `${w.fix}: ${doc.fix[lang]}`);
    md.push("", `**${w.fix}:** ${doc.fix[lang]}`);
  }
  const category = codeCategory(doc.code);
  return {
    id: doc.code,
    name: pascalCase(doc.title.en) || `Rule${pascalCase(doc.code)}`,
    shortDescription: { text: doc.title[lang] },
    fullDescription: { text: doc.explanation[lang] },
    help: { text: text.join("\n"), markdown: md.join("\n") },
    defaultConfiguration: { level: sarifLevel(doc.severity) },
    properties: { tags: category ? ["kehoach", category] : ["kehoach"] },
  };
}

/** A fenced code block whose fence is longer than any backtick run inside. */
function fence(code: string): string {
  const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
  const f = "`".repeat(longest + 1);
  return `${f}kehoach\n${code}\n${f}`;
}

function undocumentedRule(code: string, lang: Lang, severity: Severity): SarifReportingDescriptor {
  const category = codeCategory(code);
  const text = WORDS[lang].undocumented;
  return {
    id: code,
    name: `Undocumented${pascalCase(code)}`,
    shortDescription: { text: code },
    fullDescription: { text },
    help: { text, markdown: text },
    defaultConfiguration: { level: sarifLevel(severity) },
    properties: { tags: category ? ["kehoach", category] : ["kehoach"] },
  };
}

/** Percent-encodes each path segment (keeps `/`), so Vietnamese names, spaces and `#` are valid URI characters. */
function encodePath(p: string): string {
  return p
    .split("/")
    .map((seg, i) => (i <= 1 && /^[A-Za-z]:$/.test(seg) ? seg : encodeURIComponent(seg)))
    .join("/");
}

/** The artifact location of a file: relative to `%SRCROOT%`, or a `file:` URI for absolute paths outside the root. */
export function artifactLocation(file: string, srcRoot?: string): SarifArtifactLocation {
  const p = ciPath(file, srcRoot);
  if (isAbsolutePath(p)) return { uri: fileUri(p) };
  return { uri: encodePath(p), uriBaseId: SRCROOT };
}

function fileUri(absolute: string): string {
  if (absolute.startsWith("//")) return `file:${encodePath(absolute)}`;
  return `file://${absolute.startsWith("/") ? "" : "/"}${encodePath(absolute)}`;
}

/** The location of a span; with the file's source, the region also carries its text and the lines around it. */
function physical(span: Span, opts: SarifOptions): SarifPhysicalLocation {
  const region = regionOf(span);
  const base = { artifactLocation: artifactLocation(span.file, opts.srcRoot) };
  const text = opts.sources?.get(span.file);
  if (text === undefined || !(span.offset >= 0 && span.offset <= span.endOffset && span.endOffset <= text.length)) {
    return { ...base, region };
  }
  const lines = text.split(/\r\n|\r|\n/);
  if (region.endLine > lines.length) return { ...base, region };
  return {
    ...base,
    region: { ...region, snippet: { text: text.slice(span.offset, span.endOffset) } },
    contextRegion: {
      startLine: region.startLine,
      endLine: region.endLine,
      snippet: { text: lines.slice(region.startLine - 1, region.endLine).join("\n") },
    },
  };
}

/**
 * The fingerprint recipe (`kehoachDiagnostic/v1`): SHA-256 over, NUL-separated, the code, the
 * repository-relative path, the English message (so `--lang` does not change it) and an anchor:
 * the text of the primary span's first line with whitespace collapsed when the source is given
 * (survives edits elsewhere in the file), otherwise `offset:N` (the span's start offset). The first
 * 32 hex digits, then `:k` where k counts earlier results with the same digest (1-based), so
 * identical diagnostics on identical lines stay distinct.
 */
export function fingerprintDigest(d: Diagnostic, opts: Pick<SarifOptions, "srcRoot" | "sources">): string {
  const text = opts.sources?.get(d.span.file);
  const line = text?.split(/\r\n|\r|\n/)[d.span.line - 1];
  const anchor = line !== undefined ? `text:${line.trim().replace(/\s+/g, " ")}` : `offset:${d.span.offset}`;
  const input = [d.code, ciPath(d.span.file, opts.srcRoot), d.message.en, anchor].join("\u0000");
  return createHash("sha256").update(input, "utf8").digest("hex").slice(0, 32);
}

export function toSarif(report: CheckReport, opts: SarifOptions): SarifLog {
  const { lang } = opts;
  const rules: SarifReportingDescriptor[] = allCodes().map((doc) => ruleOf(doc, lang));
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  for (const d of report.diagnostics) {
    if (!ruleIndex.has(d.code)) {
      ruleIndex.set(d.code, rules.length);
      rules.push(undocumentedRule(d.code, lang, d.severity));
    }
  }

  const seen = new Map<string, number>();
  const results = report.diagnostics.map((d): SarifResult => {
    const digest = fingerprintDigest(d, opts);
    const n = (seen.get(digest) ?? 0) + 1;
    seen.set(digest, n);
    const primary: SarifLocation = {
      physicalLocation: physical(d.span, opts),
      ...(d.label && { message: { text: d.label[lang] } }),
    };
    const related = d.related.map(
      (r, i): SarifLocation => ({ id: i + 1, physicalLocation: physical(r.span, opts), message: { text: r.message[lang] } }),
    );
    const fixes = (d.fixes ?? [])
      .filter((f) => f.edits.length > 0)
      .map((f): SarifFix => {
        const byFile = new Map<string, { deletedRegion: Region; insertedContent: { text: string } }[]>();
        for (const e of f.edits) {
          const list = byFile.get(e.span.file) ?? [];
          list.push({ deletedRegion: regionOf(e.span), insertedContent: { text: e.text } });
          byFile.set(e.span.file, list);
        }
        return {
          description: { text: f.title[lang] },
          artifactChanges: [...byFile].map(([file, replacements]) => ({
            artifactLocation: artifactLocation(file, opts.srcRoot),
            replacements,
          })),
        };
      });
    return {
      ruleId: d.code,
      ruleIndex: ruleIndex.get(d.code)!,
      level: sarifLevel(d.severity),
      message: { text: d.message[lang] },
      locations: [primary],
      ...(related.length > 0 && { relatedLocations: related }),
      partialFingerprints: { [FINGERPRINT_KEY]: `${digest}:${n}` },
      ...(fixes.length > 0 && { fixes }),
    };
  });

  const root = opts.srcRoot?.replace(/\\/g, "/").replace(/\/*$/, "/");
  return {
    $schema: SARIF_SCHEMA_URI,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "kehoach",
            informationUri: opts.informationUri,
            version: opts.toolVersion,
            rules,
          },
        },
        ...(opts.category !== undefined && { automationDetails: { id: opts.category } }),
        originalUriBaseIds: {
          [SRCROOT]:
            root !== undefined && isAbsolutePath(root)
              ? { uri: fileUri(root) }
              : { description: { text: "The repository root: file paths are relative to it." } },
        },
        columnKind: "utf16CodeUnits",
        results,
      },
    ],
  };
}

/** The SARIF log as pretty-printed JSON with a final newline. */
export function renderSarif(report: CheckReport, opts: SarifOptions): string {
  return JSON.stringify(toSarif(report, opts), null, 2) + "\n";
}
