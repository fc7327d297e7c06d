/**
 * The structure of a plan text, from its paragraphs: header, title, the basis paragraph(s) with
 * their citations, the Roman-numeral sections (each classified by its heading: purposes,
 * requirements, audiences, forms, budget, tasks, organisation), and the closing, recipients,
 * signature and appendix. Items become tasks or section texts; headings, and whatever cannot be
 * placed, become comments on the next member, so nothing of the text is lost.
 */
import type { Para, Paragraph } from "./blocks.js";
import { findCitations } from "./citations.js";
import type { Draft } from "./draft.js";
import { caseBodyName, isMotto, issuerFromText, levelOfIssuer, readBodies, readNumberLine, readPlaceDate, startsWithBody } from "./header.js";
import { isAuthorityLine, isRecipientsHead, isTitleWord } from "./markers.js";
import { dateValue } from "./nodes.js";
import { isPara, Reader } from "./reader.js";
import { foldKeep, isUpperCase, squash } from "./text.js";
import { periodFromTitle, type TimingContext } from "./timing.js";
import { isAppendixHead, readTrailing } from "./trailing.js";

/** Paragraph text that ends the body: the closing sentence, `./.`. */
function closesBody(p: Para): boolean {
  if (p.marker) return false;
  return /^(?:tren day|trong qua trinh (?:to chuc )?(?:trien khai )?thuc hien)\b/.test(foldKeep(p.text)) || p.text.includes("./.");
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
