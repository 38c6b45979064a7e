// `stenogram.analysis.maxSize` over the protocol: a text above the limit is not analysed — one
// information diagnostic says why, and every feature answers empty — and when the text shrinks
// below the limit again (or the limit is raised), the transcript is analysed as usual.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DidChangeConfigurationNotification,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  HoverRequest,
  type Diagnostic,
} from 'vscode-languageserver-protocol/node';
import { documentUri, LspTestClient, portable, vscodeSettings } from './client';

/** 0.0001 million characters: 100. */
const LIMIT = 0.0001;
const SMALL = 'В.Соколов : Начнём.\n';
const LARGE = SMALL + 'Н.Абдуллаев: Да.\n'.repeat(10);

const TOO_LARGE = (chars: number): Diagnostic => ({
  range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
  severity: 3,
  code: 'file-too-large',
  source: 'stenogram',
  message: `This transcript has ${chars} million characters, more than stenogram.analysis.maxSize (${LIMIT} million): Stenogram does not analyse it, so the editor never waits on it. Raise the setting to analyse it anyway.`,
});

describe('stenogram.analysis.maxSize', () => {
  let client: LspTestClient;
  before(async () => {
    client = await LspTestClient.initialized({ settings: vscodeSettings({ analysis: { maxSize: LIMIT } }) });
  });
  after(async () => {
    await client?.dispose();
  });

  test('a text above the limit gets one diagnostic saying so, and no feature analyses it', async () => {
    const uri = documentUri('size-limit-large');
    assert.equal(LARGE.length, 190);
    await client.open(uri, LARGE);
    const published = await client.diagnostics(uri);
    assert.deepEqual(published.diagnostics, [TOO_LARGE(0.00019)]);
    const position = { line: 1, character: 2 };
    assert.deepEqual(await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }), []);
    assert.deepEqual(await client.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } }), []);
    assert.equal(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position }), null);
  });

  test('shrunk below the limit, the transcript is analysed again', async () => {
    const uri = documentUri('size-limit-shrinks');
    const document = await client.open(uri, LARGE);
    assert.deepEqual((await client.diagnostics(uri)).diagnostics.map((d) => d.code), ['file-too-large']);
    await client.change(document, [{ range: { start: { line: 1, character: 0 }, end: { line: 11, character: 0 } }, text: '' }]);
    const published = await client.diagnostics(uri, (p) => p.version === 2);
    assert.deepEqual(portable(published.diagnostics).map((d) => d.code), ['speaker-space-before-colon']);
    const symbols = await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
    assert.equal(symbols?.length, 1);
  });

  test('raising the limit analyses the open text without a reopen', async () => {
    const uri = documentUri('size-limit-raised');
    await client.open(uri, LARGE);
    assert.deepEqual((await client.diagnostics(uri)).diagnostics.map((d) => d.code), ['file-too-large']);
    const answered = client.configurationAnswers;
    client.settings = vscodeSettings({ analysis: { maxSize: 1 } });
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    await client.configurationAnswered(answered + 1);
    const published = await client.diagnostics(uri, (p) => !p.diagnostics.some((d) => d.code === 'file-too-large'));
    assert.deepEqual(portable(published.diagnostics).map((d) => d.code), [
      'speaker-space-before-colon',
      ...Array<string>(9).fill('turn-repeated-speaker'),
    ]);
  });
});
