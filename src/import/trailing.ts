/**
 * The end of a plan text: closing paragraphs (with any report deadline in them), recipients,
 * signature (authority lines, position, signer) and appendix, in whatever order they come.
 */
import type { Para, Paragraph } from "./blocks.js";
import type { Draft } from "./draft.js";
import { isAuthorityLine, isRecipientsHead } from "./markers.js";
import { isPara, type Reader } from "./reader.js";
import { foldKeep, isUpperCase, squash } from "./text.js";

export const isAppendixHead = (p: Para): boolean => /^phu luc\b/.test(foldKeep(p.text));

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

export function readTrailing(r: Reader, paras: readonly Paragraph[]): void {
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
