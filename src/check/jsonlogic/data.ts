/**
 * Turns the plan model into the read-only view rules see: a deep copy made of frozen arrays and
 * frozen null-prototype objects. A rule can then neither mutate the caller's model nor reach
 * `Object.prototype` through it, whatever the evaluator does.
 */

/** Roots produced by `freezeData`, so the engine can skip copying data it has already prepared. */
const prepared = new WeakSet<object>();

/** Whether `value` is a root returned by `freezeData` (scalars are always safe as they are). */
export function isFrozenData(value: unknown): boolean {
  return typeof value !== "object" || value === null || prepared.has(value);
}

/**
 * A JSON-like, deep-frozen copy of `data`. Iterative (no recursion limit), and shared or cyclic
 * references are copied once, so cycles stay cycles rather than looping. Non-JSON leaves become
 * JSON-like: functions, symbols and bigints are dropped (read as missing), Dates become ISO
 * strings, other objects (Map, class instances) keep only their own enumerable string keys.
 * Accessors on the caller's objects are read here once, by trusted code, never by a rule.
 */
export function freezeData(data: unknown): unknown {
  if (isFrozenData(data)) return data;
  const memo = new Map<object, object>();
  const work: [object, object][] = [];
  const created: object[] = [];

  const convert = (v: unknown): unknown => {
    switch (typeof v) {
      case "string":
      case "number":
      case "boolean":
      case "undefined":
        return v;
      case "object": {
        if (v === null) return null;
        if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString();
        const seen = memo.get(v);
        if (seen) return seen;
        const shell: object = Array.isArray(v) ? [] : (Object.create(null) as object);
        memo.set(v, shell);
        created.push(shell);
        work.push([v, shell]);
        return shell;
      }
      default:
        return undefined;
    }
  };

  const root = convert(data);
  while (work.length > 0) {
    const [src, dst] = work.pop()!;
    if (Array.isArray(src)) {
      const out = dst as unknown[];
      for (let i = 0; i < src.length; i++) out.push(convert(src[i]));
    } else {
      for (const key of Object.keys(src)) {
        const v = convert((src as Record<string, unknown>)[key]);
        if (v === undefined) continue;
        Object.defineProperty(dst, key, { value: v, enumerable: true, writable: true, configurable: true });
      }
    }
  }
  for (const o of created) Object.freeze(o);
  if (typeof root === "object" && root !== null) prepared.add(root);
  return root;
}
