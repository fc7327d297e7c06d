/**
 * The item-by-item review of a seed's encoding: each entry is one item of the seed text (a
 * purpose, a content bullet, a timeline entry, a unit's duty, a report deadline…), with the
 * section of the seed it comes from and a fragment of the seed's own words.
 */
export type SeedItemKind =
  | "header"
  | "basis"
  | "purpose"
  | "requirement"
  | "audience"
  | "content"
  | "form"
  | "timeline"
  | "duty"
  | "report"
  | "budget"
  | "recipient"
  | "signature";

export interface SeedItem {
  /**
   * The source section as the encoding's comment names it, e.g. "II.1 gạch đầu dòng 3",
   * "IV.2", "II.3 Quý I", or one of "Đầu văn bản", "Căn cứ", "Nơi nhận", "Chữ ký", "Phụ lục". The
   * nearest comment above the item that names a section (starts with a Roman section number or
   * one of those words) must contain it.
   */
  readonly section: string;
  readonly kind: SeedItemKind;
  /**
   * A fragment of the seed's words (at least a few words) that must appear both in the seed text
   * and in a quoted text of the encoding. Whitespace and Markdown residue are ignored.
   */
  readonly text: string;
}

export interface SeedExpectation {
  /** File name under shared/seeds/ (or shared/corpus/plans-2025/). */
  readonly source: string;
  /** The encoding, relative to the repository root. */
  readonly encoding: string;
  readonly items: readonly SeedItem[];
}
