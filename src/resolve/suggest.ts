/**
 * Did-you-mean suggestions that ignore accents, case and tone placement: `noi-dung.the-chế`
 * finds `noi-dung.the-che`, `bao-cao.6thang` finds `bao-cao.6-thang`, and a name missing its
 * last words finds the one name it begins (`noi-dung.chu-de` → `noi-dung.chu-de-2021`).
 */
import type { Diagnostic, Fix } from "../diagnostics/diagnostic.js";
import type { Span } from "../diagnostics/span.js";
import { foldIdentifier } from "../syntax/fold.js";

function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/** The closest candidate within a small edit distance of the folded forms, if any. */
export function suggest(name: string, candidates: Iterable<string>): string | undefined {
  const target = foldIdentifier(name);
  const max = Math.max(1, Math.min(3, Math.floor(target.length / 4)));
  let best: string | undefined;
  let bestD = max + 1;
  for (const c of candidates) {
    const d = distance(target, foldIdentifier(c), max);
    if (d < bestD || (d === bestD && best !== undefined && c < best)) {
      best = c;
      bestD = d;
    }
  }
  return bestD <= max ? best : (uniqueExtension(target, candidates) ?? undefined);
}

/**
 * The one candidate that extends the name by whole words (`noi-dung.chu-de` →
 * `noi-dung.chu-de-2021`, `bao-cao` → `bao-cao.6-thang`), when no candidate is a few edits away.
 * Several such candidates: no suggestion (a guess among them would mislead).
 */
function uniqueExtension(target: string, candidates: Iterable<string>): string | undefined {
  if (target.length < 3) return undefined;
  let found: string | undefined;
  for (const c of candidates) {
    const f = foldIdentifier(c);
    if (f.length > target.length && f.startsWith(target) && (f[target.length] === "-" || f[target.length] === ".")) {
      if (found !== undefined && found !== c) return undefined;
      found = c;
    }
  }
  return found;
}

/**
 * Adds to a did-you-mean diagnostic its machine-applicable fix: replace the unknown name at
 * `span` by the suggestion (editors offer it as a quick fix; SARIF carries it). No suggestion,
 * no fix.
 */
export function withReplacement(d: Diagnostic, span: Span, suggestion: string | undefined): Diagnostic {
  if (suggestion === undefined) return d;
  const fix: Fix = { title: { vi: `Thay bằng \`${suggestion}\``, en: `Replace with \`${suggestion}\`` }, edits: [{ span, text: suggestion }] };
  return { ...d, fixes: [...(d.fixes ?? []), fix] };
}
