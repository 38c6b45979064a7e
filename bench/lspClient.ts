// The protocol client of the server benchmarks (edit latency, memory, cold start): spawns the bundled
// server (`node dist/server.js --stdio`) and speaks LSP to it as VS Code does (the initialize params
// and settings answers of test/lsp/client.ts), plus what a benchmark needs: the process id for its
// RSS, and a wait for the publishDiagnostics of one document version.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CodeActionRequest,
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { REPO_ROOT } from '../test/helpers/fixtures';
import { vscodeInitializeParams, vscodeSettings } from '../test/lsp/client';
import { SERVER_EXEC_ARGV } from '../protocol';

export const SERVER_JS = join(REPO_ROOT, 'dist', 'server.js');

/** A guard against a server that never answers: long enough for a slow server on a 10 MB file. */
const GUARD_MS = 120_000;

/** What the benchmarks ask of the server: publish diagnostics at once, not after the typing debounce. */
export const BENCH_INITIALIZATION_OPTIONS = { diagnosticsDelay: 0 };

interface Waiter {
  uri: string;
  version: number | undefined;
  resolve: (p: PublishDiagnosticsParams) => void;
}

export class BenchServer {
  readonly connection: ProtocolConnection;
  readonly exited: Promise<void>;
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly waiters: Waiter[] = [];
  private stderr = '';

  constructor() {
    if (!existsSync(SERVER_JS)) throw new Error(`${SERVER_JS} is missing: run \`npm run build\` first`);
    this.child = spawn(process.execPath, [...SERVER_EXEC_ARGV, SERVER_JS, '--stdio'], { cwd: REPO_ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    this.exited = new Promise((resolve) => this.child.once('exit', () => resolve()));
    this.child.stderr.setEncoding('utf8');
    this.child.stderr.on('data', (chunk: string) => (this.stderr += chunk));
    this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout), new StreamMessageWriter(this.child.stdin));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => this.onPublish(params));
    const settings = vscodeSettings();
    this.connection.onRequest(ConfigurationRequest.type, (params) =>
      params.items.map((item) => (item.section === 'stenogram' ? structuredClone(settings) : null)),
    );
    this.connection.onRequest(RegistrationRequest.type, () => undefined);
    this.connection.listen();
  }

  get pid(): number {
    if (this.child.pid === undefined) throw new Error('the server process did not start');
    return this.child.pid;
  }

  /** `initialize` (with `BENCH_INITIALIZATION_OPTIONS`, or `initializationOptions`) and `initialized`, as VS Code starts a server. */
  async initialize(initializationOptions: Record<string, unknown> = BENCH_INITIALIZATION_OPTIONS): Promise<void> {
    await this.guard(this.connection.sendRequest(InitializeRequest.type, { ...vscodeInitializeParams(), initializationOptions }), 'initialize');
    await this.connection.sendNotification(InitializedNotification.type, {});
  }

  async open(uri: string, text: string, version = 1): Promise<void> {
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'transcript', version, text },
    });
  }

  async change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): Promise<void> {
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
  }

  /** didOpen, then wait until the first analysis is complete: its first diagnostics are published,
   *  and a code action (which needs every finding: "fix all") is answered. A large file's first
   *  analysis runs in slices and publishes the lines on screen first (server/src/analysis.ts); the
   *  code action has the rest computed at once, so what is measured next starts from a settled server. */
  async openAnalysed(uri: string, text: string, version = 1): Promise<void> {
    const published = this.published(uri, version);
    await this.open(uri, text, version);
    await published;
    const at = { line: 0, character: 0 };
    await this.guard(
      this.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: { start: at, end: at }, context: { diagnostics: [] } }),
      `codeAction for ${uri}`,
    );
  }

  /** The next publishDiagnostics for `uri` (of `version`, when given) that arrives from now on. */
  published(uri: string, version?: number): Promise<PublishDiagnosticsParams> {
    return this.guard(new Promise((resolve) => this.waiters.push({ uri, version, resolve })), `publishDiagnostics for ${uri} v${version ?? '?'}`);
  }

  /** The server process's resident set size in bytes (VmRSS of /proc/<pid>/status). */
  rssBytes(): number {
    const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
    const kib = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
    if (!kib) throw new Error(`no VmRSS in /proc/${this.pid}/status`);
    return Number(kib[1]) * 1024;
  }

  /** Shut the server down as VS Code does; kill it if it does not go. */
  async dispose(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      try {
        await Promise.race([this.connection.sendRequest(ShutdownRequest.type), new Promise((r) => setTimeout(r, 2000))]);
        await this.connection.sendNotification(ExitNotification.type);
      } catch {
        // the connection is gone already: the kill below ends the process
      }
      const killer = setTimeout(() => this.child.kill(), 2000);
      await this.exited;
      clearTimeout(killer);
    }
    this.connection.dispose();
  }

  private onPublish(params: PublishDiagnosticsParams): void {
    const i = this.waiters.findIndex((w) => w.uri === params.uri && (w.version === undefined || w.version === params.version));
    if (i >= 0) this.waiters.splice(i, 1)[0].resolve(params);
  }

  guard<T>(promise: Promise<T>, what: string): Promise<T> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no ${what} within ${GUARD_MS / 1000} s; server stderr:\n${this.stderr}`)), GUARD_MS);
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
  }
}

/** A server started and initialized (with `initializationOptions`, when given); the caller disposes of it. */
export async function startServer(initializationOptions?: Record<string, unknown>): Promise<BenchServer> {
  const server = new BenchServer();
  await server.initialize(initializationOptions);
  return server;
}
