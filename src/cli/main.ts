#!/usr/bin/env node
/** The `kehoach` / `kh` executable. */
import { processIO } from "./io.js";
import { runCli } from "./program.js";

// `kh check | head` closes the pipe early: that is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });
}

runCli(process.argv.slice(2), processIO()).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`kh: internal error [KH001]: ${String(e)}\n`);
    process.exitCode = 2;
  },
);
