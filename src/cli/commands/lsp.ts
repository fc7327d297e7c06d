/**
 * `kh lsp [--stdio]`: the language server over standard input and output. Nothing but protocol
 * goes to stdout; logs go to the client (window/logMessage) or to stderr.
 */
import { StreamMessageReader, StreamMessageWriter } from "vscode-languageserver/node";
import { startServer } from "../../lsp/server.js";

export interface LspOptions {
  readonly debounceMs?: number;
}

/** Serves until the client sends `exit` or closes the stream; resolves with the exit code. */
export function runLsp(options: LspOptions = {}): Promise<number> {
  return new Promise((resolve) => {
    // Anything a dependency prints must not corrupt the protocol stream.
    console.log = console.info = console.debug = (...args: unknown[]) => process.stderr.write(args.map(String).join(" ") + "\n");
    const server = startServer({
      reader: new StreamMessageReader(process.stdin),
      writer: new StreamMessageWriter(process.stdout),
      ...(options.debounceMs !== undefined && { debounceMs: options.debounceMs }),
      watchClientProcess: true,
      onExit: (code) => {
        server.dispose();
        resolve(code);
        process.exit(code);
      },
    });
    process.stdin.on("end", () => {
      server.dispose();
      resolve(0);
      process.exit(0);
    });
  });
}
