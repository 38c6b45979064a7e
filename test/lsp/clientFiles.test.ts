// The workspace's files read by the client for the server, as VS Code's client does on the desktop
// and in a browser (initializationOptions.workspaceFiles, stenogram/findTranscripts and
// stenogram/readFile: protocol/workspaceFiles.ts). The test client plays VS Code over a virtual
// file system held in memory: the server reads nothing from disk, whatever the folder's scheme,
// words each refusal the client answers with, and survives a client that answers nonsense.
//
// The files of the workspace `vscode-vfs://github/owner/repo` (zero-based lines):
//   council/march.transcript   6 Н.Громов: Коллеги, начнём с расписания.   8 К.Морозов: Документы готовы.
//   council/april.transcript   4 К.Морозов: Мост открыт.
//   stenogram.speakers.json    «К. Морозов»: министр транспорта Кирилл Морозов
//   broken.transcript, fifo.transcript, big.transcript: refused by the client (not UTF-8, a special
//   file, 90,000,000 bytes); notes/readme.md: not a transcript, never listed.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DidChangeWatchedFilesNotification,
  FileChangeType,
  HoverRequest,
  ReferencesRequest,
  type Hover,
  type Location,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { FindTranscriptsRequest, ReadFileRequest, type ReadFileAnswer } from '../../protocol';
import { locationLines } from '../helpers/navigation';
import { LspTestClient, WAIT_MS } from './client';

const VFS = 'vscode-vfs://github/owner/repo';
const MARCH = `${VFS}/council/march.transcript`;
const APRIL = `${VFS}/council/april.transcript`;
const REGISTER = `${VFS}/stenogram.speakers.json`;
const MARCH_TEXT = [
  'Заседание совета по транспорту',
  '',
  '2018-03-12 10:00:00',
  '',
  'Заседание провёл председатель совета Николай Громов.',
  '',
  'Н.Громов: Коллеги, начнём с расписания.',
  '',
  'К.Морозов: Документы готовы.',
  '',
].join('\n');
const APRIL_TEXT = 'Заседание совета\n\n2018-04-12 10:00:00\n\nК.Морозов: Мост открыт.\n';
const REGISTER_TEXT = JSON.stringify({ 'К. Морозов': { name: 'Кирилл Морозов', role: 'министр транспорта' } });

type Answer = ReadFileAnswer;

/** A virtual file system as VS Code's client reads it for the server, recording what it was asked. */
class VirtualFiles {
  readonly asked: string[] = [];
  constructor(readonly files: Map<string, Answer>) {}

  answer(connection: ProtocolConnection): void {
    connection.onRequest(FindTranscriptsRequest, ({ folder }) => {
      this.asked.push(`findTranscripts ${folder}`);
      return [...this.files.keys()].filter((uri) => uri.startsWith(`${folder}/`) && /\.(transcript|stenogram)$/.test(uri)).sort();
    });
    connection.onRequest(ReadFileRequest, ({ uri, maxBytes }) => {
      this.asked.push(`readFile ${uri} ${maxBytes}`);
      return this.files.get(uri) ?? { ok: false, reason: 'error', detail: 'ENOENT' };
    });
  }
}

function workspace(): Map<string, Answer> {
  return new Map<string, Answer>([
    [MARCH, { ok: true, text: MARCH_TEXT }],
    [APRIL, { ok: true, text: APRIL_TEXT }],
    [REGISTER, { ok: true, text: REGISTER_TEXT }],
    [`${VFS}/broken.transcript`, { ok: false, reason: 'not-utf8', detail: `${VFS}/broken.transcript` }],
    [`${VFS}/fifo.transcript`, { ok: false, reason: 'not-regular', detail: 'other' }],
    [`${VFS}/big.transcript`, { ok: false, reason: 'too-large', detail: '90000000' }],
    [`${VFS}/notes/readme.md`, { ok: true, text: '# notes' }],
  ]);
}

const hoverValue = (hover: Hover | null) => (hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '');

describe('a client that reads the workspace for the server (a virtual workspace, vscode-vfs://github/owner/repo)', () => {
  let client: LspTestClient;
  let files: VirtualFiles;
  before(async () => {
    files = new VirtualFiles(workspace());
    client = await LspTestClient.initialized({
      folders: [VFS],
      watchFiles: true,
      initializationOptions: { workspaceFiles: true },
      answer: (connection) => files.answer(connection),
    });
  });
  after(() => client.dispose());

  test('the transcripts the client lists are indexed through it: workspace symbols reach the unopened files', async () => {
    const symbols = await client.symbolsWhen('Морозов', (s) => s.length === 2, 'К.Морозов’s turns in both files');
    assert.deepEqual(symbols.map((s) => `${s.name} — ${s.location.uri.slice(VFS.length)}`).sort(), [
      'К.Морозов: Документы готовы. — /council/march.transcript',
      'К.Морозов: Мост открыт. — /council/april.transcript',
    ]);
  });

  test('each refusal of the client is said in one line; the folder is not reported as unreadable', async () => {
    const lines = await client.logsWhen((l) => l.filter((x) => x.includes('not indexed')).length === 3, 'the three refused files');
    assert.deepEqual(lines.sort(), [
      `${VFS}/big.transcript: 90,000,000 bytes, more than the limit of 60,000,000; not indexed`,
      `${VFS}/broken.transcript: not UTF-8 text; not indexed`,
      `${VFS}/fifo.transcript: not a regular file (a special file); not indexed`,
    ]);
    assert.deepEqual(client.loggedErrors, []);
  });

  test('the server asked for the folder once, and for each file with its limit (the register with its own)', async () => {
    await client.logsWhen((l) => l.length === 3, 'the refusals');
    assert.deepEqual(files.asked.filter((a) => a.startsWith('findTranscripts')), [`findTranscripts ${VFS}`]);
    assert.deepEqual(files.asked.filter((a) => a.startsWith('readFile')).sort(), [
      `readFile ${VFS}/big.transcript 60000000`,
      `readFile ${VFS}/broken.transcript 60000000`,
      `readFile ${VFS}/council/april.transcript 60000000`,
      `readFile ${VFS}/council/march.transcript 60000000`,
      `readFile ${VFS}/fifo.transcript 60000000`,
      `readFile ${REGISTER} 1000000`,
    ]);
  });

  test('the hover on a label says who the speaker is from the register the client read', async () => {
    await client.open(APRIL, APRIL_TEXT);
    const giveUp = Date.now() + WAIT_MS;
    let value = '';
    while (!value.includes('stenogram.speakers.json')) {
      if (Date.now() > giveUp) throw new Error(`the hover never used the register: ${value}`);
      value = hoverValue(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: APRIL }, position: { line: 4, character: 3 } }));
    }
    assert.equal(value.split('\n\n').slice(0, 2).join('\n\n'), '**К\\.Морозов** — министр транспорта Кирилл Морозов\n\n*from stenogram.speakers.json*');
  });

  test('references from an open document reach the unopened one', async () => {
    const locations = (await client.connection.sendRequest(ReferencesRequest.type, {
      textDocument: { uri: APRIL },
      position: { line: 4, character: 3 },
      context: { includeDeclaration: true },
    })) as Location[];
    assert.deepEqual(locationLines(locations, { april: APRIL, march: MARCH }), ['april 4:0-4:9', 'march 8:0-8:9']);
  });

  test('a file created in the workspace is read through the client on its file event', async () => {
    const may = `${VFS}/council/may.transcript`;
    files.files.set(may, { ok: true, text: 'Заседание\n\n2018-05-12 10:00:00\n\nР.Мансуров: Продолжим.\n' });
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: may, type: FileChangeType.Created }] });
    const symbols = await client.symbolsWhen('Мансуров', (s) => s.length === 1, 'the turn of may.transcript');
    assert.deepEqual(symbols.map((s) => s.location.uri), [may]);
  });
});

describe('a client that reads the workspace for the server, on a folder on disk that is not there', () => {
  test('a file: folder is read through the client too: the server never looks at the disk', async () => {
    const folder = 'file:///nowhere/on/this/machine';
    const files = new VirtualFiles(new Map([[`${folder}/a.transcript`, { ok: true, text: 'Т.Гараев: Подрядчики готовы.\n' }]]));
    const client = await LspTestClient.initialized({ folders: [folder], initializationOptions: { workspaceFiles: true }, answer: (c) => files.answer(c) });
    try {
      const symbols = await client.symbolsWhen('Гараев', (s) => s.length === 1, 'the turn of a.transcript');
      assert.deepEqual(symbols.map((s) => s.location.uri), [`${folder}/a.transcript`]);
      assert.deepEqual([...files.asked].sort(), [
        `findTranscripts ${folder}`,
        `readFile ${folder}/a.transcript 60000000`,
        `readFile ${folder}/stenogram.speakers.json 1000000`,
      ]);
      assert.deepEqual(client.logs, []);
    } finally {
      await client.dispose();
    }
  });
});

describe('a client that answers the file requests with nonsense', () => {
  test('nothing is indexed from its answers, nothing is logged as an error, and the server stays up', async () => {
    const answers: unknown[] = [{ ok: true }, { ok: false, reason: 'not-regular', detail: 'a trap' }, { ok: false, reason: 'gone' }, 'text', null, 42];
    const client = await LspTestClient.initialized({
      folders: [VFS],
      initializationOptions: { workspaceFiles: true },
      answer: (connection) => {
        connection.onRequest('stenogram/findTranscripts', () => [...answers.map((_, i) => `${VFS}/${i}.transcript`), 17, null]);
        connection.onRequest('stenogram/readFile', ({ uri }: { uri: string }) => answers[Number(/(\d+)\.transcript$/.exec(uri)?.[1] ?? -1)] ?? { ok: 'maybe' });
      },
    });
    try {
      await client.open(APRIL, APRIL_TEXT);
      await client.diagnostics(APRIL);
      assert.deepEqual(await client.workspaceSymbols('Морозов').then((s) => s.map((x) => x.location.uri)), [APRIL]);
      assert.deepEqual(client.loggedErrors, []);
      assert.ok(client.running);
    } finally {
      await client.dispose();
    }
  });
});
