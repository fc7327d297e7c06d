/** `kh explain [CODE]`: the documentation of a diagnostic code in both languages, with an example. */
import { allCodes, codeDoc, type CodeDoc } from "../../diagnostics/codes.js";
import type { Lang } from "../../diagnostics/diagnostic.js";
import { EXIT, type CliIO } from "../io.js";

const SEVERITY = {
  vi: { error: "lỗi", warning: "cảnh báo", info: "ghi chú" },
  en: { error: "error", warning: "warning", info: "info" },
} as const;

export function explainText(doc: CodeDoc, first: Lang): string {
  const order: Lang[] = first === "vi" ? ["vi", "en"] : ["en", "vi"];
  const out: string[] = [];
  for (const lang of order) {
    out.push(`${doc.code} (${SEVERITY[lang][doc.severity]}): ${doc.title[lang]}`, "", doc.explanation[lang], "");
    if (doc.fix) out.push(`${lang === "vi" ? "Cách sửa" : "How to fix"}: ${doc.fix[lang]}`, "");
    if (lang === order[0]) out.push("---", "");
  }
  if (doc.example) {
    out.push(first === "vi" ? "Ví dụ / Example:" : "Example / Ví dụ:", "");
    out.push(...doc.example.split("\n").map((l) => `    ${l}`), "");
  }
  return out.join("\n");
}

export function runExplain(code: string | undefined, lang: Lang, io: CliIO): number {
  if (!code) {
    for (const d of allCodes()) io.stdout.write(`${d.code}  ${SEVERITY[lang][d.severity].padEnd(9)} ${d.title[lang]}\n`);
    return EXIT.ok;
  }
  const doc = codeDoc(code.trim());
  if (!doc) {
    io.stderr.write(
      lang === "vi"
        ? `kh: không có mã ${code}; \`kh explain\` liệt kê mọi mã\n`
        : `kh: no such code ${code}; \`kh explain\` lists every code\n`,
    );
    return EXIT.usage;
  }
  io.stdout.write(explainText(doc, lang));
  return EXIT.ok;
}
