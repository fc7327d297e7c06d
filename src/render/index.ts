/**
 * `kh render`: the official document of a plan (Nghị định 30/2020/NĐ-CP layout) as Markdown,
 * HTML or DOCX, from one renderer-independent model.
 */
export type { Block, ColumnsRow, HeaderBlock, HeadingBlock, ItemBlock, Line, ParagraphBlock, RenderDocument, SignoffBlock, TitleBlock } from "./model.js";
export { buildDocument } from "./build.js";
export { findParents, parentIds, type ParentDocument } from "./parents.js";
export { renderMarkdown } from "./markdown.js";
export { renderHtml } from "./html.js";
export { renderDocx, docxDocument } from "./docx.js";
export { basisParagraph, citation, type CitedDocument } from "./basis.js";
export { dateLine } from "./dates.js";
export { documentType } from "./doc-type.js";
export { authorityLines } from "./signoff.js";
export { timingPhrase } from "./timing.js";

export const RENDER_FORMATS = ["md", "html", "docx"] as const;
export type RenderFormat = (typeof RENDER_FORMATS)[number];
