// textDocument/formatting, rangeFormatting and onTypeFormatting from the bundled server, asked as
// VS Code asks (FormattingOptions with `files.*` folded in by vscode-languageclient only when true),
// with the `stenogram.format.*` settings answered through workspace/configuration. The edits are
// applied here by UTF-16 offsets and the whole resulting text is written out.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DocumentFormattingRequest,
  DocumentOnTypeFormattingRequest,
  DocumentRangeFormattingRequest,
  InitializeRequest,
  type FormattingOptions,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { positionOf } from '../helpers/cursor';
import { applyEdits } from '../helpers/edits';
import { documentUri, LspTestClient, vscodeInitializeParams, vscodeSettings } from './client';

const NBSP = '\u00A0';
/** What VS Code sends with files.* at their defaults (all off: the client leaves them out). */
const VSCODE_OPTIONS: FormattingOptions = { tabSize: 4, insertSpaces: true };

const TEXT = [
  'Заседание комиссии ',
  '',
  '',
  '2023-04-11 09:00:00',
  '',
  'Москва, Кремль',
  '',
  `Состоялось заседание комиссии по${NBSP}вопросам транспорта.`,
  '',
  '',
  'В.Соколов : Начнём. <…>',
  'Н.Абдуллаев:Да.',
  'Соколов В.В.: Итак.',
  'В.Соколов: Всё.  ',
  '',
  '',
  '',
  'http://kremlin.ru/events/president/news/copy/70001',
].join('\r\n');

describe('formatting over the protocol', () => {
  let client: LspTestClient;

  before(async () => {
    client = await LspTestClient.initialized();
  });

  after(async () => {
    await client?.dispose();
  });

  const formatting = (uri: string, options = VSCODE_OPTIONS): Promise<TextEdit[] | null> =>
    client.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri }, options });

  test('initialize announces document, range and on-type formatting (on `:`)', async () => {
    const probe = LspTestClient.start();
    try {
      const result = await probe.connection.sendRequest(InitializeRequest.type, vscodeInitializeParams());
      assert.deepEqual(
        {
          documentFormattingProvider: result.capabilities.documentFormattingProvider,
          documentRangeFormattingProvider: result.capabilities.documentRangeFormattingProvider,
          documentOnTypeFormattingProvider: result.capabilities.documentOnTypeFormattingProvider,
        },
        { documentFormattingProvider: true, documentRangeFormattingProvider: true, documentOnTypeFormattingProvider: { firstTriggerCharacter: ':' } },
      );
    } finally {
      await probe.dispose();
    }
  });

  test('Format Document with the default settings: white space and label spacing only; CRLF kept', async () => {
    const uri = documentUri('format-document');
    await client.open(uri, TEXT);
    const edits = (await formatting(uri)) ?? [];
    assert.equal(
      applyEdits(TEXT, edits),
      [
        'Заседание комиссии',
        '',
        '',
        '2023-04-11 09:00:00',
        '',
        'Москва, Кремль',
        '',
        `Состоялось заседание комиссии по${NBSP}вопросам транспорта.`,
        '',
        'В.Соколов: Начнём. <…>',
        'Н.Абдуллаев: Да.',
        'Соколов В.В.: Итак.',
        'В.Соколов: Всё.',
        '',
        '',
        '',
        'http://kremlin.ru/events/president/news/copy/70001',
      ].join('\r\n'),
    );
    assert.equal(edits.length, 5, 'one edit per change: the title’s space, two blank lines, two label gaps, the last line’s spaces');
  });

  test('files.insertFinalNewline and files.trimFinalNewlines as VS Code passes them', async () => {
    const uri = documentUri('format-final-newline');
    const text = 'В.Соколов: Начнём.\nН.Абдуллаев: Да.';
    await client.open(uri, text);
    assert.equal(applyEdits(text, (await formatting(uri, { ...VSCODE_OPTIONS, insertFinalNewline: true })) ?? []), 'В.Соколов: Начнём.\nН.Абдуллаев: Да.\n');
    const trailing = documentUri('format-trim-final');
    await client.open(trailing, 'В.Соколов: Начнём.\n\n\n');
    assert.equal(applyEdits('В.Соколов: Начнём.\n\n\n', (await formatting(trailing, { ...VSCODE_OPTIONS, trimFinalNewlines: true })) ?? []), 'В.Соколов: Начнём.\n');
  });

  test('Format Selection: only the lines selected', async () => {
    const uri = documentUri('format-range');
    await client.open(uri, TEXT);
    const range = { start: positionOf(TEXT, '|Н.Абдуллаев:Да.'), end: positionOf(TEXT, 'В.Соколов: Всё.|') };
    const edits = await client.connection.sendRequest(DocumentRangeFormattingRequest.type, { textDocument: { uri }, range, options: VSCODE_OPTIONS });
    assert.equal(
      applyEdits(TEXT, edits ?? []),
      [
        'Заседание комиссии ',
        '',
        '',
        '2023-04-11 09:00:00',
        '',
        'Москва, Кремль',
        '',
        `Состоялось заседание комиссии по${NBSP}вопросам транспорта.`,
        '',
        '',
        'В.Соколов : Начнём. <…>',
        'Н.Абдуллаев: Да.',
        'Соколов В.В.: Итак.',
        'В.Соколов: Всё.',
        '',
        '',
        '',
        'http://kremlin.ru/events/president/news/copy/70001',
      ].join('\r\n'),
    );
  });

  test('on-type: `:` typed after a label inserts the space; after prose, nothing', async () => {
    const uri = documentUri('format-on-type');
    let document = await client.open(uri, 'В.Соколов: Начнём.\n');
    document = await client.change(document, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: 'Н.Абдуллаев:' }]);
    const position = { line: 1, character: 'Н.Абдуллаев:'.length };
    const edits = await client.connection.sendRequest(DocumentOnTypeFormattingRequest.type, { textDocument: { uri }, position, ch: ':', options: VSCODE_OPTIONS });
    assert.deepEqual(edits, [{ range: { start: position, end: position }, newText: ' ' }]);
    assert.equal(applyEdits(document.getText(), edits ?? []), 'В.Соколов: Начнём.\nН.Абдуллаев: ');

    document = await client.change(document, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 12 } }, text: 'Всем нам известно:' }]);
    const prose = await client.connection.sendRequest(DocumentOnTypeFormattingRequest.type, {
      textDocument: { uri },
      position: { line: 1, character: 'Всем нам известно:'.length },
      ch: ':',
      options: VSCODE_OPTIONS,
    });
    assert.deepEqual(prose, []);
  });

  test('a document that is not open: no edits', async () => {
    assert.deepEqual(await formatting(documentUri('never-opened')), []);
  });
});

describe('formatting with the stenogram.format.* settings of the document', () => {
  let client: LspTestClient;

  before(async () => {
    client = await LspTestClient.initialized({
      settings: vscodeSettings({ format: { normalizeLabels: true, omissionMarks: 'entity', labelSpacing: false, trimTrailingWhitespace: false, collapseBlankLines: false } }),
    });
  });

  after(async () => {
    await client?.dispose();
  });

  test('labels in their dominant form and &lt;…&gt; marks; the steps turned off do nothing', async () => {
    const uri = documentUri('format-settings');
    await client.open(uri, TEXT);
    const edits = await client.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri }, options: VSCODE_OPTIONS });
    assert.equal(
      applyEdits(TEXT, edits ?? []),
      [
        'Заседание комиссии ',
        '',
        '',
        '2023-04-11 09:00:00',
        '',
        'Москва, Кремль',
        '',
        `Состоялось заседание комиссии по${NBSP}вопросам транспорта.`,
        '',
        '',
        'В.Соколов : Начнём. &lt;…&gt;',
        'Н.Абдуллаев:Да.',
        'В.Соколов: Итак.',
        'В.Соколов: Всё.  ',
        '',
        '',
        '',
        'http://kremlin.ru/events/president/news/copy/70001',
      ].join('\r\n'),
    );
  });

  test('files.trimTrailingWhitespace on (VS Code sends trimTrailingWhitespace: true) trims although the setting is off', async () => {
    const uri = documentUri('format-settings-files');
    await client.open(uri, 'В.Соколов : Начнём.  \n');
    const edits = await client.connection.sendRequest(DocumentFormattingRequest.type, {
      textDocument: { uri },
      options: { ...VSCODE_OPTIONS, trimTrailingWhitespace: true },
    });
    assert.equal(applyEdits('В.Соколов : Начнём.  \n', edits ?? []), 'В.Соколов : Начнём.\n');
  });
});
