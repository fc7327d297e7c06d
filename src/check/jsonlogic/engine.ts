/**
 * A bounded, isolated JsonLogic evaluator for one rule pack. Each engine loads its own copy of
 * json-logic-js, replaces its `var` with an own-property-only reader, counts every evaluation step
 * against a budget and a wall-clock deadline, and reports every outcome as a typed result.
 *
 * Isolation: json-logic-js keeps its operation table in a closure and exports one mutable
 * singleton, so `add_operation` on the shared module would leak into every other user. We get a
 * private copy by asking Node's CommonJS loader for the module with its cache entry briefly
 * removed: `require` then runs the UMD factory again, producing a new closure and a new operation
 * table. The previous cache entry is put back in a `finally`, synchronously, so nobody else ever
 * observes our copy, and the global singleton is never touched. This uses only the public loader
 * (`createRequire`, `require.cache`), evaluates no source text ourselves, and keeps values in the
 * main realm (unlike `vm`, whose arrays would fail `instanceof` checks). Should a bundler ever make
 * the cache trick ineffective, `loadPrivateJsonLogic` notices the reuse and throws (fail closed).
 *
 * Budgets: json-logic-js recurses through the `apply` property of its own exported object, so
 * replacing that property on our private copy interposes on every node evaluated, including the
 * bodies of `map`, `filter`, `reduce`, `all`, `some` and `none`. The interposer counts steps,
 * checks the deadline, re-checks the operator allow-list, bounds the runtime depth, and charges
 * large strings and arrays by length (so `cat`/`merge` doubling in a `reduce` cannot run away).
 * JavaScript cannot pre-empt synchronous code, so the deadline is cooperative: it is checked
 * between steps, and no single step can run long because every value a step touches is bounded.
 */
import { createRequire } from "node:module";
import type { Bilingual } from "../../diagnostics/diagnostic.js";
import { freezeData, isFrozenData } from "./data.js";
import {
  CUSTOM_OPERATION_NAME,
  FORBIDDEN_OPERATORS,
  FORBIDDEN_PATH_SEGMENTS,
  PLAN_OPERATIONS,
  STANDARD_OPERATORS,
  type CustomOperation,
} from "./operators.js";
import { DEFAULT_MAX_DEPTH, DEFAULT_OPERATORS, prepareRule, type RuleLimits, type RuleProblem, type RuleValidation } from "./validate.js";

export interface RuleEngineOptions extends RuleLimits {
  /** Evaluation steps (nodes evaluated, plus length charges) before giving up. Default 100,000. */
  readonly maxSteps?: number;
  /** Wall-clock guard in milliseconds. Default 1,000. */
  readonly timeoutMs?: number;
  /** Longest string or array any step may produce. Default 1,000,000. */
  readonly maxValueLength?: number;
  /** Extra pure operations for this engine only (names: identifiers, not standard operators). */
  readonly operations?: Readonly<Record<string, CustomOperation>>;
}

export type EvalErrorReason = "invalid" | "budget" | "exception";

export type EvalResult =
  | { readonly kind: "value"; readonly value: unknown; readonly steps: number }
  | {
      readonly kind: "error";
      readonly reason: EvalErrorReason;
      readonly message: Bilingual;
      /** For `invalid` from validation: every problem found, with its JSON path. */
      readonly problems?: readonly RuleProblem[];
      readonly steps: number;
    };

export interface RuleEngine {
  /** The operators rules may use with this engine. */
  readonly operators: ReadonlySet<string>;
  /** Static validation against this engine's operators and limits. */
  validate(logic: unknown): RuleValidation;
  /** Validates, then evaluates `logic` against a frozen copy of `data`. Never throws. */
  apply(logic: unknown, data?: unknown): EvalResult;
}

export const DEFAULT_MAX_STEPS = 100_000;
export const DEFAULT_TIMEOUT_MS = 1_000;
export const DEFAULT_MAX_VALUE_LENGTH = 1_000_000;

/** How often (in steps) the clock is read; reading it every step would dominate cheap rules. */
const CLOCK_EVERY = 64;
/** Strings and arrays cost one extra step per this many elements. */
const LENGTH_PER_STEP = 256;
/** `missing`/`missing_some` re-enter `apply` internally, a couple of levels below the rule's own depth. */
const RUNTIME_DEPTH_SLACK = 8;

/** The part of the json-logic-js singleton we use. */
interface JsonLogic {
  apply(logic: unknown, data?: unknown): unknown;
  add_operation(name: string, fn: (this: unknown, ...args: unknown[]) => unknown): void;
  rm_operation(name: string): void;
}

const requireCjs = createRequire(import.meta.url);
const JSON_LOGIC_PATH = requireCjs.resolve("json-logic-js");
/** Every copy handed out, to prove each engine really got a new one. */
const handedOut = new WeakSet<object>();

/** A private instance of json-logic-js; see the module comment. Exported for the isolation tests. */
export function loadPrivateJsonLogic(): JsonLogic {
  const cache = requireCjs.cache;
  const previous = cache[JSON_LOGIC_PATH];
  delete cache[JSON_LOGIC_PATH];
  let fresh: JsonLogic;
  try {
    fresh = requireCjs(JSON_LOGIC_PATH) as JsonLogic;
  } finally {
    if (previous) cache[JSON_LOGIC_PATH] = previous;
    else delete cache[JSON_LOGIC_PATH];
  }
  if (typeof fresh !== "object" || fresh === null || typeof fresh.apply !== "function" || handedOut.has(fresh) || fresh === previous?.exports) {
    throw new Error("kehoach: could not load a private json-logic-js instance; refusing to share the global one");
  }
  handedOut.add(fresh);
  return fresh;
}

/** Thrown inside evaluation to stop it; never escapes `apply`. */
class Abort extends Error {
  constructor(
    readonly reason: EvalErrorReason,
    readonly bilingual: Bilingual,
  ) {
    super(bilingual.en);
  }
}

interface Run {
  steps: number;
  depth: number;
  /** Step count at which to read the clock next (steps can jump by length charges). */
  nextClock: number;
  readonly deadline: number;
}

export function createRuleEngine(options: RuleEngineOptions = {}): RuleEngine {
  const maxSteps = options.maxSteps ?? DEFAULT_MAX_STEPS;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxValueLength = options.maxValueLength ?? DEFAULT_MAX_VALUE_LENGTH;
  const limits: RuleLimits = { maxDepth: options.maxDepth ?? DEFAULT_MAX_DEPTH, maxNodes: options.maxNodes };
  const maxRuntimeDepth = (limits.maxDepth ?? DEFAULT_MAX_DEPTH) + RUNTIME_DEPTH_SLACK;

  const custom: [string, CustomOperation][] = Object.entries(PLAN_OPERATIONS);
  for (const [name, fn] of Object.entries(options.operations ?? {})) {
    // json-logic-js stores operations in a plain object, so `__proto__`, `constructor` and other
    // Object.prototype names would corrupt its table rather than add an entry.
    const unsafe = name in Object.prototype || FORBIDDEN_PATH_SEGMENTS.has(name);
    if (!CUSTOM_OPERATION_NAME.test(name) || unsafe || STANDARD_OPERATORS.includes(name) || FORBIDDEN_OPERATORS.has(name) || typeof fn !== "function") {
      throw new TypeError(`kehoach: invalid custom JsonLogic operation name "${name}"`);
    }
    custom.push([name, fn]);
  }
  const operators: ReadonlySet<string> = new Set([...DEFAULT_OPERATORS, ...custom.map(([n]) => n)]);

  const jl = loadPrivateJsonLogic();
  jl.rm_operation("method");
  jl.add_operation("var", ownVar);
  // `log` stays usable (it is standard) but writes nothing: rule packs must not spam the console.
  jl.add_operation("log", (a?: unknown) => a);
  for (const [name, fn] of custom) {
    // Custom operations get the arguments only, never the data bound to `this`.
    jl.add_operation(name, (...args: unknown[]) => fn(...args));
  }

  let run: Run | undefined;
  const rawApply = jl.apply;
  const guardedApply = (logic: unknown, data?: unknown): unknown => {
    const r = run;
    if (!r) throw new Abort("invalid", { vi: "Đánh giá ngoài phạm vi của bộ máy quy tắc", en: "Evaluation outside the rule engine" });
    r.steps += 1;
    if (r.steps > maxSteps) throw budgetAbort(maxSteps);
    if (r.steps >= r.nextClock) {
      r.nextClock = r.steps + CLOCK_EVERY;
      if (performance.now() > r.deadline) throw timeAbort(timeoutMs);
    }
    if (typeof logic === "object" && logic !== null && !Array.isArray(logic)) {
      const keys = Object.keys(logic);
      if (keys.length === 1 && !operators.has(keys[0]!)) {
        throw new Abort("invalid", { vi: `Toán tử không được phép "${keys[0]}"`, en: `Disallowed operator "${keys[0]}"` });
      }
    }
    if (++r.depth > maxRuntimeDepth) {
      throw new Abort("invalid", { vi: "Quy tắc lồng nhau quá sâu khi đánh giá", en: "Rule nested too deeply during evaluation" });
    }
    let result: unknown;
    try {
      result = rawApply.call(jl, logic, data);
    } finally {
      r.depth -= 1;
    }
    if (typeof result === "string" || Array.isArray(result)) {
      if (result.length > maxValueLength) {
        throw new Abort("budget", {
          vi: `Quy tắc tạo ra giá trị quá lớn (hơn ${maxValueLength} phần tử hoặc ký tự)`,
          en: `Rule produced a value that is too large (more than ${maxValueLength} elements or characters)`,
        });
      }
      r.steps += Math.floor(result.length / LENGTH_PER_STEP);
      if (r.steps > maxSteps) throw budgetAbort(maxSteps);
    }
    return result;
  };
  jl.apply = guardedApply;

  const validate = (logic: unknown): RuleValidation => {
    const { problems } = prepareRule(logic, limits, operators);
    return problems.length === 0 ? { ok: true } : { ok: false, problems };
  };

  const apply = (logic: unknown, data?: unknown): EvalResult => {
    if (run) {
      return { kind: "error", reason: "exception", message: { vi: "Bộ máy quy tắc đang bận (gọi lồng nhau)", en: "Rule engine is busy (re-entrant call)" }, steps: 0 };
    }
    const prepared = prepareRule(logic, limits, operators);
    if (prepared.problems.length > 0) {
      const first = prepared.problems[0]!;
      return { kind: "error", reason: "invalid", message: first.message, problems: prepared.problems, steps: 0 };
    }
    const frozen = isFrozenData(data) ? data : freezeData(data);
    const r: Run = { steps: 0, depth: 0, nextClock: CLOCK_EVERY, deadline: performance.now() + timeoutMs };
    run = r;
    try {
      const value = jl.apply(prepared.rule, frozen);
      return { kind: "value", value, steps: r.steps };
    } catch (e) {
      if (e instanceof Abort) return { kind: "error", reason: e.reason, message: e.bilingual, steps: r.steps };
      const text = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
      return { kind: "error", reason: "exception", message: { vi: `Lỗi khi đánh giá quy tắc: ${text}`, en: `Rule evaluation failed: ${text}` }, steps: r.steps };
    } finally {
      run = undefined;
    }
  };

  return { operators, validate, apply };
}

function budgetAbort(maxSteps: number): Abort {
  return new Abort("budget", { vi: `Quy tắc vượt quá giới hạn ${maxSteps} bước tính`, en: `Rule exceeded its budget of ${maxSteps} evaluation steps` });
}

function timeAbort(timeoutMs: number): Abort {
  return new Abort("budget", { vi: `Quy tắc chạy quá ${timeoutMs} ms`, en: `Rule ran longer than ${timeoutMs} ms` });
}

/**
 * The replacement for json-logic-js's `var`: same results for ordinary data, but it steps only
 * through own properties (`Object.hasOwn`), through arrays only by index, and refuses
 * prototype-related segments even when a path is computed at run time (which static validation
 * cannot see). A missing step yields the default, as in JsonLogic.
 */
function ownVar(this: unknown, a?: unknown, b?: unknown): unknown {
  const notFound = b === undefined ? null : b;
  let data: unknown = this;
  if (a === undefined || a === null || a === "") return data;
  let path: string;
  if (typeof a === "string") path = a;
  else if (typeof a === "number" || typeof a === "boolean") path = String(a);
  else throw new Abort("invalid", { vi: "Đường dẫn biến phải là chuỗi hoặc số", en: "A variable path must be a string or a number" });
  const segments = path.split(".");
  for (const seg of segments) {
    if (FORBIDDEN_PATH_SEGMENTS.has(seg)) {
      throw new Abort("invalid", { vi: `Đường dẫn biến "${path}" chứa đoạn bị cấm "${seg}"`, en: `Variable path "${path}" contains the forbidden segment "${seg}"` });
    }
  }
  for (const seg of segments) {
    if (data === null || data === undefined) return notFound;
    if (Array.isArray(data)) {
      if (!/^(0|[1-9][0-9]*)$/.test(seg)) return notFound;
      const i = Number(seg);
      data = i < data.length ? (data[i] as unknown) : undefined;
    } else if (typeof data === "object" && Object.hasOwn(data, seg)) {
      data = (data as Record<string, unknown>)[seg];
    } else {
      // Scalars have no readable properties here; objects without this own key are missing.
      return notFound;
    }
    if (data === undefined) return notFound;
  }
  return data;
}
