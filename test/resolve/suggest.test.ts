/** Did-you-mean: near names (accents, case, a few edits) and names missing their last words. */
import { describe, expect, it } from "vitest";
import { suggest } from "../../src/resolve/suggest.js";

const MANDATES = ["noi-dung.the-che", "noi-dung.tthc", "noi-dung.chu-de-2021", "bao-cao.6-thang", "bao-cao.nam"];

describe("suggest", () => {
  it("finds a name a few edits away, ignoring accents and case", () => {
    expect(suggest("noi-dung.the-chế", MANDATES)).toBe("noi-dung.the-che");
    expect(suggest("bao-cao.6thang", MANDATES)).toBe("bao-cao.6-thang");
    expect(suggest("NOI-DUNG.TTHC", MANDATES)).toBe("noi-dung.tthc");
  });

  it("finds the one name that extends the written one by whole words", () => {
    expect(suggest("noi-dung.chu-de", MANDATES)).toBe("noi-dung.chu-de-2021");
  });

  it("does not guess among several extensions, or extend inside a word", () => {
    expect(suggest("bao-cao", MANDATES)).toBeUndefined(); // bao-cao.6-thang or bao-cao.nam
    expect(suggest("kinh-phi.chu-d", ["kinh-phi.chu-de-2021"])).toBeUndefined(); // `chu-d` stops inside a word
    expect(suggest("xyz", MANDATES)).toBeUndefined();
  });
});
