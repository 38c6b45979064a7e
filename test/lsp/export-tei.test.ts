// The TEI export over the protocol, asked of the bundled server as "Stenogram: Export…" asks: the
// format is listed (`stenogram/exportFormats`), and `stenogram/export` gives the same text the writer
// gives for the document as the editor holds it, after an edit too.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ExportFormatsRequest, ExportRequest } from '../../protocol';
import { exportDocument, toTei } from '../../server/src/features';
import { parseTranscript } from '../../server/src/transcript';
import { documentUri, LspTestClient } from './client';

const TEXT = 'Встреча\n\n2023-05-02 15:00:00\n\nВ.Путин: Добрый день! (Аплодисменты.)\nВопрос: Можно вопрос?\n';
const URI = documentUri('export-tei');
const teiOf = (text: string) => toTei(exportDocument(parseTranscript(text)));

describe('TEI export over stdio', () => {
  let client: LspTestClient;

  before(async () => {
    client = await LspTestClient.initialized({ locale: 'en' });
  });

  after(async () => {
    await client.dispose();
  });

  test('stenogram/exportFormats lists TEI Parla-CLARIN with its extension', async () => {
    const formats = await client.connection.sendRequest(ExportFormatsRequest, {});
    assert.deepEqual(
      formats.find((f) => f.id === 'tei'),
      { id: 'tei', name: 'TEI Parla-CLARIN', extension: 'xml' },
    );
  });

  test('stenogram/export gives the document as TEI, before and after an edit', async () => {
    const document = await client.open(URI, TEXT);
    assert.deepEqual(await client.connection.sendRequest(ExportRequest, { uri: URI, format: 'tei' }), { ok: true, encoding: 'utf8', content: teiOf(TEXT) });
    const edited = await client.change(document, [{ range: { start: { line: 5, character: 0 }, end: { line: 5, character: 6 } }, text: 'Реплика' }]);
    const answer = await client.connection.sendRequest(ExportRequest, { uri: URI, format: 'tei' });
    assert.deepEqual(answer, { ok: true, encoding: 'utf8', content: teiOf(edited.getText()) });
    assert.match(teiOf(edited.getText()), /<personGrp xml:id="Реплика">/);
  });
});
