/**
 * The calendar as iCalendar (RFC 5545), written with ical-generator: one all-day VEVENT per
 * occurrence (deadlines too: see docs/calendar.md for why not VTODO), a UID derived from plan,
 * task and occurrence number so a re-import updates events, units and mandates in the description.
 */
import ical, { ICalEventTransparency } from "ical-generator";
import type { CalendarItem } from "../calendar/expand.js";
import type { DeadlinePolicy } from "../calendar/settings.js";
import type { Lang } from "../diagnostics/diagnostic.js";
import { describeItem, summaryOf } from "./calendar-common.js";

export interface IcsOptions {
  readonly lang: Lang;
  /** The calendar's name (X-WR-CALNAME). */
  readonly name: string;
  /** DTSTAMP of every event: when the file was made. Pass a fixed instant for reproducible output. */
  readonly stamp: Date;
  readonly policy: DeadlinePolicy;
}

const dateOf = (day: number): Date => new Date(day * 86_400_000);

export function renderIcs(items: readonly CalendarItem[], opts: IcsOptions): string {
  const cal = ical({
    name: opts.name,
    prodId: { company: "kehoach", product: "kh calendar", language: opts.lang.toUpperCase() },
  });
  for (const x of items) {
    const categories = [x.plan.id, x.kind, ...(x.lead ? [x.lead.id] : [])].map((name) => ({ name }));
    cal.createEvent({
      id: x.uid,
      start: dateOf(x.start),
      // DTEND of an all-day event is exclusive: the day after the last day
      end: dateOf(x.end + 1),
      allDay: true,
      stamp: opts.stamp,
      summary: summaryOf(x, opts.lang),
      description: describeItem(x, opts.lang, opts.policy).join("\n"),
      categories,
      transparency: ICalEventTransparency.TRANSPARENT,
    });
  }
  const text = cal.toString();
  // RFC 5545 §3.1: every content line ends with CRLF, the last one too
  return text.endsWith("\r\n") ? text : `${text}\r\n`;
}
