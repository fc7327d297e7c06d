/** Golden-file comparison: `UPDATE_GOLDEN=1 npx vitest run test/outputs` rewrites the files under `test/outputs/golden/`. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";

export const GOLDEN_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "golden");

export function expectGolden(name: string, actual: string): void {
  const file = path.join(GOLDEN_DIR, name);
  if (process.env.UPDATE_GOLDEN === "1") {
    mkdirSync(GOLDEN_DIR, { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) throw new Error(`golden file ${name} is missing: run UPDATE_GOLDEN=1 npx vitest run test/outputs`);
  expect(actual, `output differs from test/outputs/golden/${name} (UPDATE_GOLDEN=1 to accept)`).toBe(readFileSync(file, "utf8"));
}
