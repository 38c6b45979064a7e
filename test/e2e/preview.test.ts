// The live preview inside VS Code: Stenogram: Open Preview to the Side opens a webview beside the
// transcript that shows its turns (read through the runner's browser), follows an edit, and a click
// on a turn puts the editor's cursor on that turn's label. Screenshot: test-results/preview.png.
// Skipped under @vscode/test-electron, which has no browser to look through.
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import { askUi, openFixture, revertAll, uiBridge, when } from './helpers';

const TURNS = [
  'В.Путин: Уважаемый Нурсултан Абишевич! Рад вас видеть.',
  'Н.Назарбаев: Спасибо, Владимир Владимирович.',
  'В.Путин: Как доехали?',
  'С.Лавров: Позвольте добавить.',
  'Н.Назарбаев: Конечно.',
];

suite('live preview', () => {
  suiteSetup(function () {
    if (!uiBridge) this.skip();
  });
  suiteTeardown(revertAll);

  test('Open Preview to the Side shows the transcript’s turns beside it, and follows an edit', async () => {
    const editor = await openFixture('meeting.transcript');
    await vscode.commands.executeCommand('stenogram.openPreviewToSide');
    const { turns } = await askUi<{ turns: string[] }>('preview', { expect: TURNS, screenshot: 'preview' });
    assert.deepEqual(turns, TURNS);
    const tabs = vscode.window.tabGroups.all.flatMap((group) => group.tabs.map((tab) => ({ tab, column: group.viewColumn })));
    const preview = tabs.find(({ tab }) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('stenogram.preview'));
    assert.deepEqual(preview && { label: preview.tab.label, column: preview.column }, { label: 'Preview — meeting.transcript', column: vscode.ViewColumn.Two });
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), editor.document.uri.toString(), 'the transcript keeps the focus');

    const line = editor.document.lineAt(10);
    await editor.edit((edit) => edit.replace(line.range, 'В.Путин: Как добрались?'));
    const after = await askUi<{ turns: string[] }>('preview', { expect: ['В.Путин: Как добрались?'] });
    assert.deepEqual(after.turns, [TURNS[0], TURNS[1], 'В.Путин: Как добрались?', TURNS[3], TURNS[4]]);
  });

  test('a click on a turn in the preview puts the cursor on its label', async () => {
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.path.endsWith('/meeting.transcript'));
    assert.ok(editor, 'the transcript is open beside its preview');
    // The harness clicks in the webview's frame; while the preview swaps its frame after the edit above,
    // a click can land in the one going away: it clicks again (at most three times) if the cursor has
    // not moved within five seconds.
    let position: vscode.Position | undefined;
    for (let attempt = 0; attempt < 3 && position?.line !== 11; attempt++) {
      await askUi('preview', { expect: ['С.Лавров'], click: '#turn-4' });
      position = await Promise.race([
        when(
          'the cursor on С.Лавров’s label (line 11)',
          vscode.window.onDidChangeTextEditorSelection,
          () => vscode.window.activeTextEditor?.selection.active,
          (p) => p?.line === 11,
        ).catch(() => undefined),
        new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 5000)),
      ]);
    }
    assert.deepEqual([position?.line, position?.character, vscode.window.activeTextEditor?.document.uri.path.split('/').pop()], [11, 0, 'meeting.transcript']);
  });
});
