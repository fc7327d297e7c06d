/**
 * Source text handling: NFC normalisation that keeps every position pointing into the file as
 * written. Lexing runs on the NFC text; when the file was not NFC (e.g. NFD from macOS tools),
 * offsets are mapped back so that diagnostics point at the user's own columns.
 */

export interface SourceText {
  /** The file name as given (relative to the working directory where possible). */
  readonly file: string;
  /** The text as read from disk. */
  readonly original: string;
  /** The NFC-normalised text the lexer sees. */
  readonly text: string;
  /** Maps an offset in `text` to the offset in `original` (identity when already NFC). */
  toOriginal(offset: number): number;
  /** 1-based line and column of an offset in `original`. */
  position(originalOffset: number): { line: number; column: number };
}

/**
 * Offsets at which lines start. A line ends at `\r\n`, `\n` or a lone `\r`, as for the lexer
 * (and editors), so that positions computed from offsets agree with token positions.
 */
export function lineStarts(text: string): number[] {
  const starts = [0];
  let cr = text.indexOf("\r");
  let i = 0;
  for (;;) {
    const lf = text.indexOf("\n", i);
    if (cr !== -1 && (lf === -1 || cr < lf)) {
      // a lone `\r`, or the `\r` of `\r\n`
      i = text.charCodeAt(cr + 1) === 10 ? cr + 2 : cr + 1;
      starts.push(i);
      cr = text.indexOf("\r", i);
      continue;
    }
    if (lf === -1) return starts;
    i = lf + 1;
    starts.push(i);
  }
}

/** True for code units that may start a normalisation segment (not combining marks). */
function isStarter(code: number): boolean {
  return !(
    (code >= 0x0300 && code <= 0x036f) ||
    (code >= 0x1ab0 && code <= 0x1aff) ||
    (code >= 0x1dc0 && code <= 0x1dff) ||
    (code >= 0x20d0 && code <= 0x20ff) ||
    (code >= 0xfe20 && code <= 0xfe2f)
  );
}

export function sourceText(file: string, original: string): SourceText {
  const whole = original.normalize("NFC");
  let starts: number[] | undefined;
  const position = (offset: number) => {
    starts ??= lineStarts(original);
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
  if (whole === original) {
    return { file, original, text: whole, toOriginal: (o) => o, position };
  }
  // Normalise segment by segment (a segment is a starter and its combining marks) and record
  // the segments NFC changes; between them, offsets differ by a constant.
  const n = original.length;
  const parts: string[] = [];
  /** Per changed segment: its start and end in the NFC text and in the original. */
  const nfcStart: number[] = [];
  const nfcEnd: number[] = [];
  const origStart: number[] = [];
  const origEnd: number[] = [];
  let copiedUpTo = 0; // original[copiedUpTo, i) is unchanged and not yet in `parts`
  let nfcOffset = 0;
  let i = 0;
  while (i < n) {
    const c = original.charCodeAt(i);
    let j = i + 1;
    while (j < n && !isStarter(original.charCodeAt(j))) j++;
    // A lone character below U+0300 is its own NFC.
    if (j === i + 1 && c < 0x300) {
      nfcOffset++;
      i = j;
      continue;
    }
    const seg = original.slice(i, j);
    const nfc = seg.normalize("NFC");
    if (nfc !== seg) {
      parts.push(original.slice(copiedUpTo, i), nfc);
      copiedUpTo = j;
      nfcStart.push(nfcOffset);
      nfcEnd.push(nfcOffset + nfc.length);
      origStart.push(i);
      origEnd.push(j);
    }
    nfcOffset += nfc.length;
    i = j;
  }
  parts.push(original.slice(copiedUpTo));
  const toOriginal = (o: number): number => {
    // The last changed segment starting at or before `o`.
    let lo = 0;
    let hi = nfcStart.length - 1;
    if (hi < 0 || nfcStart[0]! > o) return o;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (nfcStart[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    // Inside a changed segment: its start, or as far into it as the original goes.
    if (o < nfcEnd[lo]!) return origStart[lo]! + Math.min(o - nfcStart[lo]!, origEnd[lo]! - origStart[lo]!);
    return origEnd[lo]! + (o - nfcEnd[lo]!);
  };
  // The lexer sees the segment-wise NFC text, so the mapping is exact. It equals whole-text
  // NFC for every script that composes only a starter with its marks (Vietnamese included).
  const text = parts.join("");
  return { file, original, text, toOriginal, position };
}
