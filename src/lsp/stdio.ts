/**
 * The server over standard input and output, as editors start it. Nothing but protocol goes to
 * stdout: console output of any dependency is sent to stderr.
 */
import { StreamMessageReader, StreamMessageWriter } from "vscode-languageserver/node";
import { startServer } from "./server.js";

export interface StdioOptions {
  readonly debounceMs?: number;
}

/** Serves until the client sends `exit` or closes the stream, then exits the process. */
export function serveStdio(options: StdioOptions = {}): Promise<number> {
  return new Promise((resolve) => {
    const toStderr = (...args: unknown[]) => void process.stderr.write(args.map(String).join(" ") + "\n");
    console.log = console.info = console.debug = toStderr;
    const finish = (code: number) => {
      server.dispose();
      resolve(code);
      process.exit(code);
    };
    const server = startServer({
      reader: new StreamMessageReader(process.stdin),
      writer: new StreamMessageWriter(process.stdout),
      ...(options.debounceMs !== undefined && { debounceMs: options.debounceMs }),
      watchClientProcess: true,
      onExit: finish,
    });
    process.stdin.on("end", () => finish(0));
  });
}
