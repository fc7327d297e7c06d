/**
 * Finds the workspace around the files being checked: its root (the nearest folder upwards with
 * a `kehoach.json`, else the working directory), its configuration, and the library of plans
 * that may serve as parents (each checked file's folder, `templates/`, and `searchPaths`).
 * No reference resolves to a file outside the root: paths are compared after resolving links.
 */
import { existsSync } from "node:fs";
import { readFile, realpath } from "node:fs/promises";
import path from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { makeDiagnostic } from "../diagnostics/make.js";
import { fileSpan } from "../diagnostics/span.js";
import { EMPTY_CONFIG, parseConfig, type WorkspaceConfig } from "./config.js";
import { discoverFiles, displayPath } from "./discover.js";

export interface Workspace {
  readonly root: string;
  readonly config: WorkspaceConfig;
  readonly configFile?: string;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * The workspace of the files being checked: the nearest `kehoach.json` upwards from the folder
 * that contains them all (like eslint's and tsc's per-file configuration), else the working
 * directory (or that folder, when it lies outside the working directory).
 */
export async function findWorkspace(cwd: string, files: readonly string[] = []): Promise<Workspace> {
  const start = files.length > 0 ? commonDir(files) : path.resolve(cwd);
  const fallback = inside(path.resolve(cwd), start) ? path.resolve(cwd) : start;
  let dir = start;
  for (;;) {
    const candidate = path.join(dir, "kehoach.json");
    if (existsSync(candidate)) {
      const file = displayPath(candidate, cwd);
      const { config, diagnostics } = parseConfig(await readFile(candidate, "utf8"), file);
      return { root: dir, config, configFile: candidate, diagnostics };
    }
    const up = path.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return { root: fallback, config: EMPTY_CONFIG, diagnostics: [] };
}

function commonDir(files: readonly string[]): string {
  let dir = path.dirname(path.resolve(files[0]!));
  for (const f of files.slice(1)) {
    const abs = path.resolve(f);
    while (!inside(dir, abs)) {
      const up = path.dirname(dir);
      if (up === dir) break;
      dir = up;
    }
  }
  return dir;
}

function inside(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
}

/**
 * The files that may be parents of the checked ones: absolute paths, inside the root, not
 * already checked. Search paths that leave the root are reported (KH209) and ignored.
 */
export async function libraryFiles(ws: Workspace, checked: readonly string[], cwd: string): Promise<{ files: string[]; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  const rootReal = await realpath(ws.root).catch(() => ws.root);
  const dirs = new Set<string>();
  for (const f of checked) dirs.add(path.dirname(f));
  const templates = path.join(ws.root, "templates");
  if (existsSync(templates)) dirs.add(templates);
  for (const sp of ws.config.searchPaths) {
    const abs = path.resolve(ws.root, sp);
    const real = await realpath(abs).catch(() => abs);
    if (!inside(rootReal, real)) {
      diagnostics.push(
        makeDiagnostic("KH209", fileSpan(ws.configFile ? displayPath(ws.configFile, cwd) : "kehoach.json"), {
          vi: `Đường dẫn tìm kiếm \`${sp}\` nằm ngoài thư mục gốc của không gian làm việc; bỏ qua`,
          en: `Search path \`${sp}\` is outside the workspace root; ignored`,
        }),
      );
      continue;
    }
    dirs.add(abs);
  }
  const checkedSet = new Set(checked);
  const out: string[] = [];
  const found = await discoverFiles([...dirs].filter((d) => existsSync(d)), cwd);
  for (const f of found.files) {
    if (checkedSet.has(f)) continue;
    const real = await realpath(f).catch(() => f);
    if (inside(rootReal, real)) out.push(f);
  }
  return { files: out, diagnostics };
}
