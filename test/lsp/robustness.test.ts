/**
 * The server never dies and never repeats work for unchanged parents: random edits and
 * malformed or unknown requests are each answered or rejected with a JSON-RPC error, requests
 * before `initialize` are rejected, an internal failure becomes a log message and a KH801
 * diagnostic, and editing a plan re-parses and re-resolves none of its parents.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import { ResponseError } from "vscode-jsonrpc";
import { describe, expect, it } from "vitest";
import { FIXTURES, settle, startClient, uriOf } from "./client.js";

const VI = path.join(FIXTURES, "vi");
const PLAN = path.join(VI, "xa-2024.kh");
const TEXT = readFileSync(PLAN, "utf8");

const METHODS = [
  "textDocument/hover",
  "textDocument/definition",
  "textDocument/references",
  "textDocument/completion",
  "textDocument/codeAction",
  "textDocument/formatting",
  "textDocument/documentSymbol",
  "textDocument/semanticTokens/full",
  "textDocument/rangeFormatting",
  "workspace/symbol",
  "kehoach/unknown",
];

/** A request, answered or rejected within `ms`; a hang or a non-JSON-RPC failure is an error. */
async function answered(p: Promise<unknown>, ms = 10_000): Promise<"answered" | "rejected"> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error("no answer")), ms)));
  try {
    await Promise.race([p, timeout]);
    return "answered";
  } catch (e) {
    if (e instanceof ResponseError && Number.isInteger(e.code)) return "rejected";
    throw e;
  } finally {
    clearTimeout(timer);
  }
}

const position = fc.record({ line: fc.integer({ min: -2, max: 40 }), character: fc.integer({ min: -2, max: 120 }) });
const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 40 }), insert: fc.oneof(fc.string(), fc.constantFrom("{", "}", '"', "đáp ứng ", "covers ", "\n", "thực hiện huyen-2024\n", "nhiệm vụ x {\n", "\u0301", "\r\n")) });
const command = fc.oneof(
  fc.record({ kind: fc.constant("edit" as const), edits: fc.array(edit, { maxLength: 4 }) }),
  fc.record({ kind: fc.constant("request" as const), method: fc.constantFrom(...METHODS), position, junk: fc.boolean() }),
  fc.record({ kind: fc.constant("malformed" as const), method: fc.oneof(fc.constantFrom(...METHODS), fc.string()), params: fc.anything() }),
  fc.record({ kind: fc.constant("notify" as const), method: fc.oneof(fc.constantFrom("textDocument/didChange", "textDocument/didOpen", "textDocument/didClose", "textDocument/didSave", "workspace/didChangeWatchedFiles"), fc.string()), params: fc.anything() }),
);

describe("language server robustness", () => {
  it("answers or rejects every request, whatever the edits and params, and keeps serving", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 12 }), async (commands) => {
        const c = startClient();
        try {
          await c.initialize({ folder: VI });
          const uri = await c.open(PLAN, TEXT);
          let text = TEXT;
          for (const cmd of commands) {
            if (cmd.kind === "edit") {
              for (const e of cmd.edits) {
                const at = e.at % (text.length + 1);
                text = text.slice(0, at) + e.insert + text.slice(at + e.remove);
              }
              c.change(uri, text);
            } else if (cmd.kind === "request") {
              const params = cmd.junk ? { textDocument: { uri: "untitled:nowhere" }, position: cmd.position } : { textDocument: { uri }, position: cmd.position, range: { start: cmd.position, end: cmd.position }, context: { diagnostics: [], includeDeclaration: true }, options: { tabSize: 2, insertSpaces: true } };
              expect(await answered(c.request(cmd.method, params))).toMatch(/answered|rejected/);
            } else if (cmd.kind === "malformed") {
              if (cmd.method === "shutdown" || cmd.method === "initialize") continue;
              expect(await answered(c.request(cmd.method, cmd.params))).toMatch(/answered|rejected/);
            } else if (cmd.method !== "exit") {
              await c.connection.sendNotification(cmd.method, cmd.params);
            }
          }
          // still alive: a real request is answered and the document is still checked
          await settle(c.connection);
          c.change(uri, TEXT);
          const diags = await c.diagnostics(uri);
          expect(diags.map((d) => d.code)).toContain("KH403");
          const hover = await c.request<{ contents: { value: string } } | null>("textDocument/hover", { textDocument: { uri }, position: { line: 18, character: 13 } });
          expect(hover?.contents.value).toContain("bao-cao");
        } finally {
          c.close();
        }
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  it("rejects requests before initialize with ServerNotInitialized, and unknown methods with MethodNotFound", async () => {
    const c = startClient();
    for (const method of METHODS) {
      const error = await c.request(method, {}).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect((error as ResponseError<unknown>).code).toBe(-32002);
    }
    await c.initialize({ folder: VI });
    const unknown = await c.request("kehoach/unknown", {}).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect((unknown as ResponseError<unknown>).code).toBe(-32601);
    const again = await c.request("initialize", { processId: null, capabilities: {} }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect((again as ResponseError<unknown>).code).toBe(-32600);
    c.close();
  });

  it("turns an internal failure into a log message and a KH801 diagnostic, then keeps serving", async () => {
    const c = startClient();
    await c.initialize({ folder: VI, locale: "en" });
    const uri = await c.open(PLAN, TEXT);
    await c.diagnostics(uri);
    const state = c.server.session()!.state;
    const check = state.check.bind(state);
    state.check = () => {
      throw new Error("boom");
    };
    c.change(uri, `${TEXT}\n`);
    const failed = await c.diagnostics(uri);
    expect(failed.map((d) => d.code)).toEqual(["KH801"]);
    expect(failed[0]!.message).toMatch(/^Internal error of the language server while checking the document: boom\n/);
    expect(c.logs.some((l) => l.includes("boom"))).toBe(true);
    const hover = await c.request("textDocument/hover", { textDocument: { uri }, position: { line: 18, character: 13 } });
    expect(hover).toBeNull(); // answered, not a crash
    state.check = check;
    c.change(uri, TEXT);
    expect((await c.diagnostics(uri)).map((d) => d.code)).toContain("KH403");
    c.close();
  });

  it("re-checks the plans below a parent changed on disk (watched files), and forgets a deleted one", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "kh-lsp-disk-"));
    try {
      cpSync(VI, dir, { recursive: true });
      const c = startClient();
      await c.initialize({ folder: dir });
      const uri = await c.open(path.join(dir, "xa-2024.kh"), TEXT);
      expect((await c.diagnostics(uri)).find((d) => d.code === "KH502")?.message).toContain("05/06/2024");
      const district = path.join(dir, "templates/huyen-2024.kh");
      writeFileSync(district, readFileSync(district, "utf8").replace("trước 05/06/2024", "trước 01/06/2024"));
      await c.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: uriOf(district), type: 2 }] });
      expect((await c.diagnostics(uri)).find((d) => d.code === "KH502")?.message).toContain("01/06/2024");
      rmSync(district);
      await c.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: uriOf(district), type: 3 }] });
      expect((await c.diagnostics(uri)).map((d) => d.code)).toContain("KH201"); // the parent is gone
      c.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("debounces: a burst of changes is parsed and checked once, for the last version", async () => {
    const c = startClient({ debounceMs: 40 });
    await c.initialize({ folder: VI });
    const uri = await c.open(PLAN, TEXT);
    await c.diagnostics(uri);
    const stats = c.server.session()!.state.stats;
    const parses = stats.parses.get(PLAN);
    const published = c.published.length;
    for (let i = 0; i < 10; i++) c.change(uri, TEXT.replace("van-phongg", i === 9 ? "van-phong" : `van-phong${i}`));
    const diags = await c.diagnostics(uri);
    expect(stats.parses.get(PLAN)).toBe(parses! + 1);
    const mine = c.published.slice(published).filter((p) => p.uri === uri);
    expect(mine.map((p) => p.version)).toEqual([11]);
    expect(diags.map((d) => d.code)).not.toContain("KH403");
    c.close();
  });

  it("re-parses and re-resolves no parent while a plan is edited", async () => {
    const c = startClient();
    await c.initialize({ folder: VI });
    const uri = await c.open(PLAN, TEXT);
    await c.diagnostics(uri);
    const stats = c.server.session()!.state.stats;
    const parents = [path.join(VI, "templates/tinh-2024.kh"), path.join(VI, "templates/huyen-2024.kh")];
    const before = { parses: parents.map((p) => stats.parses.get(p)), checks: parents.map((p) => stats.checks.get(p)), resolutions: new Map(stats.resolutions) };
    expect(before.parses).toEqual([1, 1]);
    expect(before.resolutions.get("tinh-2024")).toBe(1);
    for (let i = 0; i < 20; i++) {
      c.change(uri, TEXT.replace("Báo cáo 6 tháng", `Báo cáo 6 tháng (${i})`));
      await settle(c.connection);
    }
    expect((await c.diagnostics(uri)).length).toBeGreaterThan(0);
    expect(stats.parses.get(PLAN)).toBe(21);
    expect(parents.map((p) => stats.parses.get(p))).toEqual(before.parses);
    expect(parents.map((p) => stats.checks.get(p))).toEqual(before.checks);
    expect(stats.resolutions).toEqual(before.resolutions);
    // a change to a parent is picked up: its dependents are re-checked, with it resolved once more
    const district = parents[1]!;
    const districtUri = await c.open(district, readFileSync(district, "utf8").replace("trước 05/06/2024", "trước 01/06/2024"));
    await c.diagnostics(districtUri);
    expect(stats.resolutions.get("huyen-2024")).toBe((before.resolutions.get("huyen-2024") ?? 0) + 1);
    expect(stats.resolutions.get("tinh-2024")).toBe(before.resolutions.get("tinh-2024"));
    const late = (await c.diagnostics(uri)).find((d) => d.code === "KH502");
    expect(late?.message).toContain("01/06/2024");
    expect(uriOf(district)).toBe(districtUri);
    c.close();
  });
});
