/**
 * `kh import FILE.txt [-o FILE.kh] [--lang vi|en] [--id ID] [--force]`: a plain plan text → a
 * draft `.kh` file, printed or written atomically (never over an existing file without
 * `--force`). A summary of what was recovered goes to standard error.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Lang } from "../../diagnostics/diagnostic.js";
import { importPlan, isPlainIdentifier } from "../../import/index.js";
import type { Dialect } from "../../syntax/keywords/table.js";
import { EXIT, type CliIO } from "../io.js";
import { writeAtomic, writeNewFile } from "../output-file.js";

export interface ImportCliOptions {
  readonly output?: string;
  readonly force: boolean;
  /** Keyword language of the draft. */
  readonly dialect: Dialect;
  /** Message language. */
  readonly lang: Lang;
  readonly id?: string;
}

export async function runImport(file: string, opts: ImportCliOptions, io: CliIO): Promise<number> {
  const t = (vi: string, en: string): string => (opts.lang === "vi" ? vi : en);
  if (opts.id !== undefined && !isPlainIdentifier(opts.id)) {
    io.stderr.write(t(`kh import: \`${opts.id}\` không phải mã định danh hợp lệ (ví dụ: gio-son-cchc-2022)\n`, `kh import: \`${opts.id}\` is not a valid identifier (for example gio-son-cchc-2022)\n`));
    return EXIT.usage;
  }
  const input = path.resolve(io.cwd, file);
  const cannotRead = (why: string): number => {
    io.stderr.write(t(`kh import: lỗi [KH002]: không đọc được \`${file}\` (${why})\n`, `kh import: error [KH002]: cannot read \`${file}\` (${why})\n`));
    return EXIT.usage;
  };
  let bytes: Buffer;
  try {
    bytes = await readFile(input);
  } catch (e) {
    return cannotRead((e as NodeJS.ErrnoException).code ?? String(e));
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return cannotRead(t("không phải văn bản UTF-8", "not UTF-8 text"));
  }
  const result = await importPlan(text, { dialect: opts.dialect, source: path.basename(file), ...(opts.id !== undefined && { id: opts.id }) });
  for (const d of result.diagnostics) io.stderr.write(`kh import: ${d.severity} [${d.code}]: ${d.message[opts.lang]}\n`);
  if (result.diagnostics.some((d) => d.severity === "error")) return EXIT.usage;

  if (opts.output !== undefined) {
    const out = path.resolve(io.cwd, opts.output);
    try {
      if (opts.force) await writeAtomic(out, result.text);
      else if (!(await writeNewFile(out, result.text))) {
        io.stderr.write(t(`kh import: \`${opts.output}\` đã có; dùng --force để ghi đè\n`, `kh import: \`${opts.output}\` exists; use --force to overwrite it\n`));
        return EXIT.usage;
      }
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? String(e);
      io.stderr.write(t(`kh import: lỗi [KH002]: không ghi được \`${opts.output}\` (${code})\n`, `kh import: error [KH002]: cannot write \`${opts.output}\` (${code})\n`));
      return EXIT.usage;
    }
  } else io.stdout.write(result.text);

  const s = result.stats;
  io.stderr.write(
    t(
      `kh import: ${s.tasks} nhiệm vụ, ${s.units} đơn vị, ${s.parents} kế hoạch cha (${s.citations} văn bản được dẫn), ${s.deadlines} hạn, ${s.sectionItems} mục văn bản, ${s.comments} đoạn để lại dưới dạng ghi chú — cần rà soát bản nháp\n`,
      `kh import: ${s.tasks} tasks, ${s.units} units, ${s.parents} parent plans (${s.citations} documents cited), ${s.deadlines} deadlines, ${s.sectionItems} section texts, ${s.comments} paragraphs kept as comments — review the draft\n`,
    ),
  );
  return EXIT.ok;
}
