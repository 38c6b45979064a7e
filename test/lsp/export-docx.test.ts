// The Word export over the protocol, as "Stenogram: Export…" asks the bundled server: the .docx comes
// back in base64, byte for byte what the writer gives for the same text.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { InitializedNotification, InitializeRequest } from 'vscode-languageserver-protocol/node';
import { exportDocument, toDocx } from '../../server/src/features';
import { parseTranscript } from '../../server/src/transcript';
import { docxParagraphs, docxParts } from '../helpers/docx';
import { documentUri, LspTestClient, vscodeInitializeParams } from './client';

const URI = documentUri('export-docx');
const MEETING = ['Встреча с волонтёрами', '', 'В.Путин: Добрый день! (Аплодисменты.)', 'Вопрос: Можно вопрос?', ''].join('\n');

describe('Word export over stdio', () => {
  let client: LspTestClient;

  before(async () => {
    client = LspTestClient.start();
    await client.connection.sendRequest(InitializeRequest.type, vscodeInitializeParams({ locale: 'en' }));
    await client.connection.sendNotification(InitializedNotification.type, {});
    await client.configurationAnswered(1);
    await client.open(URI, MEETING);
  });

  after(async () => {
    await client.dispose();
  });

  test('stenogram/export docx: the .docx in base64', async () => {
    const answer = (await client.connection.sendRequest('stenogram/export', { uri: URI, format: 'docx' })) as { ok: boolean; encoding: string; content: string };
    assert.deepEqual([answer.ok, answer.encoding], [true, 'base64']);
    const bytes = new Uint8Array(Buffer.from(answer.content, 'base64'));
    assert.deepEqual(bytes, toDocx(exportDocument(parseTranscript(MEETING))));
    assert.deepEqual(docxParagraphs(docxParts(bytes)['word/document.xml']), [
      'Title | Встреча с волонтёрами',
      'Turn | {Speaker:В.Путин:} Добрый день! {EditorialMark:(Аплодисменты.)}',
      'Turn | {Speaker:Вопрос:} Можно вопрос?',
    ]);
  });
});
