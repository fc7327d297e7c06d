/** Helpers for the calendar tests: check plans given as text or read from the repository. */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { CalendarSettings } from "../../src/calendar/settings.js";
import { checkWorkspace, type CheckResult, type SourceFile } from "../../src/check/check.js";
import type { ResolvedPlanInternals } from "../../src/resolve/model.js";

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export function repoFile(rel: string): SourceFile {
  return { file: rel, text: readFileSync(path.join(REPO, rel), "utf8") };
}

export function repoDir(rel: string): SourceFile[] {
  return readdirSync(path.join(REPO, rel))
    .filter((f) => f.endsWith(".kh"))
    .sort()
    .map((f) => repoFile(`${rel}/${f}`));
}

export function check(sources: readonly SourceFile[], opts: { library?: readonly SourceFile[]; calendar?: CalendarSettings } = {}): CheckResult {
  return checkWorkspace({ sources, ...(opts.library && { library: opts.library }), ...(opts.calendar && { calendar: opts.calendar }) });
}

export function planOf(result: CheckResult, id: string): ResolvedPlanInternals {
  const p = result.workspace.plans.get(id);
  if (!p) throw new Error(`no plan ${id}`);
  return p;
}

/** A minimal English plan with the given members, period year 2024 unless given. */
export function planText(id: string, members: string, header = "period year 2024"): string {
  return `plan ${id} {\n  title "Kế hoạch ${id}"\n  issuer "UBND xã Thử"\n  level commune\n  ${header}\n  unit vp "Văn phòng"\n  unit tp "Tư pháp"\n${members}\n}\n`;
}
