/**
 * Writing the files the commands produce (`fmt --write`, `derive -o`, `import -o`, `render -o`):
 * always through a temporary sibling, so that a reader never sees half a file and a failure
 * leaves the old file as it was.
 */
import { randomBytes } from "node:crypto";
import { chmod, link, rename, stat, unlink, writeFile } from "node:fs/promises";
import path from "node:path";

function tempSibling(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString("hex")}.tmp`);
}

/** Writes `data` to `file` through a temporary sibling and a rename, keeping an existing file's mode. */
export async function writeAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const tmp = tempSibling(file);
  let mode: number | undefined;
  try {
    mode = (await stat(file)).mode;
  } catch {
    mode = undefined;
  }
  try {
    await writeFile(tmp, data, { flag: "wx" });
    if (mode !== undefined) await chmod(tmp, mode & 0o7777);
    await rename(tmp, file);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
}

/** Writes a new file atomically; false (and nothing written) when `file` already exists. */
export async function writeNewFile(file: string, data: string | Uint8Array): Promise<boolean> {
  const tmp = tempSibling(file);
  await writeFile(tmp, data, { flag: "wx" });
  try {
    // `link` fails if the target exists: no window in which another file could be replaced.
    await link(tmp, file);
    return true;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EEXIST") return false;
    if (code === "ENOENT") throw e;
    // A file system without hard links: check, then rename.
    if (await stat(file).then(() => true, () => false)) return false;
    await rename(tmp, file);
    return true;
  } finally {
    await unlink(tmp).catch(() => undefined);
  }
}
