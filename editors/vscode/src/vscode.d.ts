/**
 * The few `vscode` APIs this extension uses, declared here because `@types/vscode` is not a
 * dependency of the repository. VS Code provides the real module at run time (esbuild leaves the
 * import external). Keep each declaration a faithful subset of `@types/vscode` 1.91.
 */
declare module "vscode" {
  export interface Thenable<T> extends PromiseLike<T> {}

  export class Disposable {
    constructor(callOnDispose: () => unknown);
    dispose(): unknown;
  }

  export interface ExtensionContext {
    readonly subscriptions: { dispose(): unknown }[];
    readonly extensionPath: string;
    asAbsolutePath(relativePath: string): string;
  }

  export interface WorkspaceConfiguration {
    get<T>(section: string, defaultValue: T): T;
  }

  export interface ConfigurationChangeEvent {
    affectsConfiguration(section: string): boolean;
  }

  export namespace workspace {
    function getConfiguration(section?: string): WorkspaceConfiguration;
    function onDidChangeConfiguration(listener: (e: ConfigurationChangeEvent) => unknown): Disposable;
  }

  export namespace commands {
    function registerCommand(command: string, callback: (...args: unknown[]) => unknown): Disposable;
  }

  export namespace window {
    function showErrorMessage(message: string, ...items: string[]): Thenable<string | undefined>;
    function showInformationMessage(message: string, ...items: string[]): Thenable<string | undefined>;
  }
}
