/**
 * How the extension starts the kehoach language server, as plain data (no `vscode` import, so it
 * is unit-tested in `test/editors/extension.test.ts`).
 *
 * By default the server is the kehoach CLI bundled into the extension (`dist/server/lib/cli/main.js`),
 * run by the editor's own Node runtime (VS Code's executable with `ELECTRON_RUN_AS_NODE=1`, which
 * is what `child_process.fork` does). With `kehoach.server.path` set, that program is run instead:
 * a `kh` executable (for example a project's `node_modules/.bin/kh`), or a `.js` file run by the
 * editor's Node runtime. Either way the arguments are `lsp --stdio`; the command form is used on
 * purpose, since the language client's "module" form adds a `--clientProcessId` argument.
 */

export type LangSetting = "auto" | "vi" | "en";

export interface ServerSettings {
  /** `kehoach.server.path`: empty for the bundled server. */
  readonly serverPath: string;
  /** `kehoach.lang`: the language of diagnostics; `auto` follows the editor's display language. */
  readonly lang: LangSetting;
}

export interface ServerCommand {
  readonly command: string;
  readonly args: string[];
  readonly options: { readonly env: Record<string, string | undefined> };
}

/** The bundled server, relative to the extension's folder. */
export const BUNDLED_SERVER = "dist/server/lib/cli/main.js";

export function serverCommand(
  settings: ServerSettings,
  runtime: { readonly extensionPath: string; readonly execPath: string; readonly env: Record<string, string | undefined> },
): ServerCommand {
  const lspArgs = ["lsp", "--stdio"];
  const custom = settings.serverPath.trim();
  const asNode = { env: { ...runtime.env, ELECTRON_RUN_AS_NODE: "1" } };
  if (custom === "") {
    return { command: runtime.execPath, args: [joinPath(runtime.extensionPath, BUNDLED_SERVER), ...lspArgs], options: asNode };
  }
  if (/\.[cm]?js$/i.test(custom)) return { command: runtime.execPath, args: [custom, ...lspArgs], options: asNode };
  return { command: custom, args: lspArgs, options: { env: { ...runtime.env } } };
}

/** `initializationOptions` for the server: the message language, unless it follows the editor. */
export function initializationOptions(settings: ServerSettings): { lang?: "vi" | "en" } {
  return settings.lang === "auto" ? {} : { lang: settings.lang };
}

/** Reads a setting value defensively (settings are user data). */
export function langSetting(value: unknown): LangSetting {
  return value === "vi" || value === "en" ? value : "auto";
}

function joinPath(dir: string, relative: string): string {
  const sep = dir.includes("\\") && !dir.includes("/") ? "\\" : "/";
  return `${dir.replace(/[\\/]+$/, "")}${sep}${relative.split("/").join(sep)}`;
}
