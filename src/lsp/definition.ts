/**
 * Go to definition, and what a name refers to across files: `covers`/`waive`/`refine` → the
 * parent's mandate (in the template that declares it), unit references → the unit, role
 * bindings and `lead role` → the role's declaration, parent ids → the parent's file,
 * `after TASK` → the task. `occurrences` lists every place naming the same thing, for references.
 */
import type { DefinitionParams, Location } from "vscode-languageserver";
import type { Span } from "../diagnostics/span.js";
import { findInherited } from "../resolve/queries.js";
import { symbolAt, symbolsOf, type SymbolOccurrence } from "../syntax/locate.js";
import { fileUri } from "./diagnostics.js";
import { positionsOf, spanToRange } from "./positions.js";
import type { Analysis, Session } from "./session.js";
import type { WorkspaceEntry } from "./workspace-state.js";

/** The thing a name denotes, independent of where it is written. */
export type Target =
  | { readonly kind: "mandate"; readonly origin: string; readonly id: string }
  | { readonly kind: "role"; readonly origin: string; readonly id: string }
  | { readonly kind: "plan"; readonly id: string }
  | { readonly kind: "unit" | "task"; readonly file: string; readonly id: string }
  | { readonly kind: "level"; readonly id: string };

export interface Occurrence {
  readonly file: string;
  readonly span: Span;
  readonly declaration: boolean;
}

/** The symbol under the cursor and what it denotes. */
export async function targetAt(session: Session, uri: string, position: { line: number; character: number }): Promise<{ a: Analysis; target: Target } | undefined> {
  const a = await session.analysis(uri);
  if (!a) return undefined;
  const doc = a.check.result.parsed[0]?.parsed.document;
  const sym = doc && symbolAt(doc, positionsOf(a.text).offsetAt(position));
  const target = sym && targetOf(session, a.ws, a.file, sym);
  return target ? { a, target } : undefined;
}

function targetOf(session: Session, ws: WorkspaceEntry, file: string, sym: SymbolOccurrence): Target | undefined {
  const check = session.state.check(ws, file);
  const plan = check?.plan;
  switch (sym.kind) {
    case "mandate": {
      if (sym.use === "declaration") {
        const own = check?.result.parsed[0]?.parsed.document.plan?.id.name;
        return own === undefined ? undefined : { kind: "mandate", origin: own, id: sym.name };
      }
      const m = plan && findInherited(plan, sym);
      return m && { kind: "mandate", origin: m.origin, id: m.model.id };
    }
    case "role": {
      const role = plan?.model.roles.find((r) => r.id === sym.name);
      return role && { kind: "role", origin: role.origin, id: role.id };
    }
    case "plan":
      return { kind: "plan", id: sym.name };
    case "unit":
    case "task":
      return { kind: sym.kind, file, id: sym.name };
    case "level": {
      const level = ws.settings.levels.lookup(sym.name);
      return level && { kind: "level", id: level.id };
    }
  }
}

/** The files that may name a target: the declaring file and every file whose closure contains it. */
function candidateFiles(session: Session, ws: WorkspaceEntry, target: Target, current: string): string[] {
  const all = [...new Set([...ws.files, current])].sort();
  if ("file" in target) return [target.file];
  if (target.kind === "plan" || target.kind === "level") return all;
  const origins = new Set(ws.index.filesOf(target.origin));
  return all.filter((f) => origins.has(f) || ws.index.closureOf(f).files.some((g) => origins.has(g)));
}

/** Every place naming `target` in the workspace, declarations included, by file and position. */
export function occurrences(session: Session, ws: WorkspaceEntry, target: Target, current: string): Occurrence[] {
  const out: Occurrence[] = [];
  for (const file of candidateFiles(session, ws, target, current)) {
    const check = session.state.check(ws, file);
    const doc = check?.result.parsed[0]?.parsed.document;
    if (!check || !doc) continue;
    const planId = doc.plan?.id.name;
    for (const s of symbolsOf(doc)) {
      if (s.kind !== target.kind) continue;
      const declaration = s.use === "declaration";
      let match = false;
      switch (target.kind) {
        case "mandate":
          if (declaration) match = planId === target.origin && s.name === target.id;
          else {
            const m = check.plan && findInherited(check.plan, s);
            match = m !== undefined && m.origin === target.origin && m.model.id === target.id;
          }
          break;
        case "role":
          if (s.name !== target.id) break;
          match = declaration ? planId === target.origin : check.plan?.model.roles.some((r) => r.id === s.name && r.origin === target.origin) === true;
          break;
        case "level":
          match = ws.settings.levels.lookup(s.name)?.id === target.id;
          break;
        default:
          match = s.name === target.id;
      }
      if (match) out.push({ file, span: s.span, declaration });
    }
  }
  return out.sort((x, y) => (x.file < y.file ? -1 : x.file > y.file ? 1 : x.span.offset - y.span.offset));
}

export async function definition(session: Session, params: DefinitionParams): Promise<Location[] | null> {
  const found = await targetAt(session, params.textDocument.uri, params.position);
  if (!found) return null;
  const { a, target } = found;
  if (target.kind === "level") return null; // levels are data (kehoach.json), not declared in a plan
  const decls = occurrences(session, a.ws, target, a.file).filter((o) => o.declaration);
  return decls.map((o) => ({ uri: fileUri(o.file, a.ws.root), range: spanToRange(o.span) }));
}
