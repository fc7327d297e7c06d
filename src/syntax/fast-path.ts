/**
 * The fast path for the common case, a file without syntax errors: a recursive-descent parser of
 * the grammar in `parser.ts` that builds the AST straight from the tokens, with no CST. At the
 * first token the grammar does not allow it gives up (returns undefined) and `parse` runs the
 * chevrotain parser, which recovers from errors and reports them. It takes the same decisions
 * as the chevrotain grammar and builds the AST with the same `AstBuilder` helpers; a differential
 * test holds both paths to the same result.
 */
import type { IToken, TokenType } from "chevrotain";
import type { Span } from "../diagnostics/span.js";
import type * as A from "./ast.js";
import { SECTION_OF, SIGNATURE_OF, type AstBuilder } from "./cst-to-ast.js";
import type { KeywordConcept } from "./keywords/table.js";
import { keywordConceptOf } from "./token-names.js";
import {
  allTokens,
  Colon,
  Comma,
  DateLiteral,
  DayMonth,
  DotDot,
  HalfCode,
  Identifier,
  IsoDate,
  JsonBlock,
  Kw,
  LBrace,
  MonthYear,
  NumberLiteral,
  QuarterCode,
  RBrace,
  RomanPeriod,
  YearRange,
  StringLiteral,
} from "./tokens.js";

/** Thrown to abandon the fast path; never escapes `parseValid`. */
const GIVE_UP = Symbol("give up");

/** Does the token belong to the type (itself or one of its categories)? As chevrotain decides. */
function is(t: IToken, type: TokenType): boolean {
  return t.tokenTypeIdx === type.tokenTypeIdx || (type.categoryMatchesMap as Record<number, boolean> | undefined)?.[t.tokenTypeIdx] === true;
}

/** The keyword concept of each token type, by `tokenTypeIdx`. */
const CONCEPT: (KeywordConcept | undefined)[] = [];
for (const t of allTokens) CONCEPT[t.tokenTypeIdx!] = keywordConceptOf(t.name);

/** The keyword concept of a token (by its most specific type), if it is a keyword. */
function conceptOf(t: IToken): KeywordConcept | undefined {
  return CONCEPT[t.tokenTypeIdx];
}

const TEXT_FIELDS = { Title: "title", Issuer: "issuer", Number: "number", Place: "place" } as const;
const SECTION_KEYWORDS = [Kw.Purposes, Kw.Requirements, Kw.Audiences, Kw.Forms, Kw.Budget, Kw.Recipients];

/**
 * The document, when the tokens `next` hands out (undefined at the end) are a syntactically
 * valid file; undefined otherwise (the builder's diagnostics are then incomplete and must be
 * discarded). Tokens are pulled as needed, three ahead at most.
 */
export function parseValid(next: () => IToken | undefined, builder: AstBuilder, fileSpan: Span): A.Document | undefined {
  try {
    return new FastParser(next, builder).document(fileSpan);
  } catch (e) {
    if (e === GIVE_UP) return undefined;
    throw e;
  }
}

class FastParser {
  /** The next three tokens (undefined past the end). */
  private t1: IToken | undefined;
  private t2: IToken | undefined;
  private t3: IToken | undefined;
  /** The last token consumed. */
  private last!: IToken;

  constructor(
    private readonly next: () => IToken | undefined,
    private readonly b: AstBuilder,
  ) {
    this.t1 = next();
    this.t2 = next();
    this.t3 = next();
  }

  // ---- token access -------------------------------------------------------------------------

  /** The next token, or undefined at the end. */
  private la(): IToken | undefined {
    return this.t1;
  }

  /** Is the k-th next token (1–3) of the type? */
  private at(type: TokenType, k = 1): boolean {
    const t = k === 1 ? this.t1 : k === 2 ? this.t2 : this.t3;
    return t !== undefined && is(t, type);
  }

  /** Moves past the next token (which must exist) and returns it. */
  private advance(): IToken {
    const t = this.t1!;
    this.last = t;
    this.t1 = this.t2;
    this.t2 = this.t3;
    this.t3 = this.t2 === undefined ? undefined : this.next();
    return t;
  }

  private consume(type: TokenType): IToken {
    const t = this.t1;
    if (t === undefined || !is(t, type)) throw GIVE_UP;
    return this.advance();
  }

  private optional(type: TokenType): IToken | undefined {
    return this.at(type) ? this.advance() : undefined;
  }

  private spanFrom(first: IToken): Span {
    return this.b.spanOf(first, this.last);
  }

  // ---- document and plan --------------------------------------------------------------------

  document(fileSpan: Span): A.Document {
    const plans: A.PlanDecl[] = [];
    while (this.at(Kw.Template) || this.at(Kw.Plan)) plans.push(this.plan());
    if (this.t1 !== undefined) throw GIVE_UP;
    return this.b.documentOf(plans, fileSpan);
  }

  private plan(): A.PlanDecl {
    const kindTok = this.advance();
    const kind = conceptOf(kindTok) === "Template" ? "template" : "plan";
    const id = this.consume(Identifier);
    this.consume(LBrace);
    const members: A.Member[] = [];
    while (!this.at(RBrace)) members.push(this.member());
    this.consume(RBrace);
    return this.b.planOf(kind, id, members, this.spanFrom(kindTok));
  }

  private member(): A.Member {
    const first = this.la();
    if (first === undefined) throw GIVE_UP;
    const concept = conceptOf(first);
    switch (concept) {
      case "Title":
      case "Issuer":
      case "Number":
      case "Place": {
        this.advance();
        const value = this.consume(StringLiteral);
        return { type: "Field", name: TEXT_FIELDS[concept], value: this.b.text(value), span: this.spanFrom(first) };
      }
      case "Level": {
        this.advance();
        const value = this.consume(Identifier);
        return { type: "Field", name: "level", value: this.b.ident(value), span: this.spanFrom(first) };
      }
      case "DateField": {
        this.advance();
        const date = this.b.dateToken(this.fullDate());
        return { type: "Field", name: "date", value: date, span: this.spanFrom(first) };
      }
      case "Period": {
        this.advance();
        const timing = this.timing();
        return { type: "Field", name: "period", value: timing, span: this.spanFrom(first) };
      }
      case "Implements": {
        this.advance();
        const list = this.identList();
        return { type: "Field", name: "implements", value: list, span: this.spanFrom(first) };
      }
      case "Role": {
        this.advance();
        const id = this.consume(Identifier);
        const label = this.consume(StringLiteral);
        return this.b.roleOf(id, label, this.spanFrom(first));
      }
      case "Unit":
        return this.unit(first);
      case "Mandate":
        // `yêu cầu ID` declares a mandate, `yêu cầu "…"` / `yêu cầu {` is the requirements section.
        if (is(first, Kw.Requirements) && (this.at(StringLiteral, 2) || this.at(LBrace, 2))) return this.section(first, concept);
        return this.mandate(first);
      case "Refine": {
        this.advance();
        const target = this.mandateRef();
        const fields = this.at(LBrace) ? this.mandateBody() : [];
        return { type: "Refine", target, fields, span: this.spanFrom(first) };
      }
      case "Task":
        return this.task(first);
      case "Waive": {
        this.advance();
        const target = this.mandateRef();
        const reason = this.optional(StringLiteral);
        return this.b.waiverOf(target, reason, this.spanFrom(first));
      }
      case "Purposes":
      case "Requirements":
      case "Audiences":
      case "Forms":
      case "Budget":
      case "Recipients":
        return this.section(first, concept);
      case "Signature":
        return this.signature(first);
      case "Requires":
        return this.requires(first);
      case "Rule":
        return this.rule(first);
      default:
        throw GIVE_UP;
    }
  }

  private unit(first: IToken): A.UnitDecl {
    this.advance();
    const id = this.consume(Identifier);
    const label = this.optional(StringLiteral);
    let roles: A.Ident[] = [];
    // `role x "…"` on the next line is a role declaration, not a binding of this unit.
    if (this.at(Kw.Role) && !this.at(StringLiteral, 3)) {
      this.advance();
      roles = this.identList();
    }
    return this.b.unitOf(id, label, roles, this.spanFrom(first));
  }

  private mandate(first: IToken): A.MandateDecl {
    this.advance();
    const id = this.consume(Identifier);
    const label = this.optional(StringLiteral);
    const fields = this.at(LBrace) ? this.mandateBody() : [];
    return this.b.mandateOf(id, label, fields, this.spanFrom(first));
  }

  private mandateBody(): A.MandateField[] {
    this.consume(LBrace);
    const out: A.MandateField[] = [];
    while (!this.at(RBrace)) {
      const first = this.la();
      if (first === undefined) throw GIVE_UP;
      switch (conceptOf(first)) {
        case "AppliesTo": {
          this.advance();
          const value = this.identList();
          out.push({ type: "MandateField", name: "appliesTo", value, span: this.spanFrom(first) });
          break;
        }
        case "Lead": {
          this.advance();
          this.consume(Kw.Role);
          const role = this.consume(Identifier);
          out.push({ type: "MandateField", name: "leadRole", value: this.b.ident(role), span: this.spanFrom(first) });
          break;
        }
        case "Due": {
          this.advance();
          const value = this.timing();
          out.push({ type: "MandateField", name: "due", value, span: this.spanFrom(first) });
          break;
        }
        case "Waivable": {
          this.advance();
          const yes = this.at(Kw.Yes);
          if (!yes && !this.at(Kw.No)) throw GIVE_UP;
          this.advance();
          out.push({ type: "MandateField", name: "waivable", value: yes, span: this.spanFrom(first) });
          break;
        }
        case "Kind": {
          this.advance();
          const kind = this.consume(Identifier);
          out.push({ type: "MandateField", name: "kind", value: this.b.ident(kind), span: this.spanFrom(first) });
          break;
        }
        case "Note": {
          this.advance();
          const note = this.consume(StringLiteral);
          out.push({ type: "MandateField", name: "note", value: this.b.text(note), span: this.spanFrom(first) });
          break;
        }
        default:
          throw GIVE_UP;
      }
    }
    this.consume(RBrace);
    this.b.checkDuplicateFields(out, "mandate");
    return out;
  }

  private task(first: IToken): A.TaskDecl {
    this.advance();
    const id = this.consume(Identifier);
    const label = this.optional(StringLiteral);
    const fields: A.TaskField[] = [];
    if (this.optional(LBrace)) {
      while (!this.at(RBrace)) fields.push(this.taskField());
      this.consume(RBrace);
    }
    return this.b.taskOf(id, label, fields, this.spanFrom(first));
  }

  private taskField(): A.TaskField {
    const first = this.la();
    if (first === undefined) throw GIVE_UP;
    switch (conceptOf(first)) {
      case "Covers": {
        this.advance();
        const refs = [this.mandateRef()];
        while (this.listSeparator()) refs.push(this.mandateRef());
        return { type: "TaskField", name: "covers", value: refs, span: this.spanFrom(first) };
      }
      case "Lead": {
        this.advance();
        const unit = this.consume(Identifier);
        return { type: "TaskField", name: "lead", value: this.b.ident(unit), span: this.spanFrom(first) };
      }
      case "Coordinating": {
        this.advance();
        const value = this.identList();
        return { type: "TaskField", name: "coordinating", value, span: this.spanFrom(first) };
      }
      case "Timing":
      case "Due": {
        const name = conceptOf(first) === "Timing" ? "timing" : "due";
        this.advance();
        const value = this.timing();
        return { type: "TaskField", name, value, span: this.spanFrom(first) };
      }
      case "Output":
      case "Note":
      case "Part": {
        const concept = conceptOf(first);
        const name = concept === "Output" ? "output" : concept === "Note" ? "note" : "part";
        this.advance();
        const value = this.b.text(this.consume(StringLiteral));
        return { type: "TaskField", name, value, span: this.spanFrom(first) };
      }
      default:
        throw GIVE_UP;
    }
  }

  private section(first: IToken, concept: KeywordConcept): A.SectionDecl {
    this.advance();
    const name = SECTION_OF[concept];
    if (!name) throw GIVE_UP;
    const items: A.Text[] = [];
    if (this.optional(LBrace)) {
      while (this.at(StringLiteral)) items.push(this.b.text(this.advance()));
      this.consume(RBrace);
    } else {
      items.push(this.b.text(this.consume(StringLiteral)));
    }
    return { type: "Section", name, items, span: this.spanFrom(first) };
  }

  private signature(first: IToken): A.SignatureDecl {
    this.advance();
    this.consume(LBrace);
    const fields: A.SignatureDecl["fields"][number][] = [];
    while (!this.at(RBrace)) {
      const key = this.la()!;
      const name = key && SIGNATURE_OF[conceptOf(key) ?? ""];
      if (!name) throw GIVE_UP;
      this.advance();
      const value = this.consume(StringLiteral);
      fields.push({ type: "SignatureField", name, value: this.b.text(value), span: this.b.spanOf(key, value) });
    }
    this.consume(RBrace);
    this.b.checkDuplicateFields(fields, "signature");
    return { type: "Signature", fields, span: this.spanFrom(first) };
  }

  private requires(first: IToken): A.RequiresDecl {
    this.advance();
    const sections: A.RequiresDecl["sections"][number][] = [this.sectionName()];
    while (this.listSeparator()) sections.push(this.sectionName());
    return { type: "Requires", sections, span: this.spanFrom(first) };
  }

  private sectionName(): A.RequiresDecl["sections"][number] {
    const t = this.la();
    if (t === undefined || !(SECTION_KEYWORDS.some((k) => is(t, k)) || is(t, Kw.Signature))) throw GIVE_UP;
    this.advance();
    const concept = conceptOf(t);
    const name = concept === "Signature" ? "signature" : concept ? SECTION_OF[concept] : undefined;
    if (!name) throw GIVE_UP;
    return { type: "SectionRef", name, span: this.b.spanOf(t) };
  }

  private rule(first: IToken): A.RuleDecl {
    this.advance();
    const id = this.consume(Identifier);
    const label = this.optional(StringLiteral);
    let severity: IToken | undefined;
    if (this.optional(Kw.Severity)) severity = this.consume(Identifier);
    this.consume(Kw.Json);
    const json = this.consume(JsonBlock);
    return this.b.ruleOf(id, label, severity, json, this.spanFrom(first));
  }

  // ---- values -------------------------------------------------------------------------------

  private listSeparator(): boolean {
    if (this.at(Comma) || this.at(Kw.And)) {
      this.advance();
      return true;
    }
    return false;
  }

  private identList(): A.Ident[] {
    const list = [this.b.ident(this.consume(Identifier))];
    while (this.listSeparator()) list.push(this.b.ident(this.consume(Identifier)));
    return list;
  }

  private mandateRef(): A.MandateRef {
    const first = this.consume(Identifier);
    const second = this.optional(Colon) ? this.consume(Identifier) : undefined;
    return this.b.mandateRefOf(first, second);
  }

  private fullDate(): IToken {
    const t = this.la();
    if (t === undefined || !(is(t, DateLiteral) || is(t, IsoDate))) throw GIVE_UP;
    this.advance();
    return t;
  }

  private deadlineDate(): A.DateValue {
    const t = this.la();
    if (t === undefined || !(is(t, DateLiteral) || is(t, IsoDate) || is(t, DayMonth) || is(t, NumberLiteral))) throw GIVE_UP;
    this.advance();
    if (is(t, NumberLiteral) && this.optional(Kw.MonthWord)) {
      // `15 tháng 11`, `15 tháng 11 năm 2025`
      const month = this.consume(NumberLiteral);
      const year = this.optional(Kw.Year) ? this.consume(NumberLiteral) : undefined;
      return this.b.dayMonthOf(t, month, year);
    }
    return this.b.dateToken(t);
  }

  private deadlineList(): A.DateValue[] {
    this.consume(Kw.Before);
    const dates = [this.deadlineDate()];
    while (this.listSeparator()) dates.push(this.deadlineDate());
    return dates;
  }

  private recurrence(): A.RecurrenceUnit | undefined {
    const t = this.la();
    if (t === undefined) return undefined;
    const unit = is(t, Kw.EveryYear) ? "year" : is(t, Kw.EveryQuarter) ? "quarter" : is(t, Kw.EveryMonth) ? "month" : undefined;
    if (unit) this.advance();
    return unit;
  }

  private timing(): A.Timing {
    const first = this.la();
    if (first === undefined) throw GIVE_UP;
    if (is(first, Kw.Continuous)) {
      this.advance();
      return { type: "Timing", kind: "continuous", span: this.spanFrom(first) };
    }
    if (is(first, Kw.Before)) {
      // `before 10/06/2024`, `before 10/06 and 10/12 every year`
      const dates = this.deadlineList();
      const every = this.recurrence();
      return this.b.deadlines(dates, every, this.spanFrom(first));
    }
    const every = this.recurrence();
    if (every) {
      // `every year before 10/06 and 10/12`
      const dates = this.at(Kw.Before) ? this.deadlineList() : [];
      return this.b.deadlines(dates, every, this.spanFrom(first));
    }
    if (is(first, Kw.From)) {
      this.advance();
      const from = this.b.dateToken(this.fullDate());
      this.consume(Kw.To);
      const to = this.b.dateToken(this.fullDate());
      return this.b.dateOrRange(from, to, this.spanFrom(first));
    }
    if (is(first, DateLiteral) || is(first, IsoDate)) {
      this.advance();
      const from = this.b.dateToken(first);
      const to = this.optional(DotDot) ? this.b.dateToken(this.fullDate()) : undefined;
      return this.b.dateOrRange(from, to, this.spanFrom(first));
    }
    if (is(first, QuarterCode)) {
      this.advance();
      const year = Number(this.consume(NumberLiteral).image);
      return { type: "Timing", kind: "quarter", quarter: Number(first.image.slice(1)), year, span: this.spanFrom(first) };
    }
    if (is(first, Kw.QuarterWord)) {
      this.advance();
      if (this.at(RomanPeriod) || this.at(MonthYear)) {
        const t = this.at(RomanPeriod) ? this.consume(RomanPeriod) : this.consume(MonthYear);
        return this.b.quarterOf(t, this.spanFrom(first));
      }
      // `quý IV năm 2025`, `quý 4 năm 2025`
      const la = this.la();
      if (la === undefined || !((is(la, NumberLiteral) && this.at(Kw.Year, 2)) || (is(la, Identifier) && /^[ivxlcdm]+$/i.test(la.image)))) throw GIVE_UP;
      const q = this.advance();
      this.consume(Kw.Year);
      const year = Number(this.consume(NumberLiteral).image);
      return this.b.quarterValue(q.image, year, this.b.spanOf(q), this.spanFrom(first));
    }
    if (is(first, Kw.MonthWord)) {
      this.advance();
      if (this.at(MonthYear)) return this.b.monthOf(this.consume(MonthYear), this.spanFrom(first));
      // `tháng 3 năm 2024`
      const m = this.consume(NumberLiteral);
      this.consume(Kw.Year);
      const year = Number(this.consume(NumberLiteral).image);
      return this.b.monthValue(Number(m.image), year, this.b.spanOf(m), this.spanFrom(first));
    }
    if (is(first, YearRange)) {
      this.advance();
      return this.b.yearsOf(first, this.spanFrom(first));
    }
    if (is(first, HalfCode) || is(first, Kw.FirstHalf) || is(first, Kw.SecondHalf)) {
      this.advance();
      const year = Number(this.consume(NumberLiteral).image);
      const half = is(first, Kw.FirstHalf) ? 1 : is(first, Kw.SecondHalf) ? 2 : first.image.endsWith("1") ? 1 : 2;
      return { type: "Timing", kind: "half", half, year, span: this.spanFrom(first) };
    }
    if (is(first, Kw.Year)) {
      this.advance();
      // `năm 2025 - 2030`
      if (this.at(YearRange)) return this.b.yearsOf(this.consume(YearRange), this.spanFrom(first));
      const year = Number(this.consume(NumberLiteral).image);
      return { type: "Timing", kind: "year", year, span: this.spanFrom(first) };
    }
    if (is(first, Kw.After)) {
      this.advance();
      return { type: "Timing", kind: "after", task: this.b.ident(this.consume(Identifier)), span: this.spanFrom(first) };
    }
    throw GIVE_UP;
  }
}
