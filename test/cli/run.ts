/** Runs the CLI in-process with captured output, for tests. */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { runCli } from "../../src/cli/program.js";
import type { CliIO } from "../../src/cli/io.js";

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runKh(args: string[], opts: { cwd?: string; env?: Record<string, string>; stdin?: string } = {}): Promise<RunResult> {
  let stdout = "";
  let stderr = "";
  const io: CliIO = {
    cwd: opts.cwd ?? REPO,
    env: opts.env ?? { LANG: "en_US.UTF-8" },
    stdout: { write: (s: string) => void (stdout += s), isTTY: false },
    stderr: { write: (s: string) => void (stderr += s), isTTY: false },
    readStdin: async () => opts.stdin ?? "",
  };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}
