/**
 * The structure of a plan text, from its paragraphs: header, title, the basis paragraph(s) with
 * their citations, the Roman-numeral sections (each classified by its heading: purposes,
 * requirements, audiences, forms, budget, tasks, organisation), and the closing, recipients,
 * signature and appendix. Items become tasks or section texts; headings, and whatever cannot be
 * placed, become comments on the next member, so nothing of the text is lost.
 */
import type { SectionName, Timing } from "../syntax/ast.js";
import type { Para, Paragraph, TablePara } from "./blocks.js";
import { findCitations } from "./citations.js";
import { newTask, type Draft, type DraftSection, type DraftTask } from "./draft.js";
import { caseBodyName, isMotto, issuerFromText, levelOfIssuer, readBodies, readNumberLine, readPlaceDate, startsWithBody } from "./header.js";
import { isAuthorityLine, isRecipientsHead, isTitleWord, type Attribute } from "./markers.js";
import { dateValue } from "./nodes.js";
import { readTable } from "./tables.js";
import { endsSentence, foldKeep, isUpperCase, squash } from "./text.js";
import { findDeadline, findTiming, periodFromTitle, saysMore, type TimingContext } from "./timing.js";
import { coordinatingUnits, leadingUnit, splitUnitList, startsWithUnit, unitsInList } from "./units.js";

type TextKind = Exclude<SectionName, "recipients">;
type RegionKind = TextKind | "tasks" | "organisation";

/** Section headings by keyword (folded), in no particular order: a heading may name several. */
const SECTION_KEYWORDS: readonly (readonly [string, RegionKind])[] = [
  ["muc dich", "purposes"],
  ["muc tieu", "purposes"],
  ["yeu cau", "requirements"],
  ["tieu chi", "requirements"],
  ["doi tuong", "audiences"],
  ["hinh thuc", "forms"],
  ["kinh phi", "budget"],
  ["nguon luc", "budget"],
  ["to chuc thuc hien", "organisation"],
  ["trach nhiem", "organisation"],
  ["phan cong", "organisation"],
  ["noi dung", "tasks"],
  ["nhiem vu", "tasks"],
  ["giai phap", "tasks"],
  ["lo trinh", "tasks"],
  ["thoi gian", "tasks"],
  ["che do bao cao", "tasks"],
  ["theo doi", "tasks"],
  ["kiem tra", "tasks"],
  ["chu de", "tasks"],
];

/** The kinds a Roman heading names, in the order it names them (`MỤC ĐÍCH, YÊU CẦU` → purposes, requirements). */
export function headingKinds(heading: string): RegionKind[] {
  const f = foldKeep(heading);
  const found = SECTION_KEYWORDS.map(([kw, kind]) => ({ kind, at: f.search(new RegExp(`\\b${kw}\\b`)) }))
    .filter((x) => x.at >= 0)
    .sort((a, b) => a.at - b.at);
  const kinds = [...new Set(found.map((x) => x.kind))];
  return kinds.length > 0 ? kinds : ["tasks"];
}

/** The kind a short sub-heading switches to (`1. Mục đích`, `2. Các hình thức tuyên truyền:`), if any. */
export function subheadingKind(label: string): RegionKind | undefined {
  const f = squash(foldKeep(label)).replace(/^cac\s+/, "");
  if (f.length > 60) return undefined;
  return SECTION_KEYWORDS.find(([kw]) => f.startsWith(kw) && /^(?:\s|:|$)/.test(f.slice(kw.length)))?.[1];
}

/** `Label: text` → [`Label`, `text`] when the label is short. */
function splitLabel(text: string): [string, string] {
  const m = /^([^:]{1,90}):\s*(.*)$/su.exec(text);
  return m ? [m[1]!.trim(), m[2]!.trim()] : [text.replace(/[:.]\s*$/, "").trim(), ""];
}

const isPara = (p: Paragraph | undefined): p is Para => p !== undefined && p.kind === "para";

/** Paragraph text that ends the body: the closing sentence, `./.`. */
function closesBody(p: Para): boolean {
  if (p.marker) return false;
  return /^(?:tren day|trong qua trinh (?:to chuc )?(?:trien khai )?thuc hien)\b/.test(foldKeep(p.text)) || p.text.includes("./.");
}

const isAppendixHead = (p: Para): boolean => /^phu luc\b/.test(foldKeep(p.text));

/** A signer's name: two to six capitalised words, letters only. */
function isPersonName(s: string): boolean {
  const words = squash(s).split(" ");
  return words.length >= 2 && words.length <= 6 && words.every((w) => /^\p{Lu}\p{Ll}*$/u.test(w));
}

function looksLikeSignature(p: Para): boolean {
  const first = p.lines[0] ?? "";
  if (isAuthorityLine(first)) return true;
  return !p.marker && isUpperCase(p.text) && p.text.split(" ").length <= 8 && !/\d/.test(p.text);
}

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

class Reader {
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
  taskRegion(paras: readonly Paragraph[], organisation: boolean, path: string): void {
    const stack: HeadingFrame[] = [];
    let sinceAttr: DraftTask[] = [];
    let attrTargets: DraftTask[] | null = null;
    let last: DraftTask | undefined;
    const unitsInContext = (): readonly string[] | undefined => [...stack].reverse().find((f) => f.units)?.units;
    const where = (): string => headingPath(path, stack.map((f) => f.label).filter((l) => l.length > 0));
    const newTaskHere = (label: string, units = unitsInContext()): DraftTask => {
      const t = this.task(label, units);
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
    const flush = (): void => {
      this.region(kind, region, regionPath);
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

  private region(kind: RegionKind, paras: readonly Paragraph[], path: string): void {
    if (paras.length === 0) return;
    if (kind === "tasks" || kind === "organisation") this.taskRegion(paras, kind === "organisation", path);
    else this.textRegion(kind, paras);
  }
}

// ---- the document ----------------------------------------------------------------------------------

function timingContext(header: Draft["header"]): TimingContext {
  const p = header.period;
  const year = p?.kind === "year" ? p.year : header.date?.year ?? (p?.kind === "range" ? p.from.year : undefined);
  const periodEnd = p?.kind === "range" ? p.to : p?.kind === "year" ? dateValue(31, 12, p.year) : undefined;
  const multiYear = p?.kind === "range" && p.from.year !== p.to.year;
  return { ...(year !== undefined && { year }), ...(periodEnd && { periodEnd }), multiYear };
}

function readHeader(r: Reader, paras: readonly Para[]): void {
  const h = r.draft.header;
  for (const p of paras) {
    const cut = isMotto(p.text) ? foldKeep(p.text).search(/cong hoa xa hoi|doc lap/) : -1;
    if (cut === 0) continue;
    const text = cut > 0 ? p.text.slice(0, cut).trim() : p.text;
    const num = readNumberLine(text);
    if (num && h.number === undefined) {
      h.number = num.number;
      const pd = num.rest.length > 0 ? readPlaceDate(num.rest) : undefined;
      if (pd) Object.assign(h, pd.place !== undefined ? { date: pd.date, place: pd.place } : { date: pd.date });
      continue;
    }
    const pd = readPlaceDate(text);
    if (pd && h.date === undefined) {
      h.date = pd.date;
      if (pd.place !== undefined) h.place = pd.place;
      continue;
    }
    if (h.issuer === undefined && (isUpperCase(text) || startsWithBody(text)) && text.length <= 160) {
      const bodies = readBodies(p.lines);
      if (bodies) {
        h.issuer = bodies.issuer;
        if (bodies.superior !== undefined) h.superior = bodies.superior;
        continue;
      }
    }
    h.comments.push(squash(p.text));
  }
}

/** Reads the structure of a text's paragraphs into a draft. */
export function readDraft(paras: readonly Paragraph[]): Draft {
  const r = new Reader();
  const firstRoman = paras.findIndex((p) => isPara(p) && p.marker?.kind === "roman");
  const limit = firstRoman >= 0 ? firstRoman : paras.length;
  let titleWord = paras.findIndex((p, i) => i < limit && isPara(p) && isTitleWord(p.text));
  // `KẾ HOẠCH Tuyên truyền …` on one line.
  let inlineTitle: string | undefined;
  if (titleWord < 0) {
    titleWord = paras.findIndex((p, i) => i < Math.min(limit, 12) && isPara(p) && !p.marker && /^ke hoach\s+\S/.test(foldKeep(p.text)) && p.text.length <= 300);
    if (titleWord >= 0) inlineTitle = (paras[titleWord] as Para).text.replace(/^\S+\s+\S+\s+/u, "");
  }
  const headerParas = (titleWord >= 0 ? paras.slice(0, titleWord) : []).filter(isPara);
  readHeader(r, headerParas);
  const h = r.draft.header;

  let i = titleWord >= 0 ? titleWord + 1 : 0;
  if (inlineTitle !== undefined) h.title = inlineTitle;
  else if (titleWord >= 0 && isPara(paras[i]) && !(paras[i] as Para).marker) h.title = (paras[i++] as Para).text;
  // The basis: paragraphs before the first item.
  const preamble: Para[] = [];
  while (i < paras.length && isPara(paras[i]) && !(paras[i] as Para).marker && !isRecipientsHead((paras[i] as Para).text)) {
    preamble.push(paras[i++] as Para);
  }
  for (const p of preamble) {
    r.draft.preamble.push(squash(p.text));
    r.draft.citations.push(...findCitations(p.text));
  }
  if (h.issuer === undefined) {
    const found = issuerFromText(preamble.map((p) => p.text), h.title);
    if (found !== undefined) h.issuer = caseBodyName(found);
  }
  if (h.issuer !== undefined) {
    const level = levelOfIssuer(h.issuer);
    if (level) h.level = level;
  }
  if (h.title !== undefined) {
    const period = periodFromTitle(h.title, h.date?.year);
    if (period) h.period = period;
  }
  r.ctx = timingContext(h);

  // The body: sections up to the closing paragraph, recipients or signature.
  const body = paras.slice(i);
  let end = body.length;
  for (let k = 0; k < body.length; k++) {
    const p = body[k]!;
    if (!isPara(p)) continue;
    if (isRecipientsHead(p.text) || isAppendixHead(p) || (!p.marker && isAuthorityLine(p.lines[0] ?? "")) || closesBody(p)) {
      end = k;
      break;
    }
    if (p.marker && p.text.trimEnd().endsWith("./.")) {
      end = k + 1;
      break;
    }
  }
  readSections(r, body.slice(0, end));
  readTrailing(r, body.slice(end));
  r.finish();
  return r.draft;
}

function readSections(r: Reader, body: readonly Paragraph[]): void {
  let label = "";
  let heading = "";
  let paras: Paragraph[] = [];
  let started = false;
  const flush = (): void => {
    if (started || paras.length > 0) r.romanSection(label, heading, paras);
    paras = [];
  };
  for (const p of body) {
    if (isPara(p) && p.marker?.kind === "roman") {
      flush();
      started = true;
      label = p.marker.label.replace(/l/g, "I");
      heading = p.body;
      continue;
    }
    paras.push(p);
  }
  flush();
}

/** Closing paragraphs, recipients, signature, appendix: in whatever order the document has them. */
function readTrailing(r: Reader, paras: readonly Paragraph[]): void {
  type Zone = "closing" | "recipients" | "signature" | "appendix";
  let zone: Zone = "closing";
  const sigLines: string[] = [];
  const appendix: Paragraph[] = [];
  for (const p of paras) {
    if (!isPara(p)) {
      zone = "appendix";
      appendix.push(p);
      continue;
    }
    if (zone === "appendix") {
      appendix.push(p);
      continue;
    }
    if (isAppendixHead(p)) {
      zone = "appendix";
      appendix.push(p);
      continue;
    }
    if (isRecipientsHead(p.text)) {
      zone = "recipients";
      const inline = p.text.replace(/^\S+\s+\S+\s*:?\s*/u, "").trim();
      // Initials or a stray authority word after `Nơi nhận:` (`TL`, `LV`) are kept as a comment.
      if (inline.length > 0) r.comment(inline);
      continue;
    }
    if (zone === "recipients" && p.marker?.kind === "bullet") {
      r.addItem("recipients", p.body);
      continue;
    }
    if (zone !== "signature" && (looksLikeSignature(p) || (zone === "recipients" && isPersonName(p.text)))) zone = "signature";
    if (zone === "signature") {
      sigLines.push(...p.lines);
      continue;
    }
    r.comment(p.text);
    r.reportTasks(p.text);
  }
  if (sigLines.length > 0) readSignature(r, sigLines);
  if (appendix.length > 0) readAppendix(r, appendix);
}

function readSignature(r: Reader, lines: readonly string[]): void {
  const sig = { comments: [] as string[] } as NonNullable<Draft["signature"]>;
  const all = lines.map(squash).filter((l) => l.length > 0);
  let i = 0;
  const upper: string[] = [];
  while (i < all.length && isUpperCase(all[i]!) && !isPersonName(all[i]!)) upper.push(all[i++]!);
  const authority: string[] = [];
  let position: string | undefined;
  upper.forEach((l, k) => {
    if (isAuthorityLine(l)) authority.push(l);
    else if (k === upper.length - 1) position = l;
    else if (authority.length > 0) authority[authority.length - 1] = `${authority[authority.length - 1]} ${l}`;
    else position = position === undefined ? l : `${position} ${l}`;
  });
  if (authority.length > 0) sig.authority = authority.join("\n");
  if (position !== undefined) sig.position = position;
  if (i < all.length && isPersonName(all[i]!)) sig.signer = all[i++]!;
  const rest = all.slice(i);
  r.draft.signature = sig;
  for (const l of rest) r.comment(l);
}

function readAppendix(r: Reader, paras: readonly Paragraph[]): void {
  const items: Paragraph[] = [];
  for (const p of paras) {
    if (isPara(p) && !p.marker && !p.attribute) {
      if (items.length > 0) {
        r.taskRegion(items.splice(0), false, "");
      }
      r.comment(p.text, false);
    } else items.push(p);
  }
  if (items.length > 0) r.taskRegion(items, false, "");
}
