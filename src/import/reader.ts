/**
 * The reader that fills a draft from paragraphs: sections of text, tasks with their units and
 * timings, labelled lines applied to the tasks they describe, headings as comments, and any
 * paragraph it cannot place kept as a comment on the next member.
 */
import type { SectionName, Timing } from "../syntax/ast.js";
import type { Para, Paragraph, TablePara } from "./blocks.js";
import { newTask, type Draft, type DraftSection, type DraftTask } from "./draft.js";
import type { Attribute } from "./markers.js";
import { subheadingKind, headingKinds, type RegionKind, type TextKind } from "./sections.js";
import { readTable } from "./tables.js";
import { endsSentence, foldKeep, squash } from "./text.js";
import { findDeadline, findTiming, saysMore, type TimingContext } from "./timing.js";
import { coordinatingUnits, leadingUnit, splitUnitList, startsWithUnit, unitsInList } from "./units.js";

/** `Label: text` → [`Label`, `text`] when the label is short. */
function splitLabel(text: string): [string, string] {
  const m = /^([^:]{1,90}):\s*(.*)$/su.exec(text);
  return m ? [m[1]!.trim(), m[2]!.trim()] : [text.replace(/[:.]\s*$/, "").trim(), ""];
}

export const isPara = (p: Paragraph | undefined): p is Para => p !== undefined && p.kind === "para";

/** Sentences of a paragraph (at `.` or `;` followed by a capital). */
function sentences(text: string): string[] {
  return text.split(/(?<=[.;])\s+(?=\p{Lu})/u).map((s) => s.trim()).filter((s) => s.length > 0);
}

// ---- the reader ----------------------------------------------------------------------------------

interface HeadingFrame {
  readonly rank: number;
  readonly label: string;
  readonly units?: readonly string[];
  /** A heading that is only a timing (`1. Giai đoạn 2025 - 2030`) times the tasks under it. */
  readonly timing?: Timing;
}

/** `II` + [`3`, `3.1`, `a`] → `II.3.1.a`: a dotted number already carries its parents. */
function headingPath(path: string, labels: readonly string[]): string {
  const parts: string[] = [];
  for (const l of labels) {
    if (l.includes(".")) while (parts.length > 0 && /^\d/.test(parts[parts.length - 1]!)) parts.pop();
    parts.push(l);
  }
  return [path, ...parts].filter((p) => p.length > 0).join(".");
}

export class Reader {
  readonly draft: Draft = { header: { comments: [] }, preamble: [], citations: [], members: [], trailing: [], unplaced: 0 };
  private pending: string[] = [];
  private readonly sections = new Map<SectionName, DraftSection>();
  ctx: TimingContext = {};

  /** Keeps a paragraph as a comment on whatever member comes next. */
  comment(text: string, unplaced = true): void {
    const t = squash(text);
    if (t.length === 0) return;
    this.pending.push(t);
    if (unplaced) this.draft.unplaced++;
  }

  private takeComments(): string[] {
    const c = this.pending;
    this.pending = [];
    return c;
  }

  finish(): void {
    this.draft.trailing.push(...this.takeComments());
  }

  section(name: SectionName): DraftSection {
    let s = this.sections.get(name);
    if (!s) {
      s = { kind: "section", name, items: [], itemComments: [], comments: [] };
      this.sections.set(name, s);
      if (name === "recipients") this.draft.recipients = s;
      else this.draft.members.push(s);
    }
    return s;
  }

  addItem(name: SectionName, text: string): void {
    const s = this.section(name);
    if (s.items.length === 0) s.comments.push(...this.takeComments());
    s.items.push(squash(text));
    s.itemComments.push(this.takeComments());
  }

  task(label: string, units?: readonly string[]): DraftTask {
    const t = newTask(squash(label), this.takeComments());
    this.draft.members.push(t);
    const lead = leadingUnit(t.label);
    const named = lead ? splitUnitList(lead.unit) : units ?? [];
    if (lead) t.textUnits.push(...named);
    if (named.length > 0) {
      t.lead = named[0];
      t.coordinating.push(...named.slice(1));
    }
    this.addCoordinating(t, coordinatingUnits(t.label));
    this.inlineTiming(t);
    return t;
  }

  private addCoordinating(t: DraftTask, units: readonly string[]): void {
    const key = (u: string): string => squash(foldKeep(u));
    for (const u of units) {
      if (t.lead !== undefined && key(u) === key(t.lead)) continue;
      if (!t.coordinating.some((c) => key(c) === key(u))) t.coordinating.push(u);
    }
  }

  /** Timing written in the task's own text: `Quý I/2022: …`, `Thường xuyên …`, `trong tháng 12/2025`, `trước ngày …`. */
  private inlineTiming(t: DraftTask): void {
    const lead = findTiming(t.label, this.ctx);
    if (lead && lead.start === 0 && /^\s*:/.test(t.label.slice(lead.end))) {
      if (lead.deadline) t.due = lead.timing;
      else t.timing = lead.timing;
    } else if (/^thuong xuyen\b/.test(foldKeep(t.label))) {
      t.timing = findTiming("thường xuyên")!.timing;
    } else {
      const at = foldKeep(t.label).search(/\b(?:xong |hoan thanh )?(?:trong|vao) (?:quy|thang)\b/);
      const within = at >= 0 ? findTiming(t.label.slice(at), this.ctx) : undefined;
      if (within && !within.deadline && within.start <= 20) t.timing = within.timing;
    }
    const due = findDeadline(t.label, this.ctx);
    if (due && t.due === undefined) t.due = due.timing;
  }

  /** A labelled line applied to the tasks it describes. */
  applyAttribute(targets: readonly DraftTask[], a: Attribute, raw: string): void {
    for (const t of targets) {
      t.attributed = true;
      switch (a.kind) {
        case "lead": {
          // An explicit lead replaces the unit the text happens to start with.
          const units = unitsInList(a.value);
          if (units.length === 0) break;
          t.lead = units[0];
          t.coordinating = t.coordinating.filter((c) => !t.textUnits.includes(c));
          t.coordinating = t.coordinating.filter((c) => squash(foldKeep(c)) !== squash(foldKeep(units[0]!)));
          this.addCoordinating(t, units.slice(1));
          break;
        }
        case "coordinating":
          this.addCoordinating(t, unitsInList(a.value));
          break;
        case "timing": {
          const found = findTiming(a.value, this.ctx);
          if (found?.deadline) t.due = found.timing;
          else if (found) t.timing = found.timing;
          const more = found === undefined || saysMore(a.value, found);
          if (more) (found === undefined ? t.comments : found.deadline ? t.dueComments : t.timingComments).push(squash(raw));
          break;
        }
        case "content":
          t.notes.push(squash(a.value));
          break;
        case "output":
          t.output = squash(a.value);
          break;
      }
    }
  }

  /** A deadline for a report in a paragraph that is not itself a task becomes a task. */
  reportTasks(text: string): void {
    for (const s of sentences(text)) {
      if (!/\bbao cao\b/.test(foldKeep(s))) continue;
      const due = findDeadline(s, this.ctx);
      if (!due) continue;
      const t = newTask(s, this.takeComments());
      t.due = due.timing;
      const lead = leadingUnit(s);
      if (lead) t.lead = splitUnitList(lead.unit)[0];
      this.draft.members.push(t);
    }
  }

  // ---- regions -----------------------------------------------------------------------------------

  textRegion(kind: TextKind, paras: readonly Paragraph[]): void {
    for (const p of paras) {
      if (!isPara(p)) {
        this.table(p);
        continue;
      }
      this.addItem(kind, p.marker?.kind === "bullet" ? p.body : p.text);
      this.reportTasks(p.text);
    }
  }

  table(p: TablePara): void {
    const t = readTable(p.rows);
    if (!t) {
      for (const r of p.rows) this.comment(r.join(" | "));
      return;
    }
    this.comment(t.header.join(" | "), false);
    for (const line of t.lines) {
      if (line.kind === "group") {
        this.comment(line.text, false);
        continue;
      }
      const cells = line.row.cells;
      const units = [...splitUnitList(cells.lead ?? "")];
      const task = this.task(cells.content!, units);
      if (cells.lead !== undefined && units.length > 0) {
        task.lead = units[0];
        task.coordinating = task.coordinating.filter((c) => squash(foldKeep(c)) !== squash(foldKeep(units[0]!)));
      }
      this.addCoordinating(task, [...units.slice(1), ...splitUnitList(cells.coordinating ?? "")]);
      if (cells.timing !== undefined) this.applyAttribute([task], { kind: "timing", value: cells.timing }, cells.timing);
      if (cells.output !== undefined) task.output = cells.output;
      task.notes.push(...line.row.extra);
    }
  }

  /** Items, headings and labelled lines of a section of duties; `organisation` reads unit headings. */
  taskRegion(paras: readonly Paragraph[], organisation: boolean, path: string, part?: string): void {
    const stack: HeadingFrame[] = [];
    let sinceAttr: DraftTask[] = [];
    let attrTargets: DraftTask[] | null = null;
    let last: DraftTask | undefined;
    const unitsInContext = (): readonly string[] | undefined => [...stack].reverse().find((f) => f.units)?.units;
    const where = (): string => headingPath(path, stack.map((f) => f.label).filter((l) => l.length > 0));
    const newTaskHere = (label: string, units = unitsInContext()): DraftTask => {
      const t = this.task(label, units);
      if (part !== undefined && !organisation) t.part = part;
      const timing = [...stack].reverse().find((f) => f.timing)?.timing;
      if (t.timing === undefined && timing) t.timing = timing;
      sinceAttr.push(t);
      last = t;
      return t;
    };

    for (let i = 0; i < paras.length; i++) {
      const p = paras[i]!;
      if (!isPara(p)) {
        this.table(p);
        attrTargets = null;
        continue;
      }
      if (p.attribute) {
        if (!attrTargets) {
          attrTargets = sinceAttr.length > 0 ? sinceAttr : last ? [last] : [];
          sinceAttr = [];
        }
        if (attrTargets.length === 0) {
          this.comment(p.text);
          continue;
        }
        this.applyAttribute(attrTargets, p.attribute, p.body);
        continue;
      }
      attrTargets = null;
      if (p.marker) {
        while (stack.length > 0 && stack[stack.length - 1]!.rank >= p.marker.rank) stack.pop();
      }
      const next = paras[i + 1];
      const label = p.marker && p.marker.kind !== "bullet" ? p.marker.label : "";
      if (p.marker && this.hasChildren(p, next)) {
        sinceAttr = [];
        const heading = this.readHeading(p, organisation);
        const found = findTiming(p.body, this.ctx);
        const timing = found && !found.deadline && !saysMore(p.body.replace(/^giai đoạn\s*/iu, ""), found) ? found.timing : undefined;
        stack.push({ rank: p.marker.rank, label, ...(heading.units.length > 0 && { units: heading.units }), ...(timing && { timing }) });
        this.comment(heading.task === p.body ? where() : `${where()} ${p.body}`.trim(), false);
        if (heading.task) newTaskHere(heading.task);
        continue;
      }
      if (!p.marker && /:\s*$/.test(p.text) && isPara(next) && next.marker) {
        // An introduction to the items that follow (`… tập trung vào những nội dung sau:`).
        this.comment(p.text, false);
        continue;
      }
      if (!p.marker && last && !endsSentence(last.label) && last === this.draft.members[this.draft.members.length - 1]) {
        // The rest of a sentence broken off the previous item.
        last.label = squash(`${last.label} ${p.text}`);
        const due = findDeadline(last.label, this.ctx);
        if (due && last.due === undefined) last.due = due.timing;
        continue;
      }
      const heading = organisation && p.marker ? this.readHeading(p, true) : undefined;
      if (heading && heading.units.length > 0 && heading.task) newTaskHere(heading.task, heading.units);
      else newTaskHere(p.body);
    }
  }

  /** Whether a marked paragraph heads the paragraphs after it. */
  private hasChildren(p: Para, next: Paragraph | undefined): boolean {
    if (!isPara(next) || next.attribute) return next !== undefined && !isPara(next);
    if (next.marker) return next.marker.rank > p.marker!.rank;
    if (/:\s*$/.test(p.body)) return true;
    // A short numbered line without a full stop heads the plain paragraphs under it; a bullet
    // followed by plain text is an item whose sentence goes on.
    return p.marker!.kind !== "bullet" && p.marker!.kind !== "letter" && !endsSentence(p.body) && p.body.length <= 200;
  }

  /**
   * A heading in a section of duties: the units it names (`1. Văn hóa và Thông tin xã:`, `2. Báo Sơn
   * La; Đài Phát thanh - Truyền hình tỉnh`, `3. Sở Văn hóa, Thể thao và Du lịch: Phối hợp với …`) and
   * the task it states itself, if any.
   */
  private readHeading(p: Para, organisation: boolean): { units: string[]; task?: string } {
    const body = p.body.replace(/^(?:Đề nghị|Giao)\s*:?\s+/iu, "");
    const [label, rest] = splitLabel(body);
    if (organisation && rest.length > 0 && label.split(" ").length <= 24 && !leadingUnit(label)) {
      return { units: splitUnitList(label), task: rest };
    }
    const lead = leadingUnit(body);
    if (lead) return { units: splitUnitList(lead.unit), ...(body.split(" ").length > 12 && { task: body }) };
    if (organisation && rest.length === 0 && label.split(" ").length <= 16 && (startsWithUnit(label) || !endsSentence(p.body))) {
      return { units: splitUnitList(label) };
    }
    // A long heading that is a sentence is also a task (its items detail it).
    return endsSentence(p.body) && !/:\s*$/.test(p.body) && p.body.split(" ").length > 12 ? { units: [], task: p.body } : { units: [] };
  }

  /** A Roman section: its regions, switching kind at sub-headings like `2. Yêu cầu`. */
  romanSection(label: string, heading: string, paras: readonly Paragraph[]): void {
    const kinds = headingKinds(heading);
    this.comment(`${label}. ${heading}`.replace(/^\. /, ""), false);
    const ranks = paras.filter(isPara).filter((p) => p.marker && !p.attribute).map((p) => p.marker!.rank);
    const top = ranks.length > 0 ? Math.min(...ranks) : -1;
    let kind = kinds[0]!;
    let start = 0;
    let region: Paragraph[] = [];
    let regionPath = label;
    // The sub-heading of a region of content (`1. Nội dung tuyên truyền`) is its tasks' `part`.
    let part: string | undefined;
    const flush = (): void => {
      this.region(kind, region, regionPath, part);
      region = [];
    };
    for (let i = start; i < paras.length; i++) {
      const p = paras[i]!;
      if (isPara(p) && p.marker && p.marker.rank === top && !p.attribute) {
        const [sub, rest] = splitLabel(p.body);
        const switched = subheadingKind(sub);
        if (switched) {
          flush();
          kind = switched;
          part = switched === "tasks" ? sub.replace(/[\s:.;]+$/u, "") || undefined : undefined;
          regionPath = `${label}.${p.marker.label}`;
          this.comment(`${regionPath} ${sub}`, false);
          // An introduction (`… như sau:`) stays a comment; a text (`Đối tượng: Các sở, …`) is content.
          if (/:\s*$/.test(rest)) this.comment(rest, false);
          else if (rest.length > 0) region.push({ ...p, marker: null, text: rest, body: rest });
          continue;
        }
      }
      region.push(p);
    }
    start = paras.length;
    flush();
  }

  private region(kind: RegionKind, paras: readonly Paragraph[], path: string, part?: string): void {
    if (paras.length === 0) return;
    if (kind === "tasks" || kind === "organisation") this.taskRegion(paras, kind === "organisation", path, part);
    else this.textRegion(kind, paras);
  }
}
