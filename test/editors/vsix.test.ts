/**
 * Packages the VS Code extension offline (scripts/package-vscode.mjs: typecheck, esbuild bundles,
 * vsce --no-dependencies) into a temporary .vsix, opens it (a .vsix is a zip) and checks what an
 * editor would install: the manifest, the generated grammar and configuration, the client bundle,
 * and a bundled server that runs from the unpacked extension exactly as the extension starts it.
 */
import { spawn, execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { strFromU8, unzipSync } from "fflate";
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from "vscode-jsonrpc/node";
import type { InitializeResult, PublishDiagnosticsParams } from "vscode-languageserver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generatedFiles } from "../../scripts/gen-tmgrammar.js";
import { BUNDLED_SERVER, serverCommand } from "../../editors/vscode/src/server-command.js";
import { REPO, runKh } from "../cli/run.js";

const FIXTURE = path.join(REPO, "test/editors/fixtures/workspace");
const PACKAGE_TIMEOUT = 300_000;

let temp = "";
let files: Record<string, Uint8Array> = {};
let unpacked = "";
const text = (name: string): string => {
  const bytes = files[name];
  if (!bytes) throw new Error(`${name} is not in the .vsix (it has: ${Object.keys(files).join(", ")})`);
  return strFromU8(bytes);
};

beforeAll(() => {
  temp = mkdtempSync(path.join(tmpdir(), "kh-vsix-"));
  const vsix = path.join(temp, "kehoach.vsix");
  execFileSync(process.execPath, [path.join(REPO, "scripts/package-vscode.mjs"), "--out", vsix], {
    cwd: REPO,
    stdio: "pipe",
    timeout: PACKAGE_TIMEOUT,
    // Offline: a request by anything that honours the proxy variables fails at once.
    env: { ...process.env, HTTP_PROXY: "http://127.0.0.1:9", HTTPS_PROXY: "http://127.0.0.1:9", npm_config_offline: "true" },
  });
  files = unzipSync(readFileSync(vsix));
  unpacked = path.join(temp, "unpacked");
  for (const [name, bytes] of Object.entries(files)) {
    if (name.endsWith("/")) continue;
    mkdirSync(path.dirname(path.join(unpacked, name)), { recursive: true });
    writeFileSync(path.join(unpacked, name), bytes);
  }
}, PACKAGE_TIMEOUT);

afterAll(() => {
  if (temp) rmSync(temp, { recursive: true, force: true });
});

describe("the .vsix", () => {
  it("is a VSIX package: content types, manifest with the extension's identity", () => {
    const types = text("[Content_Types].xml");
    for (const ext of ["json", "js", "vsixmanifest"]) expect(types).toContain(`Extension=".${ext}"`);
    const manifest = text("extension.vsixmanifest");
    expect(manifest).toMatch(/<Identity [^>]*Id="kehoach"/);
    expect(manifest).toMatch(/<Identity [^>]*Publisher="kehoach"/);
    expect(manifest).toContain('<Property Id="Microsoft.VisualStudio.Code.Engine" Value="^1.91.0" />');
  });

  it("declares the kehoach language, its grammar and configuration, files that are all in the package", () => {
    const pkg = JSON.parse(text("extension/package.json")) as {
      name: string;
      publisher: string;
      main: string;
      activationEvents: string[];
      contributes: {
        languages: { id: string; extensions: string[]; aliases: string[]; configuration: string }[];
        grammars: { language: string; scopeName: string; path: string }[];
        configuration: { properties: Record<string, unknown> };
      };
    };
    expect([pkg.name, pkg.publisher]).toEqual(["kehoach", "kehoach"]);
    expect(pkg.activationEvents).toEqual(["onLanguage:kehoach"]);
    const [language] = pkg.contributes.languages;
    expect(language).toMatchObject({ id: "kehoach", extensions: [".kh"], aliases: ["kehoach", "Kế hoạch"] });
    expect(pkg.contributes.grammars).toEqual([expect.objectContaining({ language: "kehoach", scopeName: "source.kehoach" })]);
    expect(Object.keys(pkg.contributes.configuration.properties).sort()).toEqual(["kehoach.lang", "kehoach.server.path", "kehoach.trace.server"]);
    const inPackage = (relative: string) => `extension/${path.posix.normalize(relative)}`;
    for (const relative of [pkg.main, language!.configuration, pkg.contributes.grammars[0]!.path, BUNDLED_SERVER]) {
      expect(Object.keys(files), relative).toContain(inPackage(relative));
    }
  });

  it("carries the generated grammar and language configuration unchanged", () => {
    for (const [relative, content] of Object.entries(generatedFiles())) {
      expect(text(relative.replace(/^editors\/vscode\//, "extension/"))).toBe(content);
    }
  });

  it("holds bundles only: no sources, no source maps, no dependencies but the one loaded at run time", () => {
    const names = Object.keys(files);
    expect(names.filter((n) => /\.ts$|\.map$|^extension\/src\/|^extension\/scripts\/|tsconfig/.test(n))).toEqual([]);
    expect(names.filter((n) => n.includes("node_modules/") && !n.startsWith("extension/dist/server/node_modules/json-logic-js/"))).toEqual([]);
    const client = text("extension/dist/extension.js");
    expect(client).toMatch(/require\("vscode"\)/);
    expect(client).not.toMatch(/require\("vscode-languageclient/);
  });
});

describe("the bundled server, from the unpacked extension", () => {
  const server = () => path.join(unpacked, "extension", BUNDLED_SERVER);

  it("reports the package's version", () => {
    const version = (JSON.parse(readFileSync(path.join(REPO, "package.json"), "utf8")) as { version: string }).version;
    expect(execFileSync(process.execPath, [server(), "--version"], { encoding: "utf8" }).trim()).toBe(version);
  });

  it("checks a workspace with a rule pack exactly as kh does", async () => {
    const workspace = path.join(temp, "workspace-check");
    cpSync(FIXTURE, workspace, { recursive: true });
    const bundled = spawnSyncJson(server(), ["check", "--format", "json", "--lang", "en"], workspace);
    const direct = await runKh(["check", "--format", "json", "--lang", "en"], { cwd: workspace });
    expect(bundled).toEqual(JSON.parse(direct.stdout));
    const codes = (bundled as { diagnostics: { code: string }[] }).diagnostics.map((d) => d.code).sort();
    expect(codes).toEqual(["KH301", "KH403", "KH601"]);
  });

  it(
    "serves the language as the extension starts it: initialize, open a plan, diagnostics",
    async () => {
      const workspace = path.join(temp, "workspace-lsp");
      cpSync(FIXTURE, workspace, { recursive: true });
      const command = serverCommand(
        { serverPath: "", lang: "en" },
        { extensionPath: path.join(unpacked, "extension"), execPath: process.execPath, env: process.env },
      );
      const child = spawn(command.command, command.args, { cwd: workspace, env: command.options.env, stdio: ["pipe", "pipe", "pipe"] });
      let stderr = "";
      child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
      // A server that dies fails the test at once, with its stderr, rather than at the timeout.
      const died = new Promise<never>((_, reject) => child.on("exit", (code) => reject(new Error(`server exited (${code}): ${stderr}`))));
      died.catch(() => undefined);
      const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
      const send = <R>(method: string, params: unknown) => Promise.race([connection.sendRequest<R>(method, params), died]);
      const published: PublishDiagnosticsParams[] = [];
      connection.onNotification("textDocument/publishDiagnostics", (p: PublishDiagnosticsParams) => void published.push(p));
      connection.onRequest("client/registerCapability", () => null);
      connection.listen();
      try {
        const root = pathToFileURL(workspace).href;
        const init = await send<InitializeResult>("initialize", {
          processId: process.pid,
          rootUri: root,
          workspaceFolders: [{ uri: root, name: "workspace" }],
          capabilities: {},
          initializationOptions: { lang: "en" },
        });
        expect(init.capabilities).toMatchObject({ hoverProvider: true, documentFormattingProvider: true });
        await connection.sendNotification("initialized", {});
        const file = path.join(workspace, "xa-mau-2024.kh");
        const uri = pathToFileURL(file).href;
        await connection.sendNotification("textDocument/didOpen", {
          textDocument: { uri, languageId: "kehoach", version: 1, text: readFileSync(file, "utf8") },
        });
        await send("kehoach/idle", null);
        const last = [...published].reverse().find((p) => p.uri === uri);
        expect(
          last?.diagnostics.map((d) => [d.code, d.range.start.line + 1]).sort(),
          `stderr: ${stderr}`,
        ).toEqual([
          ["KH301", 3],
          ["KH403", 16],
          ["KH601", 3],
        ]);
        expect(last?.diagnostics.find((d) => d.code === "KH403")?.message).toMatch(/^Unit `tu-phap` is not declared/);
        await send("shutdown", null);
        await connection.sendNotification("exit", null);
      } finally {
        connection.dispose();
        child.kill();
      }
    },
    60_000,
  );
});

function spawnSyncJson(script: string, args: string[], cwd: string): unknown {
  try {
    return JSON.parse(execFileSync(process.execPath, [script, ...args], { cwd, encoding: "utf8", env: { ...process.env, LANG: "en_US.UTF-8" } }));
  } catch (e) {
    // `kh check` exits 1 when it finds errors: the report is still on stdout.
    const stdout = (e as { stdout?: string }).stdout;
    if (typeof stdout === "string" && stdout.startsWith("{")) return JSON.parse(stdout);
    throw e;
  }
}
