/**
 * Static validation of untrusted JsonLogic rules: allow-listed operators only, JsonLogic shape,
 * bounded depth and size, no prototype-reaching `var` paths. It also produces the frozen,
 * null-prototype copy the engine evaluates, so what runs is exactly what was checked.
 */
import { types } from "node:util";
import type { Bilingual } from "../../diagnostics/diagnostic.js";
import { FORBIDDEN_OPERATORS, FORBIDDEN_PATH_SEGMENTS, PLAN_OPERATIONS, STANDARD_OPERATORS } from "./operators.js";

export interface RuleLimits {
  /** Maximum nesting of arrays and objects, the root being level 1. Default 64. */
  readonly maxDepth?: number;
  /** Maximum number of JSON values (every object, array and scalar counts). Default 5,000. */
  readonly maxNodes?: number;
}

export const DEFAULT_MAX_DEPTH = 64;
export const DEFAULT_MAX_NODES = 5_000;

export interface RuleProblem {
  /** Where in the rule, as a JSONPath-like string: `$`, `$.and[1].var`, `$["=="][0]`. */
  readonly path: string;
  readonly message: Bilingual;
}

export type RuleValidation =
  | { readonly ok: true }
  | { readonly ok: false; readonly problems: readonly RuleProblem[] };

/** The operators every engine accepts: the standard allow-list plus the plan operations. */
export const DEFAULT_OPERATORS: ReadonlySet<string> = new Set([...STANDARD_OPERATORS, ...Object.keys(PLAN_OPERATIONS)]);

/** More problems than this are not useful to a rule author and would let a hostile rule flood output. */
const MAX_PROBLEMS = 20;

/**
 * Checks a rule. Iterative (explicit stack), so a rule nested 100,000 levels deep yields a
 * "too deep" problem rather than a stack overflow, and a rule with a million nodes is refused
 * as soon as the count passes the limit.
 */
export function validateRule(logic: unknown, limits: RuleLimits = {}, operators: ReadonlySet<string> = DEFAULT_OPERATORS): RuleValidation {
  const { problems } = prepareRule(logic, limits, operators);
  return problems.length === 0 ? { ok: true } : { ok: false, problems };
}

/**
 * How a value in this position is read: a plain value, one `var` path, a `missing` path list (a
 * path, or an array of paths), or the argument list of an operator (each argument its own role;
 * a non-array value is JsonLogic's shorthand for a single argument).
 */
type Role = "value" | "path" | "paths" | { readonly args: (index: number) => Role };

function argumentRole(op: string): Role {
  switch (op) {
    case "var":
      return { args: (i) => (i === 0 ? "path" : "value") };
    case "missing":
      return { args: () => "paths" };
    case "missing_some":
      return { args: (i) => (i === 1 ? "paths" : "value") };
    default:
      return "value";
  }
}

interface Frame {
  readonly value: unknown;
  readonly path: string;
  readonly depth: number;
  /** Inside a multi-key literal object: JsonLogic returns it as data and never evaluates it. */
  readonly literal: boolean;
  readonly role: Role;
  readonly assign: (copy: unknown) => void;
}

export interface PreparedRule {
  readonly problems: readonly RuleProblem[];
  /** The deep-frozen copy (arrays, null-prototype objects, scalars); meaningful only when `problems` is empty. */
  readonly rule: unknown;
}

/** Validates and copies in one pass; the engine evaluates `rule`, never the caller's object. */
export function prepareRule(logic: unknown, limits: RuleLimits = {}, operators: ReadonlySet<string> = DEFAULT_OPERATORS): PreparedRule {
  const maxDepth = limits.maxDepth ?? DEFAULT_MAX_DEPTH;
  const maxNodes = limits.maxNodes ?? DEFAULT_MAX_NODES;
  const problems: RuleProblem[] = [];
  const created: object[] = [];
  let root: unknown = null;
  let nodes = 1;
  const stack: Frame[] = [{ value: logic, path: "$", depth: 1, literal: false, role: "value", assign: (c) => (root = c) }];

  const problem = (path: string, vi: string, en: string): void => {
    problems.push({ path, message: { vi, en } });
  };
  const stop = (): PreparedRule => ({ problems, rule: null });

  while (stack.length > 0 && problems.length < MAX_PROBLEMS) {
    const frame = stack.pop()!;
    const { value, path, depth } = frame;
    const role: Role = typeof frame.role === "object" ? frame.role.args(0) : frame.role;

    if (value === null || typeof value === "boolean") {
      frame.assign(value);
      continue;
    }
    if (typeof value === "number") {
      if (!Number.isFinite(value)) problem(path, `Giá trị tại ${path} không phải số JSON hợp lệ`, `Value at ${path} is not a valid JSON number`);
      frame.assign(value);
      continue;
    }
    if (typeof value === "string") {
      if ((role === "path" || role === "paths") && !frame.literal) checkVarPath(value, path, problem);
      frame.assign(value);
      continue;
    }
    if (typeof value !== "object") {
      // undefined, functions, symbols, bigints: not JSON, so not something a rule file can hold.
      problem(path, `Giá trị tại ${path} không phải JSON (${typeof value})`, `Value at ${path} is not JSON (${typeof value})`);
      continue;
    }
    if (types.isProxy(value)) {
      problem(path, `Giá trị tại ${path} là Proxy, không phải JSON`, `Value at ${path} is a Proxy, not JSON`);
      continue;
    }
    if (depth > maxDepth) {
      problem(path, `Quy tắc lồng nhau quá sâu: hơn ${maxDepth} cấp (tại ${path})`, `Rule is nested too deeply: more than ${maxDepth} levels (at ${path})`);
      return stop();
    }

    if (Array.isArray(value)) {
      const n = value.length;
      nodes += n;
      if (nodes > maxNodes) {
        problem(path, `Quy tắc quá lớn: hơn ${maxNodes} nút (tại ${path})`, `Rule is too large: more than ${maxNodes} nodes (at ${path})`);
        return stop();
      }
      const copy = new Array<unknown>(n).fill(null);
      created.push(copy);
      frame.assign(copy);
      for (let i = n - 1; i >= 0; i--) {
        const d = Object.getOwnPropertyDescriptor(value, i);
        const childPath = `${path}[${i}]`;
        if (!d || !("value" in d)) {
          problem(childPath, `Phần tử tại ${childPath} không phải giá trị JSON`, `Element at ${childPath} is not a JSON value`);
          continue;
        }
        const childRole: Role = typeof frame.role === "object" ? frame.role.args(i) : frame.role === "paths" ? "path" : "value";
        stack.push({ value: d.value, path: childPath, depth: depth + 1, literal: frame.literal, role: childRole, assign: (c) => (copy[i] = c) });
      }
      continue;
    }

    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      problem(path, `Giá trị tại ${path} không phải đối tượng JSON thuần`, `Value at ${path} is not a plain JSON object`);
      continue;
    }
    const keys = Object.keys(value);
    nodes += keys.length;
    if (nodes > maxNodes) {
      problem(path, `Quy tắc quá lớn: hơn ${maxNodes} nút (tại ${path})`, `Rule is too large: more than ${maxNodes} nodes (at ${path})`);
      return stop();
    }

    let literal = frame.literal;
    let opRole: Role = "value";
    if (!literal && keys.length === 1) {
      const op = keys[0]!;
      if (!operators.has(op)) {
        const why = FORBIDDEN_OPERATORS.get(op);
        problem(
          path,
          why ? `Toán tử "${op}" không được phép tại ${path}: ${why.vi}` : `Toán tử không tồn tại hoặc không được phép "${op}" tại ${path}`,
          why ? `Operator "${op}" is not allowed at ${path}: ${why.en}` : `Unknown or disallowed operator "${op}" at ${path}`,
        );
        continue;
      }
      opRole = argumentRole(op);
    } else if (!literal && keys.length > 1) {
      const op = keys.find((k) => operators.has(k) || FORBIDDEN_OPERATORS.has(k));
      if (op !== undefined) {
        problem(path, `Toán tử "${op}" phải là khóa duy nhất của đối tượng tại ${path}`, `Operator "${op}" must be the only key of its object at ${path}`);
        continue;
      }
      // JsonLogic hands multi-key objects back as data without looking inside.
      literal = true;
    }

    const copy = Object.create(null) as Record<string, unknown>;
    created.push(copy);
    frame.assign(copy);
    for (let k = keys.length - 1; k >= 0; k--) {
      const key = keys[k]!;
      const d = Object.getOwnPropertyDescriptor(value, key);
      const childPath = `${path}${pathKey(key)}`;
      if (!d || !("value" in d)) {
        problem(childPath, `Thuộc tính tại ${childPath} không phải giá trị JSON`, `Property at ${childPath} is not a JSON value`);
        continue;
      }
      // defineProperty, not assignment: a key named `__proto__` stays an ordinary own property.
      const assign = (c: unknown): void => {
        Object.defineProperty(copy, key, { value: c, enumerable: true, writable: true, configurable: true });
      };
      stack.push({ value: d.value, path: childPath, depth: depth + 1, literal, role: literal ? "value" : opRole, assign });
    }
  }

  if (problems.length > 0) return stop();
  for (const o of created) Object.freeze(o);
  return { problems, rule: root };
}

/** Refuses a literal `var`/`missing` path that steps through a prototype-related name. */
function checkVarPath(p: string, path: string, problem: (path: string, vi: string, en: string) => void): void {
  const bad = p.split(".").find((seg) => FORBIDDEN_PATH_SEGMENTS.has(seg));
  if (bad !== undefined) {
    problem(path, `Đường dẫn biến "${p}" tại ${path} chứa đoạn bị cấm "${bad}"`, `Variable path "${p}" at ${path} contains the forbidden segment "${bad}"`);
  }
}

/** One step of a problem path: `.name` for identifier-like keys, `["=="]` for the rest. */
export function pathKey(key: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
}
