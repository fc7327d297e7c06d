/**
 * `kh derive` over every template of the bundled workspace (`templates/`, rewritten often: no ids
 * are hard-coded) and of the small first-2022 workspace, for every level with applicable
 * mandates, in both dialects: the draft parses, is formatted, checks with only KH701 (one per
 * placeholder, on its line), and once the placeholders are filled checks clean.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { REPO } from "../cli/run.js";
import { expectGolden } from "../outputs/golden.js";
import { checkDraft, derive, expectDraftContract, fillPlaceholders, khFiles, loadWorkspace, planIdOf, problems, type LoadedWorkspace } from "./helpers.js";
import { readFileSync } from "node:fs";

const WORKSPACES = [
  { name: "bundled", root: REPO },
  { name: "first-2022", root: path.join(REPO, "test/workspaces/first-2022") },
];

for (const w of WORKSPACES) {
  describe(`kh derive: every template of the ${w.name} workspace`, () => {
    let ws: LoadedWorkspace;
    beforeAll(async () => {
      ws = await loadWorkspace(w.root);
    });
    const templates = khFiles(w.root, "templates");

    it("has templates to derive from", () => {
      expect(templates.length).toBeGreaterThan(0);
    });

    for (const file of templates) {
      it(`${file}: every level with mandates, both dialects`, { timeout: 120_000 }, async () => {
        const id = planIdOf(readFileSync(path.join(w.root, file), "utf8"));
        expect(id, `${file} declares a plan`).toBeDefined();
        let derived = 0;
        for (const level of ws.ctx.levels.levels) {
          for (const dialect of ["vi", "en"] as const) {
            const r = await derive(ws, { template: id!, level: level.id, issuer: "UBND xã Thử Nghiệm", dialect });
            if (!r.ok) {
              expect(r.problem.kind, `${id} at ${level.id}: ${r.problem.message.en}`).toBe("no-mandates");
              expect(r.problem.message.en).toContain(`level ${level.id}`);
              continue;
            }
            derived++;
            const plan = r.plan;
            expect(plan.level).toBe(level.id);
            expect(plan.tasks).toBeGreaterThanOrEqual(plan.mandates);
            await expectDraftContract(ws, plan);
            const filled = fillPlaceholders(plan.text);
            expect(problems(checkDraft(ws, plan.file, filled)), `${id} at ${level.id} (${dialect}), filled`).toEqual([]);
          }
        }
        // a template with no mandate for any level says so at every level; the others derive somewhere
        if (derived === 0) {
          const r = await derive(ws, { template: id!, level: ws.ctx.levels.levels[0]!.id, issuer: "UBND xã Thử Nghiệm" });
          expect(r.ok).toBe(false);
        }
      });
    }
  });
}

describe("kh derive: stable facts", () => {
  let first: LoadedWorkspace;
  let bundled: LoadedWorkspace;
  beforeAll(async () => {
    first = await loadWorkspace(path.join(REPO, "test/workspaces/first-2022"));
    bundled = await loadWorkspace(REPO);
  });

  it("the national programme binds provinces with a yearly reform plan, kept as a yearly window", async () => {
    const r = await derive(bundled, { template: "nq76-cchc-2021-2030", level: "tỉnh", issuer: "UBND tỉnh Quảng Trị", dialect: "en" });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.plan.id).toBe("nq76-cchc-2021-2030-ubnd-tinh-quang-tri");
    expect(r.plan.text).toMatch(/task ke-hoach\.hang-nam "[^"]+" \{\n {4}covers ke-hoach\.hang-nam\n {4}lead TODO\n {4}timing every year\n/);
    expect(r.plan.text).toContain("  implements nq76-cchc-2021-2030\n");
    expect(r.plan.text).toContain("  period 01/01/2021 .. 31/12/2030\n");
  });

  it("Gio Linh's yearly reports: the role's unit leads, 10/12/2022 (a Saturday) becomes Friday 09/12", async () => {
    const r = await derive(first, { template: "gio-linh-cchc-2022", level: "xã", issuer: "UBND xã Gio Sơn" });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const text = r.plan.text;
    expect(text).toContain("  hạn hằng năm trước 10/06 và 09/12\n");
    expect(text).toContain("10/12/2022 → 09/12/2022");
    expect(text).toMatch(/đơn vị van-hoa-thong-tin "cần điền: [^"]+" vai trò van-hoa-thong-tin\n/);
    // a role no applicable mandate needs is listed in a comment, not declared
    expect(text).toContain('#   tu-phap "Công chức Tư pháp - Hộ tịch xã"');
    expect(text).not.toMatch(/^\s*đơn vị tu-phap/m);
    // the commune plan must issue its own plan before 28/02/2022: that date is a Monday, kept as is
    expect(text).toMatch(/đáp ứng ban-hanh\n {4}chủ trì can-dien\n {4}hạn trước 28\/02\/2022\n/);
  });

  it("golden drafts (UPDATE_GOLDEN=1 to accept changes)", async () => {
    mkdirSync(path.join(REPO, "test/derive/golden"), { recursive: true });
    const cases = [
      { template: "gio-linh-cchc-2022", level: "xã", issuer: "UBND xã Gio Sơn", dialect: "vi" as const, golden: "gio-linh-xa.vi.kh" },
      { template: "hai-phong-cchc-2024", level: "department", issuer: "Sở Kế hoạch và Đầu tư thành phố Hải Phòng", dialect: "en" as const, golden: "hai-phong-so.en.kh" },
    ];
    for (const c of cases) {
      const r = await derive(first, c);
      expect(r.ok).toBe(true);
      if (r.ok) expectGolden(`../../derive/golden/${c.golden}`, r.plan.text);
    }
  });
});
