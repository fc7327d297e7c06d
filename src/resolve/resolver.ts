/**
 * Inheritance resolution: turns parsed plans into resolved plans. Parents are found by plan id;
 * mandates reach a plan through any number of intermediate plans (transitive), once per
 * identity (origin plan, mandate id) however many paths lead there (idempotent), and
 * refinements meet (the tighter of each) so the result never depends on the order of parents,
 * declarations or files. Cycles, missing parents, duplicate ids, unknown levels, loosening and
 * conflicting refinements are diagnostics, never a crash or a hang.
 */
import type { Diagnostic, RelatedLocation } from "../diagnostics/diagnostic.js";
import { makeDiagnostic } from "../diagnostics/make.js";
import type { Span } from "../diagnostics/span.js";
import type { Ident, MandateDecl, MandateRef, MandateField, PlanDecl, RefineDecl, RuleDecl, TaskDecl, Timing, WaiverDecl } from "../syntax/ast.js";
import type { Dialect } from "../syntax/keywords/table.js";
import type { ParseResult } from "../syntax/parse.js";
import { isoDay } from "../timing/day.js";
import { describeTiming } from "../timing/describe.js";
import { expandTiming, tightest, unmet, type Occurrence, type Period } from "../timing/occurrences.js";
import { headerOf, periodOf, sectionsOf, type PlanHeader } from "./header.js";
import { levelTable, type LevelDef, type LevelTable } from "./levels.js";
import type {
  InheritedMandate,
  ModelMandate,
  ModelOccurrence,
  ModelTask,
  Position,
  ResolvedPlan,
  ResolvedPlanInternals,
  ResolvedWorkspace,
} from "./model.js";
import { suggest, withReplacement } from "./suggest.js";

export interface ParsedFile {
  readonly file: string;
  readonly parsed: ParseResult;
}

export interface ResolveInput {
  /** Files whose plans are checked: their problems are reported. */
  readonly files: readonly ParsedFile[];
  /** Further files that may serve as parents (e.g. `templates/`); their own problems are not reported. */
  readonly library?: readonly ParsedFile[];
  readonly levels?: LevelTable;
  /**
   * Keeps what is worked out for library plans (their header and what they inherit) from one
   * call to the next, so that a caller re-checking one file against unchanged parents (the
   * language server, on every keystroke) does not redo it. Entries are keyed by the parsed
   * file: a changed file is a new `ParseResult` and is worked out again, with its descendants.
   */
  readonly cache?: ResolveCache;
}

/** What `ResolveCache` keeps per library plan; opaque outside this module. */
interface CachedInheritance {
  readonly parents: readonly PlanNode[];
  /** The parents' own results the entry was computed from (reused only if they are reused). */
  readonly parentResults: readonly Map<string, Entry>[];
  readonly inherited: Map<string, Entry>;
  readonly refinements: Map<string, RefineDecl[]>;
}

/** Counts of the work a `ResolveCache` did, for tests and benchmarks. */
export interface ResolveCacheStats {
  /** Library plans indexed (header read) because they were not in the cache. */
  nodesBuilt: number;
  /** Library plans whose inheritance was worked out because no cached result was valid. */
  inheritanceComputed: number;
}

/** See `ResolveInput.cache`. One cache per workspace and level table. */
export class ResolveCache {
  /** @internal */
  readonly nodes = new WeakMap<ParseResult, PlanNode>();
  /** @internal */
  readonly inheritance = new WeakMap<PlanNode, CachedInheritance>();
  readonly stats: ResolveCacheStats = { nodesBuilt: 0, inheritanceComputed: 0 };
  /** Called with the plan id each time a library plan's inheritance is worked out. */
  onCompute: ((planId: string) => void) | undefined;
}

const MAX_CHAINS = 16;
const SEP = "\u0000";

interface PlanNode {
  readonly id: string;
  readonly file: string;
  readonly decl: PlanDecl;
  readonly header: PlanHeader;
  readonly checked: boolean;
  readonly dialect: Dialect;
  level?: LevelDef;
  /** Parents reachable without closing a cycle, deduplicated, sorted by id. */
  parents: PlanNode[];
  /** Mandates declared here, by id. */
  readonly own: ReadonlyMap<string, MandateDecl>;
  period?: Period | undefined;
}

interface Entry {
  readonly key: string;
  readonly origin: PlanNode;
  readonly decl: MandateDecl;
  chains: string[][];
  refinements: { plan: PlanNode; decl: RefineDecl }[];
}

export function mandateKey(origin: string, id: string): string {
  return origin + SEP + id;
}

function pos(span: Span): Position {
  return { file: span.file, line: span.line, column: span.column };
}

function field<N extends MandateField["name"]>(fields: readonly MandateField[], name: N): Extract<MandateField, { name: N }> | undefined {
  return fields.find((f) => f.name === name) as Extract<MandateField, { name: N }> | undefined;
}

/** Model occurrences are plain read-only data: one per occurrence (expansions are shared by content). */
const OCCURRENCES = new WeakMap<Occurrence, ModelOccurrence>();

function occ(o: Occurrence): ModelOccurrence {
  let m = OCCURRENCES.get(o);
  if (!m) {
    m = o.start !== undefined && Number.isFinite(o.start) ? { kind: o.kind, start: isoDay(o.start), end: isoDay(o.end) } : { kind: o.kind, end: isoDay(o.end) };
    OCCURRENCES.set(o, m);
  }
  return m;
}

export function resolveWorkspace(input: ResolveInput): ResolvedWorkspace {
  const levels = input.levels ?? levelTable();
  const diagnostics: Diagnostic[] = [];

  // 1. Index every plan by id.
  const nodes: PlanNode[] = [];
  const seenFiles = new Set<string>();
  const cache = input.cache;
  const add = (f: ParsedFile, checked: boolean) => {
    if (seenFiles.has(f.file)) return;
    seenFiles.add(f.file);
    const decl = f.parsed.document.plan;
    if (!decl) return;
    const cached = !checked ? cache?.nodes.get(f.parsed) : undefined;
    if (cached && cached.file === f.file) {
      nodes.push(cached);
      return;
    }
    const own = new Map<string, MandateDecl>();
    for (const m of decl.members) if (m.type === "Mandate" && !own.has(m.id.name)) own.set(m.id.name, m);
    const node: PlanNode = { id: decl.id.name, file: f.file, decl, header: headerOf(decl), checked, dialect: f.parsed.dialect, parents: [], own };
    if (!checked && cache) {
      cache.nodes.set(f.parsed, node);
      cache.stats.nodesBuilt++;
    }
    nodes.push(node);
  };
  for (const f of input.files) add(f, true);
  for (const f of input.library ?? []) add(f, false);
  nodes.sort((a, b) => cmp(a.id, b.id) || cmp(a.file, b.file));

  const byId = new Map<string, PlanNode[]>();
  for (const n of nodes) {
    const list = byId.get(n.id);
    if (list) list.push(n);
    else byId.set(n.id, [n]);
  }
  for (const [id, list] of byId) {
    if (list.length < 2) continue;
    for (const n of list) {
      if (!n.checked) continue;
      diagnostics.push(
        makeDiagnostic(
          "KH203",
          n.decl.id.span,
          { vi: `Mã kế hoạch \`${id}\` bị dùng ở ${list.length} tệp`, en: `Plan id \`${id}\` is used by ${list.length} files` },
          list.filter((o) => o !== n).map((o) => ({ span: o.decl.id.span, message: { vi: "cũng khai báo ở đây", en: "also declared here" } })),
        ),
      );
    }
  }
  const canonical = (id: string) => byId.get(id)?.[0];

  // 2. Levels.
  for (const n of nodes) {
    const lv = n.header.level;
    if (!lv) continue;
    n.level = levels.lookup(lv.name);
    if (!n.level && n.checked) diagnostics.push(unknownLevel(lv, levels));
  }

  // 3. Parent edges (missing parents reported), then cycles.
  const allIds = [...byId.keys()];
  const rawParents = new Map<PlanNode, { ident: Ident; node: PlanNode }[]>();
  for (const n of nodes) {
    if (canonical(n.id) !== n) continue;
    const edges: { ident: Ident; node: PlanNode }[] = [];
    const seen = new Set<string>();
    for (const p of n.header.implements) {
      if (seen.has(p.name)) continue;
      seen.add(p.name);
      const target = canonical(p.name);
      if (target) edges.push({ ident: p, node: target });
      else if (n.checked) {
        const s = suggest(p.name, allIds);
        diagnostics.push(
          withReplacement(makeDiagnostic(
            "KH201",
            p.span,
            { vi: `Không tìm thấy kế hoạch cấp trên \`${p.name}\``, en: `Parent plan \`${p.name}\` not found` },
            [],
            s
              ? { vi: `có phải ý bạn là \`${s}\`?`, en: `did you mean \`${s}\`?` }
              : {
                  vi: "đặt tệp của kế hoạch đó cùng thư mục, trong `templates/`, hoặc khai báo `searchPaths` trong kehoach.json",
                  en: "put that plan's file in the same folder, in `templates/`, or list its folder in `searchPaths` of kehoach.json",
                },
          ), p.span, s),
        );
      }
    }
    rawParents.set(n, edges);
  }
  const cyclic = cyclicComponents(rawParents);
  for (const [n, edges] of rawParents) {
    const comp = cyclic.get(n);
    n.parents = edges
      .filter((e) => !(comp && cyclic.get(e.node) === comp))
      .map((e) => e.node)
      .sort((a, b) => cmp(a.id, b.id));
    if (comp && n.checked) {
      for (const e of edges) {
        if (cyclic.get(e.node) !== comp) continue;
        const path = cyclePath(n, e.node, rawParents, cyclic);
        diagnostics.push(
          makeDiagnostic("KH202", e.ident.span, {
            vi: `Vòng lặp kế hoạch cấp trên: ${path.join(" → ")}`,
            en: `Parent cycle: ${path.join(" → ")}`,
          }),
        );
      }
    }
  }

  // 4. Inheritance (memoised over the now acyclic parent graph).
  const memo = new Map<PlanNode, Map<string, Entry>>();
  const refineMemo = new Map<PlanNode, Map<string, RefineDecl[]>>();
  const periodMemo = new Map<PlanNode, Period | undefined>();

  const periodFor = (n: PlanNode): Period | undefined => {
    if (periodMemo.has(n)) return periodMemo.get(n);
    periodMemo.set(n, undefined);
    const p = periodOf(n.header) ?? n.parents.map(periodFor).find((x) => x !== undefined);
    periodMemo.set(n, p);
    return p;
  };

  /**
   * A library plan's cached inheritance, if still valid: same parents, whose own results are
   * (recursively) the cached ones. Checked plans are never cached (they report diagnostics).
   */
  const fromCache = (n: PlanNode): CachedInheritance | undefined => {
    if (!cache || n.checked) return undefined;
    const c = cache.inheritance.get(n);
    if (!c || c.parents.length !== n.parents.length) return undefined;
    for (let i = 0; i < n.parents.length; i++) {
      const q = n.parents[i]!;
      if (c.parents[i] !== q || inherited(q) !== c.parentResults[i]) return undefined;
    }
    return c;
  };
  const remember = (n: PlanNode): void => {
    if (!cache || n.checked || n.parents.some((q) => q.checked)) return;
    cache.inheritance.set(n, { parents: [...n.parents], parentResults: n.parents.map(inherited), inherited: memo.get(n)!, refinements: refinementsOf(n) });
    cache.stats.inheritanceComputed++;
    cache.onCompute?.(n.id);
  };

  const inherited = (n: PlanNode): Map<string, Entry> => {
    const done = memo.get(n);
    if (done) return done;
    const hit = fromCache(n);
    if (hit) {
      memo.set(n, hit.inherited);
      refineMemo.set(n, hit.refinements);
      return hit.inherited;
    }
    const out = new Map<string, Entry>();
    memo.set(n, out);
    for (const q of n.parents) {
      const fromQ = inherited(q);
      const refs = refinementsOf(q);
      for (const [key, e] of fromQ) {
        const chains = e.chains.map((c) => [...c, q.id]);
        const added = (refs.get(key) ?? []).map((decl) => ({ plan: q, decl }));
        merge(out, { key, origin: e.origin, decl: e.decl, chains, refinements: [...e.refinements, ...added] });
      }
      for (const [id, decl] of q.own) {
        const key = mandateKey(q.id, id);
        merge(out, { key, origin: q, decl, chains: [[q.id]], refinements: [] });
      }
    }
    remember(n);
    return out;
  };

  /** The refinements a plan declares, by the key of the inherited mandate they target. */
  const refinementsOf = (n: PlanNode): Map<string, RefineDecl[]> => {
    const done = refineMemo.get(n);
    if (done) return done;
    const out = new Map<string, RefineDecl[]>();
    refineMemo.set(n, out);
    const inh = inherited(n);
    const index = idIndex(inh);
    for (const m of n.decl.members) {
      if (m.type !== "Refine") continue;
      const found = lookupRef(m.target, inh, index);
      if (found.kind === "one") {
        const list = out.get(found.key);
        if (list) list.push(m);
        else out.set(found.key, [m]);
      } else if (n.checked) {
        diagnostics.push(refDiagnostic("KH207", m.target, found, inh, "refine"));
      }
    }
    return out;
  };

  // 5. Resolve every checked plan.
  const plans = new Map<string, ResolvedPlanInternals>();
  for (const n of nodes) {
    if (!n.checked || canonical(n.id) !== n) continue;
    const r = resolvePlan(n, inherited(n), refinementsOf(n), periodFor(n), levels, diagnostics, nodes);
    plans.set(n.id, r);
  }
  return { plans, diagnostics };
}

function merge(out: Map<string, Entry>, e: Entry): void {
  const prev = out.get(e.key);
  if (!prev) {
    out.set(e.key, { ...e, chains: capChains(e.chains), refinements: [...e.refinements] });
    return;
  }
  const chainKeys = new Set(prev.chains.map((c) => c.join(SEP)));
  for (const c of e.chains) if (!chainKeys.has(c.join(SEP))) prev.chains.push(c);
  prev.chains = capChains(prev.chains);
  for (const r of e.refinements) if (!prev.refinements.some((x) => x.decl === r.decl)) prev.refinements.push(r);
}

function capChains(chains: string[][]): string[][] {
  const sorted = [...chains].sort((a, b) => cmp(a.join(" "), b.join(" ")));
  return sorted.slice(0, MAX_CHAINS);
}

function idIndex(inh: ReadonlyMap<string, Entry>): Map<string, string[]> {
  const idx = new Map<string, string[]>();
  for (const [key, e] of inh) {
    const list = idx.get(e.decl.id.name);
    if (list) list.push(key);
    else idx.set(e.decl.id.name, [key]);
  }
  for (const l of idx.values()) l.sort();
  return idx;
}

type RefLookup = { kind: "one"; key: string } | { kind: "none" } | { kind: "ambiguous"; keys: string[] };

function lookupRef(ref: { origin?: string; name: string }, inh: ReadonlyMap<string, Entry>, index: ReadonlyMap<string, string[]>): RefLookup {
  if (ref.origin !== undefined) {
    const key = mandateKey(ref.origin, ref.name);
    return inh.has(key) ? { kind: "one", key } : { kind: "none" };
  }
  const keys = index.get(ref.name) ?? [];
  if (keys.length === 1) return { kind: "one", key: keys[0]! };
  if (keys.length === 0) return { kind: "none" };
  return { kind: "ambiguous", keys };
}

/** KH302 (covers), KH306 (waive), KH207 (refine): a reference to no inherited mandate, or an ambiguous one. */
function refDiagnostic(
  code: string,
  ref: { origin?: string; name: string; span: Span },
  found: RefLookup,
  inh: ReadonlyMap<string, Entry>,
  verb: "covers" | "waive" | "refine",
): Diagnostic {
  const shown = ref.origin ? `${ref.origin}:${ref.name}` : ref.name;
  if (found.kind === "ambiguous") {
    const options = found.keys.map((k) => k.replace(SEP, ":"));
    return makeDiagnostic(
      "KH308",
      ref.span,
      {
        vi: `\`${shown}\` trùng tên với nhiều yêu cầu kế thừa: ${options.join(", ")}`,
        en: `\`${shown}\` names several inherited mandates: ${options.join(", ")}`,
      },
      found.keys.map((k) => ({ span: inh.get(k)!.decl.id.span, message: { vi: "một yêu cầu tên này", en: "one mandate with this name" } })),
      { vi: `ghi rõ kế hoạch gốc, ví dụ \`${options[0]}\``, en: `name the origin plan, e.g. \`${options[0]}\`` },
    );
  }
  const candidates = [...inh.values()].map((e) => e.decl.id.name);
  const s = suggest(ref.name, candidates);
  const what = { covers: { vi: "đáp ứng", en: "covers" }, waive: { vi: "miễn", en: "waives" }, refine: { vi: "cụ thể hóa", en: "refines" } }[verb];
  const related: RelatedLocation[] = [];
  if (s) {
    const e = [...inh.values()].find((x) => x.decl.id.name === s);
    if (e) related.push({ span: e.decl.id.span, message: { vi: `yêu cầu \`${s}\` của ${e.origin.id}`, en: `mandate \`${s}\` of ${e.origin.id}` } });
  }
  return withReplacement(makeDiagnostic(
    code,
    ref.span,
    {
      vi: `\`${shown}\` không phải yêu cầu được kế thừa từ kế hoạch cấp trên (${what.vi})`,
      en: `\`${shown}\` is not a mandate inherited from a parent plan (${what.en})`,
    },
    related,
    s ? { vi: `có phải ý bạn là \`${s}\`?`, en: `did you mean \`${s}\`?` } : undefined,
  ), ref.span, s);
}

function unknownLevel(lv: Ident, levels: LevelTable): Diagnostic {
  const s = suggest(lv.name, levels.names);
  const known = levels.levels.map((l) => l.id).join(", ");
  return withReplacement(makeDiagnostic(
    "KH204",
    lv.span,
    { vi: `Cấp \`${lv.name}\` không có trong danh sách cấp (${known})`, en: `Level \`${lv.name}\` is not a known level (${known})` },
    [],
    s ? { vi: `có phải ý bạn là \`${s}\`?`, en: `did you mean \`${s}\`?` } : undefined,
  ), lv.span, s);
}

/** Strongly connected components with a cycle (size > 1, or a self-loop), by Tarjan's algorithm (iterative). */
function cyclicComponents(graph: ReadonlyMap<PlanNode, readonly { node: PlanNode }[]>): Map<PlanNode, number> {
  const index = new Map<PlanNode, number>();
  const low = new Map<PlanNode, number>();
  const onStack = new Set<PlanNode>();
  const stack: PlanNode[] = [];
  const result = new Map<PlanNode, number>();
  let counter = 0;
  let compId = 0;
  for (const start of graph.keys()) {
    if (index.has(start)) continue;
    const work: { node: PlanNode; i: number }[] = [{ node: start, i: 0 }];
    index.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const top = work[work.length - 1]!;
      const edges = graph.get(top.node) ?? [];
      if (top.i < edges.length) {
        const w = edges[top.i++]!.node;
        if (!index.has(w)) {
          index.set(w, counter);
          low.set(w, counter++);
          stack.push(w);
          onStack.add(w);
          work.push({ node: w, i: 0 });
        } else if (onStack.has(w)) {
          low.set(top.node, Math.min(low.get(top.node)!, index.get(w)!));
        }
      } else {
        work.pop();
        const parent = work[work.length - 1];
        if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(top.node)!));
        if (low.get(top.node) === index.get(top.node)) {
          const comp: PlanNode[] = [];
          let w: PlanNode;
          do {
            w = stack.pop()!;
            onStack.delete(w);
            comp.push(w);
          } while (w !== top.node);
          const selfLoop = comp.length === 1 && (graph.get(comp[0]!) ?? []).some((e) => e.node === comp[0]);
          if (comp.length > 1 || selfLoop) {
            compId++;
            for (const c of comp) result.set(c, compId);
          }
        }
      }
    }
  }
  return result;
}

/** A cycle through the edge from → to inside one component: `from → to → … → from`, as ids. */
function cyclePath(from: PlanNode, to: PlanNode, graph: ReadonlyMap<PlanNode, readonly { node: PlanNode }[]>, comp: Map<PlanNode, number>): string[] {
  if (from === to) return [from.id, from.id];
  const prev = new Map<PlanNode, PlanNode>();
  const queue = [to];
  const seen = new Set([to]);
  const c = comp.get(from);
  while (queue.length > 0) {
    const cur = queue.shift()!;
    if (cur === from) break;
    const next = (graph.get(cur) ?? []).map((e) => e.node).filter((x) => comp.get(x) === c).sort((a, b) => cmp(a.id, b.id));
    for (const x of next) {
      if (seen.has(x)) continue;
      seen.add(x);
      prev.set(x, cur);
      queue.push(x);
    }
  }
  const back: string[] = [];
  for (let cur: PlanNode | undefined = from; cur && cur !== to; cur = prev.get(cur)) back.push(cur.id);
  back.push(to.id);
  return [from.id, ...back.reverse()];
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// ---- one plan ---------------------------------------------------------------------------------

function levelsOf(idents: readonly Ident[], levels: LevelTable): string[] {
  const out = new Set<string>();
  for (const i of idents) {
    const l = levels.lookup(i.name);
    if (l) out.add(l.id);
  }
  return [...out].sort();
}

/** The levels a mandate without `applies-to` binds: every level ranked below its origin (null if the origin's level is unknown). */
function defaultAppliesTo(e: Entry, levels: LevelTable): string[] | null {
  const rank = e.origin.level?.rank;
  return rank === undefined ? null : levels.levels.filter((l) => l.rank > rank).map((l) => l.id).sort();
}

interface Effective {
  appliesTo: string[] | null;
  leadRole: string | null;
  waivable: boolean;
  occurrences: Occurrence[] | null;
}

function effectiveOf(
  e: Entry,
  period: Period | undefined,
  levels: LevelTable,
  extra: readonly { plan: PlanNode; decl: RefineDecl }[] = [],
): { eff: Effective; conflicts: { what: string; spans: Span[] }[] } {
  const conflicts: { what: string; spans: Span[] }[] = [];
  const base = e.decl.fields;
  const refs = [...e.refinements, ...extra].sort((a, b) => cmp(a.plan.id, b.plan.id) || a.decl.span.offset - b.decl.span.offset);
  // applies-to: intersection
  const baseApplies = field(base, "appliesTo");
  let appliesTo: string[] | null = baseApplies ? levelsOf(baseApplies.value, levels) : null;
  const appliesSpans: Span[] = baseApplies ? [baseApplies.span] : [];
  for (const r of refs) {
    const a = field(r.decl.fields, "appliesTo");
    if (!a) continue;
    const mine = levelsOf(a.value, levels);
    const inheritedLevels = appliesTo ?? defaultAppliesTo(e, levels);
    appliesTo = inheritedLevels === null ? mine : inheritedLevels.filter((x) => mine.includes(x));
    appliesSpans.push(a.span);
  }
  if (appliesTo !== null && appliesTo.length === 0 && appliesSpans.length > 1) conflicts.push({ what: "appliesTo", spans: appliesSpans });
  // lead role: all that are set must agree
  const roles = [field(base, "leadRole"), ...refs.map((r) => field(r.decl.fields, "leadRole"))].filter((x) => x !== undefined);
  const roleNames = [...new Set(roles.map((r) => r.value.name))];
  if (roleNames.length > 1) conflicts.push({ what: "leadRole", spans: roles.map((r) => r.span) });
  const leadRole = roleNames.sort()[0] ?? null;
  // waivable: and
  let waivable = field(base, "waivable")?.value ?? true;
  for (const r of refs) {
    const w = field(r.decl.fields, "waivable");
    if (w && !w.value) waivable = false;
  }
  // due: the tightest occurrence per origin occurrence
  let occurrences: Occurrence[] | null = null;
  const due = field(base, "due");
  if (due && period) {
    const exp = expandTiming(due.value, period);
    if (exp.kind === "dated") {
      const refOccs = refs
        .map((r) => ({ r, due: field(r.decl.fields, "due") }))
        .filter((x) => x.due !== undefined)
        .map((x) => ({ span: x.due!.span, exp: expandTiming(x.due!.value, period) }));
      occurrences = [];
      for (const p of exp.occurrences) {
        const candidates: Occurrence[] = [];
        const spans: Span[] = [];
        for (const ro of refOccs) {
          if (ro.exp.kind !== "dated") continue;
          const ok = ro.exp.occurrences.filter((c) => unmet([c], [p], "refine").length === 0);
          if (ok.length > 0) {
            // the refinement's own tightest answer to this occurrence
            const t = tightest(p, ok);
            if (t) candidates.push(t);
            spans.push(ro.span);
          }
        }
        const t = tightest(p, candidates);
        if (t) occurrences.push(t);
        else {
          conflicts.push({ what: "due", spans: [due.span, ...spans] });
          occurrences.push(p);
        }
      }
    }
  }
  return { eff: { appliesTo, leadRole, waivable, occurrences }, conflicts };
}

function resolvePlan(
  n: PlanNode,
  inh: ReadonlyMap<string, Entry>,
  ownRefinements: ReadonlyMap<string, RefineDecl[]>,
  period: Period | undefined,
  levels: LevelTable,
  diagnostics: Diagnostic[],
  allNodes: readonly PlanNode[],
): ResolvedPlanInternals {
  void allNodes;
  const decl = n.decl;
  const index = idIndex(inh);
  const tasks = decl.members.filter((m): m is TaskDecl => m.type === "Task");
  const waivers = decl.members.filter((m): m is WaiverDecl => m.type === "Waiver");

  // which tasks cover which mandate (unknown refs are reported by the coverage rule)
  const coveredBy = new Map<string, Set<string>>(); // a set: a mandate may have thousands of covering tasks
  const coverRefs: { task: TaskDecl; ref: MandateRef; key: string }[] = [];
  const taskModels: ModelTask[] = [];
  for (const t of tasks) {
    const covers: { origin: string | null; id: string }[] = [];
    let lead: string | null = null;
    let coordinating: string[] = [];
    let timing: Timing | undefined;
    let due: Timing | undefined;
    let output: string | null = null;
    for (const f of t.fields) {
      switch (f.name) {
        case "covers":
          for (const r of f.value) {
            covers.push({ origin: r.origin ?? null, id: r.name });
            const found = lookupRef(r, inh, index);
            if (found.kind === "one") {
              const set = coveredBy.get(found.key);
              if (set) set.add(t.id.name);
              else coveredBy.set(found.key, new Set([t.id.name]));
              coverRefs.push({ task: t, ref: r, key: found.key });
            } else diagnostics.push(refDiagnostic("KH302", r, found, inh, "covers"));
          }
          break;
        case "lead":
          lead ??= f.value.name;
          break;
        case "coordinating":
          coordinating = [...coordinating, ...f.value.map((v) => v.name)];
          break;
        case "timing":
          timing ??= f.value;
          break;
        case "due":
          due ??= f.value;
          break;
        case "output":
          output ??= f.value.value;
          break;
        case "note":
          break;
      }
    }
    const occs: ModelOccurrence[] = [];
    for (const tm of [timing, due]) {
      if (!tm || !period) continue;
      const e = expandTiming(tm, period);
      if (e.kind === "dated") occs.push(...e.occurrences.map(occ));
    }
    taskModels.push({
      id: t.id.name,
      title: t.label?.value ?? null,
      covers,
      lead,
      coordinating,
      timing: timing ? describeTiming(timing) : null,
      due: due ? describeTiming(due) : null,
      occurrences: occs,
      output,
      at: pos(t.id.span),
    });
  }
  const waived = new Map<string, WaiverDecl>();
  for (const w of waivers) {
    const found = lookupRef(w.target, inh, index);
    if (found.kind === "one") {
      const prev = waived.get(found.key);
      if (!prev || waiverOrder(w, prev) < 0) waived.set(found.key, w);
    } else diagnostics.push(refDiagnostic("KH306", w.target, found, inh, "waive"));
  }

  const inherited: InheritedMandate[] = [];
  const mandates: ModelMandate[] = [];
  const summary = { applicable: 0, covered: 0, waived: 0, missing: 0 };
  const keys = [...inh.keys()].sort();
  for (const key of keys) {
    const e = inh.get(key)!;
    const { eff, conflicts } = effectiveOf(e, period, levels);
    const appliesTo = eff.appliesTo ?? defaultAppliesTo(e, levels) ?? [];
    const applicable = n.level !== undefined && appliesTo.includes(n.level.id);
    if (applicable) {
      for (const c of conflicts) {
        diagnostics.push(
          makeDiagnostic(
            "KH206",
            n.decl.id.span,
            {
              vi: `Các cụ thể hóa của yêu cầu \`${e.decl.id.name}\` (${e.origin.id}) mâu thuẫn nhau (${c.what}): không có giá trị nào thỏa mãn tất cả`,
              en: `The refinements of mandate \`${e.decl.id.name}\` (${e.origin.id}) conflict (${c.what}): no value satisfies all of them`,
            },
            c.spans.map((s) => ({ span: s, message: { vi: "một ràng buộc ở đây", en: "one constraint here" } })),
          ),
        );
      }
    }
    const by = [...(coveredBy.get(key) ?? [])].sort();
    const w = waived.get(key);
    const status = !applicable ? null : by.length > 0 ? "covered" : w ? "waived" : "missing";
    if (applicable) {
      summary.applicable++;
      summary[status as "covered" | "waived" | "missing"]++;
    }
    const due = field(e.decl.fields, "due");
    const model: ModelMandate = {
      origin: e.origin.id,
      id: e.decl.id.name,
      title: e.decl.label?.value ?? null,
      kind: field(e.decl.fields, "kind")?.value.name ?? null,
      appliesTo,
      leadRole: eff.leadRole,
      waivable: eff.waivable,
      due: due ? { text: describeTiming(due.value), occurrences: (eff.occurrences ?? []).map(occ) } : null,
      chains: e.chains.map((c) => [...c]),
      refinements: e.refinements
        .map((r) => ({
          plan: r.plan.id,
          fields: r.decl.fields.map((f) => f.name).sort(),
          at: pos(r.decl.span),
        }))
        // by plan, then by what they set (not where), so two refinements in one plan keep their order when moved
        .sort((a, b) => cmp(a.plan, b.plan) || cmp(a.fields.join(","), b.fields.join(",")) || cmp(a.at.file, b.at.file) || a.at.line - b.at.line),
      applicable,
      status,
      by,
      waiver: status === "waived" && w ? { reason: w.reason?.value ?? null } : null,
      at: pos(e.decl.id.span),
    };
    mandates.push(model);
    inherited.push({ key, origin: e.origin.id, decl: e.decl, refinements: e.refinements.map((r) => ({ plan: r.plan.id, decl: r.decl })), occurrences: eff.occurrences, model });
  }

  // loosening: this plan's own refinements against what it inherits
  for (const [key, decls] of ownRefinements) {
    const e = inh.get(key);
    if (!e) continue;
    const { eff } = effectiveOf(e, period, levels);
    for (const r of decls) checkNarrowing(e, eff, r, period, levels, diagnostics);
  }

  // roles: declared here or by any ancestor
  const roles: { id: string; label: string | null; origin: string }[] = [];
  const seenRoles = new Set<string>();
  const collectRoles = (p: PlanNode, seen: Set<PlanNode>) => {
    if (seen.has(p)) return;
    seen.add(p);
    for (const m of p.decl.members) {
      if (m.type === "Role" && !seenRoles.has(m.id.name)) {
        seenRoles.add(m.id.name);
        roles.push({ id: m.id.name, label: m.label?.value ?? null, origin: p.id });
      }
    }
    for (const q of p.parents) collectRoles(q, seen);
  };
  collectRoles(n, new Set());
  roles.sort((a, b) => cmp(a.id, b.id));

  const ancestors = new Set<string>();
  const ancestorNodes: PlanNode[] = [];
  const collectAncestors = (p: PlanNode) => {
    for (const q of p.parents) {
      if (ancestors.has(q.id)) continue;
      ancestors.add(q.id);
      ancestorNodes.push(q);
      collectAncestors(q);
    }
  };
  collectAncestors(n);

  const rules: { origin: string; decl: RuleDecl }[] = [];
  const seenPlans = new Set<PlanNode>();
  const collectRules = (p: PlanNode) => {
    if (seenPlans.has(p)) return;
    seenPlans.add(p);
    for (const m of p.decl.members) if (m.type === "Rule") rules.push({ origin: p.id, decl: m });
    for (const q of p.parents) collectRules(q);
  };
  collectRules(n);
  rules.sort((a, b) => cmp(a.origin, b.origin) || cmp(a.decl.id.name, b.decl.id.name));

  const sections = sectionsOf(decl);
  const sig = decl.members.find((m) => m.type === "Signature");
  const h = n.header;
  const model: ResolvedPlan = {
    id: n.id,
    kind: decl.kind,
    file: n.file,
    title: h.title ?? null,
    issuer: h.issuer ?? null,
    number: h.number ?? null,
    place: h.place ?? null,
    date: h.date && h.date.year !== undefined ? isoDay(Math.floor(Date.UTC(h.date.year, h.date.month - 1, h.date.day) / 86_400_000)) : null,
    level: n.level?.id ?? null,
    period: period ? { start: isoDay(period.start), end: isoDay(period.end) } : null,
    parents: [...new Set(h.implements.map((p) => p.name))].sort(),
    ancestors: [...ancestors].sort(),
    units: decl.members.flatMap((m) =>
      m.type === "Unit" ? [{ id: m.id.name, label: m.label?.value ?? null, roles: m.roles.map((r) => r.name) }] : [],
    ),
    roles,
    mandates,
    declares: [...n.own.keys()].sort(),
    tasks: taskModels,
    sections: {
      purposes: sections.purposes,
      requirements: sections.requirements,
      audiences: sections.audiences,
      forms: sections.forms,
      budget: sections.present.has("budget") ? sections.budget : null,
      recipients: sections.recipients,
      signature:
        sig && sig.type === "Signature"
          ? {
              authority: sig.fields.find((f) => f.name === "authority")?.value.value ?? null,
              position: sig.fields.find((f) => f.name === "position")?.value.value ?? null,
              signer: sig.fields.find((f) => f.name === "signer")?.value.value ?? null,
            }
          : null,
    },
    rules: rules.map((r) => ({ id: r.decl.id.name, origin: r.origin, title: r.decl.label?.value ?? null, severity: r.decl.severity?.name ?? "error" })),
    summary,
  };
  const requires: { origin: string; name: string; span: Span }[] = [];
  for (const a of [...ancestorNodes].sort((x, y) => cmp(x.id, y.id))) {
    for (const m of a.decl.members) {
      if (m.type === "Requires") for (const sct of m.sections) requires.push({ origin: a.id, name: sct.name, span: sct.span });
    }
  }
  return { decl, model, inherited, rules, tasks, waivers, coverRefs, waiverKeys: waived, requires, sectionsPresent: sections.present, period, dialect: n.dialect, headerSpan: decl.id.span };
}

/**
 * Which of two waivers of one mandate is in force, whatever their order in the file: one with a
 * reason first, then by reason and by reference text.
 */
function waiverOrder(a: WaiverDecl, b: WaiverDecl): number {
  const reason = (w: WaiverDecl) => w.reason?.value.trim() ?? "";
  const ref = (w: WaiverDecl) => (w.target.origin !== undefined ? `${w.target.origin}:${w.target.name}` : w.target.name);
  return Number(reason(a) === "") - Number(reason(b) === "") || cmp(reason(a), reason(b)) || cmp(ref(a), ref(b));
}

/** KH205: a refinement may only tighten what the plan inherits. */
function checkNarrowing(e: Entry, eff: Effective, r: RefineDecl, period: Period | undefined, levels: LevelTable, diagnostics: Diagnostic[]): void {
  const loosen = (span: Span, what: { vi: string; en: string }, other: Span | undefined) =>
    diagnostics.push(
      makeDiagnostic(
        "KH205",
        span,
        {
          vi: `Cụ thể hóa nới lỏng yêu cầu \`${e.decl.id.name}\` (${e.origin.id}): ${what.vi}`,
          en: `This refinement loosens mandate \`${e.decl.id.name}\` (${e.origin.id}): ${what.en}`,
        },
        [{ span: other ?? e.decl.id.span, message: { vi: "ràng buộc được kế thừa ở đây", en: "the inherited constraint is here" } }],
        { vi: "cụ thể hóa chỉ được thu hẹp (hạn sớm hơn, khoảng thời gian hẹp hơn)", en: "a refinement may only narrow (an earlier deadline, a narrower window)" },
      ),
    );
  // The related place is an inherited constraint the refinement actually loosens: the origin's
  // field if it does, else the first refinement above this plan that does.
  const inheritedRefs = [...e.refinements].sort((x, y) => cmp(x.plan.id, y.plan.id) || x.decl.span.offset - y.decl.span.offset);
  const loosened = <N extends MandateField["name"]>(name: N, breaks: (f: Extract<MandateField, { name: N }>) => boolean): Span | undefined => {
    const own = field(e.decl.fields, name);
    if (own && breaks(own)) return own.span;
    for (const x of inheritedRefs) {
      const f = field(x.decl.fields, name);
      if (f && breaks(f)) return f.span;
    }
    return own?.span;
  };
  const a = field(r.fields, "appliesTo");
  const inheritedLevels = eff.appliesTo ?? defaultAppliesTo(e, levels);
  if (a && inheritedLevels !== null) {
    const extra = levelsOf(a.value, levels).filter((l) => !inheritedLevels.includes(l));
    if (extra.length > 0) {
      const other = loosened("appliesTo", (f) => extra.some((l) => !levelsOf(f.value, levels).includes(l)));
      loosen(a.span, { vi: `thêm cấp ${extra.join(", ")}`, en: `adds level ${extra.join(", ")}` }, other);
    }
  }
  const w = field(r.fields, "waivable");
  if (w && w.value && !eff.waivable) loosen(w.span, { vi: "cho phép miễn", en: "makes it waivable" }, loosened("waivable", (f) => !f.value));
  const lr = field(r.fields, "leadRole");
  if (lr && eff.leadRole !== null && lr.value.name !== eff.leadRole) {
    loosen(lr.span, { vi: `đổi vai trò chủ trì thành ${lr.value.name}`, en: `changes the lead role to ${lr.value.name}` }, loosened("leadRole", (f) => f.value.name !== lr.value.name));
  }
  const d = field(r.fields, "due");
  if (d && eff.occurrences && period) {
    const exp = expandTiming(d.value, period);
    if (exp.kind === "dated") {
      const missed = unmet(exp.occurrences, eff.occurrences, "refine");
      if (missed.length > 0) {
        const shown = missed.map((o) => isoDay(o.end)).join(", ");
        const other = loosened("due", (f) => {
          const c = expandTiming(f.value, period);
          return c.kind === "dated" && unmet(exp.occurrences, c.occurrences, "refine").length > 0;
        });
        loosen(d.span, { vi: `không còn đáp ứng hạn ${shown}`, en: `no longer meets the deadline or window ending ${shown}` }, other);
      }
    }
  }
}
