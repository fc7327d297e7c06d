/**
 * What a workspace's `kehoach.json` sets for checking, loaded once: the level table, the rule
 * packs (those it lists, else every `rules/*.json` of a configured workspace) and the calendar
 * settings. Shared by `kh check` and the language server; problems become diagnostics.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseCalendarSettings, type CalendarSettings } from "../calendar/settings.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { makeDiagnostic } from "../diagnostics/make.js";
import { fileSpan } from "../diagnostics/span.js";
import { discoverFiles, displayPath } from "../resolve/discover.js";
import { levelTable, type LevelTable } from "../resolve/levels.js";
import type { Workspace } from "../resolve/workspace.js";
import { loadRulePackText, type PackRule } from "./jsonlogic/index.js";

export interface WorkspaceSettings {
  readonly levels: LevelTable;
  readonly rulePacks: PackRule[];
  /** The `calendar` settings of kehoach.json (defaults when absent). */
  readonly calendar: CalendarSettings;
  readonly diagnostics: Diagnostic[];
}

/** Loads the settings of `ws`; file names in diagnostics are shown relative to `cwd`. */
export async function loadWorkspaceSettings(ws: Workspace, cwd: string): Promise<WorkspaceSettings> {
  const diagnostics: Diagnostic[] = [];
  const rulePacks: PackRule[] = [];
  const packFiles = ws.config.rulePacks
    ? ws.config.rulePacks.map((p) => path.resolve(ws.root, p))
    : ws.configFile
      ? (await discoverFiles([path.join(ws.root, "rules")], cwd, ".json")).files.filter((f) => !f.endsWith(".schema.json") && path.dirname(f) === path.join(ws.root, "rules"))
      : [];
  for (const abs of packFiles) {
    const file = displayPath(abs, cwd);
    if (path.relative(ws.root, abs).startsWith("..")) continue;
    try {
      const load = loadRulePackText(await readFile(abs, "utf8"), file);
      rulePacks.push(...load.rules);
      diagnostics.push(...load.problems);
    } catch (e) {
      diagnostics.push(
        makeDiagnostic("KH002", fileSpan(file), {
          vi: `Không đọc được gói quy tắc \`${file}\` (${(e as NodeJS.ErrnoException).code ?? e})`,
          en: `Cannot read rule pack \`${file}\` (${(e as NodeJS.ErrnoException).code ?? e})`,
        }),
      );
    }
  }
  const calendar = parseCalendarSettings(ws.config.raw.calendar, ws.configFile ? displayPath(ws.configFile, cwd) : "kehoach.json");
  diagnostics.push(...calendar.diagnostics);
  return { levels: levelTable(ws.config.levels), rulePacks, calendar: calendar.settings, diagnostics };
}
