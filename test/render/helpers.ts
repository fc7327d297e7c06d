/** Shared by the `kh render` tests: the example plans, facts read from each plan file, DOCX text. */
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { unzipSync, strFromU8 } from "fflate";
import { headerOf } from "../../src/resolve/header.js";
import { parse } from "../../src/syntax/parse.js";
import { REPO } from "../cli/run.js";
import { expectGolden } from "../outputs/golden.js";
import { parseXml, type XmlElement } from "../outputs/xml.js";

export interface Example {
  /** Working directory to run `kh` in (the workspace root). */
  readonly cwd: string;
  /** The plan file, relative to `cwd`. */
  readonly file: string;
  /** Golden file stem: the example's file name, under a folder for the fixture workspace. */
  readonly golden: string;
}

/** Every plan in `examples/` (whatever colleagues have written) and in the stable fixture workspace. */
export function examples(): Example[] {
  const out: Example[] = [];
  const dirs = [
    { cwd: REPO, dir: "examples", prefix: "" },
    { cwd: path.join(REPO, "test/workspaces/first-2022"), dir: "examples", prefix: "first-2022/" },
  ];
  for (const { cwd, dir, prefix } of dirs) {
    const abs = path.join(cwd, dir);
    if (!existsSync(abs)) continue;
    for (const name of readdirSync(abs).filter((n) => n.endsWith(".kh")).sort()) {
      out.push({ cwd, file: `${dir}/${name}`, golden: `${prefix}${name.slice(0, -3)}` });
    }
  }
  return out;
}

/** Compares with `test/render/golden/NAME` (UPDATE_GOLDEN=1 rewrites it) through the shared helper. */
export function expectRenderGolden(name: string, actual: string): void {
  const rel = `../../render/golden/${name}`;
  const file = path.join(REPO, "test/render/golden", name);
  if (process.env.UPDATE_GOLDEN === "1") mkdirSync(path.dirname(file), { recursive: true });
  else if (!existsSync(file)) throw new Error(`golden file test/render/golden/${name} is missing: run UPDATE_GOLDEN=1 npx vitest run test/render`);
  expectGolden(rel, actual);
}

export interface PlanFacts {
  readonly title?: string;
  readonly issuer?: string;
  readonly number?: string;
  readonly place?: string;
  /** `ngày 14 tháng 02 năm 2022`, written here from the decree's rule, independently of src/render. */
  readonly dateWords?: string;
  readonly sections: ReadonlySet<string>;
  readonly recipients: readonly string[];
  readonly signature: { readonly authority?: string; readonly position?: string; readonly signer?: string };
  readonly hasTasks: boolean;
}

/** What the plan file itself says (parsed, not rendered). */
export function factsOf(ex: Example): PlanFacts {
  const plan = parse(readFileSync(path.join(ex.cwd, ex.file), "utf8"), ex.file).document.plan;
  if (!plan) throw new Error(`${ex.file} has no plan`);
  const h = headerOf(plan);
  const sections = new Set<string>();
  const recipients: string[] = [];
  const signature: { authority?: string; position?: string; signer?: string } = {};
  let hasTasks = false;
  for (const m of plan.members) {
    if (m.type === "Section" && m.items.length > 0) sections.add(m.name);
    if (m.type === "Section" && m.name === "recipients") recipients.push(...m.items.map((i) => i.value));
    if (m.type === "Signature") for (const f of m.fields) signature[f.name] = f.value.value;
    if (m.type === "Task") hasTasks = true;
  }
  const d = h.date;
  const dateWords =
    d && d.year !== undefined ? `ngày ${String(d.day).padStart(2, "0")} tháng ${d.month < 3 ? `0${d.month}` : d.month} năm ${d.year}` : undefined;
  return {
    ...(h.title !== undefined && { title: h.title }),
    ...(h.issuer !== undefined && { issuer: h.issuer }),
    ...(h.number !== undefined && { number: h.number }),
    ...(h.place !== undefined && { place: h.place }),
    ...(dateWords !== undefined && { dateWords }),
    sections,
    recipients,
    signature,
    hasTasks,
  };
}

/** The issuer's words as the header writes them: capitals, UBND and HĐND in full. */
export function issuerWords(issuer: string): string[] {
  return issuer
    .split(/\s+/u)
    .flatMap((w) => (w === "UBND" ? ["ỦY", "BAN", "NHÂN", "DÂN"] : w === "HĐND" ? ["HỘI", "ĐỒNG", "NHÂN", "DÂN"] : [w]))
    .map((w) => w.toLocaleUpperCase("vi"));
}

/** Every paragraph's text (its `w:t` runs joined) in a DOCX file's `word/document.xml`. */
export function docxParagraphs(bytes: Uint8Array): string[] {
  const xml = docxPart(bytes, "word/document.xml");
  const out: string[] = [];
  const walk = (el: XmlElement): void => {
    if (el.name === "w:p") {
      const texts: string[] = [];
      const collect = (e: XmlElement): void => {
        if (e.name === "w:t") texts.push(e.text);
        e.children.forEach(collect);
      };
      collect(el);
      out.push(texts.join(""));
      return;
    }
    el.children.forEach(walk);
  };
  walk(parseXml(xml));
  return out;
}

/** One part of a DOCX (zip) file, as text. */
export function docxPart(bytes: Uint8Array, name: string): string {
  const part = unzipSync(bytes)[name];
  if (!part) throw new Error(`no ${name} in the DOCX file`);
  return strFromU8(part);
}
