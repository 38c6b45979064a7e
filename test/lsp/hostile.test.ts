// The language server in a hostile workspace (issue 21), over the protocol: FIFOs and a link to
// /dev/zero with a transcript's name (in the folder when it is indexed, and named by file events), a
// FIFO or a 100 MB file as stenogram.speakers.json, and a document of hundreds of malformed lines.
// The server skips what is not a regular file with one line in its output channel and goes on: a
// transcript created afterwards is still indexed (five blocked reads would have taken every thread
// of Node's I/O pool). Waits are for answers the server must give, with a guard; nothing is timed.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidChangeWatchedFilesNotification, FileChangeType, type Diagnostic, type FileEvent } from 'vscode-languageserver-protocol/node';
import { documentUri, LspTestClient, vscodeSettings } from './client';

const COUNCIL = 'Заседание совета\n\n2023-04-11 09:00:00\n\nН.Соколов: Начнём.\nК.Лаптева: Да.\n';
const LATER = 'Заседание совета\n\n2023-04-12 09:00:00\n\nР.Мансуров: Продолжим.\n';

describe('a workspace folder with FIFOs, a link to /dev/zero and a FIFO as the register', () => {
  let dir: string;
  let client: LspTestClient;
  const uri = (name: string) => pathToFileURL(join(dir, name)).href;
  const FIFOS = ['f1', 'f2', 'f3', 'f4', 'f5'].map((n) => `${n}.transcript`);

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'stenogram-hostile-lsp-'));
    writeFileSync(join(dir, 'council.transcript'), COUNCIL);
    for (const name of [...FIFOS, 'stenogram.speakers.json']) execFileSync('mkfifo', [join(dir, name)]);
    symlinkSync('/dev/zero', join(dir, 'z.transcript'));
    client = await LspTestClient.initialized({ folders: [pathToFileURL(dir).href], watchFiles: true });
  });
  after(async () => {
    await client?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  test('the index skips each with one line and reads the good file', async () => {
    await client.symbolsWhen('Соколов', (s) => s.some((x) => x.location.uri === uri('council.transcript')), 'the turns of council.transcript');
    const lines = await client.logsWhen((l) => l.some((x) => x.includes('z.transcript')) && l.some((x) => x.includes('stenogram.speakers.json')), 'the skipped files');
    assert.deepEqual(lines.filter((l) => l.includes('not indexed') || l.includes('not read')).sort(), [
      ...FIFOS.map((n) => `${uri(n)}: not a regular file (a FIFO); not indexed`),
      `stenogram.speakers.json in ${pathToFileURL(dir).href}: not a regular file (a FIFO); not read`,
      `${uri('z.transcript')}: not a regular file (a character device); not indexed`,
    ].sort());
  });

  test('file events for them block nothing: a transcript created afterwards is indexed', async () => {
    const changes = [...FIFOS, 'z.transcript', 'stenogram.speakers.json'].map((n): FileEvent => ({ uri: uri(n), type: FileChangeType.Changed }));
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
    writeFileSync(join(dir, 'later.transcript'), LATER);
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uri('later.transcript'), type: FileChangeType.Created }] });
    const symbols = await client.symbolsWhen('Мансуров', (s) => s.some((x) => x.location.uri === uri('later.transcript')), 'the turn of later.transcript');
    assert.deepEqual(symbols.map((s) => s.name), ['Р.Мансуров: Продолжим.']);
  });
});

describe('9. a 100 MB stenogram.speakers.json', () => {
  let dir: string;
  let client: LspTestClient;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'stenogram-hostile-register-'));
    writeFileSync(join(dir, 'council.transcript'), COUNCIL);
    // Sparse: 100 MB that take no disk; the server must not read them.
    writeFileSync(join(dir, 'stenogram.speakers.json'), '{');
    truncateSync(join(dir, 'stenogram.speakers.json'), 100_000_000);
    client = await LspTestClient.initialized({ folders: [pathToFileURL(dir).href], watchFiles: true });
  });
  after(async () => {
    await client?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  test('is not read: one line says so, and requests are answered', async () => {
    const lines = await client.logsWhen((l) => l.some((x) => x.includes('stenogram.speakers.json')), 'the register line');
    assert.deepEqual(lines.filter((l) => l.includes('stenogram.speakers.json')), [
      `stenogram.speakers.json in ${pathToFileURL(dir).href}: 100,000,000 bytes, more than the limit of 1,000,000; not read`,
    ]);
    await client.symbolsWhen('Соколов', (s) => s.length === 1, 'the turn of council.transcript');
  });
});

describe('15. bounded diagnostics and the line limit', () => {
  let client: LspTestClient;
  before(async () => {
    client = await LspTestClient.initialized({ settings: vscodeSettings({ diagnostics: { maxProblems: 3 }, analysis: { maxSize: 0.1 } }) });
  });
  after(async () => {
    await client?.dispose();
  });

  const omitted = (line: number, message: string): Diagnostic => ({
    range: { start: { line, character: 0 }, end: { line, character: 0 } },
    severity: 3,
    code: 'too-many-problems',
    source: 'stenogram',
    message,
  });

  test('stenogram.diagnostics.maxProblems: the first N, then one information diagnostic for the rest', async () => {
    const uri = documentUri('hostile-max-problems');
    await client.open(uri, 'В.П:x\n'.repeat(4));
    const { diagnostics } = await client.diagnostics(uri);
    assert.deepEqual(
      diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character} ${d.code}`),
      ['0:3 speaker-no-space-after-colon', '1:0 turn-repeated-speaker', '1:3 speaker-no-space-after-colon', '2:0 too-many-problems'],
    );
    assert.deepEqual(
      diagnostics[3],
      omitted(2, '4 more problems not shown (speaker-no-space-after-colon ×2, turn-repeated-speaker ×2): at most 3 per file are shown (setting stenogram.diagnostics.maxProblems).'),
    );
  });

  test('a text of more lines than the limit allows gets file-too-large, not analysis', async () => {
    const uri = documentUri('hostile-lines');
    await client.open(uri, 'В.П:x\n'.repeat(1000)); // 1,001 lines, 6,000 characters: under 0.1 million
    const { diagnostics } = await client.diagnostics(uri);
    assert.deepEqual(diagnostics, [
      {
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: 3,
        code: 'file-too-large',
        source: 'stenogram',
        message:
          'This transcript has 1,001 lines, more than stenogram.analysis.maxSize allows (1,000 lines for 0.1 million characters): Stenogram does not analyse it, so the editor never waits on it. Raise the setting to analyse it anyway.',
      },
    ]);
  });
});
