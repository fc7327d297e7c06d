/** `kh calendar PLAN|DIR…` and `kh holidays YEAR`: thin shells over `calendar/` and the calendar renderers. */
import { expandPlans } from "../../calendar/expand.js";
import { filterItems, nextDeadlines } from "../../calendar/filter.js";
import { holidaysOf } from "../../calendar/holidays.js";
import { parseCalendarSettings, parseDayText } from "../../calendar/settings.js";
import { WorkingCalendar } from "../../calendar/working-days.js";
import type { Lang } from "../../diagnostics/diagnostic.js";
import { renderIcs } from "../../outputs/calendar-ics.js";
import { renderCalendarJson, renderCsv, renderMarkdown, renderNextMarkdown } from "../../outputs/calendar-tables.js";
import { renderHolidaysJson, renderHolidaysText } from "../../outputs/holidays.js";
import { displayPath } from "../../resolve/discover.js";
import { findWorkspace } from "../../resolve/workspace.js";
import { isoDay, type Day } from "../../timing/day.js";
import { EXIT, type CliIO } from "../io.js";
import { loadPlans, reportErrors } from "./plan-context.js";

export const CALENDAR_FORMATS = ["md", "ics", "csv", "json"] as const;
export type CalendarFormat = (typeof CALENDAR_FORMATS)[number];

export interface CalendarOptions {
  readonly format: CalendarFormat;
  readonly lang: Lang;
  readonly unit?: string;
  readonly level?: string;
  readonly from?: Day;
  readonly to?: Day;
  /** Only the next N deadlines from `today`. */
  readonly next?: number;
  readonly today?: Day;
}

/** Today in Vietnam (UTC+7). */
export function todayInVietnam(now: number = Date.now()): Day {
  return Math.floor((now + 7 * 3_600_000) / 86_400_000);
}

/** DTSTAMP: `SOURCE_DATE_EPOCH` (seconds) for reproducible files, else now. */
function stampOf(env: CliIO["env"]): Date {
  const s = env.SOURCE_DATE_EPOCH;
  return s && /^\d+$/.test(s) ? new Date(Number(s) * 1000) : new Date();
}

export async function runCalendar(paths: readonly string[], opts: CalendarOptions, io: CliIO): Promise<number> {
  const sel = await loadPlans(paths, io);
  for (const d of sel.ioErrors) io.stderr.write(`kh calendar: ${d.message[opts.lang]}\n`);
  if (sel.ioErrors.length > 0) return EXIT.usage;
  if (sel.plans.length === 0) {
    io.stderr.write(opts.lang === "vi" ? `kh calendar: không có kế hoạch nào trong ${paths.join(", ")}\n` : `kh calendar: no plan in ${paths.join(", ")}\n`);
    return EXIT.usage;
  }
  const errors = reportErrors(sel, opts.lang, io);
  const cal = new WorkingCalendar(sel.calendar);
  const exp = expandPlans(sel.plans, cal);
  let items = filterItems(exp.items, { ...(opts.unit !== undefined && { unit: opts.unit }), ...(opts.level !== undefined && { level: opts.level }), ...(opts.from !== undefined && { from: opts.from }), ...(opts.to !== undefined && { to: opts.to }) }, sel.levels);
  const keep = new Set(items.map((x) => `${x.plan.id}\u0000${x.task}`));
  const unplaced = opts.unit !== undefined || opts.level !== undefined ? exp.unplaced.filter((u) => keep.has(`${u.plan}\u0000${u.task}`)) : exp.unplaced;
  const policy = sel.calendar.deadlinePolicy;
  const today = opts.today ?? todayInVietnam();
  let next: { today: Day; upcoming: boolean } | undefined;
  if (opts.next !== undefined) {
    const n = nextDeadlines(items, today, opts.next);
    items = [...n.items];
    next = { today, upcoming: n.upcoming };
  }
  const filter: Record<string, string | number> = {};
  if (opts.unit !== undefined) filter.unit = opts.unit;
  if (opts.level !== undefined) filter.level = opts.level;
  if (opts.from !== undefined) filter.from = isoDay(opts.from);
  if (opts.to !== undefined) filter.to = isoDay(opts.to);
  if (opts.next !== undefined) filter.next = opts.next;
  const name =
    sel.plans.length === 1
      ? (sel.plans[0]!.model.title ?? sel.plans[0]!.model.id)
      : opts.lang === "vi"
        ? `kehoach: ${sel.plans.length} kế hoạch`
        : `kehoach: ${sel.plans.length} plans`;
  switch (opts.format) {
    case "ics":
      io.stdout.write(renderIcs(items, { lang: opts.lang, name, stamp: stampOf(io.env), policy }));
      break;
    case "csv":
      io.stdout.write(renderCsv(items, opts.lang));
      break;
    case "json":
      io.stdout.write(renderCalendarJson({ items, unplaced: next ? [] : unplaced }, { policy, filter, ...(next && { next }) }));
      break;
    case "md":
      io.stdout.write(
        next
          ? renderNextMarkdown(items, { lang: opts.lang, today: next.today, upcoming: next.upcoming, policy })
          : renderMarkdown(items, { lang: opts.lang, policy, ...(sel.plans.length === 1 && { title: `${opts.lang === "vi" ? "Lịch thực hiện" : "Calendar"}: ${name}` }), unplaced }),
      );
      break;
  }
  return errors > 0 ? EXIT.errors : EXIT.ok;
}

export async function runHolidays(year: number, opts: { format: "text" | "json"; lang: Lang }, io: CliIO): Promise<number> {
  const ws = await findWorkspace(io.cwd);
  const parsed = parseCalendarSettings(ws.config.raw.calendar, ws.configFile ? displayPath(ws.configFile, io.cwd) : "kehoach.json");
  for (const d of [...ws.diagnostics, ...parsed.diagnostics]) io.stderr.write(`kh holidays: ${d.message[opts.lang]}\n`);
  const y = holidaysOf(year, parsed.settings);
  io.stdout.write(opts.format === "json" ? renderHolidaysJson(y) : renderHolidaysText(y, opts.lang));
  return parsed.diagnostics.length > 0 || ws.diagnostics.length > 0 ? EXIT.errors : EXIT.ok;
}

/** `--from`/`--to`/`--today` values: `dd/mm/yyyy` or `yyyy-mm-dd`. */
export function parseDateOption(value: string): Day | undefined {
  return parseDayText(value);
}
