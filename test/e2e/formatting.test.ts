// Formatting as a user meets it in VS Code: Format Document on a pasted transcript, and typing `:`
// after a label at the start of a line (editor.formatOnType is on for transcripts by default).
// Also: typing into a turn goes through the server's incremental path and the Problems stay right.
import * as assert from 'node:assert/strict';
import { suite, teardown, test } from 'mocha';
import * as vscode from 'vscode';
import { closeUntitled, codeOf, diagnosticsWhen, ticks, when } from './helpers';

async function openTranscript(content: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument({ language: 'transcript', content });
  const editor = await vscode.window.showTextDocument(document);
  // The server has the document once it answers with its outline.
  await when(
    'the outline',
    ticks(100),
    () => vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', document.uri),
    (s) => Array.isArray(s) && s.length > 0,
  );
  return editor;
}

suite('formatting and typing', () => {
  teardown(closeUntitled);

  test('Format Document: trailing spaces, label spacing and a run of blank lines, nothing else', async () => {
    const editor = await openTranscript(['В.Соколов : Начнём.   ', 'Н.Абдуллаев:Да, «начнём» — сейчас.', '', '', '', 'В.Соколов: Ещё\u00A0раз.', ''].join('\n'));
    const before = editor.document.version;
    await vscode.commands.executeCommand('editor.action.formatDocument');
    await when('the formatted text', ticks(50), () => editor.document.version, (v) => v > before);
    assert.equal(editor.document.getText(), ['В.Соколов: Начнём.', 'Н.Абдуллаев: Да, «начнём» — сейчас.', '', 'В.Соколов: Ещё\u00A0раз.', ''].join('\n'));
  });

  test('typing `:` after a label at the start of a line inserts the space; after prose it does not', async () => {
    const editor = await openTranscript(['В.Соколов: Начнём.', ''].join('\n'));
    editor.selection = new vscode.Selection(1, 0, 1, 0);
    await vscode.commands.executeCommand('type', { text: 'Н.Абдуллаев' });
    await vscode.commands.executeCommand('type', { text: ':' });
    await when('the space after the colon', ticks(50), () => editor.document.lineAt(1).text, (t) => t === 'Н.Абдуллаев: ');
    await vscode.commands.executeCommand('type', { text: 'Да.\nВсем нам известно' });
    const version = editor.document.version;
    await vscode.commands.executeCommand('type', { text: ':' });
    // Give the server time to answer (with nothing), then check no space came.
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.equal(editor.document.version, version + 1);
    assert.equal(editor.document.lineAt(2).text, 'Всем нам известно:');
  });

  test('typing inside a turn of a long transcript keeps the Problems right, edit after edit', async () => {
    const turns: string[] = [];
    for (let i = 0; i < 400; i++) turns.push(i % 2 === 0 ? `В.Соколов: Реплика номер ${i}.` : `Н.Абдуллаев: Ответ номер ${i}.`);
    const editor = await openTranscript([...turns, 'В.Соколов :Конец.', ''].join('\n'));
    const { uri } = editor.document;
    const codes = (d: readonly vscode.Diagnostic[]) => d.map((x) => `${x.range.start.line} ${codeOf(x)}`).sort();
    const first = await diagnosticsWhen(uri, 'the first publish', (d) => d.length > 0);
    assert.deepEqual(codes(first), ['400 speaker-no-space-after-colon', '400 speaker-space-before-colon']);
    // Break a label in the middle (a space before its colon), then mend it, typing as a user does.
    editor.selection = new vscode.Selection(200, 9, 200, 9);
    await vscode.commands.executeCommand('type', { text: ' ' });
    await diagnosticsWhen(uri, 'the new problem on line 200', (d) => codes(d).includes('200 speaker-space-before-colon'));
    await vscode.commands.executeCommand('deleteLeft');
    const mended = await diagnosticsWhen(uri, 'line 200 mended', (d) => !codes(d).includes('200 speaker-space-before-colon'));
    assert.deepEqual(codes(mended), ['400 speaker-no-space-after-colon', '400 speaker-space-before-colon']);
    // Type a glued label into the text of turn 100: found there, and nothing else moves.
    const end = editor.document.lineAt(100).text.length;
    editor.selection = new vscode.Selection(100, end, 100, end);
    await vscode.commands.executeCommand('type', { text: ' Н.Абдуллаев: Да.' });
    const glued = await diagnosticsWhen(uri, 'the glued label on line 100', (d) => codes(d).includes('100 turn-embedded-label'));
    assert.deepEqual(codes(glued), ['100 turn-embedded-label', '400 speaker-no-space-after-colon', '400 speaker-space-before-colon']);
  });
});
