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

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
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
  // Build a mapping segment by segment: each segment is a starter and its combining marks.
  const nfcStarts: number[] = [];
  const origStarts: number[] = [];
  const parts: string[] = [];
  let nfcOffset = 0;
  let i = 0;
  while (i < original.length) {
    let j = i + 1;
    while (j < original.length && !isStarter(original.charCodeAt(j))) j++;
    const seg = original.slice(i, j).normalize("NFC");
    nfcStarts.push(nfcOffset);
    origStarts.push(i);
    parts.push(seg);
    nfcOffset += seg.length;
    i = j;
  }
  const toOriginal = (o: number): number => {
    if (o >= nfcOffset) return original.length + (o - nfcOffset);
    let lo = 0;
    let hi = nfcStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (nfcStarts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return origStarts[lo]! + (o - nfcStarts[lo]!);
  };
  // The lexer sees the segment-wise NFC text, so the mapping is exact. It equals whole-text
  // NFC for every script that composes only a starter with its marks (Vietnamese included).
  const text = parts.join("");
  return { file, original, text, toOriginal, position };
}
