/** Every diagnostic code the source can emit is catalogued (for `kh explain` and SARIF rules), in both languages. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { allCodes, codeDoc } from "../src/diagnostics/codes.js";

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith(".ts") ? [p] : [];
  });
}

describe("diagnostic code catalogue", () => {
  const root = path.resolve(__dirname, "../src");
  const used = new Set<string>();
  for (const f of sources(root)) {
    if (f.includes(`${path.sep}diagnostics${path.sep}codes`)) continue;
    for (const m of readFileSync(f, "utf8").matchAll(/"(KH\d{3})"/g)) used.add(m[1]!);
  }

  it("documents every code used in the source", () => {
    expect(used.size).toBeGreaterThan(30);
    const missing = [...used].filter((c) => !codeDoc(c)).sort();
    expect(missing).toEqual([]);
  });

  it("gives every code a title and an explanation in Vietnamese and English", () => {
    for (const d of allCodes()) {
      expect(d.code).toMatch(/^KH\d{3}$/);
      for (const t of [d.title, d.explanation]) {
        expect(t.vi.length, d.code).toBeGreaterThan(3);
        expect(t.en.length, d.code).toBeGreaterThan(3);
      }
    }
    expect(new Set(allCodes().map((d) => d.code)).size).toBe(allCodes().length);
  });
});
