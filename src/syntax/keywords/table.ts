/**
 * The keyword table: every keyword concept of the language with its English and Vietnamese
 * spellings. The first spelling of each dialect is the canonical one the formatter prints;
 * the others are accepted aliases. Vietnamese spellings match with or without diacritics,
 * case-insensitively, with words separated by spaces or hyphens (see `pattern.ts`).
 */
import { en } from "./en.js";
import { vi } from "./vi.js";

export type Dialect = "en" | "vi";

/** Every keyword concept. The parser works with concepts, never with spellings. */
export const KEYWORD_CONCEPTS = [
  // top level
  "Template",
  "Plan",
  // header fields
  "Title",
  "Issuer",
  "Level",
  "Number",
  "DateField",
  "Place",
  "Period",
  "Implements",
  // declarations
  "Role",
  "Unit",
  "Mandate",
  "Refine",
  "Task",
  "Waive",
  "Rule",
  "Requires",
  // mandate / task fields
  "AppliesTo",
  "Lead",
  "Coordinating",
  "Due",
  "Timing",
  "Waivable",
  "Kind",
  "Covers",
  "Output",
  "Note",
  "Part",
  "Severity",
  "Json",
  "Yes",
  "No",
  // sections
  "Purposes",
  "Requirements",
  "Audiences",
  "Forms",
  "Budget",
  "Recipients",
  "Signature",
  "Authority",
  "Position",
  "Signer",
  // timing
  "Continuous",
  "Before",
  "After",
  "From",
  "To",
  "And",
  "Year",
  "QuarterWord",
  "MonthWord",
  "FirstHalf",
  "SecondHalf",
  "EveryYear",
  "EveryQuarter",
  "EveryMonth",
] as const;

export type KeywordConcept = (typeof KEYWORD_CONCEPTS)[number];

/** Spellings of one dialect: canonical first. */
export type Spellings = Readonly<Partial<Record<KeywordConcept, readonly string[]>>>;

export const SPELLINGS: Readonly<Record<Dialect, Spellings>> = { en, vi };

/** The canonical spelling of a concept in a dialect (falls back to English). */
export function canonicalKeyword(concept: KeywordConcept, dialect: Dialect): string {
  const list = SPELLINGS[dialect][concept] ?? SPELLINGS.en[concept];
  if (!list || list.length === 0) throw new Error(`keyword ${concept} has no spelling`);
  return list[0]!;
}
