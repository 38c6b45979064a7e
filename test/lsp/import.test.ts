// Import over the protocol, as "Stenogram: Import…" asks the bundled server: `stenogram/import` with a
// file's name and text answers the transcript, or the line and the message (in the client's language)
// of what is wrong; params without content are answered null, and the server goes on.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { InitializedNotification, InitializeRequest } from 'vscode-languageserver-protocol/node';
import { LspTestClient, vscodeInitializeParams } from './client';

const SRT = ['1', '00:00:01,000 --> 00:00:02,000', 'ANNA: Hello.', '', '2', '00:01:02,000 --> 00:01:03,000', '- Hi.', ''].join('\n');

describe('import over stdio', () => {
  let client: LspTestClient;

  before(async () => {
    client = LspTestClient.start();
    await client.connection.sendRequest(InitializeRequest.type, vscodeInitializeParams({ locale: 'ru' }));
    await client.connection.sendNotification(InitializedNotification.type, {});
    await client.configurationAnswered(1);
  });

  after(async () => {
    await client.dispose();
  });

  test('stenogram/import: the transcript of an SRT file, titled by its name', async () => {
    assert.deepEqual(await client.connection.sendRequest('stenogram/import', { name: '/home/me/Утро.srt', content: SRT }), {
      text: 'Утро\n\nANNA (00:00:01): Hello.\nSpeaker 1 (00:01:02): Hi.\n',
    });
  });

  test('stenogram/import: bad input is its line and a message in the client’s language', async () => {
    assert.deepEqual(await client.connection.sendRequest('stenogram/import', { name: 'a.vtt', content: 'WEBVTT\n\n00:00:01.000 --> 00:00:70.000\nHi' }), {
      error: { line: 3, message: 'Во времени «00:00:70.000» секунд 70, а их не больше 59.' },
    });
  });

  test('params without content are answered null, and the server still answers', async () => {
    assert.equal(await client.connection.sendRequest('stenogram/import', { name: 'a.vtt' }), null);
    assert.equal(await client.connection.sendRequest('stenogram/import', null), null);
    assert.deepEqual(await client.connection.sendRequest('stenogram/import', { name: 'a.json', content: '[]' }), {
      error: { line: 1, message: 'В файле нет речи: ни в одном фрагменте нет текста.' },
    });
  });
});
