/** The task calendar: lunar dates, Vietnamese holidays and working days, and plans expanded into dated items. */
export { lunarToSolar, solarToLunar, tetDay, lunarMonthLength, VIETNAM_TZ, type LunarDate } from "./lunar.js";
export { holidaysOf, statutoryHolidays, defaultNationalDayAdjacent, type DayOff, type DayOffKind, type YearHolidays } from "./holidays.js";
export { WorkingCalendar, weekdayName, type DeadlineReadings, type NonWorking } from "./working-days.js";
export {
  DEFAULT_CALENDAR_SETTINGS,
  DEADLINE_POLICIES,
  parseCalendarSettings,
  parseDayText,
  type CalendarSettings,
  type DeadlinePolicy,
  type YearAdjustments,
  type DaySwap,
  type ExtraDayOff,
} from "./settings.js";
export {
  expandPlan,
  expandPlans,
  afterCycles,
  itemUid,
  compareItems,
  type CalendarItem,
  type CalendarItemKind,
  type CoveredMandate,
  type Expansion,
  type PlanRef,
  type UnitRef,
  type Unplaced,
  type UnplacedReason,
  type AfterCycle,
} from "./expand.js";
export { filterItems, nextDeadlines, unitRole, type CalendarFilter, type NextDeadlines } from "./filter.js";
