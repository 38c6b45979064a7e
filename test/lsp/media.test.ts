// The recording beside a transcript, over the protocol (the bundled server over stdio): the three
// timestamp diagnostics, `timestamp-beyond-media` appearing once the client says how long the
// recording is (`stenogram/mediaDuration`) and going when it says there is none; the hover on a time
// with its "play from here" link; the media panel's requests (`stenogram/mediaTimes`,
// `stenogram/mediaTimestamp`). Every answer is written out in full.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DiagnosticSeverity, HoverRequest, MarkupKind, type Diagnostic, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { MediaDurationNotification, MediaTimesRequest, MediaTimestampRequest } from '../../protocol';
import { positionOf } from '../helpers/cursor';
import { documentUri, LspTestClient, portable, RULES_DOC } from './client';

const TALK = [
  'Speaker 1 (00:00:05): Good morning, everyone.',
  'Speaker 2 (00:01:30): Thanks for having me.',
  'Speaker 1 (00:01:10): Let us begin.',
  'Speaker 2 (00:02:75): The budget first.',
  'Speaker 1 (00:04:00): Agreed.',
  '',
].join('\n');
const TALK_URI = documentUri('media-talk');
/** `[00:00:05,5] Anna Lee: …`: brackets before the label, a comma and one digit of fraction. */
const BRACKETS = ['[00:00:05,5] Anna Lee: Hello.', '[00:01:02,0] Bob Stone: Hi.', ''].join('\n');
const BRACKETS_URI = documentUri('media-brackets');

const range = (line: number, start: number, end: number) => ({ start: { line, character: start }, end: { line, character: end } });

function diagnostic(line: number, code: string, severity: DiagnosticSeverity, message: string): Diagnostic {
  return { range: range(line, 10, 20), severity, code, codeDescription: { href: `${RULES_DOC}#${code}` }, source: 'stenogram', message };
}

const ORDER = diagnostic(2, 'timestamp-order', DiagnosticSeverity.Warning, 'The time 00:01:10 is earlier than the time before it, 00:01:30.');
const INVALID = diagnostic(3, 'timestamp-invalid', DiagnosticSeverity.Error, 'The time “00:02:75” is not a real one: 75 seconds (seconds go up to 59).');
const BEYOND = diagnostic(4, 'timestamp-beyond-media', DiagnosticSeverity.Warning, 'The time 00:04:00 is past the end of the recording (00:03:20).');

const codes = (p: PublishDiagnosticsParams) => p.diagnostics.map((d) => d.code);

describe('the recording over stdio (locale en)', () => {
  let client: LspTestClient;

  before(async () => {
    client = LspTestClient.start();
    await client.openSettled(BRACKETS_URI, BRACKETS);
  });
  after(() => client.dispose());

  test('timestamp-order and timestamp-invalid as the document opens; timestamp-beyond-media only once the recording’s length is known', async () => {
    await client.open(TALK_URI, TALK);
    const opened = await client.diagnostics(TALK_URI);
    assert.deepEqual(portable(opened.diagnostics), [ORDER, INVALID]);

    await client.connection.sendNotification(MediaDurationNotification.method, { uri: TALK_URI, seconds: 200 });
    const known = await client.diagnostics(TALK_URI, (p) => codes(p).includes('timestamp-beyond-media'));
    assert.deepEqual(portable(known.diagnostics), [ORDER, INVALID, BEYOND]);

    await client.connection.sendNotification(MediaDurationNotification.method, { uri: TALK_URI, seconds: null });
    const gone = await client.diagnostics(TALK_URI, (p) => !codes(p).includes('timestamp-beyond-media'));
    assert.deepEqual(portable(gone.diagnostics), [ORDER, INVALID]);
  });

  test('a length that is no number is taken as none', async () => {
    await client.connection.sendNotification(MediaDurationNotification.method, { uri: TALK_URI, seconds: 200 });
    await client.diagnostics(TALK_URI, (p) => codes(p).includes('timestamp-beyond-media'));
    await client.connection.sendNotification(MediaDurationNotification.method, { uri: TALK_URI, seconds: 'long' as unknown as number });
    const gone = await client.diagnostics(TALK_URI, (p) => !codes(p).includes('timestamp-beyond-media'));
    assert.deepEqual(portable(gone.diagnostics), [ORDER, INVALID]);
    assert.deepEqual(client.loggedErrors, []);
  });

  test('hover on a time: the time, the offset from the time before, and a link that plays from that turn', async () => {
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: TALK_URI }, position: positionOf(TALK, 'Speaker 2 (00:0|1:30)') });
    const args = encodeURIComponent(JSON.stringify([{ uri: TALK_URI, line: 1 }]));
    assert.deepEqual(hover, {
      contents: {
        kind: MarkupKind.Markdown,
        value: ['**00:01:30**', '', '1:25 after the previous turn’s time', '', `[▶ Play from here](command:stenogram.media.playFromCursor?${args})`].join('\n'),
      },
      range: range(1, 10, 20),
    });
    const first = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: TALK_URI }, position: positionOf(TALK, '(|00:00:05)') });
    assert.equal((first?.contents as { value: string }).value.split('\n')[2], 'The first time in the transcript');
    const earlier = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: TALK_URI }, position: positionOf(TALK, '(00:01:1|0)') });
    assert.equal((earlier?.contents as { value: string }).value.split('\n')[2], '0:20 before the previous turn’s time');
    // In the file's own form: a comma and one digit of fraction.
    const fraction = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: BRACKETS_URI }, position: positionOf(BRACKETS, '[00:01:0|2,0]') });
    assert.equal((fraction?.contents as { value: string }).value.split('\n')[2], '0:56,5 after the previous turn’s time');
    const invalid = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: TALK_URI }, position: positionOf(TALK, '(00:02:7|5)') });
    assert.deepEqual(invalid, {
      contents: { kind: MarkupKind.Markdown, value: ['**00:02:75**', '', 'The time “00:02:75” is not a real one: 75 seconds (seconds go up to 59).'].join('\n') },
      range: range(3, 10, 20),
    });
  });

  test('stenogram/mediaTimes: the turns with a real time, in file order', async () => {
    assert.deepEqual(await client.connection.sendRequest(MediaTimesRequest.method, { uri: TALK_URI }), [
      { seconds: 5, line: 0, endLine: 0, label: 'Speaker 1' },
      { seconds: 90, line: 1, endLine: 1, label: 'Speaker 2' },
      { seconds: 70, line: 2, endLine: 2, label: 'Speaker 1' },
      { seconds: 240, line: 4, endLine: 4, label: 'Speaker 1' },
    ]);
    assert.deepEqual(await client.connection.sendRequest(MediaTimesRequest.method, { uri: BRACKETS_URI }), [
      { seconds: 5.5, line: 0, endLine: 0, label: 'Anna Lee' },
      { seconds: 62, line: 1, endLine: 1, label: 'Bob Stone' },
    ]);
    assert.equal(await client.connection.sendRequest(MediaTimesRequest.method, { uri: documentUri('media-never-opened') }), null);
  });

  test('stenogram/mediaTimestamp: a time as the document writes its times', async () => {
    const stamp = (uri: string, seconds: unknown) => client.connection.sendRequest(MediaTimestampRequest.method, { uri, seconds });
    assert.deepEqual(
      [await stamp(TALK_URI, 83.9), await stamp(TALK_URI, 3725), await stamp(BRACKETS_URI, 83.96), await stamp(BRACKETS_URI, 0), await stamp(TALK_URI, 'soon')],
      ['(00:01:23)', '(01:02:05)', '[00:01:23,9]', '[00:00:00,0]', null],
    );
  });
});
