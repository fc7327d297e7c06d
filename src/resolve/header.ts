/** Reads a plan's header fields and sections out of its member list (AST → plain values). */
import type { DateValue, Ident, PlanDecl, SectionName, Timing } from "../syntax/ast.js";
import { dayOf, type Day } from "../timing/day.js";
import { expandTiming, type Period } from "../timing/occurrences.js";

export interface PlanHeader {
  readonly title?: string;
  readonly issuer?: string;
  readonly number?: string;
  readonly place?: string;
  readonly level?: Ident;
  readonly date?: DateValue;
  readonly period?: Timing;
  readonly implements: readonly Ident[];
}

export function headerOf(plan: PlanDecl): PlanHeader {
  let title: string | undefined;
  let issuer: string | undefined;
  let number: string | undefined;
  let place: string | undefined;
  let level: Ident | undefined;
  let date: DateValue | undefined;
  let period: Timing | undefined;
  const parents: Ident[] = [];
  for (const m of plan.members) {
    if (m.type !== "Field") continue;
    switch (m.name) {
      case "title":
        title ??= m.value.value;
        break;
      case "issuer":
        issuer ??= m.value.value;
        break;
      case "number":
        number ??= m.value.value;
        break;
      case "place":
        place ??= m.value.value;
        break;
      case "level":
        level ??= m.value;
        break;
      case "date":
        date ??= m.value;
        break;
      case "period":
        period ??= m.value;
        break;
      case "implements":
        parents.push(...m.value);
        break;
    }
  }
  return {
    ...(title !== undefined && { title }),
    ...(issuer !== undefined && { issuer }),
    ...(number !== undefined && { number }),
    ...(place !== undefined && { place }),
    ...(level && { level }),
    ...(date && { date }),
    ...(period && { period }),
    implements: parents,
  };
}

export function dateDay(d: DateValue | undefined): Day | undefined {
  return d && d.year !== undefined ? dayOf(d.year, d.month, d.day) : undefined;
}

/**
 * The plan's period: its `period` field (a range, year, half, quarter or month), else the
 * calendar year of its date. Undefined when neither is given.
 */
export function periodOf(h: PlanHeader): Period | undefined {
  if (h.period) {
    const wide: Period = { start: dayOf(1900, 1, 1), end: dayOf(2200, 12, 31) };
    const e = expandTiming(h.period, wide);
    if (e.kind === "dated" && e.occurrences.length > 0) {
      const starts = e.occurrences.map((o) => o.start ?? o.end);
      return { start: Math.min(...starts), end: Math.max(...e.occurrences.map((o) => o.end)) };
    }
  }
  if (h.date?.year !== undefined) return { start: dayOf(h.date.year, 1, 1), end: dayOf(h.date.year, 12, 31) };
  return undefined;
}

export type Sections = Record<SectionName, string[]> & { present: Set<string> };

export function sectionsOf(plan: PlanDecl): Sections {
  const s: Sections = { purposes: [], requirements: [], audiences: [], forms: [], budget: [], recipients: [], present: new Set() };
  for (const m of plan.members) {
    if (m.type === "Section") {
      s[m.name].push(...m.items.map((i) => i.value));
      s.present.add(m.name);
    } else if (m.type === "Signature") s.present.add("signature");
  }
  return s;
}
