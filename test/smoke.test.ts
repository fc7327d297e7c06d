import { describe, expect, it } from "vitest";
import { parse } from "../src/syntax/index.js";

describe("smoke", () => {
  it("parses a minimal plan", () => {
    const r = parse('plan p { title "T" issuer "I" level commune }', "p.kh");
    expect(r.diagnostics).toEqual([]);
    expect(r.document.plan?.id.name).toBe("p");
  });
});
