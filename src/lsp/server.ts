/**
 * The kehoach language server: wiring of the protocol (vscode-languageserver) to the session
 * and the feature modules. It never dies on bad input: every handler is guarded, a failure is
 * logged and shown as KH801, requests before `initialize` are rejected with the protocol's
 * ServerNotInitialized error, unknown requests with MethodNotFound, and the server keeps serving.
 */
import {
  createConnection,
  CodeActionKind,
  ErrorCodes,
  FileChangeType,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  DidChangeWatchedFilesNotification,
  type Connection,
  type InitializeError,
  type InitializeParams,
  type InitializeResult,
  type WatchDog,
} from "vscode-languageserver";
import { createProtocolConnection, type MessageReader, type MessageWriter } from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import type { Lang } from "../diagnostics/diagnostic.js";
import { codeActions } from "./code-actions.js";
import { completion } from "./completion.js";
import { definition } from "./definition.js";
import { formatting } from "./format.js";
import { hover } from "./hover.js";
import { uriToPath } from "./positions.js";
import { references } from "./references.js";
import { semanticTokens, SEMANTIC_LEGEND } from "./semantic-tokens.js";
import { documentSymbols } from "./symbols.js";
import { Session } from "./session.js";

export interface ServerOptions {
  readonly reader: MessageReader;
  readonly writer: MessageWriter;
  /** Debounce of checks after a change, in ms (default 150; `initializationOptions.debounceMs` overrides). */
  readonly debounceMs?: number;
  /** Called on the `exit` notification (the CLI exits the process; tests do not). */
  readonly onExit?: (code: number) => void;
  /** Exit when the client process named in `initialize` dies (the CLI does; tests do not). */
  readonly watchClientProcess?: boolean;
  /** Reads a file from disk (tests may replace it). */
  readonly read?: (file: string) => Promise<string>;
}

export interface KehoachServer {
  readonly connection: Connection;
  /** Present once `initialize` has been received. */
  readonly session: () => Session | undefined;
  /** Resolves when no check is pending. */
  idle(): Promise<void>;
  dispose(): void;
}

/** `initializationOptions` the server understands. */
interface InitOptions {
  readonly debounceMs?: unknown;
  readonly lang?: unknown;
}

function langOf(params: InitializeParams): Lang | undefined {
  const o = (params.initializationOptions ?? {}) as InitOptions;
  const wanted = typeof o.lang === "string" ? o.lang : typeof params.locale === "string" ? params.locale : "";
  return /^en/i.test(wanted) ? "en" : /^vi/i.test(wanted) ? "vi" : undefined;
}

function foldersOf(params: InitializeParams): string[] {
  const uris = [...(Array.isArray(params.workspaceFolders) ? params.workspaceFolders.map((f) => f?.uri) : []), params.rootUri];
  const out: string[] = [];
  for (const u of uris) {
    const p = typeof u === "string" ? uriToPath(u) : undefined;
    if (p !== undefined && !out.includes(p)) out.push(p);
  }
  if (out.length === 0 && typeof params.rootPath === "string" && params.rootPath !== "") out.push(params.rootPath);
  return out;
}

export function startServer(options: ServerOptions): KehoachServer {
  let clientTimer: NodeJS.Timeout | undefined;
  let shutdown = false;
  const watchDog: WatchDog = {
    get shutdownReceived() {
      return shutdown;
    },
    set shutdownReceived(v: boolean) {
      shutdown = v;
    },
    initialize(params: InitializeParams) {
      const pid = (params as Partial<InitializeParams> | null | undefined)?.processId;
      if (!options.watchClientProcess || typeof pid !== "number" || clientTimer) return;
      clientTimer = setInterval(() => {
        try {
          process.kill(pid, 0);
        } catch {
          options.onExit?.(shutdown ? 0 : 1);
        }
      }, 3000);
      clientTimer.unref();
    },
    exit(code: number) {
      options.onExit?.(code);
    },
  };
  const connection = createConnection((logger) => createProtocolConnection(options.reader, options.writer, logger), watchDog);
  const documents = new TextDocuments(TextDocument);
  let session: Session | undefined;
  let watchFiles = false;

  /** Wraps a request handler: rejected before initialize, a failure answered with null (and logged). */
  const request = <P, R>(what: string, handler: (s: Session, params: P) => Promise<R> | R) => {
    return async (params: P): Promise<R | null | ResponseError<void>> => {
      if (!session) return new ResponseError(ErrorCodes.ServerNotInitialized, "kehoach: the server is not initialized yet");
      try {
        return await handler(session, params);
      } catch (e) {
        const uri = (params as { textDocument?: { uri?: unknown } } | undefined)?.textDocument?.uri;
        session.reportInternal(typeof uri === "string" ? uri : "", what, e);
        return null;
      }
    };
  };

  connection.onInitialize((params: InitializeParams): InitializeResult | ResponseError<InitializeError> => {
    if (session) return new ResponseError(ErrorCodes.InvalidRequest, "kehoach: the server is already initialized", { retry: false });
    const o = (params?.initializationOptions ?? {}) as InitOptions;
    const debounce = typeof o.debounceMs === "number" && Number.isFinite(o.debounceMs) && o.debounceMs >= 0 ? o.debounceMs : options.debounceMs;
    const lang = params ? langOf(params) : undefined;
    session = new Session(connection, documents, {
      ...(debounce !== undefined && { debounceMs: debounce }),
      ...(lang && { lang }),
      folders: params ? foldersOf(params) : [],
      ...(options.read && { read: options.read }),
    });
    watchFiles = params?.capabilities?.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        completionProvider: { triggerCharacters: [" ", ",", ":"] },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        documentFormattingProvider: true,
        documentSymbolProvider: true,
        semanticTokensProvider: { legend: SEMANTIC_LEGEND, full: true },
      },
      serverInfo: { name: "kehoach" },
    };
  });

  connection.onInitialized(() => {
    if (watchFiles) {
      void connection.client
        .register(DidChangeWatchedFilesNotification.type, {
          watchers: [{ globPattern: "**/*.kh" }, { globPattern: "**/kehoach.json" }, { globPattern: "**/rules/*.json" }],
        })
        .catch(() => undefined);
    }
  });

  connection.onHover(request("answering hover", hover));
  connection.onDefinition(request("finding the definition", definition));
  connection.onReferences(request("finding references", references));
  connection.onCompletion(request("completing", completion));
  connection.onCodeAction(request("computing code actions", codeActions));
  connection.onDocumentFormatting(request("formatting", formatting));
  connection.onDocumentSymbol(request("listing symbols", documentSymbols));
  connection.languages.semanticTokens.on(request("highlighting", semanticTokens));

  documents.onDidOpen((e) => session?.opened(e.document));
  documents.onDidChangeContent((e) => session?.changed(e.document));
  documents.onDidSave((e) => session?.saved(e.document));
  documents.onDidClose((e) => session?.closed(e.document.uri));
  connection.onDidChangeWatchedFiles((p) => {
    const changes = Array.isArray(p?.changes) ? p.changes : [];
    session?.diskChanged(changes.filter((c) => c && typeof c.uri === "string" && Object.values(FileChangeType).includes(c.type)).map((c) => c.uri));
  });

  // Answers once every check in flight is done (tests, benchmarks, scripted clients).
  connection.onRequest("kehoach/idle", async () => {
    await session?.idle();
    return null;
  });

  // Any other request: MethodNotFound, or ServerNotInitialized before `initialize`.
  connection.onRequest((method: string) => {
    if (!session) return new ResponseError(ErrorCodes.ServerNotInitialized, "kehoach: the server is not initialized yet");
    return new ResponseError(ErrorCodes.MethodNotFound, `kehoach: unhandled method ${method}`);
  });

  documents.listen(connection);
  connection.listen();

  return {
    connection,
    session: () => session,
    idle: async () => {
      await session?.idle();
    },
    dispose: () => {
      session?.dispose();
      if (clientTimer) clearInterval(clientTimer);
      connection.dispose();
    },
  };
}
