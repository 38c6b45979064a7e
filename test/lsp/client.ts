// The LSP client of the protocol tests: spawns the bundled server (`node dist/server.js --stdio`)
// and speaks to it over stdio with vscode-languageserver-protocol, as VS Code's LanguageClient does
// (or to the same bundle in a Web Worker in Chromium: browserWorker.ts).
// It starts as VS Code 1.91 starts (optionally on workspace folders, with file watching), records
// every `textDocument/publishDiagnostics` so a test can wait for the one it expects, answers
// `workspace/configuration` with settings the test controls (as VS Code answers from settings.json),
// and records `client/registerCapability` and `window/logMessage`.
// Waits are for answers the server must give, with a generous guard against hanging; nothing is timed.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  MessageType,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  StreamMessageReader,
  StreamMessageWriter,
  UnregistrationRequest,
  WorkspaceSymbolRequest,
  type ConfigurationParams,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
  type LogMessageParams,
  type MessageReader,
  type MessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Registration,
  type SymbolInformation,
  type SymbolKind,
  type TextDocumentContentChangeEvent,
  type TextEdit,
  type WorkspaceClientCapabilities,
  type WorkspaceEdit,
  type WorkspaceSymbol,
} from 'vscode-languageserver-protocol/node';
import { REPO_ROOT } from '../helpers/fixtures';
import { SERVER_EXEC_ARGV } from '../../protocol';

export const SERVER_JS = join(REPO_ROOT, 'dist', 'server.js');

/** How long to wait for something the server must send before the test fails. A guard, not a measure. */
export const WAIT_MS = 30_000;

/** How VS Code starts a language server: the options of `initialize` a test may choose. */
export interface InitializeOptions {
  locale?: string;
  /** The client answers `workspace/configuration` and registers for didChangeConfiguration (default true). */
  configuration?: boolean;
  /** Workspace folder URIs (of any scheme: `file:` as `vscodeFileUri` writes them, `vscode-vfs:`, `memfs:`…). */
  folders?: string[];
  /** The client can register file watchers (didChangeWatchedFiles), as VS Code can; default false. */
  watchFiles?: boolean;
  /** `initialize`'s initializationOptions, as the extension's client sends them (`workspaceFiles: true`). */
  initializationOptions?: Record<string, unknown>;
}

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

/** Where the server runs and how its messages come and go. */
export interface ServerTransport {
  reader: MessageReader;
  writer: MessageWriter;
  /** Resolves once the server has ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  running(): boolean;
  /** What the server wrote besides its messages (stderr; a worker's errors), for failure messages. */
  stderr(): string;
  kill(): void;
}

/** The bundled server as VS Code desktop starts it: `node dist/server.js --stdio`. */
function nodeProcess(): ServerTransport {
  if (!existsSync(SERVER_JS)) {
    throw new Error(`${SERVER_JS} is missing: build first (npm test runs \`npm run build\` before the tests)`);
  }
  const child = spawn(process.execPath, [...SERVER_EXEC_ARGV, SERVER_JS, '--stdio'], { cwd: REPO_ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => (stderr += chunk));
  return {
    reader: new StreamMessageReader(child.stdout),
    writer: new StreamMessageWriter(child.stdin),
    exited: new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal }))),
    running: () => child.exitCode === null && child.signalCode === null,
    stderr: () => stderr,
    kill: () => child.kill(),
  };
}

interface Waiter {
  uri: string;
  accept: (p: PublishDiagnosticsParams) => boolean;
  resolve: (p: PublishDiagnosticsParams) => void;
}

export class LspTestClient {
  readonly connection: ProtocolConnection;
  /** What `initialize` answered (set by `initialized`). */
  initializeResult!: InitializeResult;
  /** Resolves with the exit code and signal once the server process has ended. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private readonly published: { params: PublishDiagnosticsParams; taken: boolean }[] = [];
  private readonly waiters: Waiter[] = [];
  private configurationWaiters: (() => void)[] = [];

  /**
   * What this client answers to `workspace/configuration` for the section `stenogram`, as VS Code
   * answers from settings.json: the whole section as nested objects. A test assigns it before the
   * server asks. Other sections are answered with null.
   */
  settings: unknown = vscodeSettings();
  /** When set, the answer for the section `stenogram` depends on the item's `scopeUri`, as VS Code's
   *  does for `resource`-scoped settings (a folder's .vscode/settings.json). */
  scopedSettings: ((scopeUri: string | undefined) => unknown) | undefined;
  /** Every `workspace/configuration` request the server sent, in order. */
  readonly configurationRequests: ConfigurationParams[] = [];
  /** How many `workspace/configuration` requests have been answered. */
  configurationAnswers = 0;
  /** Every registration the server asked for with `client/registerCapability` (and not unregistered). */
  readonly registrations: Registration[] = [];
  /** Every `window/logMessage` the server sent (its `connection.console`). */
  readonly logs: LogMessageParams[] = [];

  private constructor(private readonly server: ServerTransport) {
    this.exited = server.exited;
    this.connection = createProtocolConnection(server.reader, server.writer);
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => this.onPublish(params));
    this.connection.onNotification(LogMessageNotification.type, (params) => {
      this.logs.push(params);
    });
    this.connection.onRequest(ConfigurationRequest.type, (params) => {
      this.configurationRequests.push(params);
      const answer = params.items.map((item) => {
        if (item.section !== 'stenogram') return null;
        return structuredClone(this.scopedSettings ? this.scopedSettings(item.scopeUri) : this.settings);
      });
      this.configurationAnswers++;
      // Waiters may send the next message at once: it queues behind this answer on the one writer.
      setImmediate(() => this.configurationWaiters.splice(0).forEach((w) => w()));
      return answer;
    });
    this.connection.onRequest(RegistrationRequest.type, (params) => {
      this.registrations.push(...params.registrations);
    });
    this.connection.onRequest(UnregistrationRequest.type, (params) => {
      for (const u of params.unregisterations) {
        const i = this.registrations.findIndex((r) => r.id === u.id);
        if (i >= 0) this.registrations.splice(i, 1);
      }
    });
    this.connection.listen();
  }

  static start(): LspTestClient {
    return new LspTestClient(nodeProcess());
  }

  /**
   * Start the server and go through `initialize` and `initialized` as VS Code does. A client with the
   * configuration capability answers the server's first `workspace/configuration` with `settings`
   * before this resolves, so every document opened afterwards is checked with them (`scopedSettings`:
   * the settings per scope URI instead, as a folder's settings.json gives them).
   */
  static async initialized(
    options: InitializeOptions & {
      settings?: unknown;
      scopedSettings?: (scopeUri: string | undefined) => unknown;
      /** Handlers for requests the server sends from `initialized` on (stenogram/readFile…), set up first. */
      answer?: (connection: ProtocolConnection) => void;
      /** Where the server runs: the bundled server as a Node process (the default), or elsewhere. */
      transport?: () => Promise<ServerTransport>;
    } = {},
  ): Promise<LspTestClient> {
    const client = new LspTestClient(options.transport ? await options.transport() : nodeProcess());
    if (options.settings !== undefined) client.settings = options.settings;
    client.scopedSettings = options.scopedSettings;
    options.answer?.(client.connection);
    client.initializeResult = await client.connection.sendRequest(InitializeRequest.type, vscodeInitializeParams(options));
    await client.connection.sendNotification(InitializedNotification.type, {});
    if (options.configuration ?? true) await client.configurationAnswered(1);
    return client;
  }

  /** didOpen `text` as `uri` (language `transcript`); the document as the editor now holds it. */
  async open(uri: string, text: string, version = 1): Promise<TextDocument> {
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'transcript', version, text },
    });
    return TextDocument.create(uri, 'transcript', version, text);
  }

  /**
   * didOpen, then wait for the document's next diagnostics: the server publishes them with the
   * settings that apply to the document, so from then on its requests see those settings too.
   */
  async openSettled(uri: string, text: string): Promise<TextDocument> {
    const before = this.publishedFor(uri).length;
    const document = await this.open(uri, text);
    await this.diagnosticsPublished(uri, before + 1);
    return document;
  }

  /** Change the settings as a user does in settings.json: VS Code sends didChangeConfiguration, the
   *  server reads the settings again and re-publishes the open `uri`'s diagnostics with them. */
  async changeSettings(settings: unknown, uri: string): Promise<void> {
    this.settings = settings;
    const before = this.publishedFor(uri).length;
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    await this.diagnosticsPublished(uri, before + 1);
  }

  /** Resolves once `count` diagnostics publishes for `uri` have arrived in all. */
  private async diagnosticsPublished(uri: string, count: number): Promise<void> {
    if (this.publishedFor(uri).length >= count) return;
    await this.diagnostics(uri, () => this.publishedFor(uri).length >= count);
  }

  async workspaceSymbols(query: string): Promise<SymbolInformation[]> {
    const result = (await this.connection.sendRequest(WorkspaceSymbolRequest.type, { query })) as SymbolInformation[] | WorkspaceSymbol[] | null;
    return (result ?? []) as SymbolInformation[];
  }

  /**
   * Ask `workspace/symbol` for `query` until `done` holds for the answer (the workspace is indexed in
   * the background, and a changed file re-read), and return that answer. Fails after WAIT_MS.
   */
  async symbolsWhen(query: string, done: (symbols: SymbolInformation[]) => boolean, what: string): Promise<SymbolInformation[]> {
    const giveUp = Date.now() + WAIT_MS;
    for (;;) {
      const symbols = await this.workspaceSymbols(query);
      if (done(symbols)) return symbols;
      if (Date.now() > giveUp) throw new Error(`workspace/symbol ${JSON.stringify(query)} never showed ${what}; last answer: ${JSON.stringify(symbols)}\n${this.server.stderr()}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  /** didChange with incremental `changes` (each applies to the result of the one before), as the
   *  editor sends them; the document as the editor then holds it, one version on. */
  async change(document: TextDocument, changes: TextDocumentContentChangeEvent[]): Promise<TextDocument> {
    const next = TextDocument.create(document.uri, document.languageId, document.version + 1, document.getText());
    TextDocument.update(next, changes, next.version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: document.uri, version: next.version },
      contentChanges: changes,
    });
    return next;
  }

  /** didChange that applies `edits` (as an editor applies a WorkspaceEdit: one change per edit, last
   *  in the document first, so that each range still holds when its change arrives). */
  async applyEdit(document: TextDocument, edits: readonly TextEdit[]): Promise<TextDocument> {
    const changes = [...edits]
      .sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character)
      .map((e) => ({ range: e.range, text: e.newText }));
    return this.change(document, changes);
  }

  /** The server's output-channel lines once `done` holds for them; fails after WAIT_MS saying `what`
   *  it waited for. */
  async logsWhen(done: (lines: string[]) => boolean, what: string): Promise<string[]> {
    const giveUp = Date.now() + WAIT_MS;
    for (;;) {
      const lines = this.logs.map((l) => l.message);
      if (done(lines)) return lines;
      if (Date.now() > giveUp) throw new Error(`the server never logged ${what}; it logged: ${JSON.stringify(lines)}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  /** Errors the server logged (a feature that failed is logged and answered with an empty result). */
  get loggedErrors(): string[] {
    return this.logs.filter((l) => l.type === MessageType.Error).map((l) => l.message);
  }

  /** What the server wrote to stderr, for failure messages. */
  get serverStderr(): string {
    return this.server.stderr();
  }

  get running(): boolean {
    return this.server.running();
  }

  /**
   * The first diagnostics published for `uri` that `accept` takes and no earlier wait took, in the
   * order the server sent them (already received, or still to come).
   */
  diagnostics(uri: string, accept: (p: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
    const ready = this.published.find((p) => !p.taken && p.params.uri === uri && accept(p.params));
    if (ready) {
      ready.taken = true;
      return Promise.resolve(ready.params);
    }
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        uri,
        accept,
        resolve: (p) => {
          clearTimeout(timer);
          resolve(p);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        reject(new Error(`no matching textDocument/publishDiagnostics for ${uri} within ${WAIT_MS} ms; server stderr:\n${this.server.stderr()}`));
      }, WAIT_MS);
      this.waiters.push(waiter);
    });
  }

  /**
   * Resolves once the server has been answered `count` `workspace/configuration` requests in all
   * (already, or still to come). Messages the test sends afterwards reach the server after the answer.
   */
  configurationAnswered(count: number): Promise<void> {
    if (this.configurationAnswers >= count) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`the server asked for workspace/configuration ${this.configurationAnswers} time(s), not ${count}, within ${WAIT_MS} ms`)),
        WAIT_MS,
      );
      const check = () => {
        if (this.configurationAnswers >= count) {
          clearTimeout(timer);
          resolve();
        } else this.configurationWaiters.push(check);
      };
      check();
    });
  }

  /** Every publish received so far for `uri`, taken or not, in the order the server sent them. */
  publishedFor(uri: string): PublishDiagnosticsParams[] {
    return this.published.filter((p) => p.params.uri === uri).map((p) => p.params);
  }

  private onPublish(params: PublishDiagnosticsParams): void {
    const entry = { params, taken: false };
    this.published.push(entry);
    const i = this.waiters.findIndex((w) => w.uri === params.uri && w.accept(params));
    if (i >= 0) {
      entry.taken = true;
      this.waiters.splice(i, 1)[0].resolve(params);
    }
  }

  /** Wait for the process to end, failing after WAIT_MS. */
  async waitForExit(): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`the server did not exit within ${WAIT_MS} ms`)), WAIT_MS);
    });
    try {
      return await Promise.race([this.exited, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Whatever happened: drop the connection and end the process if it is still running. */
  async dispose(): Promise<void> {
    this.connection.dispose();
    if (this.running) {
      this.server.kill();
      await this.exited;
    }
  }
}

/** The defaults of the `stenogram.*` settings the manifest contributes, nested as VS Code answers
 *  `workspace/configuration` for the section `stenogram`, with `overrides` merged in. */
export function vscodeSettings(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
    contributes: { configuration: { properties: Record<string, { default: unknown }> } };
  };
  const out: Record<string, unknown> = {};
  for (const [key, { default: value }] of Object.entries(manifest.contributes.configuration.properties)) {
    const [section, ...path] = key.split('.');
    if (section !== 'stenogram') continue;
    let node = out;
    for (const part of path.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
    node[path[path.length - 1]] = value;
  }
  return deepMerge(out, overrides);
}

function deepMerge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const b = out[k];
    out[k] =
      v && typeof v === 'object' && !Array.isArray(v) && b && typeof b === 'object' && !Array.isArray(b)
        ? deepMerge(b as Record<string, unknown>, v as Record<string, unknown>)
        : v;
  }
  return out;
}

/** What VS Code 1.91 tells a language server in `initialize`, trimmed to what this server can use. */
export function vscodeInitializeParams(options: InitializeOptions = {}): InitializeParams {
  const configuration = options.configuration ?? true;
  const folders = (options.folders ?? []).map((uri) => ({ uri, name: decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1)) }));
  const symbolKind = { valueSet: Array.from({ length: 26 }, (_, i) => (i + 1) as SymbolKind) };
  const workspace: WorkspaceClientCapabilities = configuration
    ? { workspaceFolders: true, configuration: true, didChangeConfiguration: { dynamicRegistration: true }, applyEdit: true, workspaceEdit: { documentChanges: true } }
    : { workspaceFolders: true, applyEdit: true, workspaceEdit: { documentChanges: true } };
  if (options.watchFiles) {
    workspace.didChangeWatchedFiles = { dynamicRegistration: true, relativePatternSupport: true };
    workspace.symbol = { dynamicRegistration: true, symbolKind };
  }
  return {
    processId: process.pid,
    clientInfo: { name: 'Visual Studio Code', version: '1.91.0' },
    ...(options.initializationOptions ? { initializationOptions: options.initializationOptions } : {}),
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
          symbolKind,
          tagSupport: { valueSet: [1] },
        },
        codeAction: {
          dynamicRegistration: true,
          isPreferredSupport: true,
          disabledSupport: true,
          dataSupport: true,
          resolveSupport: { properties: ['edit'] },
          codeActionLiteralSupport: {
            codeActionKind: {
              valueSet: ['', 'quickfix', 'refactor', 'refactor.extract', 'refactor.inline', 'refactor.rewrite', 'source', 'source.organizeImports'],
            },
          },
          honorsChangeAnnotations: true,
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
      workspace,
      window: { workDoneProgress: true },
    },
  };
}

/** The TextEdits a WorkspaceEdit makes to `uri` (from `changes` or `documentChanges`); a change to
 *  any other document, or a file operation, is an error. */
export function editsFor(edit: WorkspaceEdit | undefined, uri: string): TextEdit[] {
  if (!edit) throw new Error('the code action has no edit');
  const out: TextEdit[] = [];
  for (const [target, edits] of Object.entries(edit.changes ?? {})) {
    if (target !== uri) throw new Error(`the edit changes another document: ${target}`);
    out.push(...edits);
  }
  for (const change of edit.documentChanges ?? []) {
    if (!('textDocument' in change)) throw new Error(`the edit has a file operation: ${JSON.stringify(change)}`);
    if (change.textDocument.uri !== uri) throw new Error(`the edit changes another document: ${change.textDocument.uri}`);
    for (const e of change.edits) {
      if (!('newText' in e)) throw new Error(`the edit is a snippet: ${JSON.stringify(e)}`);
      out.push({ range: e.range, newText: e.newText });
    }
  }
  return out;
}

/** Diagnostic links point at the installed docs/rules.md, whose absolute path depends on the machine:
 *  expected diagnostics write them as `${RULES_DOC}#<code>`. */
export const RULES_DOC = 'file:///…/docs/rules.md';

/**
 * `diagnostics` with each `codeDescription.href` checked (a `file:` URL of `docs/rules.md`, the rule's
 * code as the fragment) and written as `${RULES_DOC}#<code>`, so that the rest compares in full.
 */
export function portable(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.map((d) => {
    const href = d.codeDescription?.href;
    assert.ok(href, `${String(d.code)}: codeDescription.href is missing`);
    const url = new URL(href);
    assert.equal(url.protocol, 'file:', `${href}: a file: URL to the shipped docs`);
    assert.ok(url.pathname.endsWith('/docs/rules.md'), `${href}: ends with docs/rules.md`);
    assert.equal(url.hash, `#${String(d.code)}`, `${href}: the fragment is the rule's code`);
    return { ...d, codeDescription: { href: `${RULES_DOC}#${String(d.code)}` } };
  });
}

/** A document the editor has open under `test/lsp/untitled/`; nothing is read from disk there. */
export function documentUri(name: string): string {
  return pathToFileURL(join(REPO_ROOT, 'test', 'lsp', 'untitled', `${name}.transcript`)).href;
}
