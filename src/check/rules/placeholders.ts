/**
 * Placeholders (KH701): the places a generated plan (`kh derive`) leaves for its author. A
 * placeholder is a unit reference spelled `TODO` or `can-dien` (any case), or a text that
 * starts with the word `TODO` or `cần điền`. Each one is an error at the very place to edit,
 * saying what to fill in; another diagnostic at exactly that place (an undeclared unit `TODO`)
 * is superseded by it, so the author sees one clear message per placeholder.
 */
import type { Bilingual, Diagnostic } from "../../diagnostics/diagnostic.js";
import { makeDiagnostic } from "../../diagnostics/make.js";
import type { Span } from "../../diagnostics/span.js";
import type { HeaderFieldName, Ident, Member, SectionName, SignatureFieldName, Text } from "../../syntax/ast.js";
import { canonicalKeyword as kw, type Dialect, type KeywordConcept } from "../../syntax/keywords/table.js";
import type { PlanRule } from "./context.js";

/** The placeholder unit id `kh derive` writes, by dialect. */
export const PLACEHOLDER_UNIT: Readonly<Record<Dialect, string>> = { vi: "can-dien", en: "TODO" };

const PLACEHOLDER_IDS: ReadonlySet<string> = new Set(["todo", "can-dien", "cần-điền"]);
/** Exact words (a text starting "Cần điện…", about electricity, is not a placeholder). */
const TEXT_MARKER = /^\s*(?:todo|cần điền|can dien)(?![\p{L}\p{N}])/u;

/** A placeholder text as `kh derive` writes it: `cần điền: WHAT` / `TODO: WHAT`. */
export function placeholderText(dialect: Dialect, what: Bilingual): string {
  return dialect === "vi" ? `cần điền: ${what.vi}` : `TODO: ${what.en}`;
}

/** Whether a name or text may start a placeholder: `t`/`T` (TODO) or `c`/`C` (cần điền), before normalising. */
function mayStartPlaceholder(code: number): boolean {
  return code === 116 || code === 84 || code === 99 || code === 67;
}

export function isPlaceholderIdent(name: string): boolean {
  // Every unit reference of every plan passes here: decide most of them on the first letter.
  if (name.length > 16 || !mayStartPlaceholder(name.charCodeAt(0))) return false;
  return PLACEHOLDER_IDS.has(name.normalize("NFC").toLowerCase());
}

export function isPlaceholderText(value: string): boolean {
  let i = 0;
  while (i < value.length && /\s/.test(value[i]!)) i++;
  if (i === value.length || !mayStartPlaceholder(value.charCodeAt(i))) return false;
  return TEXT_MARKER.test(value.normalize("NFC").toLowerCase());
}

const HEADER_WHAT: Readonly<Record<Exclude<HeaderFieldName, "level" | "date" | "period" | "implements">, Bilingual>> = {
  title: { vi: "tiêu đề (trích yếu) của kế hoạch", en: "the plan's title" },
  issuer: { vi: "cơ quan ban hành", en: "the issuing body" },
  number: { vi: "số, ký hiệu của kế hoạch", en: "the plan's number and symbol" },
  place: { vi: "địa danh", en: "the place name" },
};

/** The keyword concept of a section or signature field: its name, capitalised (the compiler checks it is one). */
function conceptOf<N extends SectionName | SignatureFieldName>(name: N): Capitalize<N> {
  return (name.charAt(0).toUpperCase() + name.slice(1)) as Capitalize<N>;
}

const HELP_TEXT: Bilingual = {
  vi: "thay cả đoạn `cần điền: …` (hoặc `TODO: …`) bằng nội dung thật",
  en: "replace the whole placeholder text (`TODO: …` or `cần điền: …`) with the real text",
};

/** What to say for one placeholder: the message and the help. */
interface Finding {
  readonly span: Span;
  readonly what: Bilingual;
  readonly help: Bilingual;
}

function both(concept: KeywordConcept): Bilingual {
  return { vi: kw(concept, "vi"), en: kw(concept, "en") };
}

function unitHelp(dialect: Dialect): Bilingual {
  return {
    vi: `khai báo đơn vị (\`${kw("Unit", dialect)} ID "Tên đơn vị"\`) rồi ghi mã ID của nó vào đây`,
    en: `declare the unit (\`${kw("Unit", dialect)} ID "Unit name"\`) and write its ID here`,
  };
}

function findingsOf(m: Member, dialect: Dialect): Finding[] {
  const out: Finding[] = [];
  // `what` is worked out only for a placeholder found: most texts and names are not.
  const text = (t: Text | undefined, what: Bilingual | (() => Bilingual), help: Bilingual = HELP_TEXT) => {
    if (t && isPlaceholderText(t.value)) out.push({ span: t.span, what: typeof what === "function" ? what() : what, help });
  };
  const unitRef = (id: Ident, what: () => Bilingual) => {
    if (isPlaceholderIdent(id.name)) out.push({ span: id.span, what: what(), help: unitHelp(dialect) });
  };
  switch (m.type) {
    case "Field":
      if (m.name === "title" || m.name === "issuer" || m.name === "number" || m.name === "place") text(m.value, HEADER_WHAT[m.name]);
      break;
    case "Unit": {
      const roles = m.roles.map((r) => `\`${r.name}\``).join(", ");
      if (isPlaceholderIdent(m.id.name)) out.push({ span: m.id.span, what: { vi: "mã của đơn vị", en: "the unit's id" }, help: unitHelp(dialect) });
      text(
        m.label,
        roles
          ? { vi: `tên đơn vị nhận vai trò ${roles}`, en: `the name of the unit that takes the role ${roles}` }
          : { vi: `tên đơn vị \`${m.id.name}\``, en: `the name of unit \`${m.id.name}\`` },
        roles
          ? {
              vi: `ghi tên đơn vị của mình giữ vai trò này trong dấu ngoặc kép; có thể đổi cả mã \`${m.id.name}\` (và các nhiệm vụ do nó chủ trì)`,
              en: `write the name of your unit that takes this role in the quotes; you may rename the id \`${m.id.name}\` too (and the tasks it leads)`,
            }
          : HELP_TEXT,
      );
      break;
    }
    case "Task": {
      const task = m.id.name;
      text(m.label, () => ({ vi: `nội dung nhiệm vụ \`${task}\``, en: `the text of task \`${task}\`` }));
      for (const f of m.fields) {
        if (f.name === "lead") unitRef(f.value, () => ({ vi: `đơn vị chủ trì nhiệm vụ \`${task}\``, en: `the lead unit of task \`${task}\`` }));
        else if (f.name === "coordinating") for (const u of f.value) unitRef(u, () => ({ vi: `đơn vị phối hợp của nhiệm vụ \`${task}\``, en: `a coordinating unit of task \`${task}\`` }));
        else if (f.name === "output" || f.name === "note") {
          const name = f.name;
          text(f.value, () => ({ vi: `${kw(name === "output" ? "Output" : "Note", "vi")} của nhiệm vụ \`${task}\``, en: `the ${name} of task \`${task}\`` }));
        }
      }
      break;
    }
    case "Waiver":
      text(m.reason, { vi: `lý do miễn \`${m.target.name}\``, en: `the reason for waiving \`${m.target.name}\`` });
      break;
    case "Section": {
      const name = both(conceptOf(m.name));
      for (const item of m.items) text(item, { vi: `mục \`${name.vi}\``, en: `the \`${name.en}\` section` });
      break;
    }
    case "Signature":
      for (const f of m.fields) {
        const name = both(conceptOf(f.name));
        text(f.value, { vi: `\`${name.vi}\` của chữ ký`, en: `the signature's \`${name.en}\`` });
      }
      break;
    case "Role":
    case "Mandate":
      text(m.label, () => ({ vi: `nội dung của \`${m.id.name}\``, en: `the text of \`${m.id.name}\`` }));
      break;
    case "Refine":
    case "Requires":
    case "Rule":
      break;
  }
  return out;
}

export const placeholderRule: PlanRule = ({ plan }) =>
  plan.decl.members.flatMap((m) =>
    findingsOf(m, plan.dialect).map((f) =>
      makeDiagnostic("KH701", f.span, { vi: `Cần điền ${f.what.vi} ở đây`, en: `Fill in ${f.what.en} here` }, [], f.help),
    ),
  );

/** Drops every diagnostic other than KH701 whose primary place is exactly a placeholder's. */
export function withoutSuperseded(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const at = (s: Span) => `${s.file}\u0000${s.offset}\u0000${s.endOffset}`;
  const placeholders = new Set(diagnostics.filter((d) => d.code === "KH701").map((d) => at(d.span)));
  if (placeholders.size === 0) return [...diagnostics];
  return diagnostics.filter((d) => d.code === "KH701" || !placeholders.has(at(d.span)));
}
