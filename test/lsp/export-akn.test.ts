// "Stenogram: Export…" to Akoma Ntoso over the protocol, asked of the bundled server as the client
// asks: the format is listed by `stenogram/exportFormats`, and `stenogram/export` answers the same
// document the writer gives in-process.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ExportFormatsRequest, ExportRequest } from '../../protocol/export';
import { exportFormat, exportTranscript } from '../../server/src/features';
import { parseTranscript } from '../../server/src/transcript';
import { documentUri, LspTestClient } from './client';

const MEETING = ['Встреча с волонтёрами', '', '2023-05-02 15:00:00', '', 'В.Путин: Добрый день! (Аплодисменты.)', 'Вопрос: <img src=x onerror=alert(1)>?', ''].join('\n');
const MEETING_URI = documentUri('export-akn-meeting');

describe('stenogram/export to akn over stdio', () => {
  let client: LspTestClient;

  before(async () => {
    client = await LspTestClient.initialized({ locale: 'en' });
    await client.open(MEETING_URI, MEETING);
  });

  after(async () => {
    await client.dispose();
  });

  test('stenogram/exportFormats lists Akoma Ntoso as akn, .xml', async () => {
    const formats = await client.connection.sendRequest(ExportFormatsRequest, {});
    assert.deepEqual(
      formats.filter((f) => f.id === 'akn'),
      [{ id: 'akn', name: 'Akoma Ntoso', extension: 'akn.xml' }],
    );
  });

  test('stenogram/export {uri, format: akn}: the writer’s document as UTF-8 text', async () => {
    const written = exportTranscript(parseTranscript(MEETING), exportFormat('akn')!, { locale: 'en' });
    assert.ok(written.ok && written.content.kind === 'text');
    assert.deepEqual(await client.connection.sendRequest(ExportRequest, { uri: MEETING_URI, format: 'akn' }), {
      ok: true,
      encoding: 'utf8',
      content: written.content.text,
    });
  });
});
