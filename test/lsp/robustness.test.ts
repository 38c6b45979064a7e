// Protocol robustness (issue #9): the bundled server (`node dist/server.js --stdio`) is sent what a
// buggy or hostile client might send — positions past the document, unknown URIs, documents never
// opened or already closed, parameters of the wrong type or none, cancelled requests, a flood of
// didChange, unknown methods, malformed JSON — and answers every request with a result (empty where
// there is nothing to answer) or an LSP error, never hangs, and afterwards still answers
// textDocument/documentSymbol correctly; the process stays up, writes no uncaught exception to
// stderr, and exits cleanly on shutdown/exit. Messages are written by hand (Content-Length framing),
// so that the wrong shapes reach the server exactly as written.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { REPO_ROOT } from '../helpers/fixtures';
import { rangeProblemsIn } from '../property/check';
import { documentUri, SERVER_JS, WAIT_MS } from './client';

interface Message {
  jsonrpc?: string;
  id?: number | string | null;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string };
}

/** A server spoken to in raw JSON-RPC over stdio. */
class RawServer {
  readonly notifications: Message[] = [];
  stderr = '';
  readonly exited: Promise<number | null>;
  private readonly child: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number | string, (m: Message) => void>();
  private readonly notificationWaiters: { accept: (m: Message) => boolean; resolve: (m: Message) => void }[] = [];

  constructor() {
    this.child = spawn(process.execPath, [SERVER_JS, '--stdio'], { cwd: REPO_ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    this.exited = new Promise((resolve) => this.child.once('exit', (code) => resolve(code)));
    this.child.stderr.setEncoding('utf8');
    this.child.stderr.on('data', (chunk: string) => (this.stderr += chunk));
    this.child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Write a body as one framed message; a string is written as it is (malformed JSON stays malformed). */
  write(body: string | Message): void {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    this.child.stdin.write(`Content-Length: ${Buffer.byteLength(text, 'utf8')}\r\n\r\n${text}`);
  }

  /** Send a request; `params` undefined leaves the member out. Resolves with the response, or rejects
   *  after WAIT_MS: a request the server never answers is a hang. */
  request(method: string, params?: unknown, id: number | string = this.nextId++): Promise<Message> {
    const message: Message = { jsonrpc: '2.0', id, method };
    if (params !== undefined) message.params = params;
    const answered = new Promise<Message>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no answer to ${method} ${JSON.stringify(params)} within ${WAIT_MS} ms`)), WAIT_MS);
      this.pending.set(id, (m) => {
        clearTimeout(timer);
        resolve(m);
      });
    });
    this.write(message);
    return answered;
  }

  notify(method: string, params?: unknown): void {
    const message: Message = { jsonrpc: '2.0', method };
    if (params !== undefined) message.params = params;
    this.write(message);
  }

  /** The first notification from now on (or already received and not yet taken) that `accept` takes. */
  notification(accept: (m: Message) => boolean): Promise<Message> {
    const ready = this.notifications.findIndex(accept);
    if (ready >= 0) return Promise.resolve(this.notifications.splice(ready, 1)[0]);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching notification within ${WAIT_MS} ms`)), WAIT_MS);
      this.notificationWaiters.push({
        accept,
        resolve: (m) => {
          clearTimeout(timer);
          resolve(m);
        },
      });
    });
  }

  kill(): void {
    if (this.running) this.child.kill();
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'))?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8')) as Message;
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.dispatch(message);
    }
  }

  private dispatch(message: Message): void {
    if (message.method !== undefined && message.id !== undefined) {
      // A request from the server (registerCapability, configuration): answer it plainly.
      this.write({ jsonrpc: '2.0', id: message.id, result: message.method === 'workspace/configuration' ? [] : null });
      return;
    }
    if (message.method !== undefined) {
      const i = this.notificationWaiters.findIndex((w) => w.accept(message));
      if (i >= 0) this.notificationWaiters.splice(i, 1)[0].resolve(message);
      else this.notifications.push(message);
      return;
    }
    const waiter = message.id !== undefined && message.id !== null ? this.pending.get(message.id) : undefined;
    if (waiter) {
      this.pending.delete(message.id!);
      waiter(message);
    }
  }
}

const OPEN = documentUri('robustness-open');
const CLOSED = documentUri('robustness-closed');
const NEVER = documentUri('robustness-never-opened');
const FLOODED = documentUri('robustness-flooded');

const TEXT = [
  'Встреча с участниками форума',
  '',
  '2021-06-02 11:00:00',
  '',
  'Участники форума обсудили с губернатором развитие малых городов.',
  '* * *',
  'В.Соколов: Добрый день, коллеги.',
  'Н.Абдуллаев: Спасибо за приглашение.',
  'В.Соколов : Начнём с главного.',
  '',
].join('\n');

/** documentSymbol on TEXT, as names in order (header, lead, section, turns). */
const TEXT_SYMBOLS = ['Встреча с участниками форума', 'Вводная часть', '* * * (Раздел)', 'В.Соколов: Добрый день, коллеги.', 'Н.Абдуллаев: Спасибо за приглашение.', 'В.Соколов: Начнём с главного.'];

function names(symbols: unknown): string[] {
  const out: string[] = [];
  const walk = (list: { name: string; children?: unknown[] }[]) => {
    for (const s of list) {
      out.push(s.name);
      walk((s.children ?? []) as { name: string; children?: unknown[] }[]);
    }
  };
  walk(symbols as { name: string; children?: unknown[] }[]);
  return out;
}

const BEYOND = [
  { line: 1_000_000, character: 0 },
  { line: 0, character: 1_000_000 },
  { line: 9, character: 5 },
  { line: -1, character: -1 },
  { line: 2 ** 31 - 1, character: 2 ** 31 - 1 },
  { line: 0.5, character: 1.5 },
];
const URIS = [OPEN, NEVER, CLOSED, '', 'not a uri', 'untitled:Untitled-1', 'file:///etc/passwd'];
const WRONG = [null, 5, 'x', [], {}, { textDocument: null }, { textDocument: { uri: 5 } }, { textDocument: { uri: OPEN }, position: 'a' }, { textDocument: { uri: OPEN }, position: null }];

/** Every request the server serves, with well-shaped params for `uri` at `position`. */
function requestsAt(uri: string, position: unknown): [string, unknown][] {
  const td = { textDocument: { uri } };
  const range = { start: position, end: position };
  return [
    ['textDocument/hover', { ...td, position }],
    ['textDocument/completion', { ...td, position }],
    ['textDocument/definition', { ...td, position }],
    ['textDocument/references', { ...td, position, context: { includeDeclaration: true } }],
    ['textDocument/documentHighlight', { ...td, position }],
    ['textDocument/prepareRename', { ...td, position }],
    ['textDocument/rename', { ...td, position, newName: 'В.Новиков' }],
    ['textDocument/selectionRange', { ...td, positions: [position] }],
    ['textDocument/codeAction', { ...td, range, context: { diagnostics: [] } }],
    ['textDocument/codeAction', { ...td, range, context: { diagnostics: [], only: ['source.fixAll.stenogram'] } }],
    ['textDocument/documentSymbol', td],
    ['textDocument/foldingRange', td],
    ['textDocument/documentLink', td],
    ['textDocument/formatting', { ...td, options: { tabSize: 4, insertSpaces: true } }],
    ['textDocument/rangeFormatting', { ...td, range, options: { tabSize: 4, insertSpaces: true } }],
    ['textDocument/onTypeFormatting', { ...td, position, ch: ':', options: { tabSize: 4, insertSpaces: true } }],
    ['stenogram/turnNavigation', { uri, position, direction: 'next', sameSpeaker: true }],
    ['stenogram/turnNavigation', { uri, position, direction: 'previous' }],
    ['stenogram/speakers', { uri }],
    ['stenogram/statistics', { uri }],
  ];
}

const METHODS = [...new Set(requestsAt(OPEN, { line: 0, character: 0 }).map(([m]) => m)), 'workspace/symbol'];

/** True when a result is empty: null, an empty list, an edit with no changes. */
function isEmpty(result: unknown): boolean {
  if (result === null || result === undefined) return true;
  if (Array.isArray(result)) return result.length === 0;
  if (typeof result === 'object' && 'changes' in (result as object)) return Object.keys((result as { changes: object }).changes).length === 0;
  return false;
}

describe('protocol robustness: dist/server.js --stdio', () => {
  let server: RawServer;

  before(async () => {
    server = new RawServer();
    const init = await server.request('initialize', { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: {} });
    assert.ok(init.result, `initialize: ${JSON.stringify(init.error)}`);
    server.notify('initialized', {});
    server.notify('textDocument/didOpen', { textDocument: { uri: OPEN, languageId: 'transcript', version: 1, text: TEXT } });
    server.notify('textDocument/didOpen', { textDocument: { uri: CLOSED, languageId: 'transcript', version: 1, text: TEXT } });
    server.notify('textDocument/didClose', { textDocument: { uri: CLOSED } });
  });

  after(() => server?.kill());

  test('positions past the document, unknown URIs, documents never opened or already closed: an answer each; empty unless the document is open, and every range answered lies inside it', async () => {
    const asked: { method: string; params: unknown; answer: Promise<Message> }[] = [];
    for (const uri of URIS) {
      for (const position of [{ line: 0, character: 0 }, ...BEYOND]) {
        for (const [method, params] of requestsAt(uri, position)) asked.push({ method, params, answer: server.request(method, params) });
      }
    }
    const problems: string[] = [];
    for (const { method, params, answer } of asked) {
      const m = await answer;
      const what = `${method} ${JSON.stringify(params)}`;
      if (m.error) {
        if (typeof m.error.code !== 'number') problems.push(`${what}: an error without a code`);
        continue;
      }
      const uri = (params as { textDocument?: { uri: string }; uri?: string }).textDocument?.uri ?? (params as { uri?: string }).uri;
      if (uri !== OPEN) {
        if (!isEmpty(m.result)) problems.push(`${what}: answers ${JSON.stringify(m.result).slice(0, 200)} for a document that is not open`);
        continue;
      }
      for (const p of rangeProblemsIn(m.result, TEXT, method)) problems.push(`${what}: ${p}`);
    }
    assert.deepEqual(problems, []);
  });

  test('parameters of the wrong type, or none: an LSP error or an empty result for each, for every method', async () => {
    const asked: { method: string; params: unknown; answer: Promise<Message> }[] = [];
    for (const method of METHODS) {
      asked.push({ method, params: undefined, answer: server.request(method) });
      for (const params of WRONG) asked.push({ method, params, answer: server.request(method, params) });
    }
    const problems: string[] = [];
    for (const { method, params, answer } of asked) {
      const m = await answer;
      if (m.error) continue;
      // A well-typed part may still find the open document (`{ textDocument: { uri: OPEN }, position: 'a' }`
      // for documentSymbol reads only the URI): answering it is right.
      const readsOnlyUri = ['textDocument/documentSymbol', 'textDocument/foldingRange', 'textDocument/documentLink', 'workspace/symbol'].includes(method);
      if (!isEmpty(m.result) && !readsOnlyUri) problems.push(`${method} ${JSON.stringify(params)}: answers ${JSON.stringify(m.result).slice(0, 200)}`);
    }
    assert.deepEqual(problems, []);
  });

  test('malformed notifications, unknown methods and malformed JSON are survived; an unknown request is answered MethodNotFound', async () => {
    const bad: [string, unknown][] = [
      ['textDocument/didOpen', null],
      ['textDocument/didOpen', { textDocument: null }],
      ['textDocument/didOpen', { textDocument: { uri: 5, text: null } }],
      ['textDocument/didChange', { textDocument: { uri: NEVER, version: 2 }, contentChanges: [{ text: 'x' }] }],
      ['textDocument/didChange', { textDocument: { uri: OPEN, version: 2 }, contentChanges: null }],
      ['textDocument/didChange', { textDocument: { uri: OPEN }, contentChanges: 'x' }],
      ['textDocument/didChange', null],
      ['textDocument/didClose', { textDocument: { uri: NEVER } }],
      ['textDocument/didClose', null],
      ['textDocument/didSave', { textDocument: { uri: OPEN } }],
      ['workspace/didChangeConfiguration', null],
      ['workspace/didChangeConfiguration', { settings: { stenogram: 'x' } }],
      ['workspace/didChangeWatchedFiles', { changes: null }],
      ['workspace/didChangeWatchedFiles', null],
      ['$/cancelRequest', { id: 123456 }],
      ['$/setTrace', { value: 'verbose' }],
      ['stenogram/unknownNotification', { x: 1 }],
    ];
    for (const [method, params] of bad) server.notify(method, params);
    server.write('{"jsonrpc":"2.0","id":');
    server.write('not json at all');
    server.write('[]');
    server.write('{"jsonrpc":"2.0"}');
    server.write({ jsonrpc: '2.0', id: 'no-method' });
    const unknown = await server.request('stenogram/noSuchRequest', {});
    assert.equal(unknown.error?.code, -32601, 'MethodNotFound');
    const symbols = await server.request('textDocument/documentSymbol', { textDocument: { uri: OPEN } });
    assert.deepEqual(names(symbols.result), TEXT_SYMBOLS, 'the open document is as it was opened: the malformed changes changed nothing');
  });

  test('cancelled requests are each answered, with a result or RequestCancelled', async () => {
    const asked: Promise<Message>[] = [];
    for (let i = 0; i < 50; i++) {
      const id = `cancel-${i}`;
      const [method, params] = requestsAt(OPEN, { line: 6, character: 2 })[i % 13];
      asked.push(server.request(method, params, id));
      server.notify('$/cancelRequest', { id });
    }
    for (const m of await Promise.all(asked)) {
      if (m.error) assert.equal(m.error.code, -32800, `a cancelled request answered with ${JSON.stringify(m.error)}`);
    }
  });

  test('a flood of 5,000 didChange notifications: the server ends with the editor\'s text and publishes its diagnostics', async () => {
    let document = TextDocument.create(FLOODED, 'transcript', 1, TEXT);
    server.notify('textDocument/didOpen', { textDocument: { uri: FLOODED, languageId: 'transcript', version: 1, text: TEXT } });
    for (let i = 0; i < 5000; i++) {
      // Type a turn letter by letter at the end, with a line break now and then.
      const end = document.positionAt(document.getText().length);
      const text = i % 50 === 49 ? '\n' : i % 50 === 0 ? 'Н.Абдуллаев: ' : 'а';
      const change = { range: { start: end, end }, text };
      document = TextDocument.update(document, [change], document.version + 1);
      server.notify('textDocument/didChange', { textDocument: { uri: FLOODED, version: document.version }, contentChanges: [change] });
    }
    const symbols = await server.request('textDocument/documentSymbol', { textDocument: { uri: FLOODED } });
    const turns = names(symbols.result).filter((n) => n.startsWith('Н.Абдуллаев:')).length;
    assert.equal(turns, 1 + 100, 'every typed turn is a turn');
    const published = await server.notification(
      (m) => m.method === 'textDocument/publishDiagnostics' && (m.params as { uri: string; version?: number }).uri === FLOODED && (m.params as { version?: number }).version === document.version,
    );
    assert.ok(Array.isArray((published.params as { diagnostics: unknown[] }).diagnostics));
  });

  test('the server is still up: documentSymbol answers right, stderr has no uncaught exception; shutdown and exit end it with code 0', async () => {
    const symbols = await server.request('textDocument/documentSymbol', { textDocument: { uri: OPEN } });
    assert.deepEqual(names(symbols.result), TEXT_SYMBOLS);
    assert.ok(server.running, 'the process is alive');
    assert.doesNotMatch(server.stderr, /uncaught|unhandled|TypeError|RangeError|ReferenceError|\n\s+at /i, `stderr: ${server.stderr}`);
    // Failures inside features are logged, through window/logMessage, naming the feature.
    const logged = server.notifications.filter((m) => m.method === 'window/logMessage').map((m) => (m.params as { message: string }).message);
    assert.ok(logged.some((l) => /^hover failed: /.test(l)), `a hover with a wrong position is logged: ${logged.slice(0, 5).join(' | ')}`);
    const shutdown = await server.request('shutdown');
    assert.equal(shutdown.result, null);
    server.notify('exit');
    assert.equal(await server.exited, 0);
  });
});

describe('protocol robustness: regressions', () => {
  let server: RawServer;
  const URI = documentUri('robustness-versions');

  before(async () => {
    server = new RawServer();
    await server.request('initialize', { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: {} });
    server.notify('initialized', {});
  });

  after(() => server?.kill());

  // Found while writing the flood test above: the cache keys a model by URI and version only.
  test('a document opened again with the same version and another text is answered from the new text', async () => {
    server.notify('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'transcript', version: 1, text: 'В.Соколов: Один.\n' } });
    assert.deepEqual(names((await server.request('textDocument/documentSymbol', { textDocument: { uri: URI } })).result), ['В.Соколов: Один.']);
    server.notify('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'transcript', version: 1, text: 'Н.Абдуллаев: Два.\n' } });
    assert.deepEqual(names((await server.request('textDocument/documentSymbol', { textDocument: { uri: URI } })).result), ['Н.Абдуллаев: Два.']);
  });

  // Found by the wrong-parameter battery above: rename and prepareRename look the document up outside
  // their try, so a malformed request is answered InternalError (-32603) by vscode-jsonrpc, but the
  // failure is not logged, as every other feature's is (`guarded` in server.ts).
  test('a rename that fails is logged, as every other feature failure is', async () => {
    const answer = await server.request('textDocument/rename', { textDocument: null, position: { line: 0, character: 0 }, newName: 'В.Новиков' });
    assert.equal(answer.error?.code, -32603);
    await server.request('textDocument/documentSymbol', { textDocument: { uri: URI } }); // the log line, if any, comes before this answer
    const logged = server.notifications.filter((m) => m.method === 'window/logMessage').map((m) => (m.params as { message: string }).message);
    assert.ok(logged.some((l) => /^rename failed: /.test(l)), `logged: ${logged.join(' | ')}`);
  });
});
