/**
 * The page and type of an administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I), shared by
 * the HTML and DOCX back-ends so that both print the same page: A4, margins top and bottom
 * 20–25 mm, left 30–35 mm, right 15–20 mm; Times New Roman; body 13–14 pt, justified, first-line
 * indent 1–1.27 cm, at least 6 pt between paragraphs, line spacing from single to 1.5 lines.
 */

export const PAGE = {
  widthMm: 210,
  heightMm: 297,
  margin: { topMm: 20, rightMm: 15, bottomMm: 20, leftMm: 30 },
} as const;

/** The width of the text area: 165 mm on A4 with these margins. */
export const TEXT_WIDTH_MM = PAGE.widthMm - PAGE.margin.leftMm - PAGE.margin.rightMm;

export const FONT = "Times New Roman";

/** Type sizes in points, each inside the decree's range. */
export const SIZE = {
  /** Body text, headings, the document type and title (13–14). */
  body: 14,
  /** Issuing body and its superior (12–13). */
  issuer: 13,
  /** National name "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (12–13). */
  nationalName: 12,
  /** "ĐẢNG CỘNG SẢN VIỆT NAM" on Party documents (Hướng dẫn 36-HD/VPTW: 15). */
  partyName: 15,
  /** "Độc lập - Tự do - Hạnh phúc" (13–14). */
  motto: 13,
  /** "Số: …" (13). */
  number: 13,
  /** Place and date (13–14). */
  date: 14,
  /** "Nơi nhận:" (12). */
  recipientsLabel: 12,
  /** The recipients (11). */
  recipients: 11,
  /** Authority, position and signer (13–14). */
  signature: 14,
} as const;

/** First-line indent of body paragraphs, in mm (1 cm). */
export const INDENT_MM = 10;
/** Space after a body paragraph, in pt (at least 6). */
export const PARAGRAPH_AFTER_PT = 6;
/** Line height of body text, as a multiple of single spacing (1 to 1.5). */
export const LINE_SPACING = 1.15;
/** Room left for the handwritten signature and the seal, in pt. */
export const SIGNATURE_GAP_PT = 64;

/** Split of the header and sign-off tables: the left column's share of the text width. */
export const LEFT_COLUMN_SHARE = 0.4;

/** How each heading level is set: I. bold capitals, 1. bold, a) bold italic. */
export function headingStyle(level: 1 | 2 | 3): { readonly bold: boolean; readonly italic: boolean } {
  return { bold: true, italic: level === 3 };
}

/**
 * A rough width of a line of Times New Roman in mm, for the rules drawn under the national
 * motto (as long as the motto) and under the issuer and the title (1/3 to 1/2 of the line).
 */
export function textWidthMm(text: string, pt: number, bold: boolean): number {
  let em = 0;
  for (const c of text) {
    if (c === " ") em += 0.25;
    else if (/\p{Lu}/u.test(c)) em += 0.7;
    else if (/[-.,:;]/u.test(c)) em += 0.3;
    else em += 0.48;
  }
  const mm = (em * pt * 25.4) / 72;
  return Math.round((bold ? mm * 1.05 : mm) * 10) / 10;
}
