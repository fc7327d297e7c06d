/**
 * Prints the JsonLogic of a rule as a prettier doc laid out like prettier's own JSON output: on one
 * line when it fits the print width, otherwise one property or element per line.
 */
import type { Doc } from "prettier";
import { builders } from "prettier/doc";
import { indent2 } from "./layout.js";

const { group, line, softline, join, literalline } = builders;

/** True when every number in the value survives a JSON.stringify round trip. */
function printable(value: unknown): boolean {
  if (typeof value === "number") return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(printable);
  if (value !== null && typeof value === "object") return Object.values(value).every(printable);
  return true;
}

function valueDoc(value: unknown): Doc {
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    return group(["[", indent2([softline, join([",", line], value.map(valueDoc))]), softline, "]"]);
  }
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value);
    if (entries.length === 0) return "{}";
    const props = entries.map(([k, v]) => [JSON.stringify(k), ": ", valueDoc(v)]);
    return group(["{", indent2([line, join([",", line], props)]), line, "}"]);
  }
  // JSON.stringify would print -0 as 0, which parses back to a different value.
  if (Object.is(value, -0)) return "-0";
  // Strings, finite numbers, booleans, null. `undefined` cannot come out of JSON.parse.
  return JSON.stringify(value) ?? "null";
}

/**
 * The doc of a rule's JSON. Falls back to the text as written when the parsed value cannot be
 * printed faithfully (a number literal beyond double range parses to Infinity).
 */
export function jsonDoc(logic: unknown, source: string): Doc {
  if (logic === undefined || !printable(logic)) return join(literalline, source.split("\n"));
  return valueDoc(logic);
}
