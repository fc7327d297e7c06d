/**
 * The chevrotain grammar of kehoach. It builds a concrete syntax tree only; `cst-to-ast.ts`
 * turns it into the typed AST. The parser knows nothing of layout or comments. Error recovery is
 * on, so one file reports all its syntax errors. Files without syntax errors do not come here:
 * `fast-path.ts` parses them, taking this grammar's decisions — change both together (the tests
 * in test/syntax/fast-path.test.ts compare them).
 */
import {
  CstParser,
  type CstNode,
  type IOrAlt,
  type IParserErrorMessageProvider,
  type IRecognitionException,
  type IToken,
  tokenMatcher,
  type TokenType,
} from "chevrotain";
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

/**
 * Error messages are encoded as JSON payloads (expected token names, actual token) and turned
 * into bilingual user-facing text by `syntax-errors.ts`, which knows the file's dialect.
 */
const payloadProvider: IParserErrorMessageProvider = {
  buildMismatchTokenMessage({ expected, ruleName }) {
    return JSON.stringify({ kind: "mismatch", expected: [expected.name], rule: ruleName });
  },
  buildNotAllInputParsedMessage() {
    return JSON.stringify({ kind: "trailing" });
  },
  buildNoViableAltMessage({ expectedPathsPerAlt, ruleName }) {
    return JSON.stringify({ kind: "noViableAlt", expected: firstTokens(expectedPathsPerAlt), rule: ruleName });
  },
  buildEarlyExitMessage({ expectedIterationPaths, ruleName }) {
    return JSON.stringify({ kind: "earlyExit", expected: firstTokens([expectedIterationPaths]), rule: ruleName });
  },
};

function firstTokens(paths: TokenType[][][]): string[] {
  const names = new Set<string>();
  for (const alt of paths) for (const path of alt) if (path[0]) names.add(path[0].name);
  return [...names];
}

const SECTION_KEYWORDS = [Kw.Purposes, Kw.Requirements, Kw.Audiences, Kw.Forms, Kw.Budget, Kw.Recipients] as const;

/** Chevrotain parser methods used here that its type declarations do not list. */
interface ChevrotainInternals {
  SAVE_ERROR(this: unknown, error: IRecognitionException): IRecognitionException;
  moveToTerminatedState(): void;
}

/** Labels passed to CONSUME/SUBRULE, allocated once. */
const KEY = { LABEL: "key" } as const;
const ITEM = { LABEL: "item" } as const;

export class KehoachParser extends CstParser {
  /**
   * Alternatives of every OR, built on first use and reused: building them on each call would
   * allocate an array and a closure per alternative every time a rule runs.
   */
  private readonly alts: Record<string, IOrAlt<unknown>[]> = Object.create(null) as Record<string, IOrAlt<unknown>[]>;

  /** How many distinct syntax errors `parseDocument` reports before it stops; see `saveError`. */
  private errorBudget = Infinity;
  private readonly errorOffsets = new Set<number>();
  /** True when the last `parseDocument` stopped early because of too many errors. */
  stoppedEarly = false;

  constructor() {
    super(allTokens, {
      // Each CST node records the positions of its first and last real token, from which
      // `cst-to-ast.ts` takes node spans without walking the subtree.
      nodeLocationTracking: "full",
      recoveryEnabled: true,
      maxLookahead: 3,
      errorMessageProvider: payloadProvider,
    });
    this.performSelfAnalysis();
  }

  /**
   * Parses a token vector into a document CST. Once more than `errorBudget` errors (at distinct
   * tokens) have been reported, the rest of the input is treated as the end of the file: each
   * error costs a walk of the grammar for recovery, so thousands of them would take seconds,
   * and nobody reads past the first hundred.
   */
  parseDocument(tokens: IToken[], errorBudget = Infinity): CstNode {
    this.input = tokens;
    this.errorBudget = errorBudget;
    this.errorOffsets.clear();
    this.stoppedEarly = false;
    return this.document();
  }

  /**
   * Chevrotain records every recognition error through `SAVE_ERROR` (internal, not in its
   * typings); counting there lets the parser stop, by jumping to the end of the input.
   */
  protected SAVE_ERROR(error: IRecognitionException): IRecognitionException {
    const saved = (CstParser.prototype as unknown as ChevrotainInternals).SAVE_ERROR.call(this, error);
    this.errorOffsets.add(error.token.startOffset);
    if (this.errorOffsets.size > this.errorBudget && !this.stoppedEarly) {
      this.stoppedEarly = true;
      (this as unknown as ChevrotainInternals).moveToTerminatedState();
    }
    return saved;
  }

  public document = this.RULE("document", () => {
    this.MANY(() => this.SUBRULE(this.planDecl));
  });

  public planDecl = this.RULE("planDecl", () => {
    this.OR((this.alts.planKind ??= [{ ALT: () => this.CONSUME(Kw.Template) }, { ALT: () => this.CONSUME(Kw.Plan) }]));
    this.CONSUME(Identifier, { LABEL: "id" });
    this.CONSUME(LBrace);
    this.MANY(() => this.SUBRULE(this.member));
    this.CONSUME(RBrace);
  });

  private member = this.RULE("member", () => {
    this.OR((this.alts.member ??= [
      { ALT: () => this.SUBRULE(this.textField) },
      { ALT: () => this.SUBRULE(this.levelField) },
      { ALT: () => this.SUBRULE(this.dateField) },
      { ALT: () => this.SUBRULE(this.periodField) },
      { ALT: () => this.SUBRULE(this.implementsField) },
      { ALT: () => this.SUBRULE(this.roleDecl) },
      { ALT: () => this.SUBRULE(this.unitDecl) },
      // `yêu cầu ID` is a mandate, `yêu cầu {` / `yêu cầu "…"` the requirements section.
      { ALT: () => this.SUBRULE(this.mandateDecl) },
      { ALT: () => this.SUBRULE(this.refineDecl) },
      { ALT: () => this.SUBRULE(this.taskDecl) },
      { ALT: () => this.SUBRULE(this.waiverDecl) },
      { ALT: () => this.SUBRULE(this.sectionDecl) },
      { ALT: () => this.SUBRULE(this.signatureDecl) },
      { ALT: () => this.SUBRULE(this.requiresDecl) },
      { ALT: () => this.SUBRULE(this.ruleDecl) },
    ]));
  });

  private textField = this.RULE("textField", () => {
    this.OR((this.alts.textField ??= [
      { ALT: () => this.CONSUME(Kw.Title, KEY) },
      { ALT: () => this.CONSUME(Kw.Issuer, KEY) },
      { ALT: () => this.CONSUME(Kw.Number, KEY) },
      { ALT: () => this.CONSUME(Kw.Place, KEY) },
    ]));
    this.CONSUME(StringLiteral, { LABEL: "value" });
  });

  private levelField = this.RULE("levelField", () => {
    this.CONSUME(Kw.Level);
    this.CONSUME(Identifier, { LABEL: "value" });
  });

  private dateField = this.RULE("dateField", () => {
    this.CONSUME(Kw.DateField);
    this.SUBRULE(this.fullDate);
  });

  private periodField = this.RULE("periodField", () => {
    this.CONSUME(Kw.Period);
    this.SUBRULE(this.timing);
  });

  private implementsField = this.RULE("implementsField", () => {
    this.CONSUME(Kw.Implements);
    this.SUBRULE(this.identList);
  });

  private roleDecl = this.RULE("roleDecl", () => {
    this.CONSUME(Kw.Role);
    this.CONSUME(Identifier, { LABEL: "id" });
    this.CONSUME(StringLiteral, { LABEL: "label" });
  });

  private unitDecl = this.RULE("unitDecl", () => {
    this.CONSUME(Kw.Unit);
    this.CONSUME(Identifier, { LABEL: "id" });
    this.OPTION(() => this.CONSUME(StringLiteral, { LABEL: "label" }));
    // `role x "…"` on the next line is a role declaration, not a binding of this unit.
    this.OPTION2(this.unitRoles);
  });

  private readonly unitRoles = {
    GATE: () => this.LA(3).tokenType !== StringLiteral,
    DEF: () => {
      this.CONSUME(Kw.Role);
      this.SUBRULE(this.identList);
    },
  };

  private mandateDecl = this.RULE("mandateDecl", () => {
    this.CONSUME(Kw.Mandate);
    this.CONSUME(Identifier, { LABEL: "id" });
    this.OPTION(() => this.CONSUME(StringLiteral, { LABEL: "label" }));
    this.OPTION2(() => this.SUBRULE(this.mandateBody));
  });

  private refineDecl = this.RULE("refineDecl", () => {
    this.CONSUME(Kw.Refine);
    this.SUBRULE(this.mandateRef);
    this.OPTION(() => this.SUBRULE(this.mandateBody));
  });

  private mandateBody = this.RULE("mandateBody", () => {
    this.CONSUME(LBrace);
    this.MANY(() => this.SUBRULE(this.mandateField));
    this.CONSUME(RBrace);
  });

  private mandateField = this.RULE("mandateField", () => {
    this.OR((this.alts.mandateField ??= [
      {
        ALT: () => {
          this.CONSUME(Kw.AppliesTo);
          this.SUBRULE(this.identList);
        },
      },
      {
        ALT: () => {
          this.CONSUME(Kw.Lead);
          this.CONSUME(Kw.Role);
          this.CONSUME(Identifier, { LABEL: "role" });
        },
      },
      {
        ALT: () => {
          this.CONSUME(Kw.Due);
          this.SUBRULE(this.timing);
        },
      },
      {
        ALT: () => {
          this.CONSUME(Kw.Waivable);
          this.OR2((this.alts.yesNo ??= [{ ALT: () => this.CONSUME(Kw.Yes) }, { ALT: () => this.CONSUME(Kw.No) }]));
        },
      },
      {
        ALT: () => {
          this.CONSUME(Kw.Kind);
          this.CONSUME2(Identifier, { LABEL: "kindValue" });
        },
      },
      {
        ALT: () => {
          this.CONSUME(Kw.Note);
          this.CONSUME(StringLiteral);
        },
      },
    ]));
  });

  private taskDecl = this.RULE("taskDecl", () => {
    this.CONSUME(Kw.Task);
    this.CONSUME(Identifier, { LABEL: "id" });
    this.OPTION(() => this.CONSUME(StringLiteral, { LABEL: "label" }));
    this.OPTION2(() => {
      this.CONSUME(LBrace);
      this.MANY(() => this.SUBRULE(this.taskField));
      this.CONSUME(RBrace);
    });
  });

  private taskField = this.RULE("taskField", () => {
    this.OR((this.alts.taskField ??= [
      {
        ALT: () => {
          this.CONSUME(Kw.Covers);
          this.SUBRULE(this.mandateRef);
          this.MANY(() => {
            this.SUBRULE(this.listSeparator);
            this.SUBRULE2(this.mandateRef);
          });
        },
      },
      {
        ALT: () => {
          this.CONSUME(Kw.Lead);
          this.CONSUME(Identifier, { LABEL: "unit" });
        },
      },
      {
        ALT: () => {
          this.CONSUME(Kw.Coordinating);
          this.SUBRULE(this.identList);
        },
      },
      {
        ALT: () => {
          this.CONSUME(Kw.Timing);
          this.SUBRULE(this.timing);
        },
      },
      {
        ALT: () => {
          this.CONSUME(Kw.Due);
          this.SUBRULE2(this.timing);
        },
      },
      {
        ALT: () => {
          this.CONSUME(Kw.Output);
          this.CONSUME(StringLiteral);
        },
      },
      {
        ALT: () => {
          this.CONSUME(Kw.Note);
          this.CONSUME2(StringLiteral);
        },
      },
      {
        ALT: () => {
          this.CONSUME(Kw.Part);
          this.CONSUME3(StringLiteral);
        },
      },
    ]));
  });

  private waiverDecl = this.RULE("waiverDecl", () => {
    this.CONSUME(Kw.Waive);
    this.SUBRULE(this.mandateRef);
    this.OPTION(() => this.CONSUME(StringLiteral, { LABEL: "reason" }));
  });

  private sectionDecl = this.RULE("sectionDecl", () => {
    this.OR((this.alts.sectionKey ??= SECTION_KEYWORDS.map((k) => ({ ALT: () => this.CONSUME(k, KEY) }))));
    this.OR2((this.alts.sectionBody ??= [
      { ALT: () => this.CONSUME(StringLiteral, ITEM) },
      {
        ALT: () => {
          this.CONSUME(LBrace);
          this.MANY(() => this.CONSUME2(StringLiteral, ITEM));
          this.CONSUME(RBrace);
        },
      },
    ]));
  });

  private signatureDecl = this.RULE("signatureDecl", () => {
    this.CONSUME(Kw.Signature);
    this.CONSUME(LBrace);
    this.MANY(() => {
      this.OR((this.alts.signatureKey ??= [
        { ALT: () => this.CONSUME(Kw.Authority, KEY) },
        { ALT: () => this.CONSUME(Kw.Position, KEY) },
        { ALT: () => this.CONSUME(Kw.Signer, KEY) },
      ]));
      this.CONSUME(StringLiteral, { LABEL: "value" });
    });
    this.CONSUME(RBrace);
  });

  private requiresDecl = this.RULE("requiresDecl", () => {
    this.CONSUME(Kw.Requires);
    this.SUBRULE(this.sectionName);
    this.MANY(() => {
      this.SUBRULE(this.listSeparator);
      this.SUBRULE2(this.sectionName);
    });
  });

  private sectionName = this.RULE("sectionName", () => {
    this.OR((this.alts.sectionName ??= [...SECTION_KEYWORDS, Kw.Signature].map((k) => ({ ALT: () => this.CONSUME(k, KEY) }))));
  });

  private ruleDecl = this.RULE("ruleDecl", () => {
    this.CONSUME(Kw.Rule);
    this.CONSUME(Identifier, { LABEL: "id" });
    this.OPTION(() => this.CONSUME(StringLiteral, { LABEL: "label" }));
    this.OPTION2(() => {
      this.CONSUME(Kw.Severity);
      this.CONSUME2(Identifier, { LABEL: "severity" });
    });
    this.CONSUME(Kw.Json);
    this.CONSUME(JsonBlock);
  });

  // ---- values ------------------------------------------------------------------------------

  private identList = this.RULE("identList", () => {
    this.CONSUME(Identifier);
    this.MANY(() => {
      this.SUBRULE(this.listSeparator);
      this.CONSUME2(Identifier);
    });
  });

  private listSeparator = this.RULE("listSeparator", () => {
    this.OR((this.alts.listSeparator ??= [{ ALT: () => this.CONSUME(Comma) }, { ALT: () => this.CONSUME(Kw.And) }]));
  });

  private mandateRef = this.RULE("mandateRef", () => {
    this.CONSUME(Identifier, { LABEL: "first" });
    this.OPTION(() => {
      this.CONSUME(Colon);
      this.CONSUME2(Identifier, { LABEL: "second" });
    });
  });

  private fullDate = this.RULE("fullDate", () => {
    this.OR((this.alts.fullDate ??= [{ ALT: () => this.CONSUME(DateLiteral) }, { ALT: () => this.CONSUME(IsoDate) }]));
  });

  /** A deadline inside a period: a full date, a day-month, or a day of the month. */
  private deadlineDate = this.RULE("deadlineDate", () => {
    this.OR((this.alts.deadlineDate ??= [
      { ALT: () => this.CONSUME(DateLiteral) },
      { ALT: () => this.CONSUME(IsoDate) },
      { ALT: () => this.CONSUME(DayMonth) },
      {
        // `15 tháng 11`, `15 tháng 11 năm 2025`
        ALT: () => {
          this.CONSUME2(NumberLiteral, { LABEL: "day" });
          this.CONSUME(Kw.MonthWord);
          this.CONSUME3(NumberLiteral, { LABEL: "month" });
          this.OPTION(() => {
            this.CONSUME(Kw.Year);
            this.CONSUME4(NumberLiteral, { LABEL: "year" });
          });
        },
      },
      { ALT: () => this.CONSUME(NumberLiteral) },
    ]));
  });

  private recurrence = this.RULE("recurrence", () => {
    this.OR((this.alts.recurrence ??= [
      { ALT: () => this.CONSUME(Kw.EveryYear) },
      { ALT: () => this.CONSUME(Kw.EveryQuarter) },
      { ALT: () => this.CONSUME(Kw.EveryMonth) },
    ]));
  });

  private deadlineList = this.RULE("deadlineList", () => {
    this.CONSUME(Kw.Before);
    this.SUBRULE(this.deadlineDate);
    this.MANY(() => {
      this.SUBRULE(this.listSeparator);
      this.SUBRULE2(this.deadlineDate);
    });
  });

  public timing = this.RULE("timing", () => {
    this.OR((this.alts.timing ??= [
      { ALT: () => this.CONSUME(Kw.Continuous) },
      {
        // `before 10/06/2024`, `before 10/06 and 10/12 every year`
        ALT: () => {
          this.SUBRULE(this.deadlineList);
          this.OPTION(() => this.SUBRULE(this.recurrence));
        },
      },
      {
        // `every year before 10/06 and 10/12`
        ALT: () => {
          this.SUBRULE2(this.recurrence);
          this.OPTION2(() => this.SUBRULE2(this.deadlineList));
        },
      },
      {
        ALT: () => {
          this.CONSUME(Kw.From);
          this.SUBRULE(this.fullDate, { LABEL: "from" });
          this.CONSUME(Kw.To);
          this.SUBRULE2(this.fullDate, { LABEL: "to" });
        },
      },
      {
        ALT: () => {
          this.SUBRULE3(this.fullDate, { LABEL: "from" });
          this.OPTION3(() => {
            this.CONSUME(DotDot);
            this.SUBRULE4(this.fullDate, { LABEL: "to" });
          });
        },
      },
      {
        ALT: () => {
          this.CONSUME(QuarterCode);
          this.CONSUME(NumberLiteral, { LABEL: "year" });
        },
      },
      {
        ALT: () => {
          this.CONSUME(Kw.QuarterWord);
          this.OR2((this.alts.quarterValue ??= [
            { ALT: () => this.CONSUME(RomanPeriod) },
            { ALT: () => this.CONSUME(MonthYear) },
            {
              // `quý IV năm 2025`, `quý 4 năm 2025`
              ALT: () => {
                // Gated so that `quý 2022` and `quý năm 2022` are reported at the wrong token.
                this.OR4((this.alts.quarterNumber ??= [
                  { GATE: () => ROMAN_QUARTER.test(this.LA(1).image), ALT: () => this.CONSUME2(Identifier, { LABEL: "quarter" }) },
                  { GATE: () => tokenMatcher(this.LA(2), Kw.Year), ALT: () => this.CONSUME4(NumberLiteral, { LABEL: "quarter" }) },
                ]));
                this.CONSUME2(Kw.Year);
                this.CONSUME5(NumberLiteral, { LABEL: "year" });
              },
            },
          ]));
        },
      },
      {
        ALT: () => {
          this.CONSUME(Kw.MonthWord);
          this.OR5((this.alts.monthValue ??= [
            { ALT: () => this.CONSUME2(MonthYear) },
            {
              // `tháng 3 năm 2024`
              ALT: () => {
                this.CONSUME6(NumberLiteral, { LABEL: "month" });
                this.CONSUME3(Kw.Year);
                this.CONSUME7(NumberLiteral, { LABEL: "year" });
              },
            },
          ]));
        },
      },
      // `2025 - 2030`: whole years
      { ALT: () => this.CONSUME(YearRange) },
      {
        ALT: () => {
          this.OR3((this.alts.half ??= [
            { ALT: () => this.CONSUME(HalfCode) },
            { ALT: () => this.CONSUME(Kw.FirstHalf) },
            { ALT: () => this.CONSUME(Kw.SecondHalf) },
          ]));
          this.CONSUME2(NumberLiteral, { LABEL: "year" });
        },
      },
      {
        ALT: () => {
          this.CONSUME(Kw.Year);
          this.OR6((this.alts.yearValue ??= [
            { ALT: () => this.CONSUME3(NumberLiteral, { LABEL: "year" }) },
            // `năm 2025 - 2030`
            { ALT: () => this.CONSUME2(YearRange) },
          ]));
        },
      },
      {
        ALT: () => {
          this.CONSUME(Kw.After);
          this.CONSUME(Identifier, { LABEL: "task" });
        },
      },
    ]));
  });
}

/** A Roman numeral written as a name (`IV` in `quý IV năm 2025`; `V` is then KH105). */
const ROMAN_QUARTER = /^[ivxlcdm]+$/i;

/** The parser is stateless between inputs; one instance serves every file. */
let shared: KehoachParser | undefined;
export function parserInstance(): KehoachParser {
  shared ??= new KehoachParser();
  return shared;
}

export type { CstNode, IToken };
