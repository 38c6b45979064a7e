// The live preview and the HTML export over the protocol, asked of the bundled server as the client
// asks: `stenogram/preview` gives the body with its data-lines and the theme-coloured style, and the
// next body after an incremental edit; `stenogram/exportFormats` lists HTML; `stenogram/export` with
// `html` gives the page as text; a document the server does not have gets null.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { exportDocument, PREVIEW_STYLE, previewHtml, toHtml } from '../../server/src/features';
import { parseTranscript } from '../../server/src/transcript';
import { documentUri, LspTestClient } from './client';

const MEETING = ['Встреча с волонтёрами', '', '2023-05-02 15:00:00', '', 'В.Путин: Добрый день!', 'Е.Корочкина: Спасибо.', ''].join('\n');
const MEETING_URI = documentUri('preview-meeting');

describe('stenogram/preview and the HTML export over stdio', () => {
  let client: LspTestClient;
  let meeting: TextDocument;

  before(async () => {
    client = await LspTestClient.initialized({ locale: 'en' });
    meeting = await client.open(MEETING_URI, MEETING);
  });

  after(async () => {
    await client.dispose();
  });

  test('stenogram/preview {uri}: the body as the preview shows it, in full, and its style', async () => {
    assert.deepEqual(await client.connection.sendRequest('stenogram/preview', { uri: MEETING_URI }), {
      html: `<article class="transcript" lang="ru" data-line-count="7">
<header data-line="0">
<h1>Встреча с волонтёрами</h1>
<p class="meta"><time datetime="2023-05-02T15:00:00">2023-05-02 15:00:00</time></p>
</header>
<main>
<section class="section" id="section-1" data-line="4">
<div class="turn sp0" id="turn-1" data-line="4">
<p><span class="label"><bdi class="name">В.Путин</bdi>:</span> Добрый день!</p>
</div>
<div class="turn sp1" id="turn-2" data-line="5">
<p><span class="label"><bdi class="name">Е.Корочкина</bdi>:</span> Спасибо.</p>
</div>
</section>
</main>
</article>
`,
      style: PREVIEW_STYLE,
      language: 'ru',
      title: 'Встреча с волонтёрами',
    });
  });

  test('after an edit, the preview shows the edited text', async () => {
    meeting = await client.change(meeting, [{ range: { start: { line: 5, character: 13 }, end: { line: 5, character: 21 } }, text: 'Спасибо большое, Владимир Владимирович.' }]);
    const text = meeting.getText();
    const expected = parseTranscript(text);
    const answer = (await client.connection.sendRequest('stenogram/preview', { uri: MEETING_URI })) as { html: string };
    assert.equal(answer.html, previewHtml(exportDocument(expected), expected.lines.length));
    assert.match(answer.html, /<p><span class="label"><bdi class="name">Е\.Корочкина<\/bdi>:<\/span> Спасибо большое, Владимир Владимирович\.<\/p>/);
  });

  test('stenogram/preview of a document the server does not have: null', async () => {
    assert.equal(await client.connection.sendRequest('stenogram/preview', { uri: documentUri('preview-never-opened') }), null);
  });

  test('stenogram/exportFormats lists HTML; stenogram/export {format: html} is the page as text', async () => {
    const formats = (await client.connection.sendRequest('stenogram/exportFormats', {})) as { id: string }[];
    assert.deepEqual(
      formats.filter((f) => f.id === 'html'),
      [{ id: 'html', name: 'HTML', extension: 'html' }],
    );
    assert.deepEqual(await client.connection.sendRequest('stenogram/export', { uri: MEETING_URI, format: 'html' }), {
      ok: true,
      encoding: 'utf8',
      content: toHtml(exportDocument(parseTranscript(meeting.getText()))),
    });
  });
});
