/**
 * The kehoach VS Code extension: `.kh` files get the generated TextMate grammar and language
 * configuration (declared in package.json), and a language client that starts the kehoach
 * language server (diagnostics, hover, completion, go to definition, formatting…).
 */
import * as vscode from "vscode";
import { LanguageClient, type LanguageClientOptions, type ServerOptions } from "vscode-languageclient/node";
import { initializationOptions, langSetting, serverCommand, type ServerSettings } from "./server-command.js";

let client: LanguageClient | undefined;

function readSettings(): ServerSettings {
  const config = vscode.workspace.getConfiguration("kehoach");
  return {
    serverPath: String(config.get<unknown>("server.path", "") ?? ""),
    lang: langSetting(config.get<unknown>("lang", "auto")),
  };
}

function createClient(context: vscode.ExtensionContext): LanguageClient {
  const settings = readSettings();
  const command = serverCommand(settings, { extensionPath: context.extensionPath, execPath: process.execPath, env: process.env });
  const serverOptions: ServerOptions = { run: command, debug: command };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: "file", language: "kehoach" },
      { scheme: "untitled", language: "kehoach" },
    ],
    initializationOptions: initializationOptions(settings),
    outputChannelName: "kehoach",
  };
  // The id `kehoach` makes the client follow the `kehoach.trace.server` setting.
  return new LanguageClient("kehoach", "kehoach language server", serverOptions, clientOptions);
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  client = createClient(context);
  try {
    await client.start();
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    void vscode.window.showErrorMessage(
      `kehoach: không khởi động được máy chủ ngôn ngữ / could not start the language server (${message}). Kiểm tra / check kehoach.server.path.`,
    );
  }
}

async function restart(context: vscode.ExtensionContext): Promise<void> {
  const old = client;
  client = undefined;
  if (old) await old.stop().catch(() => undefined);
  await start(context);
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  context.subscriptions.push(
    vscode.commands.registerCommand("kehoach.restartServer", () => restart(context)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration("kehoach.server.path") || e.affectsConfiguration("kehoach.lang")) void restart(context);
    }),
    new vscode.Disposable(() => void client?.stop()),
  );
  await start(context);
}

export async function deactivate(): Promise<void> {
  const old = client;
  client = undefined;
  if (old) await old.stop();
}
