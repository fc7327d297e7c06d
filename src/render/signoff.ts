/**
 * The end of the document (Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.7–II.9): the signature block
 * on the right (authority "TM."/"KT."/"Q."/"TL."/"TUQ." and position in bold capitals, room
 * for the signature and seal, the signer in bold) and "Nơi nhận:" on the left (bold italic,
 * 12 pt) with the recipients (11 pt), each on a line starting with "-", ending with ";" and the
 * last with ".".
 */
import type { Line, SignoffBlock } from "./model.js";
import { SIGNATURE_GAP_PT, SIZE } from "./style.js";
import { terminate, upper } from "./text.js";

export interface SignatureInput {
  readonly authority: string | null;
  readonly position: string | null;
  readonly signer: string | null;
}

/** The authority words the decree abbreviates, written with their dot: `TM.`, `KT.`, `Q.`, `TL.`, `TUQ.` */
const AUTHORITY = /^(TM|KT|Q|TL|TUQ)\.?\s+/iu;

/**
 * The bold capital lines above the signature: each line of `authority` (a text may hold
 * several, separated by "\n": "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH"), then the position.
 */
export function authorityLines(sig: SignatureInput): string[] {
  const lines = (sig.authority ?? "").split(/\r?\n/u).map((l) => l.trim().replace(/\s+/gu, " ")).filter((l) => l !== "");
  const out = lines.map((l) => upper(l.replace(AUTHORITY, (_m, w: string) => `${upper(w)}. `)));
  const position = sig.position?.trim();
  if (position) out.push(upper(position));
  return out;
}

/** Recipient lines: `- X;` for each but the last, `- Lưu: VT.` for the last. */
export function recipientLines(recipients: readonly string[]): string[] {
  const items = recipients.map((r) => r.trim().replace(/^[-–•+]\s*/u, "")).filter((r) => r !== "");
  return items.map((r, i) => `- ${terminate(r, i === items.length - 1 ? "." : ";")}`);
}

function line(text: string, size: number, bold: boolean, italic: boolean, gapBeforePt?: number): Line {
  return { text, size, bold, italic, ...(gapBeforePt !== undefined && { gapBeforePt }) };
}

/** The sign-off block, or null when the plan has neither recipients nor a signature. */
export function buildSignoff(recipients: readonly string[], sig: SignatureInput | null): SignoffBlock | null {
  const rec = recipientLines(recipients);
  const recipientsBlock = rec.length === 0 ? [] : [line("Nơi nhận:", SIZE.recipientsLabel, true, true), ...rec.map((r) => line(r, SIZE.recipients, false, false))];
  const signature: Line[] = [];
  if (sig) {
    for (const a of authorityLines(sig)) signature.push(line(a, SIZE.signature, true, false));
    const signer = sig.signer?.trim();
    if (signer) signature.push(line(signer, SIZE.signature, true, false, SIGNATURE_GAP_PT));
  }
  if (recipientsBlock.length === 0 && signature.length === 0) return null;
  return { kind: "signoff", recipients: recipientsBlock, signature };
}
