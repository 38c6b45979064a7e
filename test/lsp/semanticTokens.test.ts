// Semantic tokens over stdio, as VS Code asks for them: the legend in `initialize`, then
// `textDocument/semanticTokens/full` and `…/range` for a small transcript, decoded back into
// (line, column, text, type) and compared in full. The tokens add what the grammar cannot see
// (a role + name label, a name the file has used before, the header lines) and agree with it elsewhere.
// `…/full/delta` after edits: the edits applied to the tokens the client held are the tokens a full
// request answers.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  InitializedNotification,
  InitializeRequest,
  SemanticTokensDeltaRequest,
  SemanticTokensRangeRequest,
  SemanticTokensRequest,
  type InitializeParams,
  type InitializeResult,
  type SemanticTokens,
  type SemanticTokensDelta,
  type TextDocumentContentChangeEvent,
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
function decode(tokens: SemanticTokens, legend: string[], text = TEXT): string[] {
  const lines = text.split('\n');
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
      full: { delta: true },
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

  test('textDocument/semanticTokens/full/delta: after each edit, the edits turn the tokens held into the tokens of the new text', async () => {
    const legend = result.capabilities.semanticTokensProvider!.legend.tokenTypes;
    const uri = documentUri('semantic-tokens-delta');
    let document = await client.open(uri, TEXT);
    const first = await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } });
    assert.ok(first?.resultId, 'a full answer has a result id');
    let held = { resultId: first.resultId, data: first.data };
    const edits: [string, TextDocumentContentChangeEvent][] = [
      ['a word typed into a turn: the tokens after it on its line move', { range: range(9, 10, 9, 10), text: 'Ну, ' }],
      ['a line break inside a turn: every token after it moves a line', { range: range(10, 37, 10, 37), text: '\n' }],
      ['an insertion mark typed: one token more', { range: range(9, 14, 9, 14), text: '[так] ' }],
      ['a mark deleted', { range: range(9, 14, 9, 20), text: '' }],
      ['a turn added (a full parse)', { range: range(12, 0, 12, 0), text: 'Е.Смирнов: Ещё (Смех.)\n' }],
      ['a letter typed after the last token of a line', { range: range(13, 10, 13, 10), text: 'ы' }],
    ];
    for (const [what, change] of edits) {
      document = await client.change(document, [change]);
      const delta = await client.connection.sendRequest(SemanticTokensDeltaRequest.type, { textDocument: { uri }, previousResultId: held.resultId });
      assert.ok(delta && 'edits' in delta, `${what}: answered as edits`);
      const data = applyTokenEdits(held.data, delta);
      assert.notEqual(delta.resultId, held.resultId, `${what}: a new result id`);
      const full = await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } });
      assert.deepEqual(decode({ data }, legend, document.getText()), decode(full!, legend, document.getText()), what);
      held = { resultId: full!.resultId!, data: full!.data };
    }
    // An edit after the last token of its line changes no token: the delta is empty.
    document = await client.change(document, [{ range: range(13, 11, 13, 11), text: 'ы' }]);
    const none = await client.connection.sendRequest(SemanticTokensDeltaRequest.type, { textDocument: { uri }, previousResultId: held.resultId });
    assert.deepEqual(none && 'edits' in none ? none.edits : none, []);
  });

  test('a delta from a result the server no longer holds is answered with the tokens whole', async () => {
    const legend = result.capabilities.semanticTokensProvider!.legend.tokenTypes;
    const answer = await client.connection.sendRequest(SemanticTokensDeltaRequest.type, { textDocument: { uri: URI }, previousResultId: 'not-a-result' });
    assert.ok(answer && 'data' in answer && answer.resultId);
    const full = await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: URI } });
    assert.deepEqual(decode(answer, legend), decode(full!, legend));
  });

  test('a document the server was never sent has no tokens', async () => {
    const tokens = await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: documentUri('never-opened') } });
    assert.deepEqual(tokens, { data: [] });
    assert.deepEqual(client.loggedErrors, []);
  });
});

function range(sl: number, sc: number, el: number, ec: number) {
  return { start: { line: sl, character: sc }, end: { line: el, character: ec } };
}

/** The client's side of a delta: the edits applied to the integers it holds, last first. */
function applyTokenEdits(data: readonly number[], delta: SemanticTokensDelta): number[] {
  const out = [...data];
  for (const edit of [...delta.edits].sort((a, b) => b.start - a.start)) out.splice(edit.start, edit.deleteCount, ...(edit.data ?? []));
  return out;
}
