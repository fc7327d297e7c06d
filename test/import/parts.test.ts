/**
 * The sub-headings of a plan's content (`1. Nội dung`, `3. Thời gian thực hiện`) become the
 * `part` of the tasks under them, so that `kh render` gives the draft its source's structure;
 * the duties under *Tổ chức thực hiện* have none.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { importPlan } from "../../src/import/index.js";
import type { TaskDecl } from "../../src/syntax/ast.js";
import { REPO } from "../cli/run.js";

const SEED = path.resolve(REPO, "../shared/seeds/gio-son-commune-2022.txt");

describe("parts of an imported plan", () => {
  it("are the content sub-headings, in the source's order, and never a unit's duty", async () => {
    const r = await importPlan(readFileSync(SEED, "utf8"), { source: "gio-son-commune-2022.txt" });
    const tasks = (r.document.plan?.members ?? []).filter((m): m is TaskDecl => m.type === "Task");
    const partOf = (t: TaskDecl) => t.fields.find((f) => f.name === "part")?.value;
    const parts = tasks.map((t) => partOf(t)).flatMap((v) => (v && "value" in v ? [String(v.value)] : []));
    expect([...new Set(parts)]).toEqual(["Nội dung", "Thời gian thực hiện"]);
    expect(parts.filter((p) => p === "Nội dung")).toHaveLength(6); // II.1: six bullets
    expect(parts.filter((p) => p === "Thời gian thực hiện")).toHaveLength(4); // II.3: one per quarter
    const duty = tasks.find((t) => t.label?.value.startsWith("Tổ chức triển khai, theo dõi, kiểm tra"));
    expect(duty).toBeDefined();
    expect(partOf(duty!)).toBeUndefined();
  });
});
