// A minimal LSP client for protocol tests: spawns the bundled server (`node dist/server.js --stdio`)
// and speaks to it over stdio with vscode-languageserver-protocol, as VS Code's LanguageClient does.
// It records every `textDocument/publishDiagnostics` so a test can wait for the one it expects.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  createProtocolConnection,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { REPO_ROOT } from '../helpers/fixtures';

export const SERVER_JS = join(REPO_ROOT, 'dist', 'server.js');

/** How long to wait for something the server must send before the test fails. A guard, not a measure. */
export const WAIT_MS = 10_000;

interface Waiter {
  uri: string;
  accept: (p: PublishDiagnosticsParams) => boolean;
  resolve: (p: PublishDiagnosticsParams) => void;
}

export class LspTestClient {
  readonly connection: ProtocolConnection;
  /** Resolves with the exit code and signal once the server process has ended. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly published: { params: PublishDiagnosticsParams; taken: boolean }[] = [];
  private readonly waiters: Waiter[] = [];
  private stderr = '';

  private constructor() {
    if (!existsSync(SERVER_JS)) {
      throw new Error(`${SERVER_JS} is missing: build first (npm test runs \`npm run build\` before the tests)`);
    }
    this.child = spawn(process.execPath, [SERVER_JS, '--stdio'], { cwd: REPO_ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    this.exited = new Promise((resolve) => this.child.once('exit', (code, signal) => resolve({ code, signal })));
    this.child.stderr.setEncoding('utf8');
    this.child.stderr.on('data', (chunk: string) => (this.stderr += chunk));
    this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout), new StreamMessageWriter(this.child.stdin));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => this.onPublish(params));
    this.connection.listen();
  }

  static start(): LspTestClient {
    return new LspTestClient();
  }

  /** What the server wrote to stderr, for failure messages. */
  get serverStderr(): string {
    return this.stderr;
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
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
        reject(new Error(`no matching textDocument/publishDiagnostics for ${uri} within ${WAIT_MS} ms; server stderr:\n${this.stderr}`));
      }, WAIT_MS);
      this.waiters.push(waiter);
    });
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
      this.child.kill();
      await this.exited;
    }
  }
}
