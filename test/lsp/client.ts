/**
 * Drives the language server in-process through a real protocol client: a vscode-jsonrpc
 * message connection over a pair of streams, the server's `startServer` on the other end.
 */
import { readFile } from "node:fs/promises";
import { PassThrough } from "node:stream";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from "vscode-jsonrpc/node";
import type { Diagnostic, InitializeResult, PublishDiagnosticsParams } from "vscode-languageserver";
import { startServer, type KehoachServer } from "../../src/lsp/server.js";

export const FIXTURES = path.join(path.dirname(new URL(import.meta.url).pathname), "fixtures");

export interface TestClient {
  readonly connection: MessageConnection;
  readonly server: KehoachServer;
  /** Every publishDiagnostics received, in order. */
  readonly published: PublishDiagnosticsParams[];
  /** Log messages the server sent (window/logMessage). */
  readonly logs: string[];
  initialize(options?: { folder?: string; locale?: string; initializationOptions?: Record<string, unknown> }): Promise<InitializeResult>;
  open(file: string, text?: string): Promise<string>;
  change(uri: string, text: string): void;
  /** The latest diagnostics of a URI, after the server has gone idle. */
  diagnostics(uri: string): Promise<Diagnostic[]>;
  request<R>(method: string, params: unknown): Promise<R>;
  close(): void;
}

export function uriOf(file: string): string {
  return pathToFileURL(file).href;
}

export function startClient(options: { debounceMs?: number } = {}): TestClient {
  const up = new PassThrough();
  const down = new PassThrough();
  const server = startServer({ reader: new StreamMessageReader(up), writer: new StreamMessageWriter(down), debounceMs: options.debounceMs ?? 0 });
  const connection = createMessageConnection(new StreamMessageReader(down), new StreamMessageWriter(up));
  const published: PublishDiagnosticsParams[] = [];
  const logs: string[] = [];
  const versions = new Map<string, number>();
  connection.onNotification("textDocument/publishDiagnostics", (p: PublishDiagnosticsParams) => void published.push(p));
  connection.onNotification("window/logMessage", (p: { message: string }) => void logs.push(p.message));
  connection.onRequest("client/registerCapability", () => null);
  connection.listen();
  return {
    connection,
    server,
    published,
    logs,
    async initialize(o = {}) {
      const folder = o.folder;
      const result = await connection.sendRequest<InitializeResult>("initialize", {
        processId: null,
        rootUri: folder ? uriOf(folder) : null,
        workspaceFolders: folder ? [{ uri: uriOf(folder), name: path.basename(folder) }] : null,
        capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } },
        ...(o.locale && { locale: o.locale }),
        ...(o.initializationOptions && { initializationOptions: o.initializationOptions }),
      });
      await connection.sendNotification("initialized", {});
      return result;
    },
    async open(file, text) {
      const uri = uriOf(file);
      versions.set(uri, 1);
      await connection.sendNotification("textDocument/didOpen", {
        textDocument: { uri, languageId: "kehoach", version: 1, text: text ?? (await readFile(file, "utf8")) },
      });
      return uri;
    },
    change(uri, text) {
      const v = (versions.get(uri) ?? 1) + 1;
      versions.set(uri, v);
      void connection.sendNotification("textDocument/didChange", { textDocument: { uri, version: v }, contentChanges: [{ text }] });
    },
    async diagnostics(uri) {
      await settle(connection);
      const last = [...published].reverse().find((p) => p.uri === uri);
      return last?.diagnostics ?? [];
    },
    request: (method, params) => connection.sendRequest(method, params),
    close() {
      connection.dispose();
      server.dispose();
      up.destroy();
      down.destroy();
    },
  };
}

/** Waits until the server has handled every message sent so far and has no check pending. */
export async function settle(connection: MessageConnection): Promise<void> {
  await connection.sendRequest("kehoach/idle", null);
}
