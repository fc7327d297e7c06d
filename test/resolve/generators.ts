/**
 * Random plan hierarchies for the inheritance-law property tests: a generator (over `fc.gen()`,
 * so failures shrink), a small independent printer to `.kh` source in either dialect, an oracle
 * that computes what resolution must give straight from the generated structure, and helpers to
 * compare models and diagnostics across layouts by source anchors instead of line/column.
 */
import fc from "fast-check";
import { checkWorkspace, type CheckResult } from "../../src/check/check.js";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";

// ---- levels and days ---------------------------------------------------------------------------

export type Level = "national" | "ministry" | "province" | "department" | "district" | "commune";

export const LEVELS: readonly { readonly id: Level; readonly rank: number; readonly vi: readonly string[] }[] = [
  { id: "national", rank: 0, vi: ["trung-ương", "chính-phủ"] },
  { id: "ministry", rank: 1, vi: ["bộ", "bộ-ngành"] },
  { id: "province", rank: 2, vi: ["tỉnh", "thành-phố"] },
  { id: "department", rank: 3, vi: ["sở", "sở-ngành"] },
  { id: "district", rank: 3, vi: ["huyện", "quận"] },
  { id: "commune", rank: 4, vi: ["xã", "phường"] },
];

export function rankOf(l: Level): number {
  return LEVELS.find((x) => x.id === l)!.rank;
}

/** Levels a mandate without `applies-to` binds: every level ranked below its origin. */
export function levelsBelow(l: Level): Level[] {
  return LEVELS.filter((x) => x.rank > rankOf(l)).map((x) => x.id);
}

export const YEAR = 2024;
/** A day of 2024 as a day number (days since 1970-01-01). */
export function day(month: number, d: number): number {
  return Math.floor(Date.UTC(YEAR, month - 1, d) / 86_400_000);
}
export const JAN1 = day(1, 1);
export const DEC31 = day(12, 31);

function ymd(n: number): { y: number; m: number; d: number } {
  const dt = new Date(n * 86_400_000);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}
const two = (n: number) => String(n).padStart(2, "0");
export function dmy(n: number): string {
  const { y, m, d } = ymd(n);
  return `${two(d)}/${two(m)}/${y}`;
}
function dm(n: number): string {
  const { m, d } = ymd(n);
  return `${two(d)}/${two(m)}`;
}
function isoOf(n: number): string {
  const { y, m, d } = ymd(n);
  return `${y}-${two(m)}-${two(d)}`;
}
export { isoOf as iso };

// ---- the generated structure ---------------------------------------------------------------------

export type GTiming =
  | { kind: "continuous" }
  | { kind: "before"; day: number; alt: boolean }
  /** `every year before d1 and d2` (two deadlines of one yearly series). */
  | { kind: "yearly"; days: [number, number]; alt: boolean }
  | { kind: "range"; from: number; to: number; alt: boolean }
  | { kind: "date"; day: number }
  | { kind: "quarter"; q: 1 | 2 | 3 | 4 }
  | { kind: "month"; m: number }
  | { kind: "half"; h: 1 | 2 }
  | { kind: "everyQuarter" };

/** A reference to a mandate as printed: `origin:id` or `id`; `spelled` overrides the id's spelling. */
export interface GRef {
  readonly origin?: string;
  readonly id: string;
  readonly spelled?: string;
}

export interface GMandate {
  readonly id: string;
  readonly label: string;
  readonly appliesTo: Level[] | null;
  readonly leadRole: string | null;
  readonly due: GTiming | null;
  readonly waivable: boolean | null;
}

export interface GRefine {
  readonly target: GRef;
  readonly appliesTo?: Level[];
  readonly due?: GTiming;
  readonly waivable?: boolean;
}

export interface GTask {
  readonly id: string;
  readonly label: string;
  readonly covers: GRef[];
  readonly lead: string | null;
  readonly coordinating: string[];
  readonly timing?: GTiming;
  readonly due?: GTiming;
}

export interface GUnit {
  readonly id: string;
  readonly label: string;
  readonly roles: string[];
}

export interface GWaiver {
  readonly target: GRef;
  readonly reason: string;
}

export interface GPlan {
  id: string;
  file: string;
  kind: "template" | "plan";
  dialect: "en" | "vi";
  level: Level;
  /** As printed (may name a parent twice or a missing plan when a test injects it). */
  parents: string[];
  /** Print the parents with the alternative keyword (`parents`/`căn cứ`) joined by `and`/`và`. */
  splitImplements: boolean;
  withPeriod: boolean;
  roles: { id: string; label: string }[];
  units: GUnit[];
  mandates: GMandate[];
  refines: GRefine[];
  tasks: GTask[];
  waivers: GWaiver[];
  purposes: string[] | null;
  budget: string | null;
  requires: ("purposes" | "budget")[];
  /** Print identifiers decomposed (NFD); the parser normalises to NFC. */
  nfd: boolean;
}

export interface Hierarchy {
  readonly plans: GPlan[];
}

export function byId(h: Hierarchy): Map<string, GPlan> {
  return new Map(h.plans.map((p) => [p.id, p]));
}

export function clone(h: Hierarchy): Hierarchy {
  return structuredClone(h);
}

// ---- randomness over fc.gen() --------------------------------------------------------------------

/** Draws values from fast-check's `gen()`, so every choice shrinks. Booleans shrink to false. */
export class Rand {
  constructor(private readonly g: fc.GeneratorValue) {}
  int(min: number, max: number): number {
    return max <= min ? min : this.g(fc.integer, { min, max });
  }
  bool(pTrue = 0.5): boolean {
    return this.int(0, 999) >= Math.round((1 - pTrue) * 1000);
  }
  pick<T>(xs: readonly T[]): T {
    if (xs.length === 0) throw new Error("pick from empty");
    return xs[this.int(0, xs.length - 1)]!;
  }
  subset<T>(xs: readonly T[], min: number, max: number): T[] {
    const hi = Math.min(max, xs.length);
    return this.g(fc.subarray, [...xs], { minLength: Math.min(min, hi), maxLength: hi });
  }
  shuffle<T>(xs: readonly T[]): T[] {
    return xs.length < 2 ? [...xs] : this.g(fc.shuffledSubarray, [...xs], { minLength: xs.length, maxLength: xs.length });
  }
}

// ---- vocabulary ------------------------------------------------------------------------------------

const PREFIXES = ["noi-dung", "bao-cao", "tuyen-truyen", "kiem-tra", "dao-tao", "hoi-nghi", "khen-thuong", "cai-cach"];
const SUFFIXES = ["the-che", "bao-chi", "6-thang", "ca-nam", "co-so", "truc-tuyen", "van-ban", "hanh-chinh"];
const LABELS = ["Tuyên truyền cải cách thể chế", "Báo cáo kết quả 6 tháng", "Kiểm tra công tác cải cách hành chính", "Đào tạo, bồi dưỡng cán bộ", "Hội nghị sơ kết", "Đăng tải tin bài trên cổng thông tin"];
const UNIT_LABELS = ["Văn phòng", "Phòng Nội vụ", "Tư pháp", "Văn hóa - Thông tin", "Công an xã", "Các phòng, đơn vị"];
const REASONS = ["Không quản lý cơ quan báo chí", "Đơn vị không có nhiệm vụ này", "Đã thực hiện trong kế hoạch khác"];

/** The Vietnamese letter families (as in src/syntax/fold.ts, restated so the tests stand alone). */
const FAMILIES: Record<string, string> = {
  a: "aàáảãạăằắẳẵặâầấẩẫậ",
  e: "eèéẻẽẹêềếểễệ",
  i: "iìíỉĩị",
  o: "oòóỏõọôồốổỗộơờớởỡợ",
  u: "uùúủũụưừứửữự",
  y: "yỳýỷỹỵ",
  d: "dđ",
};

/** A different spelling of `id` that folds to the same letters (accents moved, added or dropped). */
export function accentVariant(r: Rand, id: string): string {
  const chars = [...id.normalize("NFC")];
  const positions = chars.map((c, i) => ({ c, i })).filter(({ c }) => Object.values(FAMILIES).some((f) => f.includes(c)));
  for (let attempt = 0; attempt < 4; attempt++) {
    const out = [...chars];
    for (const { c, i } of r.subset(positions, 1, 4)) {
      const fam = Object.values(FAMILIES).find((f) => f.includes(c))!;
      out[i] = [...fam][r.int(0, [...fam].length - 1)]!;
    }
    const s = out.join("");
    if (s !== id.normalize("NFC")) return s;
  }
  // force a change: swap the first vowel for a marked one (or unmarked if it was marked)
  const first = positions[0]!;
  const fam = [...Object.values(FAMILIES).find((f) => f.includes(first.c))!];
  chars[first.i] = first.c === fam[0] ? fam[1]! : fam[0]!;
  return chars.join("");
}

// ---- timing semantics (independent of src/timing) -------------------------------------------------

/** What a timing means for narrowing: a deadline series, a window, or something not refined. */
export type Shape = { type: "deadlines"; days: number[] } | { type: "window"; from: number; to: number } | { type: "other" };

export function shapeOf(t: GTiming): Shape {
  switch (t.kind) {
    case "before":
      return { type: "deadlines", days: [t.day] };
    case "yearly":
      return { type: "deadlines", days: [...t.days] };
    case "range":
      return { type: "window", from: t.from, to: t.to };
    case "date":
      return { type: "window", from: t.day, to: t.day };
    case "quarter":
      return { type: "window", from: day((t.q - 1) * 3 + 1, 1), to: t.q === 4 ? DEC31 : day(t.q * 3 + 1, 1) - 1 };
    case "month":
      return { type: "window", from: day(t.m, 1), to: t.m === 12 ? DEC31 : day(t.m + 1, 1) - 1 };
    case "half":
      return { type: "window", from: t.h === 1 ? JAN1 : day(7, 1), to: t.h === 1 ? day(6, 30) : DEC31 };
    default:
      return { type: "other" };
  }
}

/** The meet of an origin's due shape and refinements' shapes: the earliest of each deadline, the intersection of windows. */
export function meetShapes(base: Shape, refs: readonly Shape[]): Shape & { conflict?: boolean } {
  if (base.type === "deadlines") {
    const days = [...base.days];
    for (const r of refs) if (r.type === "deadlines") r.days.forEach((d, i) => (days[i] = Math.min(days[i]!, d)));
    return { type: "deadlines", days };
  }
  if (base.type === "window") {
    let from = base.from;
    let to = base.to;
    let first = true;
    for (const r of refs) {
      if (r.type !== "window") continue;
      // the resolver intersects the refinements' windows (each inside the origin's)
      from = first ? r.from : Math.max(from, r.from);
      to = first ? r.to : Math.min(to, r.to);
      first = false;
    }
    return from > to ? { type: "window", from, to, conflict: true } : { type: "window", from, to };
  }
  return base;
}

/** A random timing in 2024 (for mandates and tasks). */
export function genTiming(r: Rand, kinds: readonly GTiming["kind"][] = ["before", "yearly", "range", "date", "quarter", "month", "half", "continuous", "everyQuarter"]): GTiming {
  const kind = r.pick(kinds);
  switch (kind) {
    case "before":
      return { kind, day: day(r.int(2, 12), r.int(1, 28)), alt: r.bool() };
    case "yearly":
      return { kind, days: [day(r.int(3, 6), r.int(1, 28)), day(r.int(9, 12), r.int(1, 28))], alt: r.bool() };
    case "range": {
      const from = day(r.int(1, 6), r.int(1, 28));
      return { kind, from, to: from + r.int(10, 180), alt: r.bool() };
    }
    case "date":
      return { kind, day: day(r.int(1, 12), r.int(1, 28)) };
    case "quarter":
      return { kind, q: r.int(1, 4) as 1 | 2 | 3 | 4 };
    case "month":
      return { kind, m: r.int(1, 12) };
    case "half":
      return { kind, h: r.int(1, 2) as 1 | 2 };
    default:
      return { kind } as GTiming;
  }
}

/** A timing that narrows `eff` (a deadline no later, a window inside), or undefined if none. */
export function narrowTiming(r: Rand, eff: Shape, origin: Shape): GTiming | undefined {
  if (eff.type === "deadlines" && origin.type === "deadlines") {
    if (eff.days.length === 1) return { kind: "before", day: Math.max(JAN1, eff.days[0]! - r.int(0, 40)), alt: r.bool() };
    // the second deadline must stay after the origin's first one (its slot)
    const d1 = Math.max(JAN1, eff.days[0]! - r.int(0, 30));
    const lo = origin.days[0]! + 1;
    const hi = eff.days[1]!;
    if (hi < lo) return undefined;
    return { kind: "yearly", days: [d1, r.int(lo, hi)], alt: r.bool() };
  }
  if (eff.type === "window") {
    if (eff.from > eff.to) return undefined;
    const from = r.int(eff.from, eff.to);
    const to = r.int(from, eff.to);
    return from === to && r.bool() ? { kind: "date", day: from } : { kind: "range", from, to, alt: r.bool() };
  }
  return undefined;
}

/** A timing that loosens `eff` w.r.t. `origin`'s series (a later deadline, a window reaching outside). */
export function loosenTiming(r: Rand, eff: Shape): GTiming | undefined {
  if (eff.type === "deadlines") {
    if (eff.days.length === 1) return { kind: "before", day: Math.min(eff.days[0]! + r.int(1, 40), DEC31), alt: r.bool() };
    const late = r.int(0, 1);
    const days: [number, number] = [eff.days[0]!, eff.days[1]!];
    if (late === 0) days[0] = eff.days[0]! + r.int(1, 20);
    else days[1] = Math.min(DEC31, eff.days[1]! + r.int(1, 15));
    if (days[0] >= days[1] || days[1] > DEC31 || (days[0] === eff.days[0] && days[1] === eff.days[1])) return undefined;
    return { kind: "yearly", days, alt: r.bool() };
  }
  if (eff.type === "window") {
    if (r.bool() && eff.from > JAN1) return { kind: "range", from: eff.from - r.int(1, Math.min(30, eff.from - JAN1)), to: eff.to, alt: r.bool() };
    if (eff.to < DEC31) return { kind: "range", from: eff.from, to: eff.to + r.int(1, Math.min(30, DEC31 - eff.to)), alt: r.bool() };
    if (eff.from > JAN1) return { kind: "range", from: JAN1, to: eff.to, alt: r.bool() };
  }
  return undefined;
}

// ---- the oracle ----------------------------------------------------------------------------------

export function keyOf(origin: string, id: string): string {
  return `${origin}:${id}`;
}

/** Parents that exist, deduplicated, in printed order. */
export function parentsOf(h: Hierarchy, p: GPlan): GPlan[] {
  const m = byId(h);
  return [...new Set(p.parents)].flatMap((id) => (m.has(id) ? [m.get(id)!] : []));
}

/** Every strict ancestor (terminates on cycles). */
export function ancestorsOf(h: Hierarchy, p: GPlan): GPlan[] {
  const seen = new Map<string, GPlan>();
  const stack = parentsOf(h, p);
  while (stack.length > 0) {
    const q = stack.pop()!;
    if (seen.has(q.id)) continue;
    seen.set(q.id, q);
    stack.push(...parentsOf(h, q));
  }
  seen.delete(p.id);
  return [...seen.values()];
}

export interface Inherited {
  readonly key: string;
  readonly origin: GPlan;
  readonly mandate: GMandate;
}

/** Mandates a plan inherits: every mandate declared by an ancestor (identity = origin and id). */
export function inheritedAt(h: Hierarchy, p: GPlan): Map<string, Inherited> {
  const out = new Map<string, Inherited>();
  for (const a of ancestorsOf(h, p)) for (const m of a.mandates) if (!out.has(keyOf(a.id, m.id))) out.set(keyOf(a.id, m.id), { key: keyOf(a.id, m.id), origin: a, mandate: m });
  return out;
}

/** The key a reference resolves to among the inherited mandates (ids are globally unique). */
export function resolveRef(inh: ReadonlyMap<string, Inherited>, ref: GRef): string | undefined {
  if (ref.spelled !== undefined && ref.spelled.normalize("NFC") !== ref.id) return undefined;
  if (ref.origin !== undefined) return inh.has(keyOf(ref.origin, ref.id)) ? keyOf(ref.origin, ref.id) : undefined;
  const hits = [...inh.values()].filter((e) => e.mandate.id === ref.id);
  return hits.length === 1 ? hits[0]!.key : undefined;
}

/** Every path of plan ids from the origin down to a parent of `p` (the chains of the model). */
export function chainsTo(h: Hierarchy, origin: string, p: GPlan): string[][] {
  const memo = new Map<string, string[][]>();
  const go = (x: GPlan): string[][] => {
    const done = memo.get(x.id);
    if (done) return done;
    memo.set(x.id, []);
    const out: string[][] = [];
    for (const q of parentsOf(h, x)) {
      if (q.id === origin) out.push([origin]);
      else for (const c of go(q)) out.push([...c, q.id]);
    }
    memo.set(x.id, out);
    return out;
  };
  return go(p);
}

export interface Effective {
  readonly appliesTo: Level[];
  readonly waivable: boolean;
  readonly due: (Shape & { conflict?: boolean }) | null;
  /** The refinements in force (plan and refine), from strict ancestors. */
  readonly refinements: { plan: GPlan; refine: GRefine }[];
}

/** The refinements of `key` declared by the strict ancestors of `p`. */
export function refinementsFor(h: Hierarchy, p: GPlan, key: string): { plan: GPlan; refine: GRefine }[] {
  const out: { plan: GPlan; refine: GRefine }[] = [];
  for (const a of ancestorsOf(h, p)) {
    const inh = inheritedAt(h, a);
    for (const rf of a.refines) if (resolveRef(inh, rf.target) === key) out.push({ plan: a, refine: rf });
  }
  return out;
}

/** The effective constraints of an inherited mandate at `p`: the meet of every refinement above it. */
export function effectiveAt(h: Hierarchy, p: GPlan, e: Inherited): Effective {
  const refinements = refinementsFor(h, p, e.key);
  let appliesTo = e.mandate.appliesTo ? [...e.mandate.appliesTo] : levelsBelow(e.origin.level);
  let waivable = e.mandate.waivable ?? true;
  for (const { refine } of refinements) {
    if (refine.appliesTo) appliesTo = appliesTo.filter((l) => refine.appliesTo!.includes(l));
    if (refine.waivable === false) waivable = false;
  }
  const due = e.mandate.due ? meetShapes(shapeOf(e.mandate.due), refinements.flatMap(({ refine }) => (refine.due ? [shapeOf(refine.due)] : []))) : null;
  return { appliesTo: [...new Set(appliesTo)].sort(), waivable, due, refinements };
}

export function applicableAt(h: Hierarchy, p: GPlan, e: Inherited): boolean {
  return effectiveAt(h, p, e).appliesTo.includes(p.level);
}

export type Status = "covered" | "waived" | "missing";

/** The status the oracle expects for an applicable mandate at `p`, and the covering task ids. */
export function statusAt(h: Hierarchy, p: GPlan, e: Inherited): { status: Status; by: string[] } {
  const inh = inheritedAt(h, p);
  const by = p.tasks.filter((t) => t.covers.some((c) => resolveRef(inh, c) === e.key)).map((t) => t.id);
  if (by.length > 0) return { status: "covered", by: [...new Set(by)].sort() };
  if (p.waivers.some((w) => resolveRef(inh, w.target) === e.key)) return { status: "waived", by: [] };
  return { status: "missing", by: [] };
}

/** Roles a plan can bind: declared by it or any ancestor. */
export function visibleRoles(h: Hierarchy, p: GPlan): string[] {
  return [...new Set([p, ...ancestorsOf(h, p)].flatMap((q) => q.roles.map((r) => r.id)))].sort();
}

// ---- the generator ---------------------------------------------------------------------------------

export interface HierarchyOptions {
  readonly minPlans?: number;
  readonly maxPlans?: number;
  /** Narrowing refinements (never loosening). */
  readonly refine?: boolean;
  /** Responsibility mistakes: tasks without a lead, units named twice, undeclared units. */
  readonly sloppy?: boolean;
  /** Tasks may cover mandates that do not apply at their level. */
  readonly strayCovers?: boolean;
}

function label(r: Rand, pool: readonly string[]): string {
  return r.pick(pool);
}

/** Builds a random acyclic hierarchy: plan i may implement plan j < i of the same or a higher level. */
export function buildHierarchy(r: Rand, opts: HierarchyOptions = {}): Hierarchy {
  const n = r.int(opts.minPlans ?? 2, opts.maxPlans ?? 12);
  const levels = Array.from({ length: n }, () => r.pick(LEVELS).id).sort((a, b) => rankOf(a) - rankOf(b));
  const names = r.shuffle(Array.from({ length: n }, (_, i) => i));
  const h: Hierarchy = { plans: [] };
  for (let i = 0; i < n; i++) {
    const level = levels[i]!;
    const id = `p${names[i]}`;
    const candidates = h.plans.filter((q) => rankOf(q.level) <= rankOf(level));
    const parents = candidates.length === 0 || (i > 0 && r.int(0, 9) === 0) ? [] : r.subset(candidates, 1, 3).map((q) => q.id);
    const p: GPlan = {
      ...emptyPlan(id, level, parents, r.bool() ? "vi" : "en", r.bool(0.4) ? "template" : "plan"),
      file: `${r.pick(["plans", "templates", "x/y"])}/${id}.kh`,
      splitImplements: parents.length > 1 && r.bool(0.2),
      withPeriod: r.bool(),
      units: [],
      purposes: r.bool(0.3) ? ["Nâng cao nhận thức"] : null,
      budget: r.bool(0.3) ? "Ngân sách nhà nước" : null,
      requires: r.bool(0.15) ? r.subset(["purposes", "budget"] as const, 1, 2) : [],
      nfd: r.bool(0.15),
    };
    h.plans.push(p);
    fillPlan(r, h, p, opts);
  }
  return h;
}

/** Adds random roles, mandates, refinements, units, tasks and waivers to a plan already in `h`. */
export function fillPlan(r: Rand, h: Hierarchy, p: GPlan, opts: HierarchyOptions & { readonly mandates?: number; readonly tasks?: number; readonly exclude?: ReadonlySet<string> } = {}): void {
  const tag = p.id.replace(/[^a-z0-9]/g, "");
  for (let k = 0, count = r.int(0, 2); k < count; k++) p.roles.push({ id: `vt${tag}${"abc"[k]}`, label: label(r, UNIT_LABELS) });
  const roles = visibleRoles(h, p);
  // mandates (ids unique across the run, so unqualified references never clash)
  const below = levelsBelow(p.level);
  for (let k = 0, count = r.int(0, opts.mandates ?? 3); k < count; k++) {
    const base = `${r.pick(PREFIXES)}.${r.pick(SUFFIXES)}-${tag}k${p.mandates.length}`;
    const id = r.bool(0.25) ? accentVariant(r, base) : base;
    p.mandates.push({
      id,
      label: label(r, LABELS),
      appliesTo: below.length > 0 && r.bool(0.6) ? r.subset(below, 1, below.length) : null,
      leadRole: roles.length > 0 && r.bool(0.3) ? r.pick(roles) : null,
      due: r.bool(0.6) ? genTiming(r) : null,
      waivable: r.pick([null, true, false]),
    });
  }
  const inh = [...inheritedAt(h, p).values()].filter((e) => !opts.exclude?.has(e.key));
  // narrowing refinements
  if (opts.refine && inh.length > 0) {
    for (const e of r.subset(inh, 0, 2)) {
      const eff = effectiveAt(h, p, e);
      const rf: { target: GRef; appliesTo?: Level[]; due?: GTiming; waivable?: boolean } = { target: refTo(r, e) };
      if (eff.appliesTo.length > 0 && r.bool(0.5)) rf.appliesTo = r.subset(eff.appliesTo, 1, eff.appliesTo.length);
      if (e.mandate.due && eff.due && !eff.due.conflict && r.bool(0.6)) {
        const t = narrowTiming(r, eff.due, shapeOf(e.mandate.due));
        if (t) rf.due = t;
      }
      if (r.bool(0.3)) rf.waivable = false;
      if (rf.appliesTo || rf.due || rf.waivable !== undefined) p.refines.push(rf);
      // now and then a second refinement of the same mandate in the same plan: the two meet too
      if (r.bool(0.15)) {
        const again: { target: GRef; appliesTo?: Level[]; due?: GTiming } = { target: refTo(r, e) };
        if (r.bool() && eff.appliesTo.length > 0) again.appliesTo = r.subset(eff.appliesTo, 1, eff.appliesTo.length);
        else if (e.mandate.due && eff.due && !eff.due.conflict) {
          const t = narrowTiming(r, eff.due, shapeOf(e.mandate.due));
          if (t) again.due = t;
        }
        if (again.appliesTo || again.due) p.refines.push(again);
      }
    }
  }
  // units
  if (p.units.length === 0) {
    const unitCount = r.int(1, 3);
    for (let k = 0; k < unitCount; k++) p.units.push({ id: `${p.dialect === "vi" ? "dv" : "u"}${k}`, label: label(r, UNIT_LABELS), roles: [] });
  }
  for (const role of roles) if (r.bool(0.7)) p.units[r.int(0, p.units.length - 1)]!.roles.push(role);
  // tasks
  const applicable = inh.filter((e) => applicableAt(h, p, e));
  const pool = opts.strayCovers ? inh : applicable;
  for (let k = 0, count = r.int(0, opts.tasks ?? 4); k < count; k++) {
    const unitIds = p.units.map((u) => u.id);
    let lead: string | null = r.pick(unitIds);
    let coordinating = r.subset(unitIds.filter((u) => u !== lead), 0, 2);
    if (opts.sloppy) {
      const mistake = r.int(0, 9);
      if (mistake === 1) lead = null;
      else if (mistake === 2) lead = "dv-khac";
      else if (mistake === 3 && lead !== null) coordinating = [...coordinating, lead];
      else if (mistake === 4 && coordinating.length > 0) coordinating = [...coordinating, coordinating[0]!];
      else if (mistake === 5) coordinating = [...coordinating, "dv-la"];
    }
    p.tasks.push({
      id: `t${p.tasks.length}`,
      label: label(r, LABELS),
      covers: pool.length > 0 ? r.subset(pool, 0, 2).map((e) => refTo(r, e)) : [],
      lead,
      coordinating,
      ...(r.bool(0.5) && { timing: genTiming(r) }),
      ...(r.bool(0.3) && { due: genTiming(r, ["before"]) }),
    });
  }
  // waivers (with reasons), at most one per mandate
  for (const e of r.subset(inh, 0, 2)) {
    p.waivers.push({ target: refTo(r, e), reason: r.pick(REASONS) });
    // sloppy plans sometimes waive the same mandate twice, with another reason
    if (opts.sloppy && r.bool(0.1)) p.waivers.push({ target: refTo(r, e), reason: REASONS[(REASONS.indexOf(p.waivers.at(-1)!.reason) + 1) % REASONS.length]! });
  }
}

/** A reference to an inherited mandate: sometimes qualified by its origin. */
export function refTo(r: Rand, e: Inherited): GRef {
  return r.bool(0.3) ? { origin: e.origin.id, id: e.mandate.id } : { id: e.mandate.id };
}

export const arbHierarchy = (opts: HierarchyOptions = {}): fc.Arbitrary<Hierarchy> => fc.gen().map((g) => buildHierarchy(new Rand(g), opts));

/** A fresh plan with no content, for hand-shaped scenarios. */
export function emptyPlan(id: string, level: Level, parents: string[], dialect: "en" | "vi" = "en", kind: "template" | "plan" = "plan"): GPlan {
  return {
    id,
    file: `plans/${id}.kh`,
    kind,
    dialect,
    level,
    parents,
    splitImplements: false,
    withPeriod: true,
    roles: [],
    units: [{ id: "u0", label: "Văn phòng", roles: [] }],
    mandates: [],
    refines: [],
    tasks: [],
    waivers: [],
    purposes: null,
    budget: null,
    requires: [],
    nfd: false,
  };
}

// ---- the printer -----------------------------------------------------------------------------------

const KW = {
  en: {
    template: "template", plan: "plan", title: "title", issuer: "issuer", level: "level", date: "date", period: "period",
    implements: ["implements", "parents"], role: "role", unit: "unit", mandate: "mandate", refine: "refine", task: "task",
    waive: "waive", requires: "requires", appliesTo: "applies-to", lead: "lead", coordinating: ["coordinating", "with"],
    due: "due", timing: "timing", waivable: "waivable", covers: "covers", yes: "yes", no: "no", purposes: "purposes", budget: "budget",
    leadRole: "lead role",
  },
  vi: {
    template: "kế hoạch mẫu", plan: "kế hoạch", title: "tiêu đề", issuer: "cơ quan", level: "cấp", date: "ngày", period: "giai đoạn",
    implements: ["thực hiện", "căn cứ"], role: "vai trò", unit: "đơn vị", mandate: "yêu cầu", refine: "cụ thể hóa", task: "nhiệm vụ",
    waive: "miễn", requires: "bắt buộc", appliesTo: "áp dụng cho", lead: "chủ trì", coordinating: ["phối hợp", "phối hợp"],
    due: "hạn", timing: "thời gian", waivable: "được miễn", covers: "đáp ứng", yes: "có", no: "không", purposes: "mục đích", budget: "kinh phí",
    leadRole: "chủ trì vai trò",
  },
} as const;

const ROMAN = ["", "I", "II", "III", "IV"];

export function printTiming(t: GTiming, dialect: "en" | "vi"): string {
  const vi = dialect === "vi";
  switch (t.kind) {
    case "continuous":
      return vi ? "thường xuyên" : "continuous";
    case "before":
      return vi ? `${t.alt ? "trước ngày" : "trước"} ${dmy(t.day)}` : `before ${t.alt ? isoOf(t.day) : dmy(t.day)}`;
    case "yearly":
      if (vi) return t.alt ? `trước ${dm(t.days[0])} và ${dm(t.days[1])} hằng năm` : `hằng năm trước ${dm(t.days[0])} và ${dm(t.days[1])}`;
      return t.alt ? `before ${dm(t.days[0])} and ${dm(t.days[1])} every year` : `every year before ${dm(t.days[0])}, ${dm(t.days[1])}`;
    case "range":
      if (vi) return t.alt ? `từ ngày ${dmy(t.from)} đến ngày ${dmy(t.to)}` : `từ ${dmy(t.from)} đến ${dmy(t.to)}`;
      return t.alt ? `${isoOf(t.from)} .. ${isoOf(t.to)}` : `${dmy(t.from)} .. ${dmy(t.to)}`;
    case "date":
      return dmy(t.day);
    case "quarter":
      return vi ? `quý ${ROMAN[t.q]}/${YEAR}` : `Q${t.q} ${YEAR}`;
    case "month":
      return vi ? `tháng ${t.m}/${YEAR}` : `month ${t.m}/${YEAR}`;
    case "half":
      return vi ? `6 tháng ${t.h === 1 ? "đầu" : "cuối"} năm ${YEAR}` : `H${t.h} ${YEAR}`;
    case "everyQuarter":
      return vi ? "hằng quý" : "every quarter";
  }
}

function levelName(l: Level, dialect: "en" | "vi", salt: number): string {
  if (dialect === "en") return l;
  const names = LEVELS.find((x) => x.id === l)!.vi;
  return names[salt % names.length]!;
}

export interface Chunk {
  /** What the lines declare: `header:title`, `mandate:ID`, `refine:ID:due`, `task:ID`, … */
  readonly key: string;
  readonly lines: readonly { readonly key: string; readonly text: string }[];
}

export interface Layout {
  /** A permutation of the member chunks (default: generated order). */
  readonly order?: readonly number[];
}

export interface Printed {
  readonly file: string;
  readonly text: string;
  /** The declaration key of each line (index 0 = line 1). */
  readonly lineKeys: readonly string[];
}

function refText(ref: GRef): string {
  const id = ref.spelled ?? ref.id;
  return ref.origin !== undefined ? `${ref.origin}:${id}` : id;
}

/** The member chunks of a plan, in generated order. */
export function chunksOf(p: GPlan): Chunk[] {
  const k = KW[p.dialect];
  const q = (s: string) => JSON.stringify(s);
  const one = (key: string, text: string): Chunk => ({ key, lines: [{ key, text: `  ${text}` }] });
  const out: Chunk[] = [];
  out.push(one("header:title", `${k.title} ${q(`Kế hoạch ${p.id}`)}`));
  out.push(one("header:issuer", `${k.issuer} ${q("UBND")}`));
  out.push(one("header:level", `${k.level} ${levelName(p.level, p.dialect, p.id.length)}`));
  out.push(one("header:date", `${k.date} ${dmy(day(3, 8))}`));
  if (p.withPeriod) out.push(one("header:period", `${k.period} ${printTiming({ kind: "range", from: JAN1, to: DEC31, alt: p.id.length % 2 === 0 }, p.dialect)}`));
  if (p.parents.length > 0) {
    // one field (a second one is KH107); the alternative spelling joins with `and`/`và`
    const list = p.splitImplements ? p.parents.join(p.dialect === "vi" ? " và " : " and ") : p.parents.join(", ");
    out.push(one("header:implements", `${k.implements[p.splitImplements ? 1 : 0]} ${list}`));
  }
  for (const r of p.roles) out.push(one(`role:${r.id}`, `${k.role} ${r.id} ${q(r.label)}`));
  for (const u of p.units) out.push(one(`unit:${u.id}`, `${k.unit} ${u.id} ${q(u.label)}${u.roles.length > 0 ? ` ${k.role} ${u.roles.join(", ")}` : ""}`));
  for (const m of p.mandates) {
    const key = `mandate:${m.id}`;
    const lines = [{ key, text: `  ${k.mandate} ${m.id} ${q(m.label)} {` }];
    if (m.appliesTo) lines.push({ key: `${key}:appliesTo`, text: `    ${k.appliesTo} ${m.appliesTo.map((l, i) => levelName(l, p.dialect, i)).join(", ")}` });
    if (m.leadRole) lines.push({ key: `${key}:leadRole`, text: `    ${k.leadRole} ${m.leadRole}` });
    if (m.due) lines.push({ key: `${key}:due`, text: `    ${k.due} ${printTiming(m.due, p.dialect)}` });
    if (m.waivable !== null) lines.push({ key: `${key}:waivable`, text: `    ${k.waivable} ${m.waivable ? k.yes : k.no}` });
    lines.push({ key, text: "  }" });
    out.push({ key, lines });
  }
  for (const rf of p.refines) {
    const key = `refine:${rf.target.id}`;
    const lines = [{ key, text: `  ${k.refine} ${refText(rf.target)} {` }];
    if (rf.appliesTo) lines.push({ key: `${key}:appliesTo`, text: `    ${k.appliesTo} ${rf.appliesTo.map((l, i) => levelName(l, p.dialect, i + 1)).join(", ")}` });
    if (rf.due) lines.push({ key: `${key}:due`, text: `    ${k.due} ${printTiming(rf.due, p.dialect)}` });
    if (rf.waivable !== undefined) lines.push({ key: `${key}:waivable`, text: `    ${k.waivable} ${rf.waivable ? k.yes : k.no}` });
    lines.push({ key, text: "  }" });
    out.push({ key, lines });
  }
  for (const t of p.tasks) {
    const key = `task:${t.id}`;
    const lines = [{ key, text: `  ${k.task} ${t.id} ${q(t.label)} {` }];
    if (t.covers.length > 0) lines.push({ key: `${key}:covers`, text: `    ${k.covers} ${t.covers.map(refText).join(", ")}` });
    if (t.lead !== null) lines.push({ key: `${key}:lead`, text: `    ${k.lead} ${t.lead}` });
    if (t.coordinating.length > 0) lines.push({ key: `${key}:coordinating`, text: `    ${k.coordinating[t.id.length % 2]} ${t.coordinating.join(", ")}` });
    if (t.timing) lines.push({ key: `${key}:timing`, text: `    ${k.timing} ${printTiming(t.timing, p.dialect)}` });
    if (t.due) lines.push({ key: `${key}:due`, text: `    ${k.due} ${printTiming(t.due, p.dialect)}` });
    lines.push({ key, text: "  }" });
    out.push({ key, lines });
  }
  for (const w of p.waivers) out.push(one(`waive:${w.target.id}`, `${k.waive} ${refText(w.target)} ${q(w.reason)}`));
  if (p.purposes) out.push({ key: "section:purposes", lines: [{ key: "section:purposes", text: `  ${k.purposes} { ${p.purposes.map(q).join(" ")} }` }] });
  if (p.budget !== null) out.push(one("section:budget", `${k.budget} ${q(p.budget)}`));
  if (p.requires.length > 0) out.push(one("requires", `${k.requires} ${p.requires.map((s) => k[s]).join(", ")}`));
  return out;
}

/** Prints a plan to `.kh` text, with the declaration key of every line. */
export function printPlan(p: GPlan, layout: Layout = {}): Printed {
  const k = KW[p.dialect];
  const chunks = chunksOf(p);
  const order = layout.order ?? chunks.map((_, i) => i);
  const lines: { key: string; text: string }[] = [{ key: "plan", text: `${p.kind === "template" ? k.template : k.plan} ${p.id} {` }];
  for (const i of order) lines.push(...chunks[i]!.lines);
  lines.push({ key: "plan", text: "}" });
  const text = lines.map((l) => (p.nfd ? l.text.normalize("NFD") : l.text)).join("\n") + "\n";
  return { file: p.file, text, lineKeys: lines.map((l) => l.key) };
}

/** A whole hierarchy printed: one file per plan, in the given file order. */
export interface PrintedWorkspace {
  readonly files: readonly Printed[];
  readonly byFile: ReadonlyMap<string, Printed>;
}

export function printHierarchy(h: Hierarchy, layouts: ReadonlyMap<string, Layout> = new Map(), fileOrder?: readonly number[]): PrintedWorkspace {
  const printed = h.plans.map((p) => printPlan(p, layouts.get(p.id)));
  const files = (fileOrder ?? printed.map((_, i) => i)).map((i) => printed[i]!);
  return { files, byFile: new Map(files.map((f) => [f.file, f])) };
}

export interface Run {
  readonly printed: PrintedWorkspace;
  readonly result: CheckResult;
}

export function run(h: Hierarchy, layouts?: ReadonlyMap<string, Layout>, fileOrder?: readonly number[]): Run {
  const printed = printHierarchy(h, layouts, fileOrder);
  const result = checkWorkspace({ sources: printed.files.map((f) => ({ file: f.file, text: f.text })) });
  return { printed, result };
}

/** A random layout of every file: member order, parents order (applied to the hierarchy's copy) and file order. */
export function shuffleLayout(r: Rand, h: Hierarchy): { h: Hierarchy; layouts: Map<string, Layout>; fileOrder: number[] } {
  const copy = clone(h);
  const layouts = new Map<string, Layout>();
  for (const p of copy.plans) {
    p.parents = r.shuffle(p.parents);
    p.splitImplements = p.parents.length > 1 && r.bool(0.3);
    const n = chunksOf(p).length;
    layouts.set(p.id, { order: r.shuffle(Array.from({ length: n }, (_, i) => i)) });
  }
  return { h: copy, layouts, fileOrder: r.shuffle(copy.plans.map((_, i) => i)) };
}

// ---- anchors: positions that survive reordering ------------------------------------------------

/** `file#declaration-key#token` for a position: stable under reordering and dialect-free keys. */
export function anchor(ws: PrintedWorkspace, at: { file: string; line: number; column: number }): string {
  const f = ws.byFile.get(at.file);
  if (!f) return `${at.file}#?${at.line}:${at.column}`;
  const key = f.lineKeys[at.line - 1] ?? `?${at.line}`;
  const line = f.text.split("\n")[at.line - 1] ?? "";
  const token = /^("[^"]*"|[^\s,{}]+)/.exec(line.slice(at.column - 1))?.[1] ?? "";
  return `${at.file}#${key}#${token.normalize("NFC")}`;
}

/** The declaration key of the line a position is on. */
export function lineKeyAt(ws: PrintedWorkspace, at: { file: string; line: number }): string | undefined {
  return ws.byFile.get(at.file)?.lineKeys[at.line - 1];
}

/** Replaces every `{file, line, column}` object inside a JSON value by its anchor. */
export function anchored(ws: PrintedWorkspace, value: unknown): unknown {
  if (Array.isArray(value)) return value.map((v) => anchored(ws, v));
  if (value && typeof value === "object") {
    const o = value as Record<string, unknown>;
    if (typeof o.file === "string" && typeof o.line === "number" && typeof o.column === "number" && Object.keys(o).length === 3) {
      return anchor(ws, o as { file: string; line: number; column: number });
    }
    return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, anchored(ws, v)]));
  }
  return value;
}

/** One diagnostic as comparable JSON (positions as anchors). */
export function diagKey(ws: PrintedWorkspace, d: Diagnostic): string {
  return JSON.stringify({
    code: d.code,
    severity: d.severity,
    at: anchor(ws, d.span),
    message: d.message,
    help: d.help ?? null,
    related: d.related.map((x) => ({ at: anchor(ws, x.span), message: x.message })),
  });
}

/** The set of diagnostics as sorted comparable JSON. */
export function diagSet(r: Run): string[] {
  return r.result.report.diagnostics.map((d) => diagKey(r.printed, d)).sort();
}

/**
 * The resolved models and per-plan report as comparable JSON (positions as anchors). A plan's own
 * units and tasks stay in document order in the model (the official document is rendered from
 * it), so they are compared as sets keyed by id; everything inherited must match exactly.
 */
export function modelJson(r: Run): string {
  const byId = <T extends { id: string }>(xs: readonly T[]) => [...xs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const models = [...r.result.workspace.plans.values()]
    .map((p) => ({ ...p.model, units: byId(p.model.units), tasks: byId(p.model.tasks) }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  return JSON.stringify(anchored(r.printed, { plans: r.result.report.plans, models }));
}

/** Diagnostics of one code. */
export function diagsOf(r: Run, code: string, file?: string): Diagnostic[] {
  return r.result.report.diagnostics.filter((d) => d.code === code && (file === undefined || d.span.file === file));
}

/** Syntax diagnostics (KH1xx): the generator and printer must never produce any. */
export function syntaxErrors(r: Run): Diagnostic[] {
  return r.result.report.diagnostics.filter((d) => d.code.startsWith("KH1"));
}
