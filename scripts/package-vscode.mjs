#!/usr/bin/env node
/**
 * Packages the VS Code extension into a .vsix, offline: builds it (typecheck, esbuild bundles of
 * the client and of the kehoach server, see editors/vscode/scripts/build.mjs), then runs vsce with
 * `--no-dependencies` (everything is bundled; no npm, no node_modules lookup). There is no public
 * repository URL to give, so `--allow-missing-repository` keeps vsce from asking for one, and the
 * README has no relative links to rewrite.
 *
 * Usage: node scripts/package-vscode.mjs [--out FILE.vsix]     (npm run package:vscode)
 * Default output: editors/vscode/kehoach-VERSION.vsix
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const EXTENSION = path.join(REPO, "editors/vscode");
const require = createRequire(path.join(REPO, "package.json"));

const args = process.argv.slice(2);
const outAt = args.indexOf("--out");
const { version } = JSON.parse(readFileSync(path.join(EXTENSION, "package.json"), "utf8"));
const out = path.resolve(outAt >= 0 && args[outAt + 1] ? args[outAt + 1] : path.join(EXTENSION, `kehoach-${version}.vsix`));

execFileSync(process.execPath, [path.join(EXTENSION, "scripts/build.mjs")], { stdio: "inherit" });

const vsce = path.join(path.dirname(require.resolve("@vscode/vsce/package.json")), "vsce");
execFileSync(
  process.execPath,
  [vsce, "package", "--no-dependencies", "--allow-missing-repository", "--no-rewrite-relative-links", "--out", out],
  { cwd: EXTENSION, stdio: ["ignore", "inherit", "inherit"] },
);
console.log(`packaged ${path.relative(process.cwd(), out) || out}`);
