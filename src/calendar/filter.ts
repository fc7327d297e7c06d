/**
 * Selects calendar items: by unit (lead or coordinating), by the plan's level, by a date range
 * (items that overlap it), and the next N deadlines from a given day.
 */
import type { LevelTable } from "../resolve/levels.js";
import { fold } from "../syntax/fold.js";
import type { Day } from "../timing/day.js";
import type { CalendarItem } from "./expand.js";

export interface CalendarFilter {
  /** A unit id: items it leads or coordinates. */
  readonly unit?: string;
  /** A level name (any alias, any diacritics): items of plans at that level. */
  readonly level?: string;
  readonly from?: Day;
  readonly to?: Day;
}

/** Does the unit take part in the item, and how? */
export function unitRole(item: CalendarItem, unit: string): "lead" | "coordinating" | undefined {
  const u = fold(unit);
  if (item.lead && fold(item.lead.id) === u) return "lead";
  if (item.coordinating.some((c) => fold(c.id) === u)) return "coordinating";
  return undefined;
}

export function filterItems(items: readonly CalendarItem[], f: CalendarFilter, levels?: LevelTable): CalendarItem[] {
  const level = f.level !== undefined ? (levels?.lookup(f.level)?.id ?? fold(f.level)) : undefined;
  return items.filter(
    (x) =>
      (f.unit === undefined || unitRole(x, f.unit) !== undefined) &&
      (level === undefined || x.plan.level === level) &&
      (f.from === undefined || x.end >= f.from) &&
      (f.to === undefined || x.start <= f.to),
  );
}

export interface NextDeadlines {
  /** True when the items are upcoming ones; false when none is left and these are the latest past ones. */
  readonly upcoming: boolean;
  readonly items: readonly CalendarItem[];
}

/**
 * The next `n` deadlines on or after `today`, in date order. When none is left (plans of past
 * years), the last `n` deadlines instead, so a reader still sees what the plans asked.
 */
export function nextDeadlines(items: readonly CalendarItem[], today: Day, n: number): NextDeadlines {
  const deadlines = items.filter((x) => x.kind === "deadline");
  const upcoming = deadlines.filter((x) => x.end >= today);
  if (upcoming.length > 0) return { upcoming: true, items: upcoming.slice(0, n) };
  return { upcoming: false, items: deadlines.slice(Math.max(0, deadlines.length - n)) };
}
