/**
 * The world as the CLI sees it: output streams, environment, working directory. Commands take
 * this instead of touching `process` so tests can run them in-process and capture everything.
 */
export interface CliIO {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: { write(s: string): void; readonly isTTY?: boolean };
  readonly stderr: { write(s: string): void; readonly isTTY?: boolean };
  /** Reads all of standard input (for `--stdin`). */
  readStdin(): Promise<string>;
}

export function processIO(): CliIO {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const c of process.stdin) chunks.push(c as Buffer);
      return Buffer.concat(chunks).toString("utf8");
    },
  };
}

/** Exit codes of the command-line contract. */
export const EXIT = { ok: 0, errors: 1, usage: 2 } as const;
