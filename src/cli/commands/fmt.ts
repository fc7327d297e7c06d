/**
 * `kh fmt [--check|--write] FILE…`: formats through the prettier plugin. Without a flag it
 * prints the formatted text; `--check` lists files that are not formatted; `--write` rewrites
 * them atomically (temp file + rename) and never touches a file with syntax errors.
 */
import path from "node:path";
import { writeAtomic } from "../output-file.js";
import type { Lang } from "../../diagnostics/diagnostic.js";
import { formatText } from "../../format/format.js";
import { renderDiagnostic } from "../../outputs/text.js";
import { EXIT, type CliIO } from "../io.js";
import { loadSources } from "./check.js";

export interface FmtOptions {
  readonly check?: boolean;
  readonly write?: boolean;
  readonly stdin?: boolean;
  readonly stdinFilepath?: string;
  readonly lang: Lang;
  readonly color?: boolean;
}

export async function runFmt(paths: readonly string[], opts: FmtOptions, io: CliIO): Promise<number> {
  const t = (vi: string, en: string) => (opts.lang === "vi" ? vi : en);
  if (opts.check && opts.write) {
    io.stderr.write(t("kh: không dùng --check cùng --write\n", "kh: --check and --write cannot be used together\n"));
    return EXIT.usage;
  }
  if (opts.stdin) {
    const text = await io.readStdin();
    const file = opts.stdinFilepath ?? "<stdin>";
    const r = await formatText(text, { filepath: file });
    if (r.formatted === null) {
      const sources = new Map([[file, text]]);
      for (const d of r.diagnostics) io.stderr.write(renderDiagnostic(d, { lang: opts.lang, color: false, sources }) + "\n\n");
      return EXIT.errors;
    }
    io.stdout.write(r.formatted);
    return EXIT.ok;
  }
  if (paths.length === 0) {
    io.stderr.write(t("kh fmt: cần ít nhất một tệp hoặc thư mục\n", "kh fmt: give at least one file or folder\n"));
    return EXIT.usage;
  }
  const { sources, ioErrors } = await loadSources(paths, io);
  for (const d of ioErrors) io.stderr.write(`kh fmt: ${d.message[opts.lang]}\n`);
  let broken = 0;
  let unformatted = 0;
  for (const s of sources) {
    const r = await formatText(s.text, { filepath: s.file });
    if (r.formatted === null) {
      broken++;
      const texts = new Map([[s.file, s.text]]);
      for (const d of r.diagnostics.filter((x) => x.severity === "error")) {
        io.stderr.write(renderDiagnostic(d, { lang: opts.lang, color: opts.color ?? false, sources: texts }) + "\n\n");
      }
      continue;
    }
    if (opts.check) {
      if (r.changed) {
        unformatted++;
        io.stdout.write(`${s.file}\n`);
      }
    } else if (opts.write) {
      if (r.changed) {
        await writeAtomic(path.resolve(io.cwd, s.file), r.formatted);
        io.stdout.write(`${s.file}\n`);
      }
    } else {
      io.stdout.write(r.formatted);
    }
  }
  if (opts.check && unformatted > 0) {
    io.stderr.write(
      t(
        `${unformatted} tệp chưa đúng định dạng; chạy \`kh fmt --write\` để sửa.\n`,
        `${unformatted} file${unformatted === 1 ? " is" : "s are"} not formatted; run \`kh fmt --write\` to fix.\n`,
      ),
    );
  }
  if (broken > 0) {
    io.stderr.write(
      t(`${broken} tệp có lỗi cú pháp, không được định dạng.\n`, `${broken} file${broken === 1 ? " has" : "s have"} syntax errors and ${broken === 1 ? "was" : "were"} not formatted.\n`),
    );
  }
  if (ioErrors.length > 0) return EXIT.usage;
  return broken > 0 || unformatted > 0 ? EXIT.errors : EXIT.ok;
}
