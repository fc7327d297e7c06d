#!/usr/bin/env node
/**
 * Builds the VS Code extension into editors/vscode/dist/ (offline, from the repository's sources):
 *
 *   dist/extension.js              the client (CommonJS, `vscode` left external)
 *   dist/server/lib/cli/main.js    the whole kehoach CLI bundled (ESM), run as `main.js lsp --stdio`
 *   dist/server/package.json       `"type": "module"` and the version `kh --version` reports
 *   dist/server/node_modules/json-logic-js/   loaded afresh per rule pack (see src/check/jsonlogic/engine.ts)
 *   dist/rules/rule-pack.schema.json          read by src/check/jsonlogic/pack.ts
 *
 * The server's depth is chosen for the two paths the sources compute from `import.meta.url`:
 * `../../package.json` (src/cli/version.ts) is dist/server/package.json and
 * `../../../rules/` (src/check/jsonlogic/pack.ts) is dist/rules/.
 *
 * Usage: node editors/vscode/scripts/build.mjs   (the extension is typechecked first)
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const EXTENSION = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const REPO = path.resolve(EXTENSION, "../..");
const DIST = path.join(EXTENSION, "dist");
const require = createRequire(path.join(REPO, "package.json"));

function typecheck() {
  const tsc = require.resolve("typescript/bin/tsc");
  execFileSync(process.execPath, [tsc, "-p", path.join(EXTENSION, "tsconfig.json")], { stdio: "inherit" });
}

async function bundle() {
  const common = { bundle: true, platform: "node", target: "node20", logLevel: "warning", legalComments: "none", minify: true, keepNames: true };
  await build({
    ...common,
    entryPoints: [path.join(EXTENSION, "src/extension.ts")],
    outfile: path.join(DIST, "extension.js"),
    format: "cjs",
    external: ["vscode"],
  });
  await build({
    ...common,
    entryPoints: [path.join(REPO, "src/cli/main.ts")],
    outfile: path.join(DIST, "server/lib/cli/main.js"),
    format: "esm",
    // CommonJS dependencies bundled into ESM still call `require` for Node's built-in modules.
    banner: { js: 'import { createRequire as __khCreateRequire } from "node:module"; const require = __khCreateRequire(import.meta.url);' },
  });
}

function assets() {
  const rootPackage = JSON.parse(readFileSync(path.join(REPO, "package.json"), "utf8"));
  writeFileSync(
    path.join(DIST, "server/package.json"),
    `${JSON.stringify({ name: "kehoach-server", version: rootPackage.version, private: true, type: "module", license: rootPackage.license }, null, 2)}\n`,
  );
  const jsonLogic = path.dirname(require.resolve("json-logic-js/package.json"));
  const target = path.join(DIST, "server/node_modules/json-logic-js");
  mkdirSync(target, { recursive: true });
  for (const file of ["package.json", "logic.js", "LICENSE"]) cpSync(path.join(jsonLogic, file), path.join(target, file));
  mkdirSync(path.join(DIST, "rules"), { recursive: true });
  cpSync(path.join(REPO, "rules/rule-pack.schema.json"), path.join(DIST, "rules/rule-pack.schema.json"));
}

typecheck();
rmSync(DIST, { recursive: true, force: true });
await bundle();
assets();
console.log(`built ${path.relative(process.cwd(), DIST) || DIST}`);
