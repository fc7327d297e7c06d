export * from "./ast.js";
export { parse, LIMITS, type ParseResult, type Comment } from "./parse.js";
export { sourceText, type SourceText } from "./source.js";
export { fold, foldIdentifier } from "./fold.js";
export { canonicalKeyword, SPELLINGS, KEYWORD_CONCEPTS, type Dialect, type KeywordConcept } from "./keywords/table.js";
