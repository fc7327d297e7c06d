/**
 * Finds the `.kh` files named on the command line: files as given, folders recursively. Hidden
 * folders, `node_modules` and symbolic links to folders are skipped, so a walk never leaves
 * the tree it was pointed at.
 */
import { readdir, stat } from "node:fs/promises";
import path from "node:path";

export interface Discovery {
  /** Absolute paths of the files found, sorted, without duplicates. */
  readonly files: readonly string[];
  /** Paths that do not exist or cannot be read. */
  readonly missing: readonly { readonly path: string; readonly message: string }[];
}

const SKIP_DIRS = new Set(["node_modules", "dist", "coverage"]);

export async function discoverFiles(paths: readonly string[], cwd: string, extension = ".kh"): Promise<Discovery> {
  const found = new Set<string>();
  const missing: { path: string; message: string }[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const e of entries) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (!e.name.startsWith(".") && !SKIP_DIRS.has(e.name)) await walk(full);
      } else if (e.isFile() && e.name.endsWith(extension)) {
        found.add(full);
      }
    }
  };
  for (const p of paths) {
    const abs = path.resolve(cwd, p);
    try {
      const s = await stat(abs);
      if (s.isDirectory()) await walk(abs);
      else found.add(abs);
    } catch (e) {
      missing.push({ path: p, message: (e as NodeJS.ErrnoException).code ?? String(e) });
    }
  }
  return { files: [...found].sort(), missing };
}

/** The path shown to users: relative to the working directory, with forward slashes. */
export function displayPath(abs: string, cwd: string): string {
  const rel = path.relative(cwd, abs);
  const shown = rel === "" ? path.basename(abs) : rel.startsWith("..") && path.isAbsolute(abs) && rel.split(path.sep).length > 6 ? abs : rel;
  return shown.split(path.sep).join("/");
}
