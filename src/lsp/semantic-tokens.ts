/**
 * Semantic highlighting for both dialects: keywords (however they are spelled: `chủ trì`,
 * `chu-tri`, `lead`), texts, dates and numbers, comments, and names by what they denote (plan,
 * unit, role, mandate, task, level), declarations marked as such.
 */
import { SemanticTokensBuilder, type SemanticTokens, type SemanticTokensLegend, type SemanticTokensParams } from "vscode-languageserver";
import { lexTokens, type LexToken } from "../syntax/cursor.js";
import { symbolsOf, type SymbolKind } from "../syntax/locate.js";
import { positionsOf } from "./positions.js";
import type { Session } from "./session.js";

const TYPES = ["keyword", "string", "number", "comment", "namespace", "class", "interface", "property", "function", "enumMember", "variable"] as const;
type TokenType = (typeof TYPES)[number];

export const SEMANTIC_LEGEND: SemanticTokensLegend = { tokenTypes: [...TYPES], tokenModifiers: ["declaration"] };

const BY_SYMBOL: Record<SymbolKind, TokenType> = {
  plan: "namespace",
  unit: "class",
  role: "interface",
  mandate: "property",
  task: "function",
  level: "enumMember",
};

function typeOf(t: LexToken): TokenType | undefined {
  switch (t.kind) {
    case "keyword":
      return "keyword";
    case "text":
      return "string";
    case "number":
      return "number";
    case "comment":
      return "comment";
    case "name":
      return "variable";
    default:
      return undefined; // punctuation; JSON blocks span lines and are left to the grammar
  }
}

export async function semanticTokens(session: Session, params: SemanticTokensParams): Promise<SemanticTokens> {
  const builder = new SemanticTokensBuilder();
  const a = await session.analysis(params.textDocument.uri);
  if (!a) return builder.build();
  const doc = a.check.result.parsed[0]?.parsed.document;
  const names = new Map<number, { type: TokenType; declaration: boolean }>();
  for (const s of doc ? symbolsOf(doc) : []) names.set(s.span.offset, { type: BY_SYMBOL[s.kind], declaration: s.use === "declaration" });
  const pos = positionsOf(a.text);
  for (const t of lexTokens(a.text)) {
    const named = t.kind === "name" || t.kind === "keyword" ? names.get(t.offset) : undefined; // one-word keywords may be names
    const type = named?.type ?? typeOf(t);
    if (!type) continue;
    const start = pos.positionAt(t.offset);
    const end = pos.positionAt(t.endOffset);
    if (end.line !== start.line) continue;
    builder.push(start.line, start.character, end.character - start.character, TYPES.indexOf(type), named?.declaration ? 1 : 0);
  }
  return builder.build();
}
