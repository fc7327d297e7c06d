import { execFile } from "node:child_process";
import { accessSync, chmodSync, constants, copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { afterAll, describe, expect, it } from "vitest";
import type { CheckReport } from "../../src/check/report.js";
import { allCodes } from "../../src/diagnostics/codes.js";
import { FINGERPRINT_KEY, pascalCase, renderSarif, toSarif, type SarifLog, type SarifOptions } from "../../src/outputs/sarif.js";
import { MISSING_FILE, PLAN_FILE, PLAN_SOURCE, REPORT, SOURCES, TEMPLATE_FILE } from "./fixtures.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const schema = JSON.parse(readFileSync(path.join(here, "schemas", "sarif-schema-2.1.0.json"), "utf8")) as object;

const OPTS: SarifOptions = {
  lang: "vi",
  toolVersion: "0.1.0",
  informationUri: "https://example.org/kehoach",
  sources: SOURCES,
};

function validator() {
  const ajv = new Ajv2020.default({ allErrors: true, strict: false });
  addFormats.default(ajv);
  return ajv.compile(schema);
}

function run(log: SarifLog) {
  return log.runs[0];
}

describe("SARIF output", () => {
  const log = toSarif(REPORT, OPTS);
  const text = renderSarif(REPORT, OPTS);

  it("is valid against the SARIF 2.1.0 schema", () => {
    const validate = validator();
    const ok = validate(JSON.parse(text));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    // The schema really is checking: a broken log fails.
    expect(validate({ version: "2.1.0", runs: [{ tool: { driver: {} } }] })).toBe(false);
  });

  it("is valid in English, with a source root and a category too", () => {
    const validate = validator();
    const other = toSarif(REPORT, { ...OPTS, lang: "en", srcRoot: "/home/runner/work/repo", category: "kehoach/" });
    expect(validate(JSON.parse(JSON.stringify(other))), JSON.stringify(validate.errors)).toBe(true);
    expect(run(other).originalUriBaseIds["%SRCROOT%"]).toEqual({ uri: "file:///home/runner/work/repo/" });
    expect(run(other).automationDetails).toEqual({ id: "kehoach/" });
  });

  it("has the header GitHub expects", () => {
    expect(log.$schema).toBe("https://json.schemastore.org/sarif-2.1.0.json");
    expect(log.version).toBe("2.1.0");
    expect(log.runs).toHaveLength(1);
    const driver = run(log).tool.driver;
    expect(driver.name).toBe("kehoach");
    expect(driver.version).toBe("0.1.0");
    expect(driver.informationUri).toBe("https://example.org/kehoach");
  });

  it("has a rule for every catalogued code and every code that appears", () => {
    const rules = run(log).tool.driver.rules;
    const ids = rules.map((r) => r.id);
    for (const doc of allCodes()) expect(ids).toContain(doc.code);
    for (const d of REPORT.diagnostics) expect(ids).toContain(d.code);
    expect(new Set(ids).size).toBe(ids.length);
    const kh101 = rules.find((r) => r.id === "KH101")!;
    expect(kh101.name).toBe("UnexpectedCharacter");
    expect(kh101.shortDescription.text).toBe("Ký tự không hợp lệ");
    expect(kh101.defaultConfiguration.level).toBe("error");
    expect(kh101.properties.tags).toEqual(["kehoach", "syntax"]);
    expect(kh101.help.text).toContain("title Kế hoạch năm 2024");
    expect(kh101.help.text).toContain("Cách sửa: Đặt văn bản trong dấu ngoặc kép");
    expect(kh101.help.markdown).toContain("```kehoach\nplan p {");
    expect(rules.find((r) => r.id === "KH112")!.defaultConfiguration.level).toBe("warning");
    // Strict PascalCase (no two capitals in a row), and never the same as the id.
    for (const r of rules) {
      expect(r.name).toMatch(/^([A-Z][a-z0-9]+)+$/);
      expect(r.name).not.toBe(r.id);
    }
  });

  it("makes PascalCase names from English titles", () => {
    expect(pascalCase("Missing closing brace")).toBe("MissingClosingBrace");
    expect(pascalCase("File too large or nested too deeply")).toBe("FileTooLargeOrNestedTooDeeply");
    expect(pascalCase("Invalid JSON in a rule")).toBe("InvalidJsonInRule");
    expect(pascalCase("Task misses a mandate's deadline")).toBe("TaskMissesMandatesDeadline");
    expect(pascalCase("Lỗi cú pháp")).toBe("LoiCuPhap");
  });

  it("writes one result per diagnostic with rule, level, message and region", () => {
    const results = run(log).results;
    const rules = run(log).tool.driver.rules;
    expect(results).toHaveLength(REPORT.diagnostics.length);
    results.forEach((r, i) => {
      const d = REPORT.diagnostics[i]!;
      expect(r.ruleId).toBe(d.code);
      expect(rules[r.ruleIndex]!.id).toBe(d.code);
      expect(r.message.text).toBe(d.message.vi);
      const region = r.locations[0]!.physicalLocation.region;
      expect(region.startLine).toBeGreaterThanOrEqual(1);
      expect(region.startColumn).toBeGreaterThanOrEqual(1);
      expect(region.endLine).toBeGreaterThanOrEqual(region.startLine);
    });
    expect(results.map((r) => r.level)).toEqual(["error", "error", "warning", "error", "note"]);
    const date = results[1]!;
    expect(date.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: "k%E1%BA%BF-ho%E1%BA%A1ch/s%E1%BB%9F%20kh%C4%91t.kh", uriBaseId: "%SRCROOT%" },
      region: { startLine: 3, startColumn: 8, endLine: 3, endColumn: 18, snippet: { text: "31/02/2024" } },
      contextRegion: { startLine: 3, endLine: 3, snippet: { text: "  ngày 31/02/2024" } },
    });
    expect(date.locations[0]!.message).toEqual({ text: "ngày không tồn tại" });
    expect(decodeURIComponent(date.locations[0]!.physicalLocation.artifactLocation.uri)).toBe(PLAN_FILE);
    expect(date.fixes).toEqual([
      {
        description: { text: "Đổi thành 28/02/2024" },
        artifactChanges: [
          {
            artifactLocation: { uri: "k%E1%BA%BF-ho%E1%BA%A1ch/s%E1%BB%9F%20kh%C4%91t.kh", uriBaseId: "%SRCROOT%" },
            replacements: [
              { deletedRegion: { startLine: 3, startColumn: 8, endLine: 3, endColumn: 18 }, insertedContent: { text: "28/02/2024" } },
            ],
          },
        ],
      },
    ]);
  });

  it("gives a file-level diagnostic (I/O error) a region at line 1", () => {
    const io = run(log).results[0]!;
    expect(io.ruleId).toBe("KH002");
    expect(decodeURIComponent(io.locations[0]!.physicalLocation.artifactLocation.uri)).toBe(MISSING_FILE);
    expect(io.locations[0]!.physicalLocation.region).toEqual({ startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 });
  });

  it("writes related locations with ids, messages and regions, in other files too", () => {
    const kh301 = run(log).results.find((r) => r.ruleId === "KH301")!;
    expect(kh301.relatedLocations).toEqual([
      {
        id: 1,
        physicalLocation: {
          artifactLocation: { uri: TEMPLATE_FILE, uriBaseId: "%SRCROOT%" },
          region: { startLine: 7, startColumn: 3, endLine: 7, endColumn: 40 },
        },
        message: { text: 'yêu cầu được khai báo ở đây: "Báo cáo 6 tháng", hạn 10/06' },
      },
    ]);
  });

  it("makes paths repository-relative with forward slashes", () => {
    const abs: CheckReport = {
      ...REPORT,
      diagnostics: [
        { ...REPORT.diagnostics[2]!, span: { ...REPORT.diagnostics[2]!.span, file: "C:\\repo\\plans\\a b#1.kh" } },
        { ...REPORT.diagnostics[2]!, span: { ...REPORT.diagnostics[2]!.span, file: "/elsewhere/x.kh" } },
        { ...REPORT.diagnostics[2]!, span: { ...REPORT.diagnostics[2]!.span, file: "./plans/y.kh" } },
      ],
    };
    const res = run(toSarif(abs, { ...OPTS, srcRoot: "C:\\repo" })).results.map((r) => r.locations[0]!.physicalLocation.artifactLocation);
    expect(res).toEqual([
      { uri: "plans/a%20b%231.kh", uriBaseId: "%SRCROOT%" },
      { uri: "file:///elsewhere/x.kh" },
      { uri: "plans/y.kh", uriBaseId: "%SRCROOT%" },
    ]);
    expect(run(toSarif(abs, { ...OPTS, srcRoot: "C:\\repo" })).originalUriBaseIds["%SRCROOT%"]).toEqual({ uri: "file:///C:/repo/" });
  });

  describe("partial fingerprints", () => {
    const fp = (r: CheckReport, o: SarifOptions = OPTS) => run(toSarif(r, o)).results.map((x) => x.partialFingerprints[FINGERPRINT_KEY]!);

    it("are present, well-formed and distinct", () => {
      const prints = fp(REPORT);
      for (const p of prints) expect(p).toMatch(/^[0-9a-f]{32}:\d+$/);
      expect(new Set(prints).size).toBe(prints.length);
    });

    it("do not depend on the output language", () => {
      expect(fp(REPORT, { ...OPTS, lang: "en" })).toEqual(fp(REPORT));
    });

    it("survive lines inserted above when the source is given", () => {
      const shifted: CheckReport = {
        ...REPORT,
        diagnostics: REPORT.diagnostics.map((d) =>
          d.span.file === PLAN_FILE
            ? { ...d, span: { ...d.span, line: d.span.line + 2, endLine: d.span.endLine + 2, offset: d.span.offset + 10, endOffset: d.span.endOffset + 10 } }
            : d,
        ),
      };
      const sources = new Map([[PLAN_FILE, "# a\n# bb\n" + PLAN_SOURCE]]);
      expect(fp(shifted, { ...OPTS, sources })).toEqual(fp(REPORT));
    });

    it("change with the code, the message or the line's text", () => {
      const base = fp(REPORT)[1];
      const d = REPORT.diagnostics[1]!;
      const variant = (x: typeof d, sources = SOURCES) => fp({ ...REPORT, diagnostics: [x] }, { ...OPTS, sources })[0];
      expect(variant(d)).toBe(base);
      expect(variant({ ...d, code: "KH103" })).not.toBe(base);
      expect(variant({ ...d, message: { ...d.message, en: "other" } })).not.toBe(base);
      expect(variant(d, new Map([[PLAN_FILE, PLAN_SOURCE.replace("31/02/2024", "30/02/2024")]]))).not.toBe(base);
    });

    it("number identical diagnostics instead of colliding", () => {
      const d = REPORT.diagnostics[2]!;
      const prints = fp({ ...REPORT, diagnostics: [d, d] });
      expect(prints[0]!.split(":")[0]).toBe(prints[1]!.split(":")[0]);
      expect(prints.map((p) => p.split(":")[1])).toEqual(["1", "2"]);
    });
  });

  it("gives unknown codes a rule of their own", () => {
    const rules = run(log).tool.driver.rules;
    const r = rules.find((x) => x.id === "KH599")!;
    expect(r.name).toBe("UndocumentedKh599");
    expect(r.defaultConfiguration.level).toBe("note");
    expect(r.properties.tags).toEqual(["kehoach", "timing"]);
  });
});

/**
 * Microsoft's SARIF validator (`sarif-multitool validate`), a self-contained native binary shipped
 * in the npm package. Its postinstall only does `chmod u+x`; where npm skipped install scripts,
 * a private executable copy in the temp folder is used instead.
 */
function multitoolPath(): { path?: string; why?: string; tempDir?: string } {
  let p: string;
  try {
    p = createRequire(import.meta.url)("@microsoft/sarif-multitool") as string;
    accessSync(p, constants.R_OK);
  } catch (e) {
    return { why: `@microsoft/sarif-multitool has no build for ${process.platform} here: ${String(e)}` };
  }
  try {
    accessSync(p, constants.X_OK);
    return { path: p };
  } catch {
    const tempDir = mkdtempSync(path.join(tmpdir(), "kh-multitool-"));
    const copy = path.join(tempDir, path.basename(p));
    copyFileSync(p, copy);
    chmodSync(copy, 0o755);
    return { path: copy, tempDir };
  }
}

const multitool = multitoolPath();

interface MultitoolLog {
  runs: { results?: { ruleId: string; level?: string; message: { text?: string; id?: string; arguments?: string[] } }[]; invocations?: { executionSuccessful: boolean; toolExecutionNotifications?: unknown[] }[] }[];
}

type MultitoolResult = NonNullable<MultitoolLog["runs"][number]["results"]>[number];

async function runMultitool(sarif: string): Promise<{ ok: boolean | undefined; results: MultitoolResult[]; stdout: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), "kh-sarif-"));
  try {
    const sample = path.join(dir, "kehoach.sarif");
    const out = path.join(dir, "validation.sarif");
    writeFileSync(sample, sarif);
    // DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: the self-contained .NET binary needs no ICU then.
    const { stdout } = await promisify(execFile)(multitool.path!, ["validate", sample, "--output", out, "--level", "Error;Warning;Note"], {
      env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: "1", DOTNET_CLI_TELEMETRY_OPTOUT: "1" },
      timeout: 60_000,
    });
    const log = JSON.parse(readFileSync(out, "utf8")) as MultitoolLog;
    return { ok: log.runs[0]?.invocations?.[0]?.executionSuccessful, results: log.runs[0]?.results ?? [], stdout };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const show = (r: MultitoolResult) => `${r.level ?? "warning"} ${r.ruleId}: ${r.message.id} ${(r.message.arguments ?? []).join(" | ")}`;

describe.skipIf(!multitool.path)(`sarif-multitool validate${multitool.why ? ` (skipped: ${multitool.why})` : ""}`, () => {
  afterAll(() => {
    if (multitool.tempDir) rmSync(multitool.tempDir, { recursive: true, force: true });
  });

  it("reports no errors, no warnings and no missing region", async () => {
    const { ok, results, stdout } = await runMultitool(renderSarif(REPORT, { ...OPTS, srcRoot: "/home/runner/work/repo" }));
    expect(ok, stdout.slice(0, 2000)).toBe(true);
    // Notes (e.g. SARIF2002 "use message ids", SARIF2012 "no help URI") are advice; errors and warnings are not.
    expect(results.filter((r) => r.level === "error" || r.level === "warning" || r.level === undefined).map(show)).toEqual([]);
    // SARIF2017: a location without a region. Every result must have one, I/O errors included.
    expect(results.filter((r) => r.ruleId === "SARIF2017").map(show)).toEqual([]);
    // The validator did look at the results: it gives advice about them.
    expect(results.some((r) => r.ruleId === "SARIF2002")).toBe(true);
  }, 60_000);

  it("does flag a location without a region (the check above can fail)", async () => {
    const log = JSON.parse(renderSarif(REPORT, OPTS)) as { runs: { results: { locations: { physicalLocation: { region?: unknown } }[] }[] }[] };
    delete log.runs[0]!.results[0]!.locations[0]!.physicalLocation.region;
    const { results } = await runMultitool(JSON.stringify(log));
    expect(results.filter((r) => r.ruleId === "SARIF2017").map((r) => r.level ?? "warning")).toEqual(["warning"]);
  }, 60_000);
});
