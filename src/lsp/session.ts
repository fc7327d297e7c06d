/**
 * One editor session: the open documents, the workspace state, the message language, and when
 * to check what. A change re-checks the edited file after a short pause (debounced), then the
 * open documents that depend on it; a save, a change on disk or a new workspace re-checks every
 * file of the workspace (only those an edit can affect are actually redone). Diagnostics are
 * published per file, with the document's version when it is open.
 */
import path from "node:path";
import type { Connection } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { Diagnostic, Lang } from "../diagnostics/diagnostic.js";
import { fileUri, internalErrorDiagnostic, toLspDiagnostic } from "./diagnostics.js";
import { uriToPath } from "./positions.js";
import { WorkspaceState, type FileCheck, type WorkspaceEntry } from "./workspace-state.js";

export interface SessionOptions {
  /** Pause after the last change before checking, in ms (default 150). */
  readonly debounceMs?: number;
  /** Message language; undefined: each file's keyword language. */
  readonly lang?: Lang;
  readonly folders?: readonly string[];
  readonly read?: (file: string) => Promise<string>;
}

/** What a feature needs about one document: its text, its workspace and its latest check. */
export interface Analysis {
  readonly uri: string;
  /** The file's key in the workspace state: its absolute path, or the URI for non-files. */
  readonly file: string;
  readonly text: string;
  readonly ws: WorkspaceEntry;
  readonly check: FileCheck;
  readonly lang: Lang;
}

export class Session {
  readonly state: WorkspaceState;
  debounceMs: number;
  lang: Lang | undefined;
  private readonly timers = new Map<string, { timer: NodeJS.Timeout; finish: () => void }>();
  private readonly published = new Set<string>();
  /** Work in flight (checks after a pause), so tests and shutdown can wait for it. */
  private pending = new Set<Promise<void>>();
  private disposed = false;

  constructor(
    private readonly connection: Connection,
    private readonly documents: { get(uri: string): TextDocument | undefined; all(): TextDocument[] },
    options: SessionOptions = {},
  ) {
    this.state = new WorkspaceState({ ...(options.folders && { folders: options.folders }), ...(options.read && { read: options.read }) });
    this.debounceMs = options.debounceMs ?? 150;
    this.lang = options.lang;
  }

  /** The state key of a document: its path for `file:` URIs, else the URI itself. */
  fileOf(uri: string): string {
    return uriToPath(uri) ?? uri;
  }

  langOf(file: string): Lang {
    if (this.lang) return this.lang;
    return this.state.files.get(file)?.parsed?.parsed.dialect ?? "vi";
  }

  // ---- events --------------------------------------------------------------------------------

  opened(doc: TextDocument): void {
    this.state.setOpenText(this.fileOf(doc.uri), doc.getText());
    this.track(this.fullCheckOf(doc.uri));
  }

  changed(doc: TextDocument): void {
    const file = this.fileOf(doc.uri);
    const before = this.state.files.get(file)?.stamp;
    if (this.state.setOpenText(file, doc.getText()).stamp === before) return; // e.g. the content event of an opening
    this.debounce(doc.uri, () => this.fastCheckOf(doc.uri));
  }

  saved(doc: TextDocument): void {
    this.state.setOpenText(this.fileOf(doc.uri), doc.getText());
    this.cancel(doc.uri);
    this.track(this.fullCheckOf(doc.uri));
  }

  closed(uri: string): void {
    this.cancel(uri);
    const file = this.fileOf(uri);
    this.track(
      this.guard(uri, "closing the document", async () => {
        await this.state.closeDocument(file);
        // a file of a workspace keeps its diagnostics (from the disk's text); others are cleared
        const ws = this.state.knownWorkspaceOf(file);
        if (ws?.files.has(file)) await this.publishWorkspace(ws);
        else this.clear(uri);
      }),
    );
  }

  /** Files changed on disk (watched files): reload them, and a workspace whose settings changed. */
  diskChanged(uris: readonly string[]): void {
    this.track(
      this.guard(uris[0] ?? "", "reloading changed files", async () => {
        const affected = new Set<WorkspaceEntry>();
        const reload: string[] = []; // a file of each forgotten workspace, to load it again
        for (const uri of uris) {
          const file = uriToPath(uri);
          if (file === undefined) continue;
          const base = path.basename(file);
          if (base === "kehoach.json" || (base.endsWith(".json") && path.basename(path.dirname(file)) === "rules")) {
            for (const ws of this.state.loadedWorkspaces()) {
              if (ws.root === undefined || !file.startsWith(ws.root + path.sep)) continue;
              const any = [...ws.files][0];
              if (any !== undefined) reload.push(any);
              this.state.forgetWorkspace(ws.root);
            }
          } else if (file.endsWith(".kh")) {
            const ws = await this.state.reloadFromDisk(file);
            if (ws) affected.add(ws);
            if (!this.state.files.has(file)) this.clear(fileUri(file, undefined));
          }
        }
        for (const file of reload) affected.add(await this.state.workspaceOf(file));
        for (const ws of affected) if (this.state.loadedWorkspaces().includes(ws)) await this.publishWorkspace(ws);
      }),
    );
  }

  // ---- checking ------------------------------------------------------------------------------

  /** The current analysis of a document (checking it now if its text changed). */
  async analysis(uri: string): Promise<Analysis | undefined> {
    const doc = this.documents.get(uri);
    const file = this.fileOf(uri);
    if (doc) this.state.setOpenText(file, doc.getText());
    const entry = this.state.files.get(file);
    if (!entry) return undefined;
    const ws = await this.state.workspaceOf(uriToPath(uri) === undefined ? undefined : file);
    const check = this.state.check(ws, file);
    if (!check) return undefined;
    return { uri, file, text: entry.text, ws, check, lang: this.langOf(file) };
  }

  /** The edited file alone, then the open documents that depend on it. */
  private async fastCheckOf(uri: string): Promise<void> {
    await this.guard(uri, "checking the document", async () => {
      const file = this.fileOf(uri);
      const ws = await this.state.workspaceOf(uriToPath(uri) === undefined ? undefined : file);
      this.publishFile(ws, file);
      for (const doc of this.documents.all()) {
        const other = this.fileOf(doc.uri);
        if (other === file || !ws.files.has(other)) continue;
        if (ws.index.closureOf(other).files.includes(file)) this.publishFile(ws, other);
      }
    });
  }

  /** Every file of the document's workspace (only files whose inputs changed are re-checked). */
  private async fullCheckOf(uri: string): Promise<void> {
    await this.guard(uri, "checking the workspace", async () => {
      const file = this.fileOf(uri);
      const ws = await this.state.workspaceOf(uriToPath(uri) === undefined ? undefined : file);
      this.publishFile(ws, file);
      await this.publishWorkspace(ws);
    });
  }

  /**
   * Every file of a workspace, yielding to other messages every few milliseconds, so that a big
   * workspace's first check does not hold up hover or completion.
   */
  private async publishWorkspace(ws: WorkspaceEntry): Promise<void> {
    let since = performance.now();
    for (const f of [...ws.files].sort()) {
      if (this.disposed) return;
      try {
        this.publishFile(ws, f);
      } catch (e) {
        this.reportInternal(fileUri(f, ws.root), "checking the workspace", e);
      }
      if (performance.now() - since > 20) {
        await new Promise((r) => setImmediate(r));
        since = performance.now();
      }
    }
    if (ws.configFile) {
      const uri = fileUri(ws.configFile, ws.root);
      this.publish(uri, ws.configDiagnostics, ws, this.lang ?? "vi");
    }
  }

  private publishFile(ws: WorkspaceEntry, file: string): void {
    const check = this.state.check(ws, file);
    if (!check) return;
    const uri = uriToPath(file) === undefined && !path.isAbsolute(file) ? file : fileUri(file, ws.root);
    this.publish(uri, check.diagnostics, ws, this.langOf(file));
  }

  private publish(uri: string, diagnostics: readonly Diagnostic[], ws: WorkspaceEntry, lang: Lang): void {
    if (this.disposed) return;
    if (diagnostics.length === 0 && !this.published.has(uri)) return;
    const doc = this.documents.get(uri);
    void this.connection.sendDiagnostics({
      uri,
      ...(doc && { version: doc.version }),
      diagnostics: diagnostics.map((d) => toLspDiagnostic(d, lang, ws.root)),
    });
    if (diagnostics.length > 0) this.published.add(uri);
    else this.published.delete(uri);
  }

  private clear(uri: string): void {
    if (!this.published.has(uri) || this.disposed) return;
    this.published.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  // ---- robustness ----------------------------------------------------------------------------

  /** Runs `work`; a failure is logged and shown on the document as KH801, never thrown. */
  async guard(uri: string, what: string, work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (e) {
      this.reportInternal(uri, what, e);
    }
  }

  reportInternal(uri: string, what: string, e: unknown): void {
    if (this.disposed) return;
    this.connection.console.error(`kehoach: internal error while ${what} (${uri}): ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    if (!uri) return;
    const d = internalErrorDiagnostic(uri, what, e);
    void this.connection.sendDiagnostics({ uri, diagnostics: [toLspDiagnostic(d, this.lang ?? "vi", undefined)] });
    this.published.add(uri);
  }

  private debounce(uri: string, work: () => Promise<void>): void {
    this.cancel(uri);
    if (this.debounceMs <= 0) {
      this.track(work());
      return;
    }
    let release!: () => void;
    const done = new Promise<void>((r) => (release = r));
    this.pending.add(done);
    const finish = () => {
      this.pending.delete(done);
      release();
    };
    const timer = setTimeout(() => {
      this.timers.delete(uri);
      void work().finally(finish);
    }, this.debounceMs);
    this.timers.set(uri, { timer, finish });
  }

  private cancel(uri: string): void {
    const t = this.timers.get(uri);
    if (!t) return;
    clearTimeout(t.timer);
    t.finish();
    this.timers.delete(uri);
  }

  private track(p: Promise<void>): void {
    this.pending.add(p);
    void p.finally(() => this.pending.delete(p));
  }

  /** Resolves when no check is pending (for tests and benchmarks). */
  async idle(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }

  dispose(): void {
    this.disposed = true;
    for (const uri of [...this.timers.keys()]) this.cancel(uri);
  }
}
