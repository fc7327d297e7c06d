/**
 * End to end with a real editor as the client: headless Neovim (Debian's `neovim`, 0.7+) opens a
 * plan with known defects in a copy of a small workspace, starts `kh lsp --stdio` (the built CLI,
 * dist/cli/main.js) through its own LSP client, and reports the diagnostics it holds; the test
 * asserts their codes, lines, columns, severities and messages. Skipped, saying why, when Neovim
 * is not installed (`.ci/run` installs it where it can).
 */
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { REPO } from "../cli/run.js";

const NVIM = spawnSync("nvim", ["--version"], { encoding: "utf8" });
const NVIM_VERSION = NVIM.status === 0 ? (NVIM.stdout.split("\n")[0] ?? "nvim") : undefined;
const SERVER = path.join(REPO, "dist/cli/main.js");
const SCRIPT = path.join(REPO, "test/editors/neovim/check-plan.lua");
const FIXTURE = path.join(REPO, "test/editors/fixtures/workspace");
const NVIM_TIMEOUT = 90_000;

interface NvimDiagnostic {
  readonly code: string;
  readonly lnum: number;
  readonly col: number;
  readonly severity: number;
  readonly message: string;
}

interface NvimResult {
  readonly error?: string;
  readonly client?: string;
  readonly root?: string;
  readonly diagnostics?: NvimDiagnostic[];
}

const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

/** How the server gets attached: by the test's Lua client, or by a user configuration (init.lua). */
type Attach = { readonly by: "script" } | { readonly by: "config"; readonly init: string };

/** Runs the Lua client in headless Neovim on `plan` (relative to a fresh copy of the fixture workspace). */
function runNeovim(plan: string, attach: Attach): Promise<{ result: NvimResult; stderr: string }> {
  const temp = mkdtempSync(path.join(tmpdir(), "kh-nvim-"));
  temps.push(temp);
  const root = path.join(temp, "workspace");
  cpSync(FIXTURE, root, { recursive: true });
  const out = path.join(temp, "result.json");
  for (const dir of ["config", "data", "state", "cache", "bin"]) mkdirSync(path.join(temp, dir));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    KH_PLAN: path.join(root, plan),
    KH_OUT: out,
    // Keep Neovim's files (shada, lsp.log) out of the user's home.
    XDG_CONFIG_HOME: path.join(temp, "config"),
    XDG_DATA_HOME: path.join(temp, "data"),
    XDG_STATE_HOME: path.join(temp, "state"),
    XDG_CACHE_HOME: path.join(temp, "cache"),
  };
  const args = ["--headless", "--clean", "-n"];
  if (attach.by === "script") {
    Object.assign(env, { KH_NODE: process.execPath, KH_SERVER: SERVER, KH_ROOT: root });
  } else {
    // The configuration runs `kh`: put one on the PATH that is this repository's build.
    const kh = path.join(temp, "bin/kh");
    writeFileSync(kh, `#!/bin/sh\nexec '${process.execPath}' '${SERVER}' "$@"\n`);
    chmodSync(kh, 0o755);
    const init = path.join(temp, "init.lua");
    writeFileSync(init, attach.init);
    env.PATH = `${path.join(temp, "bin")}${path.delimiter}${env.PATH ?? ""}`;
    args.push("-u", init);
  }
  args.push("-c", `luafile ${SCRIPT.replace(/([ \\])/g, "\\$1")}`);
  return new Promise((resolve, reject) => {
    const nvim = spawn("nvim", args, {
      cwd: attach.by === "script" ? root : temp,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    nvim.stdout.on("data", () => undefined);
    nvim.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    // Never hang CI: a Neovim that does not quit is killed, and the test fails with what it said.
    const timer = setTimeout(() => nvim.kill("SIGKILL"), NVIM_TIMEOUT - 5_000);
    nvim.on("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
    nvim.on("exit", (code, signal) => {
      clearTimeout(timer);
      if (!existsSync(out)) {
        reject(new Error(`Neovim exited (${signal ?? code}) without writing a result; stderr: ${stderr}`));
        return;
      }
      resolve({ result: JSON.parse(readFileSync(out, "utf8")) as NvimResult, stderr });
    });
  });
}

describe("Neovim as the LSP client", () => {
  if (!NVIM_VERSION) {
    it.skip("Neovim not installed: apt-get install neovim (then this test runs kh lsp in headless Neovim)", () => undefined);
    return;
  }

  it(
    `${NVIM_VERSION} opens a plan, attaches kh lsp and receives its diagnostics`,
    async () => {
      expect(existsSync(SERVER), `${SERVER} is missing: run npm run build`).toBe(true);
      const { result, stderr } = await runNeovim("xa-mau-2024.kh", { by: "script" });
      expect(result.error, `Neovim reported an error; stderr: ${stderr}`).toBeUndefined();
      expect(result.client).toBe("kehoach");
      const diagnostics = [...(result.diagnostics ?? [])].sort((a, b) => a.lnum - b.lnum || a.code.localeCompare(b.code));
      // Neovim's lines and columns are 0-based and its columns count bytes: the server's UTF-16
      // positions must arrive converted (`kế hoạch xa-mau-2024`: column 10, byte 14). Severity 1
      // is an error, 2 a warning.
      const lines = readFileSync(path.join(FIXTURE, "xa-mau-2024.kh"), "utf8").split("\n");
      const byteColumn = (line: number, column: number) => Buffer.byteLength(lines[line - 1]!.slice(0, column - 1)) + 1;
      expect(byteColumn(3, 10)).toBe(14);
      expect(diagnostics.map((d) => [d.code, d.lnum + 1, d.col + 1, d.severity])).toEqual([
        ["KH301", 3, byteColumn(3, 10), 1],
        ["KH601", 3, byteColumn(3, 10), 2],
        ["KH403", 16, byteColumn(16, 14), 1],
      ]);
      const message = (code: string) => diagnostics.find((d) => d.code === code)?.message ?? "";
      expect(message("KH301")).toMatch(/^Mandate `noi-dung\.the-che` \(Tuyên truyền cải cách thể chế\) of tinh-mau-2024 is not covered/);
      expect(message("KH403")).toMatch(/^Unit `tu-phap` is not declared/);
      expect(message("KH601")).toMatch(/^The plan should state how it is funded/);
    },
    NVIM_TIMEOUT,
  );

  it(
    "the README's Neovim 0.7 configuration attaches kh lsp, rooted at the plan's kehoach.json",
    async () => {
      expect(existsSync(SERVER), `${SERVER} is missing: run npm run build`).toBe(true);
      const readme = readFileSync(path.join(REPO, "README.md"), "utf8");
      const init = /### Neovim[\s\S]*?Neovim 0\.7[\s\S]*?```lua\n([\s\S]*?)```/.exec(readme)?.[1];
      expect(init, "README: the Neovim 0.7 Lua block under ### Neovim").toBeDefined();
      const { result, stderr } = await runNeovim("xa-mau-2024.kh", { by: "config", init: init! });
      expect(result.error, `Neovim reported an error; stderr: ${stderr}`).toBeUndefined();
      expect(result.client).toBe("kehoach");
      // Neovim runs from the folder above the workspace: the root is found from the plan upwards.
      expect(path.basename(result.root ?? "")).toBe("workspace");
      expect((result.diagnostics ?? []).map((d) => [d.code, d.lnum + 1]).sort()).toEqual([
        ["KH301", 3],
        ["KH403", 16],
        ["KH601", 3],
      ]);
    },
    NVIM_TIMEOUT,
  );
});
