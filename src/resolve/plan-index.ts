/**
 * An index of a workspace's plans by id, kept up to date file by file, that answers: which
 * other files does resolving this file need? Resolving a plan against exactly those files
 * (its ancestors, every file sharing an id with it or with an ancestor, and, when a parent is
 * missing, every file for the did-you-mean) gives the same result as resolving it against the
 * whole workspace, at a cost that does not grow with the workspace.
 */
import type { Document } from "../syntax/ast.js";

interface IndexedFile {
  readonly id: string | undefined;
  readonly parents: readonly string[];
}

export class PlanIndex {
  private readonly files = new Map<string, IndexedFile>();
  private readonly byId = new Map<string, Set<string>>();

  /** Records (or replaces) what `file` declares. */
  set(file: string, document: Document): void {
    this.delete(file);
    const plan = document.plan;
    const parents: string[] = [];
    if (plan) for (const m of plan.members) if (m.type === "Field" && m.name === "implements") for (const p of m.value) parents.push(p.name);
    const id = plan?.id.name;
    this.files.set(file, { id, parents });
    if (id === undefined) return;
    const set = this.byId.get(id);
    if (set) set.add(file);
    else this.byId.set(id, new Set([file]));
  }

  delete(file: string): void {
    const old = this.files.get(file);
    if (!old) return;
    this.files.delete(file);
    if (old.id === undefined) return;
    const set = this.byId.get(old.id);
    set?.delete(file);
    if (set && set.size === 0) this.byId.delete(old.id);
  }

  has(file: string): boolean {
    return this.files.has(file);
  }

  /** The plan id `file` declares, if any. */
  idOf(file: string): string | undefined {
    return this.files.get(file)?.id;
  }

  /** The parent ids `file` names (`implements`), as written. */
  parentsOf(file: string): readonly string[] {
    return this.files.get(file)?.parents ?? [];
  }

  /** The files that declare `id` (more than one is a KH203 error), sorted. */
  filesOf(id: string): string[] {
    return [...(this.byId.get(id) ?? [])].sort();
  }

  allFiles(): string[] {
    return [...this.files.keys()].sort();
  }

  /**
   * The other files resolving `file` needs (see the module comment), sorted. `missing` is true
   * when a parent id names no file: the closure is then every file, for the suggestions.
   */
  closureOf(file: string): { files: string[]; missing: boolean } {
    const out = new Set<string>();
    const seenIds = new Set<string>();
    const queue: string[] = [];
    let missing = false;
    const visitId = (id: string, isParent: boolean) => {
      if (seenIds.has(id)) return;
      seenIds.add(id);
      const files = this.byId.get(id);
      if (!files || files.size === 0) {
        if (isParent) missing = true;
        return;
      }
      for (const f of files) {
        if (out.has(f)) continue;
        out.add(f);
        queue.push(f);
      }
    };
    const own = this.files.get(file);
    if (own?.id !== undefined) visitId(own.id, false);
    for (const p of own?.parents ?? []) visitId(p, true);
    while (queue.length > 0) for (const p of this.parentsOf(queue.pop()!)) visitId(p, true);
    out.delete(file);
    if (missing) return { files: this.allFiles().filter((f) => f !== file), missing };
    return { files: [...out].sort(), missing };
  }
}
