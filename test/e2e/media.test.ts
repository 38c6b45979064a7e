// The recording beside the transcript, inside VS Code: the test writes a transcript and, beside it
// under the same name, a six-second WAV it makes itself (a tone, 16-bit PCM), then drives the media
// panel through the commands a transcriber's keys run. The panel's page reports where playback is;
// `stenogram.media.state` (internal) reads that back. Checks: the recording is found beside the
// transcript and its length reaches the server (`timestamp-beyond-media` appears); Play from the
// Cursor seeks to the turn's time (and so does a hover's link); Insert Timestamp writes the panel's time in the file's form;
// follow-along highlights the turn being played and moves on with playback.
// Nothing announces the page's reports as an event: the waits ask the state again every 100 ms until
// it shows what they wait for (a deadline only fails them with a message).
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import { askUi, codeOf, diagnosticsWhen, fixtureUri, revertAll, ticks, uiBridge, when } from './helpers';

interface MediaState {
  transcript: string | null;
  media: string | null;
  time: number;
  duration: number | null;
  paused: boolean;
  seekedTo: number | null;
  follow: boolean;
  highlighted: number | null;
  error: string | null;
}

const TRANSCRIPT = [
  '[00:00:00] Anna Lee: The first turn.',
  '[00:00:02] Bob Stone: The second turn.',
  '[00:00:04] Anna Lee: The third turn.',
  '[00:00:09] Bob Stone: Past the end of the recording.',
  '',
].join('\n');

const SECONDS = 6;
const FOLDER = fixtureUri('recording');
const TRANSCRIPT_URI = vscode.Uri.joinPath(FOLDER, 'talk.transcript');
const WAV_URI = vscode.Uri.joinPath(FOLDER, 'talk.wav');

/** A mono 16-bit PCM WAV of `seconds` of a 440 Hz tone at 8 kHz. */
function wav(seconds: number): Uint8Array {
  const rate = 8000;
  const samples = rate * seconds;
  const bytes = new Uint8Array(44 + samples * 2);
  const view = new DataView(bytes.buffer);
  const text = (at: number, s: string) => [...s].forEach((c, i) => view.setUint8(at + i, c.charCodeAt(0)));
  text(0, 'RIFF');
  view.setUint32(4, 36 + samples * 2, true);
  text(8, 'WAVEfmt ');
  view.setUint32(16, 16, true); // the fmt chunk's size
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, rate, true);
  view.setUint32(28, rate * 2, true); // bytes per second
  view.setUint16(32, 2, true); // bytes per frame
  view.setUint16(34, 16, true); // bits per sample
  text(36, 'data');
  view.setUint32(40, samples * 2, true);
  for (let i = 0; i < samples; i++) view.setInt16(44 + i * 2, Math.round(8000 * Math.sin((2 * Math.PI * 440 * i) / rate)), true);
  return bytes;
}

function state(): Thenable<MediaState> {
  return vscode.commands.executeCommand<MediaState>('stenogram.media.state');
}

function stateWhen(what: string, accept: (s: MediaState) => boolean): Promise<MediaState> {
  return when(`the media panel: ${what}`, ticks(100), state, accept);
}

async function cursorOn(editor: vscode.TextEditor, line: number): Promise<void> {
  await vscode.window.showTextDocument(editor.document, { viewColumn: editor.viewColumn, preserveFocus: false });
  editor.selection = new vscode.Selection(line, 5, line, 5);
}

suite('the recording beside the transcript', () => {
  let editor: vscode.TextEditor;

  suiteSetup(async () => {
    await vscode.workspace.fs.createDirectory(FOLDER);
    await vscode.workspace.fs.writeFile(WAV_URI, wav(SECONDS));
    await vscode.workspace.fs.writeFile(TRANSCRIPT_URI, new TextEncoder().encode(TRANSCRIPT));
    editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(TRANSCRIPT_URI), { preview: false });
  });

  suiteTeardown(async () => {
    await revertAll();
    await vscode.workspace.fs.delete(FOLDER, { recursive: true, useTrash: false });
  });

  test('Open Recording finds talk.wav beside talk.transcript; its length reaches the server: the time past it is flagged', async () => {
    const before = vscode.languages.getDiagnostics(TRANSCRIPT_URI).map(codeOf);
    assert.ok(!before.includes('timestamp-beyond-media'), `no recording, no timestamp-beyond-media: ${before.join(', ')}`);
    await vscode.commands.executeCommand('stenogram.media.open');
    const loaded = await stateWhen('the recording loaded, its length known', (s) => s.duration !== null || s.error !== null);
    assert.deepEqual(
      { transcript: loaded.transcript, media: loaded.media, duration: loaded.duration, error: loaded.error },
      { transcript: TRANSCRIPT_URI.toString(), media: WAV_URI.toString(), duration: SECONDS, error: null },
    );
    const diagnostics = await diagnosticsWhen(TRANSCRIPT_URI, 'timestamp-beyond-media on 00:00:09', (d) => d.some((x) => codeOf(x) === 'timestamp-beyond-media'));
    assert.deepEqual(
      diagnostics.filter((d) => codeOf(d) === 'timestamp-beyond-media').map((d) => [d.range.start.line, d.message]),
      [[3, 'The time 00:00:09 is past the end of the recording (00:00:06).']],
    );
  });

  test('the seek bar marks where each turn within the recording starts; its Skip Forward button runs the command', async function () {
    // Read through the runner's browser: skipped under @vscode/test-electron, which has none.
    if (!uiBridge) this.skip();
    const before = await state();
    const { marks } = await askUi<{ marks: string[] }>('media', { count: 3, screenshot: 'media', click: '#forward' });
    assert.deepEqual(marks, ['0:00 Anna Lee', '0:02 Bob Stone', '0:04 Anna Lee']);
    const after = await stateWhen('5 seconds on', (s) => s.seekedTo !== before.seekedTo);
    assert.equal(after.seekedTo, Math.min(before.time + 5, SECONDS));
  });

  test('Play from the Cursor plays from the time of the cursor’s turn', async () => {
    await cursorOn(editor, 1);
    await vscode.commands.executeCommand('stenogram.media.playFromCursor');
    const played = await stateWhen('seeked to 00:00:02 and playing', (s) => s.seekedTo === 2 && !s.paused);
    assert.equal(played.seekedTo, 2);
  });

  test('Insert Timestamp writes the panel’s time where the cursor is, as the file writes its times', async () => {
    await vscode.commands.executeCommand('stenogram.media.playPause');
    const paused = await stateWhen('paused', (s) => s.paused);
    const line = editor.document.lineAt(2);
    editor.selection = new vscode.Selection(line.range.end, line.range.end);
    await vscode.commands.executeCommand('stenogram.media.insertTimestamp');
    const expected = `[00:00:${String(Math.floor(paused.time)).padStart(2, '0')}]`;
    assert.equal(editor.document.lineAt(2).text, `[00:00:04] Anna Lee: The third turn.${expected}`);
    assert.ok(paused.time >= 2 && paused.time < SECONDS, `paused after 00:00:02: ${paused.time}`);
  });

  test('follow-along highlights the turn being played, and the highlight moves on as it plays', async () => {
    await vscode.commands.executeCommand('stenogram.media.toggleFollow');
    // As a hover's "play from here" link runs it: the document and the line, not the cursor.
    await vscode.commands.executeCommand('stenogram.media.playFromCursor', { uri: TRANSCRIPT_URI.toString(), line: 2 });
    const third = await stateWhen('the third turn highlighted', (s) => s.highlighted === 2);
    assert.deepEqual([third.follow, third.seekedTo], [true, 4]);
    await cursorOn(editor, 0);
    await vscode.commands.executeCommand('stenogram.media.playFromCursor');
    await stateWhen('the first turn highlighted', (s) => s.highlighted === 0);
    const second = await stateWhen('playback past 00:00:02 moving the highlight to the second turn', (s) => s.highlighted === 1);
    assert.ok(second.time >= 2, `highlighted at ${second.time}`);
    await vscode.commands.executeCommand('stenogram.media.playPause');
  });
});
