/**
 * fast-check generators of kehoach ASTs (both plan kinds, every member, field and timing kind) and
 * helpers to compare trees without their spans. Generated plans are valid: they parse back
 * without errors, so the formatter must accept them.
 */
import fc from "fast-check";
import type * as A from "../../src/syntax/ast.js";
import { fold } from "../../src/syntax/fold.js";
import { SPELLINGS } from "../../src/syntax/keywords/table.js";
import { zeroSpan } from "../../src/format/format.js";

const span = zeroSpan("gen.kh");

// ---- identifiers -----------------------------------------------------------------------------

const LETTERS = [..."abcdđeghiklmnopqrstuvxyăâêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ", "Đ", "V", "Q"];
const DIGITS = [..."0123456789"];

/** Multi-word keyword phrases: lexed as keywords, so they cannot be identifiers (by design). */
const PHRASES: ReadonlySet<string> = new Set(
  Object.values(SPELLINGS).flatMap((spellings) =>
    Object.values(spellings)
      .flat()
      .filter((s): s is string => typeof s === "string" && /[\s-]/.test(s))
      .map((s) => fold(s)),
  ),
);

/**
 * Identifiers the language cannot take, excluded here and reported as lexer limitations:
 * - equal to a multi-word keyword (`chu-tri`, `applies-to`);
 * - starting with the last word of a Vietnamese phrase whose first words are the keyword before
 *   it (`kế hoạch mau-x` lexes as `kế hoạch mẫu`, `nhiệm vụ bat-buoc`, `áp dụng cho-x`, `sau khi-x`);
 * - `json`, which the lexer takes as the rule keyword before any `{`.
 */
export function usableIdentifier(id: string): boolean {
  if (PHRASES.has(fold(id))) return false;
  const words = id.split(/[-.]/).map((w) => fold(w));
  if (["mau", "cho", "khi"].includes(words[0]!)) return false;
  const dashed = id.split("-");
  if (fold(dashed[0]!) === "bat" && fold(dashed[1]?.split(".")[0] ?? "") === "buoc") return false;
  return fold(id) !== "json";
}

const word = fc
  .tuple(fc.constantFrom(...LETTERS), fc.array(fc.constantFrom(...LETTERS, ...DIGITS), { maxLength: 5 }))
  .map(([first, rest]) => first + rest.join(""));

/** Identifiers from the brief and keywords that double as identifiers. */
const CURATED = [
  "văn-phòng",
  "tư-pháp.xã",
  "level",
  "ngay",
  "ngày",
  "office",
  "title",
  "task",
  "cap",
  "cấp",
  "and",
  "và",
  "role",
  "quy",
  "năm",
  "sau",
  "before",
  "Q2",
  "h1",
  "noi-dung.the-che",
  "bao-cao.6-thang",
  "UBND-xã",
];

export const identName: fc.Arbitrary<string> = fc
  .oneof(
    { weight: 1, arbitrary: fc.constantFrom(...CURATED) },
    {
      weight: 3,
      arbitrary: fc
        .tuple(
          word,
          fc.array(fc.tuple(fc.constantFrom("-", "."), fc.array(fc.constantFrom(...LETTERS, ...DIGITS), { minLength: 1, maxLength: 4 })), {
            maxLength: 2,
          }),
        )
        .map(([w, rest]) => w + rest.map(([sep, cs]) => sep + cs.join("")).join("")),
    },
  )
  .filter(usableIdentifier);

export const ident: fc.Arbitrary<A.Ident> = identName.map((name) => ({ type: "Ident", name, span }));

const mandateRef: fc.Arbitrary<A.MandateRef> = fc
  .tuple(fc.option(identName, { nil: undefined }), identName)
  .map(([origin, name]) => (origin === undefined ? { type: "MandateRef", name, span } : { type: "MandateRef", origin, name, span }));

// ---- text ------------------------------------------------------------------------------------

const TEXT_CHARS = [..."abc XYZ 019 \"\\#{}:/,.“”'-", ..."ăâđêôơưàáảãạếềểễệốồổỗộớờởỡợứừửữựýỳỷỹỵĐƯ", "\n", "\t", "\u0001"];

export const textValue: fc.Arbitrary<string> = fc.string({ unit: fc.constantFrom(...TEXT_CHARS), maxLength: 24 });
const text: fc.Arbitrary<A.Text> = textValue.map((value) => ({ type: "Text", value, span }));

/** Comment bodies (no line breaks); the formatter drops trailing spaces. */
export const commentBody: fc.Arbitrary<string> = fc
  .string({ unit: fc.constantFrom(...'ab xy#"{}\\', ..."ạđươ", "\t"), maxLength: 16 })
  .map((s) => s.trimEnd());

// ---- dates and timings -----------------------------------------------------------------------

function daysIn(month: number, year: number | undefined): number {
  const leap = year === undefined || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0));
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

const year = fc.integer({ min: 1900, max: 2200 });

const fullDate: fc.Arbitrary<A.DateValue> = fc
  .tuple(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
  .map(([y, m, d]) => ({ type: "Date", day: Math.min(d, daysIn(m, y)), month: m, year: y, span }));

const dayMonth: fc.Arbitrary<A.DateValue> = fc
  .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
  .map(([m, d]) => ({ type: "Date", day: Math.min(d, daysIn(m, undefined)), month: m, span }));

const dayOfMonth: fc.Arbitrary<A.DateValue> = fc.integer({ min: 1, max: 31 }).map((day) => ({ type: "Date", day, month: 0, span }));

function key(d: A.DateValue): number {
  return (d.year ?? 0) * 10000 + d.month * 100 + d.day;
}

export const timing: fc.Arbitrary<A.Timing> = fc.oneof(
  fc.constant<A.Timing>({ type: "Timing", kind: "continuous", span }),
  fullDate.map((date): A.Timing => ({ type: "Timing", kind: "date", date, span })),
  fullDate.map((date): A.Timing => ({ type: "Timing", kind: "before", date, span })),
  fc.tuple(fullDate, fullDate).map(([a, b]): A.Timing => {
    const [from, to] = key(a) <= key(b) ? [a, b] : [b, a];
    return { type: "Timing", kind: "range", from, to, span };
  }),
  fc
    .tuple(fc.integer({ min: 1, max: 4 }), year)
    .map(([quarter, y]): A.Timing => ({ type: "Timing", kind: "quarter", quarter, year: y, span })),
  fc.tuple(fc.integer({ min: 1, max: 12 }), year).map(([month, y]): A.Timing => ({ type: "Timing", kind: "month", month, year: y, span })),
  fc.tuple(fc.constantFrom<1 | 2>(1, 2), year).map(([half, y]): A.Timing => ({ type: "Timing", kind: "half", half, year: y, span })),
  year.map((y): A.Timing => ({ type: "Timing", kind: "year", year: y, span })),
  fc
    .oneof(
      fc.tuple(fc.constant("year" as const), fc.array(fc.oneof(dayMonth, fullDate), { maxLength: 3 })),
      fc.tuple(fc.constantFrom("quarter" as const, "month" as const), fc.array(dayOfMonth, { maxLength: 3 })),
    )
    .map(([every, before]): A.Timing => ({ type: "Timing", kind: "recurring", every, before, span })),
  ident.map((task): A.Timing => ({ type: "Timing", kind: "after", task, span })),
);

// ---- members ---------------------------------------------------------------------------------

const identList = fc.array(ident, { minLength: 1, maxLength: 3 });

type Opt<T> = fc.Arbitrary<T | undefined>;
const opt = <T>(a: fc.Arbitrary<T>): Opt<T> => fc.option(a, { nil: undefined });
const defined = <T>(xs: readonly (T | undefined)[]): T[] => xs.filter((x): x is T => x !== undefined);

/** Fields in a random order; each name at most once except the repeatable ones. */
function fieldsOf<T>(single: readonly Opt<T>[], repeatable: readonly fc.Arbitrary<T>[]): fc.Arbitrary<T[]> {
  return fc.tuple(fc.tuple(...single), fc.tuple(...repeatable.map((r) => fc.array(r, { maxLength: 2 })))).chain(([s, r]) => {
    const all = [...defined(s), ...r.flat()];
    return fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length });
  });
}

const mandateFields: fc.Arbitrary<A.MandateField[]> = fieldsOf<A.MandateField>(
  [
    opt(identList.map((value): A.MandateField => ({ type: "MandateField", name: "appliesTo", value, span }))),
    opt(ident.map((value): A.MandateField => ({ type: "MandateField", name: "leadRole", value, span }))),
    opt(timing.map((value): A.MandateField => ({ type: "MandateField", name: "due", value, span }))),
    opt(fc.boolean().map((value): A.MandateField => ({ type: "MandateField", name: "waivable", value, span }))),
    opt(ident.map((value): A.MandateField => ({ type: "MandateField", name: "kind", value, span }))),
  ],
  [text.map((value): A.MandateField => ({ type: "MandateField", name: "note", value, span }))],
);

const taskFields: fc.Arbitrary<A.TaskField[]> = fieldsOf<A.TaskField>(
  [
    opt(ident.map((value): A.TaskField => ({ type: "TaskField", name: "lead", value, span }))),
    opt(identList.map((value): A.TaskField => ({ type: "TaskField", name: "coordinating", value, span }))),
    opt(timing.map((value): A.TaskField => ({ type: "TaskField", name: "timing", value, span }))),
    opt(timing.map((value): A.TaskField => ({ type: "TaskField", name: "due", value, span }))),
    opt(text.map((value): A.TaskField => ({ type: "TaskField", name: "output", value, span }))),
    opt(text.map((value): A.TaskField => ({ type: "TaskField", name: "part", value, span }))),
  ],
  [
    fc.array(mandateRef, { minLength: 1, maxLength: 3 }).map((value): A.TaskField => ({ type: "TaskField", name: "covers", value, span })),
    text.map((value): A.TaskField => ({ type: "TaskField", name: "note", value, span })),
  ],
);

const jsonLeaf = fc.oneof(
  fc.integer({ min: -1000, max: 100000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  textValue,
);
const jsonKey = textValue.filter((k) => k !== "__proto__");
const { json } = fc.letrec((tie) => ({
  json: fc.oneof({ depthSize: "small", withCrossShrink: true }, jsonLeaf, tie("array"), tie("object")),
  array: fc.array(tie("json"), { maxLength: 4 }),
  object: fc
    .uniqueArray(fc.tuple(jsonKey, tie("json")), { maxLength: 4, selector: ([k]) => k })
    .map((entries) => Object.fromEntries(entries)),
}));
/** A rule's logic is always a JSON object (the lexer only takes `{…}` after `json`). */
export const jsonLogic: fc.Arbitrary<Record<string, unknown>> = fc
  .uniqueArray(fc.tuple(jsonKey, json), { maxLength: 4, selector: ([k]) => k })
  .map((entries) => Object.fromEntries(entries));

const sectionName = fc.constantFrom<A.SectionName>("purposes", "requirements", "audiences", "forms", "budget", "recipients");

const headerFields: fc.Arbitrary<A.HeaderField[]> = fc
  .tuple(text, text, ident, opt(text), opt(fullDate), opt(text), opt(timing), opt(identList))
  .map(([title, issuer, level, number, date, place, period, implements_]) =>
    defined<A.HeaderField>([
      { type: "Field", name: "title", value: title, span },
      { type: "Field", name: "issuer", value: issuer, span },
      { type: "Field", name: "level", value: level, span },
      number && { type: "Field", name: "number", value: number, span },
      date && { type: "Field", name: "date", value: date, span },
      place && { type: "Field", name: "place", value: place, span },
      period && { type: "Field", name: "period", value: period, span },
      implements_ && { type: "Field", name: "implements", value: implements_, span },
    ]),
  );

const role: fc.Arbitrary<A.RoleDecl> = fc.tuple(ident, text).map(([id, label]) => ({ type: "Role", id, label, span }));
const unit: fc.Arbitrary<A.UnitDecl> = fc
  .tuple(ident, opt(text), fc.array(ident, { maxLength: 2 }))
  .map(([id, label, roles]) => ({ type: "Unit", id, ...(label && { label }), roles, span }));
const mandate: fc.Arbitrary<A.MandateDecl> = fc
  .tuple(ident, opt(text), mandateFields)
  .map(([id, label, fields]) => ({ type: "Mandate", id, ...(label && { label }), fields, span }));
const refine: fc.Arbitrary<A.RefineDecl> = fc
  .tuple(mandateRef, mandateFields)
  .map(([target, fields]) => ({ type: "Refine", target, fields, span }));
const task: fc.Arbitrary<A.TaskDecl> = fc
  .tuple(ident, opt(text), taskFields)
  .map(([id, label, fields]) => ({ type: "Task", id, ...(label && { label }), fields, span }));
const waiver: fc.Arbitrary<A.WaiverDecl> = fc
  .tuple(mandateRef, opt(text))
  .map(([target, reason]) => ({ type: "Waiver", target, ...(reason && { reason }), span }));
const section: fc.Arbitrary<A.SectionDecl> = fc
  .tuple(sectionName, fc.array(text, { maxLength: 3 }))
  .map(([name, items]) => ({ type: "Section", name, items, span }));
const signature: fc.Arbitrary<A.SignatureDecl> = fc
  .shuffledSubarray<A.SignatureFieldName>(["authority", "position", "signer"])
  .chain((names) => fc.tuple(...names.map((name) => text.map((value) => ({ type: "SignatureField" as const, name, value, span })))))
  .map((fields) => ({ type: "Signature", fields, span }));
const requires: fc.Arbitrary<A.RequiresDecl> = fc
  .array(fc.oneof(sectionName, fc.constant("signature" as const)), { minLength: 1, maxLength: 3 })
  .map((names) => ({ type: "Requires", sections: names.map((name) => ({ type: "SectionRef" as const, name, span })), span }));
const rule: fc.Arbitrary<A.RuleDecl> = fc.tuple(ident, opt(text), opt(ident), jsonLogic).map(([id, label, severity, logic]) => ({
  type: "Rule",
  id,
  ...(label && { label }),
  ...(severity && { severity }),
  logic,
  source: JSON.stringify(logic),
  sourceSpan: span,
  span,
}));

const uniqueById = <T extends { id: A.Ident }>(a: fc.Arbitrary<T>, maxLength: number): fc.Arbitrary<T[]> =>
  fc.uniqueArray(a, { maxLength, selector: (d) => d.id.name });

/** A whole plan or template, members in a random order. */
export const plan: fc.Arbitrary<A.PlanDecl> = fc
  .record({
    kind: fc.constantFrom<"template" | "plan">("template", "plan"),
    id: ident,
    header: headerFields,
    roles: uniqueById(role, 2),
    units: uniqueById(unit, 3),
    mandates: uniqueById(mandate, 3),
    refines: fc.array(refine, { maxLength: 2 }),
    tasks: uniqueById(task, 3),
    waivers: fc.array(waiver, { maxLength: 2 }),
    sections: fc.array(section, { maxLength: 3 }),
    signatures: fc.array(signature, { maxLength: 1 }),
    requires: fc.array(requires, { maxLength: 1 }),
    rules: uniqueById(rule, 2),
  })
  .chain((p) => {
    const members: A.Member[] = [
      ...p.header,
      ...p.roles,
      ...p.units,
      ...p.mandates,
      ...p.refines,
      ...p.tasks,
      ...p.waivers,
      ...p.sections,
      ...p.signatures,
      ...p.requires,
      ...p.rules,
    ];
    return fc
      .shuffledSubarray(members, { minLength: members.length, maxLength: members.length })
      .map((ordered): A.PlanDecl => ({ type: "Plan", kind: p.kind, id: p.id, members: ordered, span }));
  });

export const document: fc.Arbitrary<A.Document> = plan.map((p) => ({ type: "Document", file: "gen.kh", plan: p, span }));

// ---- comparison ------------------------------------------------------------------------------

const DROPPED = new Set(["span", "sourceSpan", "source", "file"]);

/** The tree without positions and source text: what must survive printing and re-parsing. */
export function stripSpans(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripSpans);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => !DROPPED.has(k))
        // The rule's JSON is data: its keys may be called `span` or `source` too.
        .map(([k, v]) => [k, k === "logic" ? v : stripSpans(v)]),
    );
  }
  return value;
}
