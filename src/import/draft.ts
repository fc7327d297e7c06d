/**
 * The draft plan the recognisers fill in, between the text and the AST: what was found, in the
 * order of the document, with the source text that could not be placed kept as comments on the
 * member that follows it.
 */
import type { DateValue, SectionName, Timing } from "../syntax/ast.js";
import type { LevelDef } from "../resolve/levels.js";
import type { Citation } from "./citations.js";

export interface DraftTask {
  readonly kind: "task";
  label: string;
  /** Unit names (not ids): the registry gives the ids when the AST is built. */
  lead?: string;
  coordinating: string[];
  timing?: Timing;
  due?: Timing;
  output?: string;
  notes: string[];
  /** The sub-heading of the content it is listed under (`Nội dung tuyên truyền`), for `part`. */
  part?: string;
  /** Comments above the task. */
  readonly comments: string[];
  /** Comments above its `timing` / `due` field (the timing text as written, when it says more). */
  readonly timingComments: string[];
  readonly dueComments: string[];
  /** Labelled lines (`Đơn vị chủ trì: …`) already applied to it. */
  attributed: boolean;
  /** Units read from the start of its own text: an explicit lead line replaces them. */
  textUnits: string[];
}

export interface DraftSection {
  readonly kind: "section";
  readonly name: SectionName;
  readonly items: string[];
  /** Comments above each item (same index), and above the section. */
  readonly itemComments: string[][];
  readonly comments: string[];
}

export interface DraftSignature {
  authority?: string;
  position?: string;
  signer?: string;
  readonly comments: string[];
}

export type DraftMember = DraftTask | DraftSection;

export interface DraftHeader {
  title?: string;
  issuer?: string;
  superior?: string;
  level?: LevelDef;
  number?: string;
  date?: DateValue;
  place?: string;
  period?: Timing;
  /** Header lines that were not recognised. */
  readonly comments: string[];
}

export interface Draft {
  readonly header: DraftHeader;
  /** The paragraphs citing other documents (kept whole as comments). */
  readonly preamble: string[];
  readonly citations: Citation[];
  readonly members: DraftMember[];
  recipients?: DraftSection;
  signature?: DraftSignature;
  /** Comments left after the last member. */
  readonly trailing: string[];
  /** Paragraphs kept only as comments, for the report. */
  unplaced: number;
}

export function newTask(label: string, comments: string[] = []): DraftTask {
  return { kind: "task", label, coordinating: [], notes: [], comments, timingComments: [], dueComments: [], attributed: false, textUnits: [] };
}
