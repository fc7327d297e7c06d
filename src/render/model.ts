/**
 * The official document of a plan as a renderer-independent model: a list of blocks in the
 * order of Nghị định 30/2020/NĐ-CP (header, document type and title, body, sign-off). Every
 * decision about content, numbering and the decree's type sizes is taken here (and in the
 * modules `build*` uses), so the Markdown, HTML and DOCX back-ends only translate blocks into
 * their format. Text is plain (never markup): each back-end escapes it.
 */

/** A line set on its own, with the decree's size and weight. */
export interface Line {
  readonly text: string;
  /** Type size in points. */
  readonly size: number;
  readonly bold: boolean;
  readonly italic: boolean;
  /** A centred horizontal rule under the line, this long (mm). */
  readonly ruleMm?: number;
  /** Extra space before the line (pt): room for the signature above the signer's name. */
  readonly gapBeforePt?: number;
  /** Never wrapped (the national name must stay on one line). */
  readonly noWrap?: boolean;
}

/** Two columns of centred lines, row by row (the header block). */
export interface ColumnsRow {
  readonly left: readonly Line[];
  readonly right: readonly Line[];
}

/** The header block: issuing body and number on the left; national name, motto, place and date on the right. */
export interface HeaderBlock {
  readonly kind: "header";
  readonly rows: readonly ColumnsRow[];
}

/** "KẾ HOẠCH" and the title (trích yếu), centred. */
export interface TitleBlock {
  readonly kind: "title";
  readonly lines: readonly Line[];
}

/** A numbered heading: level 1 `I.` (capitals), level 2 `1.`, level 3 `a)`. */
export interface HeadingBlock {
  readonly kind: "heading";
  readonly level: 1 | 2 | 3;
  /** The number with its punctuation: `I.`, `2.`, `a)`. */
  readonly number: string;
  readonly text: string;
}

/** A body paragraph: justified, first-line indent. */
export interface ParagraphBlock {
  readonly kind: "paragraph";
  readonly text: string;
}

/** A list item (`- …`), set as a body paragraph whose marker is literal text. */
export interface ItemBlock {
  readonly kind: "item";
  readonly marker: "-";
  readonly text: string;
}

/** The recipients ("Nơi nhận:") on the left and the signature block on the right. */
export interface SignoffBlock {
  readonly kind: "signoff";
  /** "Nơi nhận:" then one line per recipient; empty when the plan lists none. */
  readonly recipients: readonly Line[];
  /** Authority, position, then the signer after room for the signature; empty when absent. */
  readonly signature: readonly Line[];
}

export type Block = HeaderBlock | TitleBlock | HeadingBlock | ParagraphBlock | ItemBlock | SignoffBlock;

export interface RenderDocument {
  /** A short name for the file (`Kế hoạch 32/KH-UBND`), for the HTML title and DOCX properties. */
  readonly name: string;
  readonly blocks: readonly Block[];
}
