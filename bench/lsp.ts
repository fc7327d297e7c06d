/**
 * Language server latency: the time from a `didChange` to its `publishDiagnostics` on a
 * commune plan of 2,000 tasks under a three-level chain of templates (national → province →
 * district), through the real server and a protocol client (in one process, over streams, no
 * debounce). Compared with a cold full `checkWorkspace` of the same workspace in the same run,
 * and with counts of the parents' parses and resolutions during the edit loop (expected: 0).
 *
 *   npm run build && npx tsx bench/lsp.ts [--tasks 2000] [--edits 50] [--src]   (or: npm run bench:lsp)
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { pathToFileURL } from "node:url";
import { spawn } from "node:child_process";
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from "vscode-jsonrpc/node";
import type { PublishDiagnosticsParams } from "vscode-languageserver";
import { fileURLToPath } from "node:url";

// The compiled server, as `kh lsp` runs it (tsx's keepNames would slow the sources down);
// `--src` runs the TypeScript sources instead.
const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const from = (m: string) => pathToFileURL(path.join(REPO, process.argv.includes("--src") ? "src" : "dist", `${m}.${process.argv.includes("--src") ? "ts" : "js"}`)).href;
const { checkWorkspace } = (await import(from("check/check"))) as typeof import("../src/check/check.js");
const { startServer } = (await import(from("lsp/server"))) as typeof import("../src/lsp/server.js");

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const TASKS = arg("tasks", 2000);
const EDITS = arg("edits", 50);
/** Edits before the measured ones (the JIT warms up on the first few). */
const WARMUP = 5;
const AREAS = ["the-che", "thu-tuc", "bo-may", "cong-chuc", "tai-chinh", "so-hoa"];

function template(id: string, level: string, parent: string | undefined, applies: string, extra: string[] = []): string {
  return [
    `template ${id} {`,
    `  title "Kế hoạch tuyên truyền cải cách hành chính năm 2026 (${id})"`,
    `  issuer "Cơ quan ${id}"`,
    `  level ${level}`,
    "  period 01/01/2026 .. 31/12/2026",
    ...(parent ? [`  implements ${parent}`, '  unit van-phong "Văn phòng" role office'] : ['  role office "Đơn vị tham mưu tổng hợp"']),
    ...extra,
    `  mandate bao-cao.${id} "Báo cáo kết quả 6 tháng và năm" {`,
    `    applies-to ${applies}`,
    "    lead role office",
    "    due every year before 10/06 and 10/12",
    "    waivable no",
    "  }",
    "}",
    "",
  ].join("\n");
}

function workspace(dir: string): { plan: string; files: { file: string; text: string }[] } {
  mkdirSync(path.join(dir, "templates"), { recursive: true });
  writeFileSync(path.join(dir, "kehoach.json"), "{}\n");
  const national = template("quoc-gia-2026", "national", undefined, "province, district, commune", AREAS.map((a) => `  mandate noi-dung.${a} "Tuyên truyền ${a}" {\n    applies-to province, district, commune\n  }`));
  const covers = (who: string) => [...AREAS.map((a) => `noi-dung.${a}`)].map((m, i) => `  task ${who}-${i} "Tuyên truyền" {\n    covers ${m}\n    lead van-phong\n    timing continuous\n  }`);
  const report = (who: string, parents: string[]) => parents.map((p, i) => `  task ${who}-bc-${i} "Báo cáo" {\n    covers bao-cao.${p}\n    lead van-phong\n    due every year before 05/06 and 05/12\n  }`);
  const province = template("tinh-2026", "province", "quoc-gia-2026", "district, commune", [...covers("t"), ...report("t", ["quoc-gia-2026"])]);
  const district = template("huyen-2026", "district", "tinh-2026", "commune", [...covers("h"), ...report("h", ["quoc-gia-2026", "tinh-2026"])]);
  const units = ["van-phong", "tu-phap", "van-hoa", "cong-an", "quan-su"];
  const lines = [
    "plan xa-2026 {",
    '  title "Kế hoạch tuyên truyền cải cách hành chính xã năm 2026"',
    '  issuer "UBND xã Mẫu"',
    "  level commune",
    "  date 20/01/2026",
    "  implements huyen-2026",
    ...units.map((u, i) => `  unit ${u} "Đơn vị ${u}"${i === 0 ? " role office" : ""}`),
  ];
  const timings = ["continuous", "Q2 2026", "month 3/2026", "01/03/2026 .. 30/06/2026", "every quarter", "before 30/09/2026", "H2 2026"];
  for (let i = 0; i < TASKS; i++) {
    const mandate = i < 3 ? `bao-cao.${["quoc-gia-2026", "tinh-2026", "huyen-2026"][i]}` : `noi-dung.${AREAS[i % AREAS.length]}`;
    const due = i < 3 ? "due every year before 01/06 and 01/12" : `timing ${timings[i % timings.length]}`;
    lines.push(`  task nv-${i} "Nhiệm vụ tuyên truyền số ${i}" {`, `    covers ${mandate}`, `    lead ${i < 3 ? "van-phong" : units[i % units.length]}`, `    coordinating ${units[(i + 1) % units.length]}`, `    ${due}`, "  }");
  }
  lines.push("}", "");
  const files = [
    { file: path.join(dir, "templates", "quoc-gia-2026.kh"), text: national },
    { file: path.join(dir, "templates", "tinh-2026.kh"), text: province },
    { file: path.join(dir, "templates", "huyen-2026.kh"), text: district },
    { file: path.join(dir, "xa-2026.kh"), text: lines.join("\n") },
  ];
  for (const f of files) writeFileSync(f.file, f.text);
  return { plan: files[3]!.file, files };
}

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;

interface LoopResult {
  readonly times: number[];
  readonly cpu: number[];
  readonly openMs: number;
  readonly first: PublishDiagnosticsParams;
  readonly diagnostics: number;
}

/** Opens the plan, then types one character at a time into a task label; times each round trip. */
async function editLoop(client: MessageConnection, dir: string, plan: string, text: string, afterOpen: () => void): Promise<LoopResult> {
  const uri = pathToFileURL(plan).href;
  const waiting = new Map<number, (p: PublishDiagnosticsParams) => void>();
  client.onNotification("textDocument/publishDiagnostics", (p: PublishDiagnosticsParams) => {
    if (p.uri === uri && p.version !== undefined) waiting.get(p.version)?.(p);
  });
  client.onRequest("client/registerCapability", () => null);
  client.listen();
  await client.sendRequest("initialize", { processId: null, rootUri: pathToFileURL(dir).href, capabilities: {} });
  await client.sendNotification("initialized", {});
  const opened = new Promise<PublishDiagnosticsParams>((r) => waiting.set(1, r));
  const t0 = performance.now();
  await client.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "kehoach", version: 1, text } });
  const first = await opened;
  const openMs = performance.now() - t0;
  await client.sendRequest("kehoach/idle", null);
  afterOpen();

  const label = text.indexOf("Nhiệm vụ tuyên truyền số 1000");
  const pos = { line: text.slice(0, label).split("\n").length - 1, character: label - text.lastIndexOf("\n", label) - 1 + 8 };
  const times: number[] = [];
  const cpu: number[] = [];
  let diagnostics = first.diagnostics.length;
  for (let i = 0; i < WARMUP + EDITS; i++) {
    const version = i + 2;
    const published = new Promise<PublishDiagnosticsParams>((r) => waiting.set(version, r));
    const s = performance.now();
    const c = process.cpuUsage();
    await client.sendNotification("textDocument/didChange", {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: pos, end: pos }, text: "x" }],
    });
    const p = await published;
    const used = process.cpuUsage(c);
    if (i >= WARMUP) {
      times.push(performance.now() - s);
      cpu.push((used.user + used.system) / 1000);
    }
    diagnostics = p.diagnostics.length;
    waiting.delete(version);
  }
  await client.sendRequest("kehoach/idle", null);
  return { times, cpu, openMs, first, diagnostics };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "kh-bench-lsp-"));
  try {
    const { plan, files } = workspace(dir);
    const text = readFileSync(plan, "utf8");

    // baseline: a cold full check of the same workspace (every file checked), a few times
    const cold: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      const r = checkWorkspace({ sources: files.map((f) => ({ file: f.file, text: f.text })) });
      cold.push(performance.now() - t0);
      if (i === 0 && r.report.diagnostics.some((d) => d.severity === "error")) {
        console.error(r.report.diagnostics.filter((d) => d.severity === "error").slice(0, 5).map((d) => `${d.code} ${d.message.en}`));
        throw new Error("the generated workspace has errors");
      }
    }

    const up = new PassThrough();
    const down = new PassThrough();
    const server = startServer({ reader: new StreamMessageReader(up), writer: new StreamMessageWriter(down), debounceMs: 0 });
    const client = createMessageConnection(new StreamMessageReader(down), new StreamMessageWriter(up));
    const stats = () => server.session()!.state.stats;
    const parents = files.slice(0, 3).map((f) => f.file);
    const sum = (m: Map<string, number>, keys: string[]) => keys.reduce((s, k) => s + (m.get(k) ?? 0), 0);
    const counts = () => ({ parses: sum(stats().parses, parents), checks: sum(stats().checks, parents), resolutions: [...stats().resolutions.values()].reduce((a, b) => a + b, 0) });
    let before = { parses: 0, checks: 0, resolutions: 0 };
    const { times, cpu, openMs, first, diagnostics } = await editLoop(client, dir, plan, text, () => (before = counts()));
    const after = counts();
    client.dispose();
    server.dispose();

    // The same edits to `kh lsp --stdio` in its own process, as an editor runs it: the client's
    // work (encoding the edits, decoding the diagnostics) then runs beside the server, not in it.
    const child = spawn(process.execPath, [path.join(REPO, "dist/cli/main.js"), "lsp", "--stdio", "--debounce", "0"], { cwd: dir, stdio: ["pipe", "pipe", "inherit"] });
    const remote = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const separate = await editLoop(remote, dir, plan, text, () => undefined);
    await remote.sendRequest("shutdown", null).catch(() => undefined);
    remote.dispose();
    child.kill();

    const median = quantile(times, 0.5);
    const coldMedian = quantile(cold, 0.5);
    const ms = (x: number) => `${x.toFixed(1)} ms`;
    console.log(`workspace: national → province → district templates, commune plan of ${TASKS} tasks (${(text.length / 1024).toFixed(0)} KB)`);
    console.log(`open → first diagnostics:            ${ms(openMs)} (${first.diagnostics.length} diagnostics)`);
    console.log(`didChange → publishDiagnostics (${EDITS} edits), server in the client's process: median ${ms(median)}, p95 ${ms(quantile(times, 0.95))}, min ${ms(Math.min(...times))}, max ${ms(Math.max(...times))} (${diagnostics} diagnostics)`);
    const sepMedian = quantile(separate.times, 0.5);
    console.log(`didChange → publishDiagnostics (${EDITS} edits), kh lsp --stdio in its own process: median ${ms(sepMedian)}, p95 ${ms(quantile(separate.times, 0.95))}, min ${ms(Math.min(...separate.times))}, max ${ms(Math.max(...separate.times))}`);
    console.log(`CPU time per edit (process user+system, GC threads included): median ${ms(quantile(cpu, 0.5))}, p95 ${ms(quantile(cpu, 0.95))}`);
    console.log(`load average during the run: ${os.loadavg().map((x) => x.toFixed(1)).join(", ")} on ${os.cpus().length} cores`);
    console.log(`cold full checkWorkspace (same run):  median ${ms(coldMedian)} of 5; edit/cold ratio ${(median / coldMedian).toFixed(2)}`);
    console.log(`during the edit loop: parent parses ${after.parses - before.parses}, parent checks ${after.checks - before.checks}, parent resolutions ${after.resolutions - before.resolutions}`);
    console.log(`goal: median under 50 ms — in one process ${median < 50 ? "met" : "NOT met"}; kh lsp in its own process ${sepMedian < 50 ? "met" : "NOT met"}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
