/**
 * `kh lsp` as editors start it: `--stdio`, and `--clientProcessId=PID`, which
 * vscode-languageclient appends to the server's command line.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from "vscode-jsonrpc/node";
import { REPO } from "../cli/run.js";

describe("kh lsp command line", () => {
  it.each([[["--stdio"]], [["--stdio", "--clientProcessId=4242"]], [["--clientProcessId", "4242", "--stdio"]]])("%j starts a server that answers initialize", async (flags) => {
    const child = spawn(process.execPath, [path.join(REPO, "dist/cli/main.js"), "lsp", ...flags], { stdio: ["pipe", "pipe", "pipe"] });
    const client = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    client.listen();
    try {
      const init = (await client.sendRequest("initialize", { processId: null, rootUri: null, capabilities: {} })) as { capabilities: Record<string, unknown> };
      expect(init.capabilities).toHaveProperty("hoverProvider");
      await client.sendRequest("shutdown", null);
    } finally {
      client.dispose();
      child.kill();
    }
  }, 20000);
});
