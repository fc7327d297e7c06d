/**
 * Parser benchmark: times `parse` on a realistic 5,000-task Vietnamese plan against `JSON.parse`
 * of the same content, and breaks the parse down by stage (lexing, CST, AST). Run with
 * `npx tsx bench/parse.ts [--tasks N] [--rounds N] [--runs N] [--warmup N] [--gc]` or
 * `npm run bench:parse`; see bench/README.md.
 */
import os from "node:os";
import v8 from "node:v8";
import { pathToFileURL } from "node:url";
import vm from "node:vm";
import { lexAndCst, lexOnly, parse, parseWith } from "../src/syntax/parse.js";

// ---- a deterministic plan generator ------------------------------------------------------

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VERBS = ["Tuyên truyền", "Tổ chức", "Rà soát", "Kiểm tra", "Báo cáo", "Hướng dẫn", "Đôn đốc", "Tập huấn", "Đánh giá", "Xây dựng"];
const OBJECTS = [
  "cải cách hành chính",
  "thủ tục hành chính",
  "chuyển đổi số",
  "văn bản quy phạm pháp luật",
  "Cổng thông tin điện tử",
  "dịch vụ công trực tuyến",
  "chỉ số hài lòng của người dân",
  "kỷ luật, kỷ cương hành chính",
];
const PLACES = ["cấp sở", "các phòng chuyên môn", "UBND cấp xã", "đơn vị sự nghiệp", "toàn thành phố"];
const UNITS = ["van-phong", "phong-tckh", "phong-dtxd", "phong-kt", "thanh-tra", "trung-tam-xttdt", "cac-phong"];
const UNIT_LABELS = ["Văn phòng Sở", "Phòng Tài chính – Kế hoạch", "Phòng Đầu tư xây dựng", "Phòng Kinh tế", "Thanh tra Sở", "Trung tâm Xúc tiến đầu tư", "Các phòng, đơn vị thuộc Sở"];
const MANDATES = ["noi-dung.the-che", "noi-dung.thu-tuc", "noi-dung.bo-may", "noi-dung.cong-chuc", "noi-dung.tai-chinh", "noi-dung.chinh-quyen-so", "bao-cao.quy", "bao-cao.6-thang", "bao-cao.nam"];

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** One task's timing: the `.kh` text and its JSON twin. */
function timing(r: () => number, i: number): [string, Json] {
  const y = 2024;
  const d = 1 + Math.floor(r() * 28);
  const m = 1 + Math.floor(r() * 12);
  switch (Math.floor(r() * 11)) {
    case 0:
      return ["thường xuyên", { kind: "continuous" }];
    case 1:
      return [`${pad(d)}/${pad(m)}/${y}`, { kind: "date", date: [y, m, d] }];
    case 2:
      return [`trước ngày ${pad(d)}/${pad(m)}/${y}`, { kind: "before", date: [y, m, d] }];
    case 3: {
      const m2 = Math.min(12, m + 2);
      return [`từ ${pad(d)}/${pad(m)}/${y} đến ${pad(d)}/${pad(m2)}/${y}`, { kind: "range", from: [y, m, d], to: [y, m2, d] }];
    }
    case 4: {
      const q = 1 + Math.floor(r() * 4);
      return [`quý ${["I", "II", "III", "IV"][q - 1]}/${y}`, { kind: "quarter", quarter: q, year: y }];
    }
    case 5:
      return [`tháng ${m}/${y}`, { kind: "month", month: m, year: y }];
    case 6: {
      const h = r() < 0.5 ? 1 : 2;
      return [`6 tháng ${h === 1 ? "đầu" : "cuối"} năm ${y}`, { kind: "half", half: h, year: y }];
    }
    case 7:
      return [`năm ${y}`, { kind: "year", year: y }];
    case 8:
      return ["hằng quý", { kind: "recurring", every: "quarter", before: [] }];
    case 9:
      return [`hằng năm trước 10/06 và 10/12`, { kind: "recurring", every: "year", before: [[6, 10], [12, 10]] }];
    default:
      return i > 0 ? [`sau nv-${i - 1}`, { kind: "after", task: `nv-${i - 1}` }] : ["thường xuyên", { kind: "continuous" }];
  }
}

/** A plan with `tasks` tasks in Vietnamese keywords, and the same content as a JSON document. */
export function generate(tasks: number, seed = 2024): { kh: string; json: string; jsonCompact: string } {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const out: string[] = [];
  const doc = {
    kind: "plan",
    id: "skhdt-hai-phong-2024",
    title: "Tuyên truyền cải cách hành chính nhà nước năm 2024",
    issuer: "Sở Kế hoạch và Đầu tư thành phố Hải Phòng",
    level: "so",
    number: "18/KH-KHĐT",
    date: [2024, 3, 12],
    implements: ["hai-phong-cchc-2024"],
    units: UNITS.map((u, i) => ({ id: u, label: UNIT_LABELS[i]!, roles: i === 0 ? ["office"] : [] })),
    tasks: [] as Json[],
  };
  out.push("# Kế hoạch sinh tự động cho benchmark", `kế hoạch ${doc.id} {`);
  out.push(`  tiêu đề "${doc.title}"`, `  cơ quan "${doc.issuer}"`, `  cấp sở`, `  số "${doc.number}"`, `  ngày 12/03/2024`);
  out.push(`  thực hiện hai-phong-cchc-2024`, "");
  UNITS.forEach((u, i) => out.push(`  đơn vị ${u} "${UNIT_LABELS[i]}"${i === 0 ? " vai trò office" : ""}`));
  out.push("");
  for (let i = 0; i < tasks; i++) {
    const id = `nv-${i}`;
    const label = `${pick(VERBS)} ${pick(OBJECTS)} tại ${pick(PLACES)} (đợt ${1 + (i % 12)})`;
    const covers = [pick(MANDATES), ...(r() < 0.3 ? [`hai-phong-cchc-2024:${pick(MANDATES)}`] : [])];
    const lead = pick(UNITS);
    const coord = [...new Set([pick(UNITS), pick(UNITS), pick(UNITS)].slice(0, 1 + Math.floor(r() * 3)))];
    const [tText, tJson] = timing(r, i);
    const task: { [k: string]: Json } = { id, label, covers, lead, coordinating: coord, timing: tJson };
    out.push(`  nhiệm vụ ${id} "${label}" {`);
    out.push(`    đáp ứng ${covers.join(", ")}`);
    out.push(`    chủ trì ${lead}`);
    out.push(`    phối hợp ${coord.join(", ")}`);
    out.push(`    thời gian ${tText}`);
    if (r() < 0.3) {
      const output = `Báo cáo kết quả ${pick(OBJECTS)}`;
      task.output = output;
      out.push(`    sản phẩm "${output}"`);
    }
    out.push("  }");
    doc.tasks.push(task);
  }
  out.push("}", "");
  return { kh: out.join("\n"), json: JSON.stringify(doc, null, 2), jsonCompact: JSON.stringify(doc) };
}

// ---- timing -------------------------------------------------------------------------------

function arg(name: string, dflt: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
}

/** A full garbage collection (for `--gc`: each timed run starts on a cold heap). */
const gc: () => void = (() => {
  v8.setFlagsFromString("--expose-gc");
  return vm.runInNewContext("gc") as () => void;
})();

const cpuNow = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

interface Timing {
  /** Median wall-clock milliseconds per run. */
  readonly wall: number;
  /** Median CPU milliseconds per run (all threads of the process: includes concurrent GC). */
  readonly cpu: number;
}

/**
 * Times each case in blocks: a block is a few untimed runs then a few timed ones, so that a
 * case's garbage is mostly collected on its own time. The blocks of all cases take turns,
 * `rounds` times, so that load from other processes on the machine affects all of them alike.
 * With `--gc`, a full collection runs before each timed run (a cold heap: slower for everyone,
 * and more so for code that allocates a lot).
 */
export function timeAll(cases: Record<string, () => unknown>, rounds: number, runs: number, warm: number): Record<string, Timing> {
  const names = Object.keys(cases);
  const forceGc = process.argv.includes("--gc");
  const wall: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  const cpu: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (let round = 0; round < rounds; round++) {
    for (const name of names) {
      const run = cases[name]!;
      for (let i = 0; i < warm; i++) run();
      for (let i = 0; i < runs; i++) {
        if (forceGc) gc();
        const c0 = cpuNow();
        const t0 = performance.now();
        run();
        const t1 = performance.now();
        const c1 = cpuNow();
        wall[name]!.push(t1 - t0);
        cpu[name]!.push(c1 - c0);
      }
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return Object.fromEntries(names.map((n) => [n, { wall: median(wall[n]!), cpu: median(cpu[n]!) }]));
}

function main(): void {
  const tasks = arg("tasks", 5000);
  const rounds = arg("rounds", 5);
  const runs = arg("runs", 6);
  const warm = arg("warmup", 3);
  const { kh, json, jsonCompact } = generate(tasks);

  // Sanity: the plan is valid and has every task.
  const check = parse(kh, "bench.kh");
  if (check.diagnostics.length > 0) {
    throw new Error(`benchmark plan has diagnostics: ${JSON.stringify(check.diagnostics.slice(0, 3))}`);
  }
  const members = check.document.plan?.members.filter((m) => m.type === "Task").length;
  if (members !== tasks) throw new Error(`expected ${tasks} tasks, parsed ${members}`);

  const bytes = (s: string) => Buffer.byteLength(s, "utf8");
  const mbps = (s: string, ms: number) => (bytes(s) / 1e6 / (ms / 1000)).toFixed(1);

  const t = timeAll(
    {
      json: () => JSON.parse(json),
      jsonCompact: () => JSON.parse(jsonCompact),
      lex: () => lexOnly(kh),
      cst: () => lexAndCst(kh),
      slow: () => parseWith(kh, "bench.kh", { fastPath: false }),
      parse: () => parse(kh, "bench.kh"),
    },
    rounds,
    runs,
    warm,
  );

  const row = (name: string, x: Timing, s: string) =>
    console.log(
      `${name.padEnd(28)} ${x.wall.toFixed(1).padStart(8)} ms ${mbps(s, x.wall).padStart(7)} MB/s ${x.cpu.toFixed(1).padStart(10)} ms ${mbps(s, x.cpu).padStart(7)} MB/s`,
    );
  console.log(`kehoach parse benchmark: ${tasks} tasks, node ${process.version}, ${os.cpus().length} cores, median of ${rounds * runs} runs${process.argv.includes("--gc") ? ", each after a full GC" : ""}`);
  console.log(`  .kh:   ${(bytes(kh) / 1e6).toFixed(2)} MB (${kh.split("\n").length} lines)`);
  console.log(`  JSON:  ${(bytes(json) / 1e6).toFixed(2)} MB indented, ${(bytes(jsonCompact) / 1e6).toFixed(2)} MB compact (same content)`);
  console.log("");
  console.log(`${"".padEnd(28)} ${"wall clock".padStart(24)} ${"CPU time".padStart(26)}`);
  row("JSON.parse (indented)", t.json!, json);
  row("JSON.parse (compact)", t.jsonCompact!, jsonCompact);
  row("lexing only", t.lex!, kh);
  row("lexing + CST (chevrotain)", t.cst!, kh);
  row("parse via CST (with errors)", t.slow!, kh);
  row("parse (fast path, default)", t.parse!, kh);
  console.log("");
  console.log("  `parse` builds the AST straight from the tokens when the file has no syntax error; a file");
  console.log("  with errors goes through chevrotain's CST (with error recovery) and then the AST.");
  for (const k of ["wall", "cpu"] as const) {
    const [lex, cst, slow, full] = [t.lex![k], t.cst![k], t.slow![k], t.parse![k]];
    console.log(
      `  ${k === "wall" ? "wall clock" : "CPU time  "}: lexing ${lex.toFixed(1)} ms; fast path: AST and checks +${(full - lex).toFixed(1)} ms;` +
        ` CST path: CST +${(cst - lex).toFixed(1)} ms, AST and checks +${(slow - cst).toFixed(1)} ms`,
    );
    console.log(
      `  ${"".padEnd(10)}  parse / JSON.parse = ${(full / t.json![k]).toFixed(1)}x (indented), ${(full / t.jsonCompact![k]).toFixed(1)}x (compact);` +
        ` via CST ${(slow / t.json![k]).toFixed(1)}x, ${(slow / t.jsonCompact![k]).toFixed(1)}x`,
    );
  }
}

// Run when executed (not when imported for its generator).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
