/**
 * `kh import` on the four seeds and the six 2025 plans: every draft parses, is formatted (kh fmt
 * changes nothing), recovers at least the floors below of what an independent count finds in the
 * source, and loses no item. The table is test/import/recovery.md (UPDATE_GOLDEN=1 rewrites it,
 * as does `npm run import:report`).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatText } from "../../src/format/format.js";
import { importPlan } from "../../src/import/index.js";
import { expectGolden } from "../outputs/golden.js";
import { REPO } from "../cli/run.js";
import { corpus, measure, plain, recoveryReport, recoveryTable, sourceItems, type Recovery } from "./recovery.js";

const DOCS = corpus();

/** Floors: a regression below them fails. */
const FLOOR = { itemsPerDocument: 0.85, itemsOverall: 0.92, unitsPerDocument: 0.6, unitsOverall: 0.9, parents: 1, deadlines: 1 } as const;

const ratio = (c: { found: number; total: number }): number => (c.total === 0 ? 1 : c.found / c.total);

describe("kh import on the seeds and the 2025 corpus", () => {
  const results = new Map<string, Recovery>();
  const get = async (name: string): Promise<Recovery> => {
    let r = results.get(name);
    if (!r) {
      r = await measure(DOCS.find((d) => d.name === name)!);
      results.set(name, r);
    }
    return r;
  };

  it("has the ten documents", () => {
    expect(DOCS.map((d) => d.name)).toHaveLength(10);
  });

  for (const doc of DOCS) {
    describe(doc.name, () => {
      it("gives a draft that parses and is formatted", async () => {
        const r = await get(doc.name);
        expect(r.parses).toBe(true);
        const again = await formatText(r.draft, { filepath: `${doc.name}.kh` });
        expect(again.formatted).toBe(r.draft);
      });

      it("recovers the items, units, parents and deadlines of an independent count", async () => {
        const r = await get(doc.name);
        expect(r.items.total).toBeGreaterThan(0);
        expect(ratio(r.items)).toBeGreaterThanOrEqual(FLOOR.itemsPerDocument);
        expect(ratio(r.units)).toBeGreaterThanOrEqual(FLOOR.unitsPerDocument);
        expect(ratio(r.parents)).toBeGreaterThanOrEqual(FLOOR.parents);
        expect(ratio(r.deadlines)).toBeGreaterThanOrEqual(FLOOR.deadlines);
      });

      it("loses no item: each is in a text, a unit or a comment of the draft", async () => {
        const r = await get(doc.name);
        const all = ` ${plain(r.draft)} `;
        const lost = sourceItems(doc.text).filter((i) => {
          const w = plain(i).split(" ");
          return !w.some((_, k) => k + 4 <= w.length && all.includes(` ${w.slice(k, k + 4).join(" ")} `));
        });
        expect(lost).toEqual([]);
      });
    });
  }

  it("writes the recovery table (test/import/recovery.md) and meets the overall floor", async () => {
    const rows = await Promise.all(DOCS.map((d) => get(d.name)));
    const sum = (f: (r: Recovery) => { found: number; total: number }): { found: number; total: number } =>
      rows.reduce((a, r) => ({ found: a.found + f(r).found, total: a.total + f(r).total }), { found: 0, total: 0 });
    expect(ratio(sum((r) => r.items))).toBeGreaterThanOrEqual(FLOOR.itemsOverall);
    expect(ratio(sum((r) => r.units))).toBeGreaterThanOrEqual(FLOOR.unitsOverall);
    expectGolden("../../import/recovery.md", recoveryReport(rows));
    // README.md shows the same table under `kh import`.
    expect(readFileSync(path.join(REPO, "README.md"), "utf8")).toContain(recoveryTable(rows));
  });

  it("keeps two drafts byte for byte (Vietnamese and English keywords)", async () => {
    const gioSon = DOCS.find((d) => d.name === "gio-son-commune-2022")!;
    const haiPhong = DOCS.find((d) => d.name === "hai-phong-dept-khdt-2024")!;
    expectGolden("../../import/golden/gio-son-commune-2022.kh", (await importPlan(gioSon.text, { source: "gio-son-commune-2022.txt" })).text);
    expectGolden("../../import/golden/hai-phong-dept-khdt-2024.en.kh", (await importPlan(haiPhong.text, { dialect: "en", source: "hai-phong-dept-khdt-2024.txt" })).text);
  });
});
