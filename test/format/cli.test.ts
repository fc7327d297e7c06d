/**
 * The built plugin loads in the real prettier CLI and gives byte-for-byte what `formatText` gives
 * (so `kh fmt` and `prettier --plugin=…` agree). Needs `npm run build` (the `pretest` script).
 */
import { execFile } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { formatText } from "../../src/format/format.js";

const run = promisify(execFile);
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const PLUGIN = join(ROOT, "dist/format/prettier-plugin.js");
const PRETTIER = join(ROOT, "node_modules/prettier/bin/prettier.cjs");
const GOLDEN = join(ROOT, "test/format/golden");
const built = existsSync(PLUGIN);

if (!built) console.warn(`Skipping the prettier CLI tests: ${PLUGIN} is missing; run \`npm run build\` first.`);

async function prettierCli(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [PRETTIER, `--plugin=${PLUGIN}`, "--no-config", "--no-editorconfig", ...args], {
      cwd: ROOT,
    });
    return { stdout, stderr, code: 0 };
  } catch (e) {
    const err = e as { stdout: string; stderr: string; code: number };
    return { stdout: err.stdout, stderr: err.stderr, code: err.code };
  }
}

describe.skipIf(!built)(`prettier CLI with the built plugin${built ? "" : " (skipped: run npm run build)"}`, () => {
  const files = readdirSync(GOLDEN).filter((f) => f.endsWith(".kh"));

  it("formats every golden file exactly as formatText does", async () => {
    expect(files.length).toBeGreaterThan(0);
    // One prettier process for all files (each start costs about a second): --write on copies.
    const dir = mkdtempSync(join(tmpdir(), "kh-fmt-"));
    for (const name of files) copyFileSync(join(GOLDEN, name), join(dir, name));
    const cli = await prettierCli("--write", ...files.map((name) => join(dir, name)));
    const written = new Map(files.map((name) => [name, readFileSync(join(dir, name), "utf8")]));
    rmSync(dir, { recursive: true, force: true });
    expect(cli.code, cli.stderr).toBe(0);
    for (const name of files) {
      const api = await formatText(readFileSync(join(GOLDEN, name), "utf8"), { filepath: name });
      expect(written.get(name), name).toBe(api.formatted);
    }
  }, 60_000);

  it("reports a syntax error with its position and exits non-zero", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kh-fmt-"));
    const file = join(dir, "broken.kh");
    writeFileSync(file, 'plan p {\n  title "T"\n  issuer "I"\n  level x\n  date "14/02/2022"\n}\n');
    const cli = await prettierCli(file);
    rmSync(dir, { recursive: true, force: true });
    expect(cli.code).not.toBe(0);
    expect(cli.stdout).toBe("");
    expect(cli.stderr).toContain("SyntaxError: KH103: Expected a date such as 14/02/2022 after `date`");
    expect(cli.stderr).toContain("(5:8)");
  }, 60_000);
});
