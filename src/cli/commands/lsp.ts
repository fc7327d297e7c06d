/** `kh lsp [--stdio]`: the language server over standard input and output (see src/lsp). */
import { serveStdio } from "../../lsp/stdio.js";

export interface LspOptions {
  readonly debounceMs?: number;
}

/** Serves until the client sends `exit` or closes the stream; resolves with the exit code. */
export function runLsp(options: LspOptions = {}): Promise<number> {
  return serveStdio(options);
}
