/**
 * The headers of a plan's parents, for the basis paragraph and the superior body of the header.
 * The check keeps only the checked plans' models, so the parents are read here from the
 * workspace's library texts (already loaded, within the workspace): only files that mention a
 * wanted id are parsed.
 */
import { headerOf } from "../resolve/header.js";
import type { LevelTable } from "../resolve/levels.js";
import type { PlanDecl } from "../syntax/ast.js";
import { parse } from "../syntax/parse.js";
import type { CitedDocument } from "./basis.js";

export interface ParentDocument extends CitedDocument {
  readonly id: string;
  /** Canonical level id, if the level is known. */
  readonly level: string | null;
}

/** The parents in the order the plan names them (each once). */
export function parentIds(plan: PlanDecl): string[] {
  const ids: string[] = [];
  for (const m of plan.members) if (m.type === "Field" && m.name === "implements") ids.push(...m.value.map((i) => i.name));
  return [...new Set(ids)];
}

/** Finds the parent documents among `texts` (file → text), in the order of `ids`. */
export function findParents(ids: readonly string[], texts: ReadonlyMap<string, string>, levels: LevelTable): ParentDocument[] {
  const wanted = new Set(ids);
  const found = new Map<string, ParentDocument>();
  for (const [file, text] of texts) {
    if (![...wanted].some((id) => !found.has(id) && text.includes(id))) continue;
    const plan = parse(text, file).document.plan;
    if (!plan || !wanted.has(plan.id.name) || found.has(plan.id.name)) continue;
    const h = headerOf(plan);
    found.set(plan.id.name, {
      id: plan.id.name,
      number: h.number ?? null,
      date: h.date && h.date.year !== undefined ? { day: h.date.day, month: h.date.month, year: h.date.year } : null,
      issuer: h.issuer ?? null,
      title: h.title ?? null,
      level: h.level ? (levels.lookup(h.level.name)?.id ?? null) : null,
    });
  }
  return ids.flatMap((id) => found.get(id) ?? []);
}
