/**
 * `kh render` on every example plan: the facts the plan file states (issuer, number, place and
 * date, title, sections, recipients, signature) are in the Markdown, the HTML and the DOCX; the
 * HTML is well-formed; Markdown and HTML match golden files named after each example.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runKh } from "../cli/run.js";
import { parseXml, type XmlElement } from "../outputs/xml.js";
import { docxParagraphs, docxPart, examples, expectRenderGolden, factsOf, issuerWords, type Example } from "./helpers.js";

const SECTION_TITLES: Readonly<Record<string, string>> = {
  purposes: "Mục đích",
  requirements: "Yêu cầu",
  audiences: "Đối tượng",
  forms: "Hình thức",
  budget: "KINH PHÍ",
};

const out = mkdtempSync(path.join(tmpdir(), "kh-render-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** Plain text of a rendered document, without Markdown escapes and emphasis or HTML entities. */
function plain(md: string): string {
  return md.replace(/\\([\\`*_[\]<>|#~&+=.)-])/gu, "$1").replace(/\*+/gu, "");
}

/** Asserts that the document text holds every fact the plan file states. */
function expectFacts(ex: Example, text: string): void {
  const f = factsOf(ex);
  if (f.issuer) for (const w of issuerWords(f.issuer)) expect(text, `issuer word ${w}`).toContain(w);
  if (f.number) expect(text).toContain(`Số: ${f.number.replace(/\s+/gu, "")}`);
  if (f.dateWords) expect(text).toContain(f.place ? `${f.place}, ${f.dateWords}` : f.dateWords);
  expect(text).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  expect(text).toContain("Độc lập - Tự do - Hạnh phúc");
  expect(text).toContain("KẾ HOẠCH");
  if (f.title) expect(text).toContain(f.title);
  for (const s of f.sections) if (SECTION_TITLES[s]) expect(text.toLocaleLowerCase("vi"), s).toContain(SECTION_TITLES[s]!.toLocaleLowerCase("vi"));
  if (f.hasTasks) expect(text).toContain("TỔ CHỨC THỰC HIỆN");
  if (f.recipients.length > 0) expect(text).toContain("Nơi nhận:");
  for (const r of f.recipients) expect(text).toContain(r.replace(/[;.]$/u, ""));
  for (const a of (f.signature.authority ?? "").split("\n").filter(Boolean)) expect(text).toContain(a.toLocaleUpperCase("vi"));
  if (f.signature.position) expect(text).toContain(f.signature.position.toLocaleUpperCase("vi"));
  if (f.signature.signer) expect(text).toContain(f.signature.signer);
}

/** Headings `I.`, `II.`, … in order, with no gap. */
function expectRomanOrder(numbers: readonly string[]): void {
  const roman = ["I.", "II.", "III.", "IV.", "V.", "VI.", "VII.", "VIII."];
  expect(numbers).toEqual(roman.slice(0, numbers.length));
}

function textOf(el: XmlElement): string {
  return el.text + el.children.map(textOf).join(" ");
}

const all = examples();

describe("kh render on the examples", () => {
  it("finds the examples", () => {
    // The fixture workspace always has three; examples/ has whatever is being written.
    expect(all.length).toBeGreaterThanOrEqual(3);
  });

  for (const ex of all) {
    describe(ex.golden, () => {
      it("Markdown states the plan's facts and matches its golden file", async () => {
        const r = await runKh(["render", ex.file, "--format", "md"], { cwd: ex.cwd });
        expect(r.code, r.stderr).toBe(0);
        expectFacts(ex, plain(r.stdout));
        expectRomanOrder([...r.stdout.matchAll(/^## ([IVX]+\.) /gmu)].map((m) => m[1]!));
        expectRenderGolden(`${ex.golden}.md`, r.stdout);
      });

      it("HTML is well-formed, states the plan's facts and matches its golden file", async () => {
        const r = await runKh(["render", ex.file, "--format", "html"], { cwd: ex.cwd });
        expect(r.code, r.stderr).toBe(0);
        expect(r.stdout.startsWith("<!DOCTYPE html>\n")).toBe(true);
        const root = parseXml(r.stdout.replace(/^<!DOCTYPE html>\n/u, ""));
        expect(root.name).toBe("html");
        expect(r.stdout).toContain("@page { size: A4; margin: 20mm 15mm 20mm 30mm;");
        expectFacts(ex, textOf(root));
        expectRenderGolden(`${ex.golden}.html`, r.stdout);
      });

      it("DOCX (written with -o) holds the plan's facts on an A4 page with the decree's margins", async () => {
        const file = path.join(out, `${ex.golden.replace("/", "-")}.docx`);
        const r = await runKh(["render", ex.file, "--format", "docx", "-o", file], { cwd: ex.cwd });
        expect(r.code, r.stderr).toBe(0);
        expect(r.stdout).toBe("");
        const bytes = new Uint8Array(readFileSync(file));
        expectFacts(ex, docxParagraphs(bytes).join("\n"));
        const xml = /<w:sectPr>.*<\/w:sectPr>/su.exec(docxPart(bytes, "word/document.xml"))?.[0] ?? "no section properties";
        // A4 (210 × 297 mm) and margins 20 / 15 / 20 / 30 mm, in twips.
        expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/u);
        expect(xml).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/u);
        expect(docxPart(bytes, "word/styles.xml")).toContain('w:ascii="Times New Roman"');
        // Page numbers from the second page on: a PAGE field in the default header, none on the first.
        expect(xml).toContain("<w:titlePg/>");
        expect(docxPart(bytes, "word/header1.xml")).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/u);
      });
    });
  }
});
