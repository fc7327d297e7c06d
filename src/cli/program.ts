/**
 * The `kh` command line: a thin commander shell over the core. `runCli` returns the exit code
 * instead of exiting, so tests drive it in-process. Usage errors exit 2, never with a stack trace.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import type { Lang } from "../diagnostics/diagnostic.js";
import { CHECK_FORMATS, runCheck, type CheckFormat } from "./commands/check.js";
import { CALENDAR_FORMATS, parseDateOption, runCalendar, runHolidays, type CalendarFormat } from "./commands/calendar.js";
import { runCoverage } from "./commands/coverage.js";
import { runDerive } from "./commands/derive.js";
import { runExplain } from "./commands/explain.js";
import { runResolve } from "./commands/resolve.js";
import { runFmt } from "./commands/fmt.js";
import { runImport } from "./commands/import.js";
import { runRender } from "./commands/render.js";
import { RENDER_FORMATS, type RenderFormat } from "../render/index.js";
import { EXIT, type CliIO } from "./io.js";
import { defaultLang, parseLang } from "./lang.js";
import { toolVersion } from "./version.js";

function nonNegativeInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError("expected a whole number ≥ 0");
  return n;
}

function langOption(): Option {
  return new Option("--lang <lang>", "message language: vi or en (default: from LANG, else vi)").argParser((v) => {
    try {
      return parseLang(v);
    } catch (e) {
      throw new InvalidArgumentError((e as Error).message);
    }
  });
}

export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  let exitCode: number = EXIT.ok;
  const lang = (o: { lang?: Lang }): Lang => o.lang ?? defaultLang(io.env);
  const color = (o: { color?: boolean }): boolean =>
    o.color ?? (!!io.stdout.isTTY && io.env.NO_COLOR === undefined && io.env.TERM !== "dumb");

  const program = new Command()
    .name("kh")
    .description("kehoach: check, format and calendar Vietnamese public-sector plans (kế hoạch)")
    .version(toolVersion(), "-v, --version")
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .showHelpAfterError("(kh --help)");

  program
    .command("check")
    .description("validate plans and templates (files or folders, recursively)")
    .argument("[paths...]", "files or folders (default: the current folder)")
    .addOption(new Option("-f, --format <format>", "output format").choices([...CHECK_FORMATS]).default("text"))
    .addOption(langOption())
    .option("--summary", "print one line per plan after the diagnostics")
    .option("--strict", "treat warnings as errors")
    .option("--max-warnings <n>", "fail when there are more than n warnings", nonNegativeInt)
    .option("--color", "force colours")
    .option("--no-color", "no colours")
    .addHelpText(
      "after",
      `
Examples:
  kh check                          check every .kh file under the current folder
  kh check examples templates       check two folders
  kh check plan.kh --format json    machine-readable output (see README)
  kh check --format sarif > kh.sarif   for GitHub code scanning
  kh check --format github          annotations in a GitHub Actions log
  kh check --lang en --strict       English messages, warnings fail the run

Exit codes: 0 no errors, 1 errors found, 2 usage or I/O failure.`,
    )
    .action(async (paths: string[], o: { format: CheckFormat; lang?: Lang; summary?: boolean; strict?: boolean; maxWarnings?: number; color?: boolean }) => {
      exitCode = await runCheck(
        paths,
        { format: o.format, lang: lang(o), summary: o.summary ?? false, strict: o.strict ?? false, ...(o.maxWarnings !== undefined && { maxWarnings: o.maxWarnings }), color: color(o) },
        io,
      );
    });

  program
    .command("fmt")
    .description("format .kh files canonically (through the prettier plugin)")
    .argument("[paths...]", "files or folders")
    .option("--check", "list files that are not formatted; exit 1 if any")
    .option("--write", "rewrite files in place (atomically; never a file with syntax errors)")
    .option("--stdin", "format standard input to standard output")
    .option("--stdin-filepath <path>", "file name to use in messages for --stdin")
    .addOption(langOption())
    .addHelpText(
      "after",
      `
Examples:
  kh fmt plan.kh                    print the formatted file
  kh fmt --check templates examples exit 1 if any file is not formatted
  kh fmt --write examples           format in place`,
    )
    .action(async (paths: string[], o: { check?: boolean; write?: boolean; stdin?: boolean; stdinFilepath?: string; lang?: Lang }) => {
      exitCode = await runFmt(
        paths,
        { check: o.check ?? false, write: o.write ?? false, stdin: o.stdin ?? false, ...(o.stdinFilepath && { stdinFilepath: o.stdinFilepath }), lang: lang(o), color: color({}) },
        io,
      );
    });

  program
    .command("resolve")
    .description("print the resolved model of a plan: what it inherits, from where, after which refinements")
    .argument("<plans...>", "plan files")
    .addOption(new Option("-f, --format <format>", "output format").choices(["json", "text"]).default("text"))
    .addOption(langOption())
    .addHelpText("after", "\nExamples:\n  kh resolve examples/gio-son.kh --format json\n  kh resolve examples/gio-son.kh")
    .action(async (paths: string[], o: { format: "json" | "text"; lang?: Lang }) => {
      exitCode = await runResolve(paths, { format: o.format, lang: lang(o) }, io);
    });

  program
    .command("coverage")
    .description("the matrix of inherited mandates by status (covered, waived, missing) and covering tasks")
    .argument("<plans...>", "plan files or folders")
    .addOption(new Option("-f, --format <format>", "output format").choices(["text", "md", "json"]).default("text"))
    .addOption(langOption())
    .addHelpText("after", "\nExamples:\n  kh coverage examples/gio-son.kh\n  kh coverage examples --format md > coverage.md\n\nExit code 1 when a mandate is missing.")
    .action(async (paths: string[], o: { format: "text" | "md" | "json"; lang?: Lang }) => {
      exitCode = await runCoverage(paths, { format: o.format, lang: lang(o) }, io);
    });

  // ---- calendar (issue 4) ----
  const dateArg = (v: string): number => {
    const d = parseDateOption(v);
    if (d === undefined) throw new InvalidArgumentError("expected a date: dd/mm/yyyy or yyyy-mm-dd");
    return d;
  };
  program
    .command("calendar")
    .description("the task calendar: who does what, when (ICS, CSV, Markdown agenda, JSON); a folder gives one merged calendar")
    .argument("<paths...>", "plan files or folders")
    .addOption(new Option("-f, --format <format>", "output format").choices([...CALENDAR_FORMATS]).default("md"))
    .option("--unit <id>", "only items this unit leads or coordinates")
    .option("--level <level>", "only plans of this level (commune, xã, district, …)")
    .option("--from <date>", "only items that end on or after this date", dateArg)
    .option("--to <date>", "only items that start on or before this date", dateArg)
    .option("--next <n>", "only the next n deadlines (from --today); the last n when none is left", nonNegativeInt)
    .option("--today <date>", "the day --next counts from (default: today in Vietnam)", dateArg)
    .addOption(langOption())
    .addHelpText(
      "after",
      `
Examples:
  kh calendar examples/gio-son-cchc-2022.kh --format ics > gio-son.ics
  kh calendar examples --unit van-phong --format csv > van-phong.csv
  kh calendar examples --level commune --from 01/04/2022 --to 30/06/2022
  kh calendar examples --next 5

Exit codes: 0 ok, 1 the plans have errors (the calendar is still printed), 2 usage or I/O failure.`,
    )
    .action(async (paths: string[], o: { format: CalendarFormat; unit?: string; level?: string; from?: number; to?: number; next?: number; today?: number; lang?: Lang }) => {
      exitCode = await runCalendar(
        paths,
        {
          format: o.format,
          lang: lang(o),
          ...(o.unit !== undefined && { unit: o.unit }),
          ...(o.level !== undefined && { level: o.level }),
          ...(o.from !== undefined && { from: o.from }),
          ...(o.to !== undefined && { to: o.to }),
          ...(o.next !== undefined && { next: o.next }),
          ...(o.today !== undefined && { today: o.today }),
        },
        io,
      );
    });

  program
    .command("holidays")
    .description("Vietnam's days off in a year: public holidays (Labour Code 2019 art. 112), make-up days, the workspace's swaps")
    .argument("<year>", "a year, e.g. 2026", (v: string) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1900 || n > 2199) throw new InvalidArgumentError("expected a year from 1900 to 2199");
      return n;
    })
    .addOption(new Option("-f, --format <format>", "output format").choices(["text", "json"]).default("text"))
    .addOption(langOption())
    .addHelpText("after", "\nExamples:\n  kh holidays 2026\n  kh holidays 2025 --format json")
    .action(async (year: number, o: { format: "text" | "json"; lang?: Lang }) => {
      exitCode = await runHolidays(year, { format: o.format, lang: lang(o) }, io);
    });
  // ---- end calendar ----

  // ---- import (issue 5) ----
  program
    .command("import")
    .description("turn a plain plan text (published, crawled or OCR'd) into a draft .kh file to review")
    .argument("<file>", "the plan text (UTF-8)")
    .option("-o, --output <file>", "write the draft to this file (atomically) instead of standard output")
    .option("--force", "overwrite the --output file if it exists")
    .option("--id <id>", "the plan id (default: from the issuer, number and year)")
    .addOption(langOption())
    .addHelpText(
      "after",
      `
The draft keeps every paragraph it cannot place as a # comment; a summary of what was found
(tasks, units, parents, deadlines) goes to standard error. --lang chooses the draft's keywords
and the messages.

Examples:
  kh import ke-hoach-32.txt                     print the draft (Vietnamese keywords)
  kh import ke-hoach-32.txt -o gio-son-2022.kh  write it (refuses to overwrite without --force)
  kh import plan.txt --lang en --id so-mau-2024 English keywords, a chosen plan id

Exit codes: 0 draft made, 2 usage or I/O failure (a missing file, an existing output).`,
    )
    .action(async (file: string, o: { output?: string; force?: boolean; id?: string; lang?: Lang }) => {
      exitCode = await runImport(
        file,
        { dialect: o.lang ?? "vi", lang: lang(o), force: o.force ?? false, ...(o.output !== undefined && { output: o.output }), ...(o.id !== undefined && { id: o.id }) },
        io,
      );
    });
  // ---- end import ----

  // ---- render (issue 5) ----
  program
    .command("render")
    .description("print the official document of a plan (Nghị định 30/2020/NĐ-CP layout) as Markdown, HTML or DOCX")
    .argument("<plan>", "a plan file (its parents are found in its workspace)")
    .addOption(new Option("-f, --format <format>", "output format").choices([...RENDER_FORMATS]).default("md"))
    .option("-o, --output <file>", "write to this file (atomically) instead of standard output; required for docx")
    .addOption(langOption())
    .addHelpText(
      "after",
      `
Examples:
  kh render examples/gio-son-cchc-2022.kh                       Markdown on standard output
  kh render examples/gio-son-cchc-2022.kh --format html -o kh.html   print-ready A4 page
  kh render examples/gio-son-cchc-2022.kh --format docx -o kh.docx   Word file

The document is in Vietnamese whatever the keywords of the file. A plan with errors is still
rendered (its errors and a warning go to standard error); one with syntax errors is not.
Exit codes: 0 rendered, 1 syntax errors, 2 usage or I/O failure.`,
    )
    .action(async (plan: string, o: { format: RenderFormat; output?: string; lang?: Lang }) => {
      exitCode = await runRender(plan, { format: o.format, lang: lang(o), ...(o.output !== undefined && { output: o.output }) }, io);
    });
  // ---- end render ----

  // ---- derive (issue 5) ----
  program
    .command("derive")
    .description("draft a plan implementing a template, for a level and an issuer, with placeholders to fill")
    .argument("<template>", "the template: a .kh file, or a plan id found in the workspace")
    .requiredOption("--level <level>", "the level of the new plan (xã, commune, sở, department, …)")
    .requiredOption("--issuer <name>", 'the issuing body, e.g. "UBND xã Gio Sơn"')
    .option("--id <id>", "the new plan's id (default: the template's id and the issuer's name)")
    .addOption(
      new Option("--lang <lang>", "keywords of the new plan and language of messages: vi or en (default: the template's keywords; messages from LANG)").argParser((v) => {
        try {
          return parseLang(v);
        } catch (e) {
          throw new InvalidArgumentError((e as Error).message);
        }
      }),
    )
    .option("-o, --output <file>", "write to this file instead of standard output")
    .option("--force", "overwrite the --output file if it exists")
    .addHelpText(
      "after",
      `
Examples:
  kh derive templates/nq76-cchc-2021-2030.kh --level tỉnh --issuer "UBND tỉnh Quảng Trị"
  kh derive nq76-cchc-2021-2030 --level province --issuer "UBND tỉnh Quảng Trị" --lang en
  kh derive templates/x.kh --level xã --issuer "UBND xã Gio Sơn" --id gio-son-2025 -o examples/gio-son-2025.kh

Every mandate that applies at the level gets a task: its text, what it covers, the latest
deadline allowed. The units are left to fill: \`kh check\` reports each place as KH701.
Exit codes: 0 drafted, 1 the template has errors, 2 usage or I/O failure (unknown template or
level, no mandate for the level, an existing file without --force).`,
    )
    .action(async (template: string, o: { level: string; issuer: string; id?: string; lang?: Lang; output?: string; force?: boolean }) => {
      exitCode = await runDerive(
        template,
        {
          level: o.level,
          issuer: o.issuer,
          lang: lang(o),
          ...(o.id !== undefined && { id: o.id }),
          ...(o.lang !== undefined && { dialect: o.lang }),
          ...(o.output !== undefined && { output: o.output }),
          force: o.force ?? false,
        },
        io,
      );
    });
  // ---- end derive ----

  // ---- lsp (issue 6) ----
  program
    .command("lsp")
    .description("the language server for editors (Language Server Protocol over standard input and output)")
    .option("--stdio", "talk over stdin/stdout (the default; editors pass it by convention)")
    .option("--debounce <ms>", "pause after a change before checking, in ms (default 150)", nonNegativeInt)
    // vscode-languageclient adds `--clientProcessId=PID` when it starts a server; the client's
    // process id also comes in `initialize`, which is what the server watches.
    .addOption(new Option("--clientProcessId <pid>", "the editor's process id (accepted for LSP clients that pass it)").hideHelp())
    .addHelpText("after", "\nExamples:\n  kh lsp --stdio                    what an editor's LSP client runs\n\nSee README, section Editors.")
    .action(async (o: { stdio?: boolean; debounce?: number }) => {
      const { runLsp } = await import("./commands/lsp.js");
      exitCode = await runLsp({ ...(o.debounce !== undefined && { debounceMs: o.debounce }) });
    });
  // ---- end lsp ----

  program
    .command("explain")
    .description("explain a diagnostic code in Vietnamese and English, with an example")
    .argument("[code]", "a code such as KH103 (omit to list all codes)")
    .addOption(langOption())
    .addHelpText("after", "\nExamples:\n  kh explain KH103\n  kh explain          list every code")
    .action((code: string | undefined, o: { lang?: Lang }) => {
      exitCode = runExplain(code, lang(o), io);
    });

  program.addHelpText(
    "after",
    `
Examples:
  kh check examples templates       check plans against their parents
  kh fmt --write examples           format files in place
  kh explain KH301                  what a diagnostic means and how to fix it`,
  );

  try {
    await program.parseAsync([...argv], { from: "user" });
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help") return EXIT.ok;
      return EXIT.usage;
    }
    const detail = io.env.KEHOACH_DEBUG ? `\n${(e as Error).stack ?? String(e)}` : ` (${(e as Error).message ?? String(e)}; set KEHOACH_DEBUG=1 for details)`;
    io.stderr.write(`kh: internal error [KH001]: please report it with the command and files used${detail}\n`);
    return EXIT.usage;
  }
  if (argv.length === 0) {
    program.outputHelp();
    return EXIT.usage;
  }
  return exitCode;
}
