// Semantic tokens over stdio, as VS Code asks for them: the legend in `initialize`, then
// `textDocument/semanticTokens/full` and `…/range` for a small transcript, decoded back into
// (line, column, text, type) and compared in full. The tokens add what the grammar cannot see
// (a role + name label, a name the file has used before, the header lines) and agree with it elsewhere.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  InitializedNotification,
  InitializeRequest,
  SemanticTokensRangeRequest,
  SemanticTokensRequest,
  type InitializeParams,
  type InitializeResult,
  type SemanticTokens,
} from 'vscode-languageserver-protocol/node';
import { documentUri, LspTestClient, vscodeInitializeParams } from './client';

const TEXT = [
  'Встреча с Президентом Ольмарии Клаусом Валлентером', // 0 title
  '',
  '2024-03-14 15:30:00', // 2 date
  '',
  'Светлоград, Кремль', // 4 place
  '',
  'Состоялась встреча Евгения Смирнова с Клаусом Валлентером.', // 6 lead
  '* * *',
  'Стенограмма начала встречи', // 8 section heading
  'Е.Смирнов: Добрый день! (Смех [в зале].)', // 9 a remark holding an insertion
  'К.Валлентер (как переведено): Спасибо [за приглашение]. &lt;…&gt;', // 10
  'Вопрос: Газета «Вестник», Светлоград.', // 11 role
  'President of Olmaria Klaus Wallenter: Good afternoon.', // 12 role + name: the server alone
  'Klaus Wallenter:Thank you.', // 13 a name the file has used, with no space after the colon
  'Emma Marcegaglia (ENI): Thank you.', // 14 a note that is no translation note
  '',
  'http://example.org/events/news/copy/90002', // 16 source URL
].join('\n');

const URI = documentUri('semantic-tokens');

/** What VS Code 1.91 says about semantic tokens in `initialize`. */
function initializeParams(): InitializeParams {
  const params = vscodeInitializeParams();
  params.capabilities.textDocument = {
    ...params.capabilities.textDocument,
    semanticTokens: {
      dynamicRegistration: true,
      tokenTypes: ['namespace', 'type', 'class', 'comment', 'string', 'number', 'keyword', 'label'],
      tokenModifiers: ['declaration', 'definition', 'readonly'],
      formats: ['relative'],
      requests: { range: true, full: { delta: true } },
      multilineTokenSupport: false,
      overlappingTokenSupport: false,
      serverCancelSupport: true,
      augmentsSyntaxTokens: true,
    },
  };
  return params;
}

/** `line:column text type`, one string per token, decoded from the relative encoding. */
function decode(tokens: SemanticTokens, legend: string[]): string[] {
  const lines = TEXT.split('\n');
  const out: string[] = [];
  let line = 0;
  let column = 0;
  const d = tokens.data;
  assert.equal(d.length % 5, 0, 'five integers a token');
  for (let i = 0; i < d.length; i += 5) {
    line += d[i];
    column = d[i] === 0 ? column + d[i + 1] : d[i + 1];
    assert.equal(d[i + 4], 0, 'no modifiers');
    out.push(`${line}:${column} ${JSON.stringify(lines[line].slice(column, column + d[i + 2]))} ${legend[d[i + 3]]}`);
  }
  return out;
}

describe('semantic tokens over stdio', () => {
  let client: LspTestClient;
  let result: InitializeResult;

  before(async () => {
    client = LspTestClient.start();
    result = await client.connection.sendRequest(InitializeRequest.type, initializeParams());
    await client.connection.sendNotification(InitializedNotification.type, {});
    await client.configurationAnswered(1);
    await client.open(URI, TEXT);
  });

  after(async () => {
    await client?.dispose();
  });

  test('initialize advertises full and range requests with the legend the manifest maps to scopes', () => {
    assert.deepEqual(result.capabilities.semanticTokensProvider, {
      legend: {
        tokenTypes: [
          'speaker',
          'role',
          'translationNote',
          'labelNote',
          'title',
          'date',
          'time',
          'place',
          'sectionHeading',
          'insertion',
          'remark',
          'omission',
          'url',
        ],
        tokenModifiers: [],
      },
      full: true,
      range: true,
    });
  });

  test('textDocument/semanticTokens/full: every token of the transcript, in order, none overlapping', async () => {
    const legend = result.capabilities.semanticTokensProvider!.legend.tokenTypes;
    const tokens = await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: URI } });
    assert.ok(tokens);
    assert.deepEqual(decode(tokens, legend), [
      '0:0 "Встреча с Президентом Ольмарии Клаусом Валлентером" title',
      '2:0 "2024-03-14" date',
      '2:11 "15:30:00" time',
      '4:0 "Светлоград, Кремль" place',
      '8:0 "Стенограмма начала встречи" sectionHeading',
      '9:0 "Е.Смирнов" speaker',
      '9:24 "(Смех " remark',
      '9:30 "[в зале]" insertion',
      '9:38 ".)" remark',
      '10:0 "К.Валлентер" speaker',
      '10:12 "(как переведено)" translationNote',
      '10:38 "[за приглашение]" insertion',
      '10:56 "&lt;…&gt;" omission',
      '11:0 "Вопрос" role',
      '12:0 "President of Olmaria Klaus Wallenter" speaker',
      '13:0 "Klaus Wallenter" speaker',
      '14:0 "Emma Marcegaglia" speaker',
      '14:17 "(ENI)" labelNote',
      '16:0 "http://example.org/events/news/copy/90002" url',
    ]);
  });

  test('textDocument/semanticTokens/range: the tokens that overlap the range', async () => {
    const legend = result.capabilities.semanticTokensProvider!.legend.tokenTypes;
    const tokens = await client.connection.sendRequest(SemanticTokensRangeRequest.type, {
      textDocument: { uri: URI },
      range: { start: { line: 9, character: 32 }, end: { line: 11, character: 3 } },
    });
    assert.ok(tokens);
    assert.deepEqual(decode(tokens, legend), [
      '9:30 "[в зале]" insertion',
      '9:38 ".)" remark',
      '10:0 "К.Валлентер" speaker',
      '10:12 "(как переведено)" translationNote',
      '10:38 "[за приглашение]" insertion',
      '10:56 "&lt;…&gt;" omission',
      '11:0 "Вопрос" role',
    ]);
  });

  test('a document the server was never sent has no tokens', async () => {
    const tokens = await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: documentUri('never-opened') } });
    assert.deepEqual(tokens, { data: [] });
    assert.deepEqual(client.loggedErrors, []);
  });
});
