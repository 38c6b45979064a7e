// Export over the protocol, as "Stenogram: Export…" asks the bundled server: the formats it offers
// (`stenogram/exportFormats`) and one transcript written in one of them (`stenogram/export`), also
// after an incremental edit, and for a document it does not have or a format it does not know.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { InitializedNotification, InitializeRequest } from 'vscode-languageserver-protocol/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { EXPORT_FORMATS } from '../../server/src/features';
import { documentUri, LspTestClient, vscodeInitializeParams } from './client';

const URI = documentUri('export-meeting');
const MEETING = ['Встреча с волонтёрами', '', 'В.Путин: Добрый день!', 'Вопрос: Можно вопрос?', ''].join('\n');

describe('export over stdio', () => {
  let client: LspTestClient;
  let meeting: TextDocument;

  before(async () => {
    client = LspTestClient.start();
    await client.connection.sendRequest(InitializeRequest.type, vscodeInitializeParams({ locale: 'en' }));
    await client.connection.sendNotification(InitializedNotification.type, {});
    await client.configurationAnswered(1);
    meeting = await client.open(URI, MEETING);
  });

  after(async () => {
    await client.dispose();
  });

  test('stenogram/exportFormats: every format of the table, with its name and extension', async () => {
    assert.deepEqual(
      await client.connection.sendRequest('stenogram/exportFormats', {}),
      EXPORT_FORMATS.map(({ id, name, extension }) => ({ id, name, extension })),
    );
  });

  test('stenogram/export md: the Markdown text', async () => {
    assert.deepEqual(await client.connection.sendRequest('stenogram/export', { uri: URI, format: 'md' }), {
      ok: true,
      encoding: 'utf8',
      content: '# Встреча с волонтёрами\n\n**В.Путин:** Добрый день!\n\n**Вопрос:** Можно вопрос?\n',
    });
  });

  test('after an edit, the export is of the edited text', async () => {
    meeting = await client.change(meeting, [{ range: { start: { line: 2, character: 9 }, end: { line: 2, character: 21 } }, text: 'Здравствуйте!' }]);
    const answer = (await client.connection.sendRequest('stenogram/export', { uri: URI, format: 'md' })) as { content: string };
    assert.equal(answer.content, '# Встреча с волонтёрами\n\n**В.Путин:** Здравствуйте!\n\n**Вопрос:** Можно вопрос?\n');
  });

  test('a document the server does not have, or a format it does not know: null', async () => {
    assert.equal(await client.connection.sendRequest('stenogram/export', { uri: documentUri('never-opened'), format: 'md' }), null);
    assert.equal(await client.connection.sendRequest('stenogram/export', { uri: URI, format: 'pdf' }), null);
  });
});
