// A client for the navigation protocol tests: it spawns the bundled server (`node dist/server.js
// --stdio`) and speaks to it as VS Code 1.91 does — initialize with workspace folders and the
// client capabilities of the navigation features, answer `workspace/configuration` from settings the
// test controls (as VS Code answers from settings.json), accept `client/registerCapability`, count
// `textDocument/publishDiagnostics`.
// Waits are for answers the server must give, with a generous guard against hanging; nothing is timed.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeConfigurationNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  SymbolKind,
  WorkspaceSymbolRequest,
  type InitializeParams,
  type InitializeResult,
  type ProtocolConnection,
  type Registration,
  type SymbolInformation,
  type WorkspaceSymbol,
} from 'vscode-languageserver-protocol/node';
import { REPO_ROOT } from '../helpers/fixtures';

export const SERVER_JS = join(REPO_ROOT, 'dist', 'server.js');

/** How long to wait for something the server must do before the test fails. A guard, not a measure. */
export const GUARD_MS = 30_000;

/** A file URI as VS Code writes it (`URI.file(path).toString()`): every character but the unreserved
 *  ones and `/` percent-encoded, `(`, `)`, `!`, `'`, `*` included — where Node's pathToFileURL leaves
 *  those as they are. For a path of letters, digits, `-._~` and `/` the two agree. */
export function vscodeFileUri(path: string): string {
  const encoded = path
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');
  return `file://${encoded}`;
}

export interface StartOptions {
  /** Folder paths, sent as `workspaceFolders` (URIs as VS Code writes them). */
  folders?: string[];
  /** The `stenogram` section answered to `workspace/configuration`. */
  settings?: unknown;
  locale?: string;
}

export class NavigationClient {
  readonly connection: ProtocolConnection;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** What `initialize` answered. */
  initializeResult!: InitializeResult;
  /** The `stenogram` section this client answers to every `workspace/configuration` (whatever its scope). */
  settings: unknown;
  /** Registrations the server asked for. */
  readonly registrations: Registration[] = [];
  /** How many `textDocument/publishDiagnostics` arrived per URI. */
  private readonly publishes = new Map<string, number>();
  private publishWaiters: (() => void)[] = [];
  private readonly child: ChildProcessWithoutNullStreams;
  private stderr = '';

  private constructor(settings: unknown) {
    if (!existsSync(SERVER_JS)) throw new Error(`${SERVER_JS} is missing: build first (npm test builds before the tests)`);
    this.settings = settings;
    this.child = spawn(process.execPath, [SERVER_JS, '--stdio'], { cwd: REPO_ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    this.exited = new Promise((resolve) => this.child.once('exit', (code, signal) => resolve({ code, signal })));
    this.child.stderr.setEncoding('utf8');
    this.child.stderr.on('data', (chunk: string) => (this.stderr += chunk));
    this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout), new StreamMessageWriter(this.child.stdin));
    this.connection.onRequest(ConfigurationRequest.type, (params) =>
      params.items.map((item) => (item.section === 'stenogram' ? structuredClone(this.settings ?? null) : null)),
    );
    this.connection.onRequest(RegistrationRequest.type, (params) => {
      this.registrations.push(...params.registrations);
    });
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.publishes.set(params.uri, (this.publishes.get(params.uri) ?? 0) + 1);
      this.publishWaiters.splice(0).forEach((w) => w());
    });
    this.connection.listen();
  }

  /** Spawn the server and go through `initialize` (with the folders) and `initialized`. */
  static async start(options: StartOptions = {}): Promise<NavigationClient> {
    const client = new NavigationClient(options.settings ?? {});
    client.initializeResult = await client.connection.sendRequest(InitializeRequest.type, initializeParams(options));
    await client.connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  async open(uri: string, text: string, version = 1): Promise<void> {
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'transcript', version, text } });
  }

  /**
   * didOpen, then wait for the document's first diagnostics: the server publishes them with the
   * settings that apply to the document, so from then on its requests see those settings too.
   */
  async openSettled(uri: string, text: string): Promise<void> {
    const before = this.publishes.get(uri) ?? 0;
    await this.open(uri, text);
    await this.diagnosticsPublished(uri, before + 1);
  }

  /** Change the settings as a user does in settings.json: VS Code sends didChangeConfiguration, the
   *  server reads the settings again and re-publishes the open `uri`'s diagnostics with them. */
  async changeSettings(settings: unknown, uri: string): Promise<void> {
    this.settings = settings;
    const before = this.publishes.get(uri) ?? 0;
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    await this.diagnosticsPublished(uri, before + 1);
  }

  /** Resolves once `count` diagnostics publishes for `uri` have arrived in all. */
  private diagnosticsPublished(uri: string, count: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`fewer than ${count} textDocument/publishDiagnostics for ${uri}\n${this.stderr}`)), GUARD_MS);
      const check = () => {
        if ((this.publishes.get(uri) ?? 0) >= count) {
          clearTimeout(timer);
          resolve();
        } else this.publishWaiters.push(check);
      };
      check();
    });
  }

  async workspaceSymbols(query: string): Promise<SymbolInformation[]> {
    const result = (await this.connection.sendRequest(WorkspaceSymbolRequest.type, { query })) as SymbolInformation[] | WorkspaceSymbol[] | null;
    return (result ?? []) as SymbolInformation[];
  }

  /**
   * Ask `workspace/symbol` for `query` until `done` holds for the answer (the workspace is indexed in
   * the background, and a changed file re-read), and return that answer. Fails after GUARD_MS.
   */
  async symbolsWhen(query: string, done: (symbols: SymbolInformation[]) => boolean, what: string): Promise<SymbolInformation[]> {
    const giveUp = Date.now() + GUARD_MS;
    for (;;) {
      const symbols = await this.workspaceSymbols(query);
      if (done(symbols)) return symbols;
      if (Date.now() > giveUp) throw new Error(`workspace/symbol ${JSON.stringify(query)} never showed ${what}; last answer: ${JSON.stringify(symbols)}\n${this.stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  get serverStderr(): string {
    return this.stderr;
  }

  /** shutdown → exit, as VS Code ends a session; the process is killed if it does not end. */
  async dispose(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      const timer = setTimeout(() => this.child.kill(), GUARD_MS);
      try {
        await this.connection.sendRequest(ShutdownRequest.type);
        await this.connection.sendNotification(ExitNotification.type);
      } catch {
        this.child.kill(); // the connection is already gone
      }
      await this.exited;
      clearTimeout(timer);
    }
    this.connection.dispose();
  }
}

/** What VS Code 1.91 tells a language server in `initialize`, trimmed to what this server can use. */
export function initializeParams(options: StartOptions = {}): InitializeParams {
  const folders = (options.folders ?? []).map((path) => ({ uri: vscodeFileUri(path), name: path.slice(path.lastIndexOf('/') + 1) }));
  return {
    processId: process.pid,
    clientInfo: { name: 'Visual Studio Code', version: '1.91.0' },
    locale: options.locale ?? 'en',
    rootUri: folders[0]?.uri ?? null,
    workspaceFolders: folders.length > 0 ? folders : null,
    capabilities: {
      general: { positionEncodings: ['utf-16'] },
      textDocument: {
        synchronization: { dynamicRegistration: true, willSave: true, willSaveWaitUntil: true, didSave: true },
        documentSymbol: {
          dynamicRegistration: true,
          hierarchicalDocumentSymbolSupport: true,
          labelSupport: true,
          symbolKind: { valueSet: Array.from({ length: 26 }, (_, i) => (i + 1) as SymbolKind) },
          tagSupport: { valueSet: [1] },
        },
        completion: {
          dynamicRegistration: true,
          contextSupport: true,
          completionItem: { snippetSupport: true, preselectSupport: true, insertReplaceSupport: true, labelDetailsSupport: true },
        },
        definition: { dynamicRegistration: true, linkSupport: true },
        references: { dynamicRegistration: true },
        documentHighlight: { dynamicRegistration: true },
        documentLink: { dynamicRegistration: true, tooltipSupport: true },
        rename: { dynamicRegistration: true, prepareSupport: true, honorsChangeAnnotations: true },
        foldingRange: { dynamicRegistration: true, rangeLimit: 5000, lineFoldingOnly: true, foldingRange: { collapsedText: false } },
        selectionRange: { dynamicRegistration: true },
        publishDiagnostics: { relatedInformation: true, versionSupport: false, codeDescriptionSupport: true, dataSupport: true, tagSupport: { valueSet: [1, 2] } },
      },
      workspace: {
        workspaceFolders: true,
        configuration: true,
        didChangeConfiguration: { dynamicRegistration: true },
        didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true },
        symbol: { dynamicRegistration: true, symbolKind: { valueSet: Array.from({ length: 26 }, (_, i) => (i + 1) as SymbolKind) } },
        applyEdit: true,
        workspaceEdit: { documentChanges: true },
      },
      window: { workDoneProgress: true },
    },
  };
}
