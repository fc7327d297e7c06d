#!/usr/bin/env node
/** The `kehoach` / `kh` executable. */
import { processIO } from "./io.js";
import { runCli } from "./program.js";

runCli(process.argv.slice(2), processIO()).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`kh: internal error [KH001]: ${String(e)}\n`);
    process.exitCode = 2;
  },
);
