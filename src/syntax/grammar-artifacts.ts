/**
 * Generates the grammar artefacts of `grammar/` from the live parser: the railroad diagrams of
 * `grammar/railroad.html` (written by `scripts/gen-grammar.ts`), and the per-rule symbol sets the
 * tests use to keep `grammar/kehoach.ebnf` in step with `parser.ts`.
 */
import { createSyntaxDiagramsCode, type ISerializedGast } from "chevrotain";
import { KEYWORD_CONCEPTS, SPELLINGS, type KeywordConcept } from "./keywords/table.js";
import { parserInstance } from "./parser.js";

/** How the diagrams show the literal tokens (the EBNF names are kept as the terminal's name). */
const LITERAL_LABELS: Readonly<Record<string, { label: string; title: string }>> = {
  Identifier: { label: "identifier", title: "a letter, then letters and digits, parts joined by . or - (e.g. noi-dung.the-che)" },
  StringLiteral: { label: '"text"', title: 'text in straight "…" or typographic “…” quotes, on one line' },
  DateLiteral: { label: "dd/mm/yyyy", title: "a date such as 14/02/2022 or 8/3/2024" },
  IsoDate: { label: "yyyy-mm-dd", title: "an ISO date such as 2024-03-08" },
  DayMonth: { label: "dd/mm", title: "a day and month without year, e.g. 10/06" },
  MonthYear: { label: "m/yyyy", title: "a month (or quarter number) and year, e.g. 3/2024" },
  NumberLiteral: { label: "number", title: "digits, e.g. 2024 or 10" },
  RomanPeriod: { label: "I–IV/yyyy", title: "a Roman-numbered quarter and year, e.g. II/2024" },
  QuarterCode: { label: "Q1–Q4", title: "a quarter code: Q1, Q2, Q3 or Q4" },
  HalfCode: { label: "H1 | H2", title: "a half-year code: H1 or H2" },
  JsonBlock: { label: "{ JSON }", title: "a balanced JSON object (JsonLogic), only after the json keyword" },
  LBrace: { label: "{", title: "{" },
  RBrace: { label: "}", title: "}" },
  Comma: { label: ",", title: "," },
  Colon: { label: ":", title: ":" },
  DotDot: { label: "..", title: ".." },
};

const CONCEPTS: ReadonlySet<string> = new Set(KEYWORD_CONCEPTS);

/** `title | tiêu đề`: the canonical English and Vietnamese spellings of a keyword concept. */
export function keywordLabel(concept: KeywordConcept): string {
  const en = SPELLINGS.en[concept]?.[0];
  const vi = SPELLINGS.vi[concept]?.[0];
  return [en, vi].filter((s): s is string => s !== undefined).join(" | ");
}

/** Every accepted spelling of a keyword concept, English first. */
export function keywordSpellings(concept: KeywordConcept): string[] {
  return [...(SPELLINGS.en[concept] ?? []), ...(SPELLINGS.vi[concept] ?? [])];
}

type Node = ISerializedGast & {
  name?: string;
  label?: string;
  pattern?: string;
  orgText?: string;
  separator?: Node;
  definition?: Node[];
};

/** Replaces chevrotain's token names and regexes by the words a plan author types. */
function relabel(node: Node): Node {
  const out: Node = { ...node };
  if (out.type === "Terminal" && out.name !== undefined) {
    if (CONCEPTS.has(out.name)) {
      const concept = out.name as KeywordConcept;
      out.label = keywordLabel(concept);
      out.pattern = keywordSpellings(concept).join(" | ");
    } else {
      const lit = LITERAL_LABELS[out.name];
      if (lit) {
        out.label = lit.label;
        out.pattern = lit.title;
      }
    }
  }
  // The rule's source text depends on how the TypeScript was compiled; keep the output stable.
  if (out.type === "Rule") out.orgText = "";
  if (out.definition) out.definition = out.definition.map(relabel);
  if (out.separator) out.separator = relabel(out.separator);
  return out;
}

/** The parser's rules in serialized form, with keyword and literal labels for readers. */
export function diagramProductions(): ISerializedGast[] {
  return (parserInstance().getSerializedGastProductions() as Node[]).map(relabel);
}

const INTRO = `
<div style="max-width: 60em; margin: 1em auto; font-family: sans-serif">
<h1>kehoach — railroad diagrams</h1>
<p>Generated from <code>src/syntax/parser.ts</code> by <code>npx tsx scripts/gen-grammar.ts</code>; do not edit by hand.
The same grammar in EBNF, with every keyword spelling, is <code>grammar/kehoach.ebnf</code>; the reference for plan
authors is <code>docs/language.md</code>.</p>
<p>Keywords are shown as <em>English | Vietnamese</em> canonical spellings (hover a box for every accepted spelling).
Vietnamese keywords match with or without diacritics, in any case, with spaces or hyphens between words.
The diagram scripts are loaded from unpkg.com, so viewing this page needs a network connection.</p>
</div>
`;

/** The complete `grammar/railroad.html` text. */
export function railroadHtml(): string {
  const html = createSyntaxDiagramsCode(diagramProductions());
  return html.replace('<div id="diagrams"', `${INTRO.trim()}\n<div id="diagrams"`);
}

/**
 * For each parser rule, the symbols its right-hand side uses, once per occurrence, sorted:
 * keyword concepts, literal token names (`Identifier`, `LBrace`, …) and the rules it calls.
 */
export function ruleSymbols(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const visit = (n: Node, acc: string[]): void => {
    if ((n.type === "Terminal" || n.type === "NonTerminal") && n.name !== undefined) acc.push(n.name);
    if (n.separator) visit(n.separator, acc);
    for (const d of n.definition ?? []) visit(d, acc);
  };
  for (const rule of parserInstance().getSerializedGastProductions() as Node[]) {
    const acc: string[] = [];
    for (const d of rule.definition ?? []) visit(d, acc);
    out.set(rule.name ?? "", acc.sort());
  }
  return out;
}
