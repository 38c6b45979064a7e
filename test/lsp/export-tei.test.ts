// The TEI export over the protocol, asked of the bundled server as "Stenogram: Export…" asks
// (test/lsp/export.test.ts covers the format list and edits): `stenogram/export` with `tei` gives the
// text the writer gives for the document, UTF-8, role speakers as groups.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ExportRequest } from '../../protocol';
import { exportDocument, toTei } from '../../server/src/features';
import { parseTranscript } from '../../server/src/transcript';
import { documentUri, LspTestClient } from './client';

const TEXT = 'Встреча\n\n2023-05-02 15:00:00\n\nВ.Путин: Добрый день! (Аплодисменты.)\nВопрос: Можно вопрос?\n';
const URI = documentUri('export-tei');

describe('TEI export over stdio', () => {
  let client: LspTestClient;

  before(async () => {
    client = await LspTestClient.initialized({ locale: 'en' });
  });

  after(async () => {
    await client.dispose();
  });

  test('stenogram/export tei: the writer’s text for the open document', async () => {
    await client.open(URI, TEXT);
    const answer = await client.connection.sendRequest(ExportRequest, { uri: URI, format: 'tei' });
    const expected = toTei(exportDocument(parseTranscript(TEXT)));
    assert.deepEqual(answer, { ok: true, encoding: 'utf8', content: expected });
    assert.match(expected, /<personGrp xml:id="Вопрос">\n\s+<name>Вопрос<\/name>/);
  });
});
