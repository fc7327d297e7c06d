/**
 * Workspace benchmark: generates a national workspace (one ministry template, 34 provincial
 * plans, ~700 department plans and 3,321 commune plans; or a three-level variant with
 * districts) on disk and times `kh check` over it at 1/4, 1/2 and full size, each in a fresh
 * process, so wall time and peak memory (max RSS) show how the cost scales.
 *
 *   npm run build && npx tsx bench/check.ts [--variant two-level|three-level|both] [--runs N]
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

const AREAS = ["the-che", "thu-tuc", "bo-may", "cong-chuc", "tai-chinh", "so-hoa"];
const AREA_TITLES = ["cải cách thể chế", "cải cách thủ tục hành chính", "cải cách tổ chức bộ máy", "xây dựng đội ngũ cán bộ, công chức", "cải cách tài chính công", "xây dựng chính quyền số"];

function ministry(): string {
  const lines = [
    "template bo-cchc-2026 {",
    '  title "Kế hoạch tuyên truyền cải cách hành chính năm 2026"',
    '  issuer "Bộ Nội vụ"',
    "  level ministry",
    "  date 05/01/2026",
    "  period 01/01/2026 .. 31/12/2026",
    '  role office "Đơn vị tham mưu tổng hợp"',
  ];
  AREAS.forEach((a, i) => {
    lines.push(`  mandate noi-dung.${a} "Tuyên truyền ${AREA_TITLES[i]}" {`, "    applies-to province, department, district, commune", "  }");
  });
  lines.push(
    '  mandate bao-cao "Báo cáo kết quả 6 tháng và năm" {',
    "    applies-to province, department, district, commune",
    "    lead role office",
    "    due every year before 10/06 and 10/12",
    "    waivable no",
    "  }",
    "  requires purposes, budget",
    "}",
  );
  return lines.join("\n") + "\n";
}

function header(kind: "plan" | "template", id: string, level: string, parent: string, issuer: string): string[] {
  return [
    `${kind} ${id} {`,
    `  title "Kế hoạch tuyên truyền cải cách hành chính năm 2026"`,
    `  issuer "${issuer}"`,
    `  level ${level}`,
    "  date 15/01/2026",
    `  implements ${parent}`,
    '  unit van-phong "Văn phòng" role office',
    '  unit phong-a "Phòng chuyên môn A"',
    '  unit phong-b "Phòng chuyên môn B"',
    '  purposes { "Nâng cao nhận thức về cải cách hành chính" }',
    '  budget "Ngân sách nhà nước giao năm 2026"',
  ];
}

function tasks(ownMandates: readonly string[], before: string[]): string[] {
  const lines: string[] = [];
  AREAS.forEach((a, i) => {
    lines.push(`  task tt-${a} "Tuyên truyền ${AREA_TITLES[i]}" {`, `    covers noi-dung.${a}`, `    lead ${i % 2 ? "phong-a" : "phong-b"}`, "    coordinating van-phong", `    timing Q${(i % 4) + 1} 2026`, "  }");
  });
  lines.push('  task bao-cao-6-thang "Báo cáo 6 tháng" {', "    covers bao-cao", "    lead van-phong", `    due before ${before[0]}`, "  }");
  lines.push('  task bao-cao-nam "Báo cáo năm" {', "    covers bao-cao", "    lead van-phong", `    due before ${before[1]}`, "  }");
  for (const m of ownMandates) lines.push(`  task tt-${m} "Triển khai ${m}" {`, `    covers ${m}`, "    lead phong-a", "    timing continuous", "  }");
  return lines;
}

function provinceMandates(p: number): string[] {
  return [
    `  mandate tinh-${p}.chuyen-de "Chuyên đề cải cách hành chính của tỉnh" {`,
    "    applies-to department, district, commune",
    "  }",
    `  refine bao-cao {`,
    "    due every year before 05/06 and 05/12",
    "  }",
  ];
}

interface Layout {
  files: number;
}

/** Writes the workspace; `fraction` of the provinces (and everything under them). */
function generate(dir: string, fraction: number, threeLevel: boolean): Layout {
  mkdirSync(path.join(dir, "templates"), { recursive: true });
  writeFileSync(path.join(dir, "kehoach.json"), "{}\n");
  writeFileSync(path.join(dir, "templates", "bo-cchc-2026.kh"), ministry());
  let files = 1;
  const provinces = Math.max(1, Math.round(34 * fraction));
  for (let p = 0; p < provinces; p++) {
    const pdir = path.join(dir, `tinh-${p}`);
    mkdirSync(pdir, { recursive: true });
    const pid = `tinh-${p}-2026`;
    writeFileSync(
      path.join(pdir, `${pid}.kh`),
      [...header("plan", pid, "province", "bo-cchc-2026", `UBND tỉnh số ${p}`), ...provinceMandates(p), ...tasks([], ["08/06/2026", "08/12/2026"]), "}"].join("\n") + "\n",
    );
    files++;
    const own = [`tinh-${p}.chuyen-de`];
    // ~700 departments in all: 20 or 21 per province
    const departments = Math.round(((p + 1) * 700) / 34) - Math.round((p * 700) / 34);
    for (let d = 0; d < departments; d++) {
      const id = `so-${p}-${d}-2026`;
      writeFileSync(path.join(pdir, `${id}.kh`), [...header("plan", id, "department", pid, `Sở ${d} tỉnh ${p}`), ...tasks(own, ["01/06/2026", "01/12/2026"]), "}"].join("\n") + "\n");
      files++;
    }
    // 3,321 communes in all
    const communes = Math.round(((p + 1) * 3321) / 34) - Math.round((p * 3321) / 34);
    if (!threeLevel) {
      for (let c = 0; c < communes; c++) {
        const id = `xa-${p}-${c}-2026`;
        writeFileSync(path.join(pdir, `${id}.kh`), [...header("plan", id, "commune", pid, `UBND xã ${c} tỉnh ${p}`), ...tasks(own, ["01/06/2026", "01/12/2026"]), "}"].join("\n") + "\n");
        files++;
      }
    } else {
      const districts = 8;
      for (let h = 0; h < districts; h++) {
        const hid = `huyen-${p}-${h}-2026`;
        const hown = [`huyen-${p}-${h}.giao-ban`];
        writeFileSync(
          path.join(pdir, `${hid}.kh`),
          [
            ...header("plan", hid, "district", pid, `UBND huyện ${h} tỉnh ${p}`),
            `  mandate huyen-${p}-${h}.giao-ban "Đưa nội dung CCHC vào giao ban" {`,
            "    applies-to commune",
            "  }",
            ...tasks(own, ["03/06/2026", "03/12/2026"]),
            "}",
          ].join("\n") + "\n",
        );
        files++;
        const per = Math.round(((h + 1) * communes) / districts) - Math.round((h * communes) / districts);
        for (let c = 0; c < per; c++) {
          const id = `xa-${p}-${h}-${c}-2026`;
          writeFileSync(path.join(pdir, `${id}.kh`), [...header("plan", id, "commune", hid, `UBND xã ${c}`), ...tasks([...own, ...hown], ["01/06/2026", "01/12/2026"]), "}"].join("\n") + "\n");
          files++;
        }
      }
    }
  }
  return { files };
}

interface RunResult {
  ms: number;
  maxRssMb: number;
  errors: number;
  plans: number;
}

/** Runs `kh check` in a fresh process; the child reports its own wall time and peak memory. */
function runCheck(dir: string): RunResult {
  const script = `
    const { runCli } = await import(${JSON.stringify(path.join(REPO, "dist/cli/program.js"))});
    let out = "";
    const io = { cwd: ${JSON.stringify(dir)}, env: {}, stdout: { write: (s) => { out += s; } }, stderr: { write: () => {} }, readStdin: async () => "" };
    const t0 = performance.now();
    await runCli(["check", ".", "--format", "json"], io);
    const ms = performance.now() - t0;
    const j = JSON.parse(out);
    process.stdout.write(JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024, errors: j.summary.errors, plans: j.summary.plans }));
  `;
  const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8", maxBuffer: 1 << 30 });
  return JSON.parse(out) as RunResult;
}

function main(): void {
  const args = process.argv.slice(2);
  const variantArg = args[args.indexOf("--variant") + 1];
  const variant = args.includes("--variant") ? variantArg : "both";
  const runs = args.includes("--runs") ? Number(args[args.indexOf("--runs") + 1]) : 1;
  console.log(`kh check over a generated national workspace — ${os.cpus().length} cores, Node ${process.version}`);
  for (const threeLevel of variant === "both" ? [false, true] : [variant === "three-level"]) {
    console.log(`\n${threeLevel ? "three-level (province → district → commune)" : "two-level (province → department / commune)"}:`);
    console.log("size   files   plans   wall ms   ms/plan   max RSS MB   errors");
    let fullMsPerPlan = 0;
    let quarterMsPerPlan = 0;
    for (const fraction of [0.25, 0.5, 1]) {
      const dir = mkdtempSync(path.join(os.tmpdir(), "kh-bench-"));
      try {
        const { files } = generate(dir, fraction, threeLevel);
        const results = Array.from({ length: runs }, () => runCheck(dir));
        const best = results.reduce((a, b) => (b.ms < a.ms ? b : a));
        const perPlan = best.ms / best.plans;
        if (fraction === 1) fullMsPerPlan = perPlan;
        if (fraction === 0.25) quarterMsPerPlan = perPlan;
        console.log(
          `${String(fraction).padEnd(6)} ${String(files).padStart(5)}   ${String(best.plans).padStart(5)}   ${best.ms.toFixed(0).padStart(7)}   ${perPlan.toFixed(3).padStart(7)}   ${best.maxRssMb.toFixed(0).padStart(10)}   ${best.errors}`,
        );
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
    console.log(`cost per plan at full size / at 1/4 size: ${(fullMsPerPlan / quarterMsPerPlan).toFixed(2)} (1.00 = linear)`);
  }
}

if (!process.env.KH_BENCH_NO_MAIN) main();
export { generate };
