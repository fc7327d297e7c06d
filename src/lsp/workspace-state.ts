/**
 * What the language server knows about the files: their text (the editor's for open documents,
 * the disk's otherwise), their parse (one per text version), the workspace each belongs to
 * (root, `kehoach.json` settings, every `.kh` file under the root) and each file's last check.
 *
 * A file is checked alone against the library files it needs (`PlanIndex.closureOf`), with a
 * resolver cache per workspace, so a keystroke re-parses and re-checks only the edited file;
 * parents are parsed and resolved once and again only when they change. A check result is
 * reused while neither the file nor any file of its closure has changed, so a "full" check of
 * the workspace only redoes the files an edit can affect.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { checkParsed, type CheckResult } from "../check/check.js";
import { loadWorkspaceSettings, type WorkspaceSettings } from "../check/workspace-settings.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { discoverFiles } from "../resolve/discover.js";
import { levelTable } from "../resolve/levels.js";
import type { ResolvedPlanInternals } from "../resolve/model.js";
import { PlanIndex } from "../resolve/plan-index.js";
import { ResolveCache, type ParsedFile } from "../resolve/resolver.js";
import { findWorkspace, libraryFiles } from "../resolve/workspace.js";
import { DEFAULT_CALENDAR_SETTINGS } from "../calendar/settings.js";
import type { PlanDecl } from "../syntax/ast.js";
import { parse } from "../syntax/parse.js";

/** Counters of the work done, for tests and the benchmark (no timing). */
export interface WorkStats {
  /** Parses, by absolute file path. */
  readonly parses: Map<string, number>;
  /** Library plans whose inheritance was worked out, by plan id. */
  readonly resolutions: Map<string, number>;
  /** Checks of a file (cache misses), by absolute file path. */
  readonly checks: Map<string, number>;
}

export interface FileEntry {
  readonly path: string;
  text: string;
  /** Open in the editor: its text comes from the client, not from the disk. */
  open: boolean;
  /** Changes whenever the text does (unique across files). */
  stamp: number;
  parsed: ParsedFile | undefined;
}

export interface FileCheck {
  readonly file: string;
  readonly key: string;
  readonly result: CheckResult;
  /** This file's resolved plan, if it declares one. */
  readonly plan: ResolvedPlanInternals | undefined;
  /** Diagnostics whose primary place is in this file. */
  readonly diagnostics: readonly Diagnostic[];
  /** The files of the closure it was checked against. */
  readonly library: readonly string[];
}

export interface WorkspaceEntry {
  /** The root folder, or undefined for documents that are not files (untitled). */
  readonly root: string | undefined;
  readonly configFile: string | undefined;
  readonly settings: WorkspaceSettings;
  /** Problems of kehoach.json, rule packs and search paths (reported on kehoach.json). */
  readonly configDiagnostics: readonly Diagnostic[];
  /** Every `.kh` file of the workspace (absolute paths). */
  readonly files: Set<string>;
  readonly index: PlanIndex;
  /** Files whose text changed and that the index has not seen yet (see `refreshIndex`). */
  readonly stale: Set<string>;
  readonly cache: ResolveCache;
  readonly checks: Map<string, FileCheck>;
}

export interface WorkspaceStateOptions {
  /** The client's workspace folders (absolute paths). */
  readonly folders?: readonly string[];
  /** Reads a file from disk (tests may replace it). */
  readonly read?: (file: string) => Promise<string>;
}

let stampCounter = 0;

export class WorkspaceState {
  readonly files = new Map<string, FileEntry>();
  readonly stats: WorkStats = { parses: new Map(), resolutions: new Map(), checks: new Map() };
  private readonly workspaces = new Map<string, WorkspaceEntry>();
  /** Pending or finished workspace loads, by root. */
  private readonly loading = new Map<string, Promise<WorkspaceEntry>>();
  /** The root of each file's folder, once known. */
  private readonly rootOfDir = new Map<string, string>();
  private readonly detached: WorkspaceEntry;
  private readonly folders: readonly string[];
  private readonly read: (file: string) => Promise<string>;

  constructor(options: WorkspaceStateOptions = {}) {
    this.folders = [...(options.folders ?? [])];
    this.read = options.read ?? ((f) => readFile(f, "utf8"));
    this.detached = this.newEntry(undefined, undefined, { levels: levelTable(), rulePacks: [], calendar: DEFAULT_CALENDAR_SETTINGS, diagnostics: [] }, []);
  }

  // ---- texts ---------------------------------------------------------------------------------

  /** The editor opened or changed a document. Returns its entry. */
  setOpenText(file: string, text: string): FileEntry {
    const e = this.files.get(file);
    if (e && e.open && e.text === text) return e;
    return this.setText(file, text, true);
  }

  /** The editor closed a document: it reverts to the disk's text (or disappears). */
  async closeDocument(file: string): Promise<void> {
    const e = this.files.get(file);
    if (!e) return;
    e.open = false;
    await this.reloadFromDisk(file);
  }

  /**
   * A file changed, appeared or disappeared on disk (an open document keeps the editor's text).
   * Returns the loaded workspace it belongs to, if any.
   */
  async reloadFromDisk(file: string): Promise<WorkspaceEntry | undefined> {
    const ws = this.knownWorkspaceOf(file) ?? this.loadedWorkspaces().find((w) => w.root !== undefined && inside(w.root, file));
    const e = this.files.get(file);
    if (e?.open) return ws;
    let text: string | undefined;
    try {
      text = await this.read(file);
    } catch {
      text = undefined;
    }
    if (text === undefined) {
      this.files.delete(file);
      if (ws) {
        ws.files.delete(file);
        ws.index.delete(file);
        ws.checks.delete(file);
      }
      return ws;
    }
    if (ws?.root !== undefined && file.endsWith(".kh")) {
      this.rootOfDir.set(path.dirname(file), ws.root);
      ws.files.add(file);
    }
    if (!e || e.text !== text) this.setText(file, text, false);
    else if (ws) ws.stale.add(file);
    return ws;
  }

  private setText(file: string, text: string, open: boolean): FileEntry {
    let e = this.files.get(file);
    if (!e) {
      e = { path: file, text, open, stamp: ++stampCounter, parsed: undefined };
      this.files.set(file, e);
    } else {
      e.text = text;
      e.open = open || e.open;
      e.stamp = ++stampCounter;
      e.parsed = undefined;
    }
    const ws = this.knownWorkspaceOf(file);
    if (ws?.files.has(file)) ws.stale.add(file); // parsed when next needed, not on every keystroke
    return e;
  }

  /** The file's parse, for its current text (parsed at most once per text). */
  parsedOf(e: FileEntry): ParsedFile {
    if (!e.parsed) {
      e.parsed = { file: e.path, parsed: parse(e.text, e.path) };
      this.stats.parses.set(e.path, (this.stats.parses.get(e.path) ?? 0) + 1);
    }
    return e.parsed;
  }

  // ---- workspaces ----------------------------------------------------------------------------

  /** The workspace of `file`, if already loaded. */
  knownWorkspaceOf(file: string): WorkspaceEntry | undefined {
    const root = this.rootOfDir.get(path.dirname(file));
    return root === undefined ? undefined : this.workspaces.get(root);
  }

  /** The workspace of a file (loading it, with every file under its root, the first time). */
  async workspaceOf(file: string | undefined): Promise<WorkspaceEntry> {
    if (file === undefined) return this.detached;
    const known = this.knownWorkspaceOf(file);
    if (known) return known;
    const folder = this.folders.filter((f) => inside(f, file)).sort((a, b) => b.length - a.length)[0];
    const found = await findWorkspace(folder ?? path.dirname(file), [file]);
    this.rootOfDir.set(path.dirname(file), found.root);
    const existing = this.workspaces.get(found.root);
    if (existing) {
      this.addFile(existing, file);
      return existing;
    }
    let pending = this.loading.get(found.root);
    if (!pending) {
      pending = this.loadWorkspace(found);
      this.loading.set(found.root, pending);
    }
    const ws = await pending;
    this.addFile(ws, file);
    return ws;
  }

  private addFile(ws: WorkspaceEntry, file: string): void {
    if (ws.files.has(file) || !file.endsWith(".kh")) return;
    ws.files.add(file);
    ws.stale.add(file);
  }

  private async loadWorkspace(found: Awaited<ReturnType<typeof findWorkspace>>): Promise<WorkspaceEntry> {
    const root = found.root;
    const settings = await loadWorkspaceSettings(found, root);
    const lib = await libraryFiles(found, [], root);
    // A configured root (kehoach.json, or the editor's folder) is walked recursively; a folder
    // the editor merely opened a file in is not: its own files and its templates/ only.
    const configured = found.configFile !== undefined || this.folders.some((f) => path.resolve(f) === root);
    const all = configured ? (await discoverFiles([root], root)).files : await filesIn(root);
    const files = new Set([...all, ...lib.files]);
    const configDiagnostics = [...found.diagnostics, ...lib.diagnostics, ...settings.diagnostics];
    const ws = this.newEntry(root, found.configFile, settings, configDiagnostics);
    for (const f of files) {
      this.rootOfDir.set(path.dirname(f), root);
      if (!this.files.has(f)) {
        try {
          this.files.set(f, { path: f, text: await this.read(f), open: false, stamp: ++stampCounter, parsed: undefined });
        } catch {
          continue; // an unreadable file cannot serve as a parent
        }
      }
      ws.files.add(f);
      ws.index.set(f, this.parsedOf(this.files.get(f)!).parsed.document); // between reads: a big workspace does not block
    }
    this.workspaces.set(root, ws);
    return ws;
  }

  private newEntry(root: string | undefined, configFile: string | undefined, settings: WorkspaceSettings, configDiagnostics: Diagnostic[]): WorkspaceEntry {
    const cache = new ResolveCache();
    cache.onCompute = (id) => this.stats.resolutions.set(id, (this.stats.resolutions.get(id) ?? 0) + 1);
    return { root, configFile, settings, configDiagnostics, files: new Set(), index: new PlanIndex(), stale: new Set(), cache, checks: new Map() };
  }

  /** Forgets a workspace (its kehoach.json or rule packs changed); it is loaded again on demand. */
  forgetWorkspace(root: string): void {
    this.workspaces.delete(root);
    this.loading.delete(root);
    for (const [dir, r] of this.rootOfDir) if (r === root) this.rootOfDir.delete(dir);
  }

  /** The loaded workspaces. */
  loadedWorkspaces(): WorkspaceEntry[] {
    return [...this.workspaces.values()];
  }

  /** Parses the files whose text changed since the index last saw them, and re-indexes them. */
  refreshIndex(ws: WorkspaceEntry): void {
    for (const f of ws.stale) {
      const e = this.files.get(f);
      if (e) ws.index.set(f, this.parsedOf(e).parsed.document);
      else ws.index.delete(f);
    }
    ws.stale.clear();
  }

  /** The plan declared as `id` in a workspace (the first file, as the resolver takes it). */
  planById(ws: WorkspaceEntry, id: string): { file: string; decl: PlanDecl } | undefined {
    this.refreshIndex(ws);
    for (const file of ws.index.filesOf(id)) {
      const e = this.files.get(file);
      const decl = e && this.parsedOf(e).parsed.document.plan;
      if (decl) return { file, decl };
    }
    return undefined;
  }

  // ---- checks --------------------------------------------------------------------------------

  /**
   * Checks one file of a loaded workspace against its closure, or returns the previous result
   * if nothing it depends on changed. Parents are checked first (from their cached results),
   * so that rules comparing a plan with its parents' plans see them.
   */
  check(ws: WorkspaceEntry, file: string, inProgress: Set<string> = new Set()): FileCheck | undefined {
    this.refreshIndex(ws);
    const e = this.files.get(file);
    if (!e) return undefined;
    const target = this.parsedOf(e);
    if (!ws.files.has(file)) ws.index.set(file, target.parsed.document); // a document outside the workspace's files (untitled)
    const closure = ws.index.closureOf(file);
    const library: ParsedFile[] = [];
    const keyParts = [`${file}@${e.stamp}`];
    for (const f of closure.files) {
      const g = this.files.get(f);
      if (!g) continue;
      library.push(this.parsedOf(g));
      keyParts.push(`${f}@${g.stamp}`);
    }
    const key = keyParts.join("|");
    const prev = ws.checks.get(file);
    if (prev && prev.key === key) return prev;

    inProgress.add(file);
    const contextPlans = new Map<string, ResolvedPlanInternals>();
    for (const pid of ws.index.parentsOf(file)) {
      const pf = ws.index.filesOf(pid)[0];
      if (pf === undefined || inProgress.has(pf)) continue;
      const parentPlan = this.check(ws, pf, inProgress)?.plan;
      if (parentPlan) contextPlans.set(pid, parentPlan);
    }
    inProgress.delete(file);

    const s = ws.settings;
    const result = checkParsed([target], library, s.levels, [], s.rulePacks, s.calendar, { cache: ws.cache, contextPlans });
    this.stats.checks.set(file, (this.stats.checks.get(file) ?? 0) + 1);
    const id = target.parsed.document.plan?.id.name;
    const plan = id !== undefined ? result.workspace.plans.get(id) : undefined;
    const check: FileCheck = {
      file,
      key,
      result,
      plan: plan && plan.model.file === file ? plan : undefined,
      diagnostics: result.report.diagnostics.filter((d) => d.span.file === file),
      library: closure.files,
    };
    ws.checks.set(file, check);
    return check;
  }
}

/** The `.kh` files directly in a folder. */
async function filesIn(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile() && e.name.endsWith(".kh")).map((e) => path.join(dir, e.name));
  } catch {
    return [];
  }
}

function inside(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
}
