/**
 * A small TextMate tokenizer over JavaScript regexes, for testing the generated grammar without
 * vscode-textmate/vscode-oniguruma (not installed). It follows vscode-textmate's scanning rules
 * for the features the grammar uses: line by line; at each position every candidate rule is
 * searched and the earliest match wins, ties going to the rule listed first; in a begin/end
 * region the `end` pattern is listed before the region's own patterns; `include` of repository
 * rules; `captures`/`beginCaptures`/`endCaptures`; regions carry over to the next line.
 * Regexes are compiled with the `u` flag (strict syntax; Oniguruma reads `\p{…}` and classes the
 * same way) — `test/editors/tmgrammar.test.ts` also rejects syntax the two engines read differently.
 */
import type { TmGrammar, TmRule } from "../../scripts/gen-tmgrammar.js";

export interface TmToken {
  /** Offset in the whole text (lines joined as given). */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Outermost first, `source.kehoach` excluded. */
  readonly scopes: readonly string[];
  /** The start offset of the outermost named begin/end region (a text, a JSON object) this token is part of. */
  readonly region?: number;
}

interface Frame {
  readonly rule: TmRule;
  readonly end: RegExp;
  readonly scopes: readonly string[];
  readonly region: number | undefined;
}

type Captures = TmRule["captures"];

export class Tokenizer {
  private readonly regexCache = new Map<string, RegExp>();

  constructor(private readonly grammar: TmGrammar) {}

  regex(source: string): RegExp {
    let re = this.regexCache.get(source);
    if (!re) {
      re = new RegExp(source, "dgmu");
      this.regexCache.set(source, re);
    }
    return re;
  }

  /** The rules a list of patterns stands for, includes expanded, in order. */
  private expand(patterns: readonly TmRule[] | undefined, seen: Set<TmRule> = new Set()): TmRule[] {
    const out: TmRule[] = [];
    for (const p of patterns ?? []) {
      if (p.include !== undefined) {
        if (!p.include.startsWith("#")) throw new Error(`unsupported include ${p.include}`);
        const target = this.grammar.repository[p.include.slice(1)];
        if (!target) throw new Error(`missing repository rule ${p.include}`);
        if (seen.has(target)) continue;
        out.push(...this.expand(target.match || target.begin ? [target] : target.patterns, new Set([...seen, target])));
      } else if (p.match !== undefined || p.begin !== undefined) {
        out.push(p);
      } else {
        out.push(...this.expand(p.patterns, seen));
      }
    }
    return out;
  }

  /** Tokenizes a whole text; lines end at \n, \r\n or \r (the terminators belong to no token). */
  tokenize(text: string): TmToken[] {
    const tokens: TmToken[] = [];
    const stack: Frame[] = [];
    const lineRe = /\r\n|\r|\n/g;
    let lineStart = 0;
    for (;;) {
      const m = lineRe.exec(text);
      const lineEnd = m ? m.index : text.length;
      this.tokenizeLine(text.slice(lineStart, lineEnd), lineStart, stack, tokens);
      if (!m) break;
      lineStart = m.index + m[0].length;
    }
    return tokens;
  }

  /**
   * Like vscode-textmate, the line is scanned with a `\n` appended (so `$` and lookaheads see the
   * line break, as Oniguruma's `$` does: hence the `m` flag); tokens stop at the line's end.
   */
  private tokenizeLine(lineText: string, base: number, stack: Frame[], out: TmToken[]): void {
    // JavaScript's `.` and multiline `$` also stop at U+2028/U+2029, Oniguruma's only at \n:
    // match on a copy where they are another character that is not a line break (same length).
    const line = `${lineText.replace(/[\u2028\u2029]/g, "\u0085")}\n`;
    const length = lineText.length;
    const emit = (from: number, to: number, scopes: readonly string[], region: number | undefined): void => {
      const end = Math.min(to, length);
      if (end <= from) return;
      out.push({ start: base + from, end: base + end, text: lineText.slice(from, end), scopes, ...(region === undefined ? {} : { region }) });
    };
    const emitCaptured = (match: RegExpExecArray, captures: Captures, scopes: readonly string[], region: number | undefined): void => {
      const start = match.index;
      const end = start + match[0].length;
      const whole = captures?.["0"];
      const outer = whole ? [...scopes, whole.name] : scopes;
      // Split at the captured groups' boundaries (groups do not nest in this grammar).
      const groups: [number, number, string][] = [];
      for (const [key, value] of Object.entries(captures ?? {})) {
        const span = key === "0" ? undefined : match.indices?.[Number(key)];
        if (span) groups.push([span[0], span[1], value.name]);
      }
      groups.sort((a, b) => a[0] - b[0]);
      let at = start;
      for (const [s, e, name] of groups) {
        emit(at, s, outer, region);
        emit(s, e, [...outer, name], region);
        at = e;
      }
      emit(at, end, outer, region);
    };
    let pos = 0;
    for (let steps = 0; ; steps++) {
      if (steps > 100_000) throw new Error("tokenizer did not advance");
      const frame = stack[stack.length - 1];
      const candidates: { rule: TmRule | undefined; re: RegExp }[] = [];
      if (frame) candidates.push({ rule: undefined, re: frame.end });
      for (const rule of this.expand(frame ? frame.rule.patterns : this.grammar.patterns)) {
        candidates.push({ rule, re: this.regex((rule.match ?? rule.begin)!) });
      }
      let best: { rule: TmRule | undefined; match: RegExpExecArray } | undefined;
      for (const c of candidates) {
        c.re.lastIndex = pos;
        const match = c.re.exec(line);
        if (match && match.index < line.length && (!best || match.index < best.match.index)) best = { rule: c.rule, match };
      }
      const scopes = frame ? frame.scopes : [];
      const region = frame?.region;
      if (!best || best.match.index >= length) {
        emit(pos, length, scopes, region);
        // A region that ends at the line break (`$`, or a lookahead that sees it) ends here.
        if (best && best.rule === undefined) stack.pop();
        return;
      }
      const { rule, match } = best;
      emit(pos, match.index, scopes, region);
      if (rule === undefined) {
        emitCaptured(match, frame!.rule.endCaptures, scopes, region);
        stack.pop();
      } else if (rule.match !== undefined) {
        emitCaptured(match, rule.captures, rule.name ? [...scopes, rule.name] : scopes, region);
      } else {
        const inner = rule.name ? [...scopes, rule.name] : scopes;
        // Only named regions (a text, a JSON object) count: `json`'s own frame is a mere context.
        const newRegion = region ?? (rule.name ? base + match.index : undefined);
        emitCaptured(match, rule.beginCaptures, inner, newRegion);
        stack.push({ rule, end: this.regex(rule.end!), scopes: inner, region: newRegion });
      }
      const next = match.index + match[0].length;
      if (match[0].length === 0 && rule !== undefined) {
        // A zero-width match that changes nothing: step over one character (vscode-textmate does too).
        if (rule.match !== undefined) emit(next, next + 1, scopes, region);
        pos = next + 1;
      } else {
        pos = next;
      }
    }
  }
}

/** The scopes of a token joined, innermost last, without the `.kehoach` suffix: for readable assertions. */
export function innermost(token: TmToken): string {
  return (token.scopes[token.scopes.length - 1] ?? "").replace(/\.kehoach$/, "");
}

/** Tokens with a scope, as `[text, innermost scope]` pairs: what a reader of a test wants to see. */
export function scoped(tokens: readonly TmToken[]): [string, string][] {
  return tokens.filter((t) => t.scopes.length > 0 && t.text.trim() !== "").map((t) => [t.text, innermost(t)]);
}
