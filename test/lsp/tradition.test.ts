// `stenogram.tradition` over the protocol: the server reads each document by the tradition its
// folder's setting names, and a changed setting changes what is read without a reopen (the cached
// model, read by the old tradition, is dropped; an edit after the change splices into the new one).
// The status bar's `stenogram/cursorInfo` and `stenogram/statistics` name the tradition. The
// workspace's files on disk are read by their folder's setting too.
//
// HEARING is a US congressional hearing: `Mr. NIELDS. What…` — the label ended by a period. Read as
// kremlin.ru reads, those lines are prose (a lead); read as a hearing, they are three turns.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  DidChangeConfigurationNotification,
  DocumentSymbolRequest,
  type DocumentSymbol,
} from 'vscode-languageserver-protocol/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { symbolLines } from '../helpers/symbols';
import { documentUri, LspTestClient, vscodeFileUri, vscodeSettings } from './client';

const HEARING = ['Mr. NIELDS. What was your role?', 'Mr. NORTH. I ran the operation.', 'Mr. NIELDS. Who approved it?', ''].join('\n');

const AS_PROSE = ['String Lead — Mr. NIELDS. What was your role? [0:0-2:28] sel [0:0-0:31]'];
const AS_TURNS = [
  'Event Mr. NIELDS: What was your role? [0:0-0:31] sel [0:0-0:10]',
  'Event Mr. NORTH: I ran the operation. [1:0-1:31] sel [1:0-1:9]',
  'Event Mr. NIELDS: Who approved it? [2:0-2:28] sel [2:0-2:10]',
];

async function outline(client: LspTestClient, uri: string): Promise<string[]> {
  const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
  return symbolLines(symbols);
}

async function traditionOf(client: LspTestClient, uri: string): Promise<{ cursor: unknown; statistics: unknown }> {
  const cursor = (await client.connection.sendRequest('stenogram/cursorInfo', { uri, position: { line: 1, character: 0 } })) as { tradition: unknown };
  const statistics = (await client.connection.sendRequest('stenogram/statistics', { uri })) as { tradition: unknown };
  return { cursor: cursor.tradition, statistics: statistics.tradition };
}

const both = (tradition: unknown) => ({ cursor: tradition, statistics: tradition });

describe('stenogram.tradition: a setting that names a tradition reads the document by it', () => {
  let client: LspTestClient;
  let document: TextDocument;
  const uri = documentUri('tradition-hearing');

  before(async () => {
    client = await LspTestClient.initialized({ settings: vscodeSettings({ tradition: 'kremlin' }) });
    document = await client.openSettled(uri, HEARING);
  });

  after(async () => {
    await client?.dispose();
  });

  test('kremlin: the period labels are prose, the file a lead without turns', async () => {
    assert.deepEqual(await outline(client, uri), AS_PROSE);
    assert.deepEqual(await traditionOf(client, uri), both({ id: 'kremlin', name: 'kremlin.ru', detected: false }));
  });

  test('changed to us-hearing: the same document, not reopened, reads as three turns', async () => {
    await client.changeSettings(vscodeSettings({ tradition: 'us-hearing' }), uri);
    assert.deepEqual(await outline(client, uri), AS_TURNS);
    assert.deepEqual(await traditionOf(client, uri), both({ id: 'us-hearing', name: 'US hearing', detected: false }));
  });

  test('an edit inside a turn after the change is read by the new tradition', async () => {
    document = await client.change(document, [{ range: { start: { line: 1, character: 30 }, end: { line: 1, character: 30 } }, text: ' myself' }]);
    assert.deepEqual(await outline(client, uri), [AS_TURNS[0], 'Event Mr. NORTH: I ran the operation myself. [1:0-1:38] sel [1:0-1:9]', AS_TURNS[2]]);
  });

  test('auto (the default): detected as a hearing', async () => {
    await client.changeSettings(vscodeSettings(), uri);
    assert.equal((await outline(client, uri)).length, 3);
    assert.deepEqual(await traditionOf(client, uri), both({ id: 'us-hearing', name: 'US hearing', detected: true }));
  });

  test('kremlin again: prose again, with the edit kept', async () => {
    await client.changeSettings(vscodeSettings({ tradition: 'kremlin' }), uri);
    assert.deepEqual(await outline(client, uri), ['String Lead — Mr. NIELDS. What was your role? [0:0-2:28] sel [0:0-0:31]']);
    assert.equal(document.getText().split('\n')[1], 'Mr. NORTH. I ran the operation myself.');
  });

  test('a value that is no tradition ("hansard") reads as auto', async () => {
    await client.changeSettings(vscodeSettings({ tradition: 'hansard' }), uri);
    assert.deepEqual(await traditionOf(client, uri), both({ id: 'us-hearing', name: 'US hearing', detected: true }));
  });

  test('the server logged no error', () => {
    assert.deepEqual(client.loggedErrors, []);
  });
});

describe('stenogram.tradition of a folder (resource scope)', () => {
  test('the same text reads as prose in a folder set to kremlin and as turns elsewhere', async () => {
    const folder = documentUri('tradition-folder/x').replace(/x\.transcript$/, '');
    const client = await LspTestClient.initialized({
      scopedSettings: (scopeUri) => vscodeSettings(scopeUri?.startsWith(folder) ? { tradition: 'kremlin' } : {}),
    });
    try {
      const inFolder = `${folder}in-folder.transcript`;
      const elsewhere = documentUri('tradition-not-in-folder');
      await client.openSettled(inFolder, HEARING);
      await client.openSettled(elsewhere, HEARING);
      assert.deepEqual(await outline(client, inFolder), AS_PROSE);
      assert.deepEqual(await outline(client, elsewhere), AS_TURNS);
    } finally {
      await client.dispose();
    }
  });

  test('Russian: the tradition named in the display language', async () => {
    const client = await LspTestClient.initialized({ locale: 'ru', settings: vscodeSettings({ tradition: 'us-hearing' }) });
    try {
      const uri = documentUri('tradition-ru');
      await client.openSettled(uri, HEARING);
      assert.deepEqual(await traditionOf(client, uri), both({ id: 'us-hearing', name: 'Слушания (США)', detected: false }));
    } finally {
      await client.dispose();
    }
  });
});

describe('stenogram.tradition and the workspace’s files on disk', () => {
  let dir: string;
  let client: LspTestClient;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'stenogram-tradition-'));
    writeFileSync(join(dir, 'hearing.transcript'), HEARING);
    client = await LspTestClient.initialized({ folders: [vscodeFileUri(dir)] });
  });

  after(async () => {
    await client?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  test('auto: Ctrl+T finds the hearing’s turns; kremlin: the folder is read again and finds none', async () => {
    const file = pathToFileURL(join(dir, 'hearing.transcript')).href;
    const found = await client.symbolsWhen('NIELDS', (symbols) => symbols.length === 2, 'the two turns of Mr. NIELDS');
    assert.deepEqual(
      found.map((s) => `${s.name} ${s.location.uri === file ? 'hearing' : s.location.uri} ${s.location.range.start.line}`).sort(),
      ['Mr. NIELDS: What was your role? hearing 0', 'Mr. NIELDS: Who approved it? hearing 2'],
    );
    const answered = client.configurationAnswers;
    client.settings = vscodeSettings({ tradition: 'kremlin' });
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    await client.configurationAnswered(answered + 1);
    assert.deepEqual(await client.symbolsWhen('NIELDS', (symbols) => symbols.length === 0, 'no turns of Mr. NIELDS'), []);
  });
});
