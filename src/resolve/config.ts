/**
 * The workspace configuration, `kehoach.json` at the workspace root: extra folders to search for
 * parent plans, and optionally a replacement level table. Parsing is pure; problems become
 * KH210 diagnostics, never exceptions.
 */
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { makeDiagnostic } from "../diagnostics/make.js";
import { fileSpan } from "../diagnostics/span.js";
import type { LevelDef } from "./levels.js";

export interface WorkspaceConfig {
  /** Folders (relative to the workspace root) searched for parent plans. */
  readonly searchPaths: readonly string[];
  readonly levels?: readonly LevelDef[];
  /** Rule pack files (relative to the root); default: every `rules/*.json`. */
  readonly rulePacks?: readonly string[];
  /** Everything else (calendar settings, …) is kept for the stages that read it. */
  readonly raw: Readonly<Record<string, unknown>>;
}

export const EMPTY_CONFIG: WorkspaceConfig = { searchPaths: [], raw: {} };

export function parseConfig(text: string, file: string): { config: WorkspaceConfig; diagnostics: Diagnostic[] } {
  const bad = (vi: string, en: string) => ({
    config: EMPTY_CONFIG,
    diagnostics: [makeDiagnostic("KH210", fileSpan(file), { vi: `kehoach.json không hợp lệ: ${vi}`, en: `Invalid kehoach.json: ${en}` })],
  });
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return bad((e as Error).message, (e as Error).message);
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return bad("cần một đối tượng JSON", "expected a JSON object");
  const obj = raw as Record<string, unknown>;
  const searchPaths = obj.searchPaths ?? [];
  if (!Array.isArray(searchPaths) || !searchPaths.every((s) => typeof s === "string")) {
    return bad("`searchPaths` phải là danh sách đường dẫn", "`searchPaths` must be a list of paths");
  }
  let levels: LevelDef[] | undefined;
  if (obj.levels !== undefined) {
    if (!Array.isArray(obj.levels)) return bad("`levels` phải là danh sách", "`levels` must be a list");
    levels = [];
    for (const l of obj.levels as unknown[]) {
      const o = l as Record<string, unknown>;
      if (typeof o?.id !== "string" || typeof o.rank !== "number") {
        return bad("mỗi cấp cần `id` (chuỗi) và `rank` (số)", "each level needs `id` (string) and `rank` (number)");
      }
      const label = (o.label ?? {}) as Record<string, unknown>;
      levels.push({
        id: o.id,
        rank: o.rank,
        label: { vi: String(label.vi ?? o.id), en: String(label.en ?? o.id) },
        aliases: Array.isArray(o.aliases) ? o.aliases.filter((a): a is string => typeof a === "string") : [],
      });
    }
  }
  const rulePacks = Array.isArray(obj.rulePacks) ? obj.rulePacks.filter((s): s is string => typeof s === "string") : undefined;
  return {
    config: { searchPaths: searchPaths as string[], ...(levels && { levels }), ...(rulePacks && { rulePacks }), raw: obj },
    diagnostics: [],
  };
}
