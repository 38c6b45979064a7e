// What a user navigates with, through VS Code's own commands: the outline (document symbols),
// hover on a label, rename of a speaker, completion of labels, and the Stenogram turn commands.
import * as assert from 'node:assert/strict';
import { suite, teardown, test } from 'mocha';
import * as vscode from 'vscode';
import { at, hoverText, openFixture, revertAll } from './helpers';

// test/e2e/fixtures/meeting.transcript: a header (title, date, place), a lead that names the
// speakers, one `* * *` section with five turns, the source URL.
const MEETING = 'meeting.transcript';

function symbolTree(symbols: readonly vscode.DocumentSymbol[], depth = 0): string[] {
  return symbols.flatMap((s) => [
    `${'  '.repeat(depth)}${s.name}${s.detail ? ` — ${s.detail}` : ''} (${vscode.SymbolKind[s.kind]}, line ${s.range.start.line + 1})`,
    ...symbolTree(s.children, depth + 1),
  ]);
}

suite('navigation', () => {
  teardown(revertAll);

  test('the outline: header, lead, the section and one symbol per turn', async () => {
    const { document } = await openFixture(MEETING);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    assert.deepEqual(symbolTree(symbols), [
      'Встреча с Президентом Казахстана Нурсултаном Назарбаевым — 2017-12-27 12:40:00 · Москва, Кремль (File, line 1)',
      'Вводная часть — Состоялась встреча Владимира Путина с Президентом Казахстана… (String, line 7)',
      '* * * (Раздел) — 5 turns (Namespace, line 8)',
      '  В.Путин: Уважаемый Нурсултан Абишевич! Рад вас видеть. (Event, line 9)',
      '  Н.Назарбаев: Спасибо, Владимир Владимирович. (Event, line 10)',
      '  В.Путин: Как доехали? (Event, line 11)',
      '  С.Лавров: Позвольте добавить. (Event, line 12)',
      '  Н.Назарбаев: Конечно. (Event, line 13)',
    ]);
  });

  test('hover on a label: who the speaker is, as the lead names them, and how much they speak', async () => {
    const { document } = await openFixture(MEETING);
    const putin = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, at(document, 'В.Пу|тин: Уважаемый'));
    const putinText = hoverText(putin);
    assert.equal(putinText.split('\n')[0], '**В\\.Путин** — Владимир Путин');
    assert.match(putinText, /^2 turns · 8 words/m);
    const lavrov = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, at(document, 'С.Лав|ров:'));
    const lavrovText = hoverText(lavrov);
    assert.equal(lavrovText.split('\n')[0], '**С\\.Лавров** — Министр иностранных дел Сергей Лавров');
    assert.match(lavrovText, /^1 turn · 2 words/m);
  });

  test('rename a speaker: every label of theirs changes, the lead keeps the name', async () => {
    const { document } = await openFixture(MEETING);
    const before = document.getText();
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>(
      'vscode.executeDocumentRenameProvider',
      document.uri,
      at(document, 'С.Лав|ров:'),
      'С.Рябков',
    );
    assert.ok(edit, 'a rename edit');
    assert.equal(await vscode.workspace.applyEdit(edit), true);
    assert.equal(document.getText(), before.replace('\nС.Лавров: Позвольте добавить.', '\nС.Рябков: Позвольте добавить.'));
    assert.ok(document.getText().includes('Министр иностранных дел Сергей Лавров.'), 'the lead is left as it was');
  });

  test('rename of Н.Назарбаев changes both of his labels', async () => {
    const { document } = await openFixture(MEETING);
    const before = document.getText();
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>(
      'vscode.executeDocumentRenameProvider',
      document.uri,
      at(document, 'Н.Наз|арбаев: Конечно'),
      'Н.Абишев',
    );
    assert.equal(await vscode.workspace.applyEdit(edit), true);
    assert.equal(document.getText(), before.replaceAll('\nН.Назарбаев:', '\nН.Абишев:'));
  });

  test('completion on a new line offers the speakers of the file as labels', async () => {
    const editor = await openFixture(MEETING);
    const { document } = editor;
    await editor.edit((edit) => edit.insert(document.lineAt(12).range.end, '\n'));
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(13, 0));
    const offered = new Map(
      list.items.map((item) => [typeof item.label === 'string' ? item.label : item.label.label, item.insertText instanceof vscode.SnippetString ? item.insertText.value : item.insertText]),
    );
    for (const speaker of ['В.Путин', 'Н.Назарбаев', 'С.Лавров']) {
      assert.equal(offered.get(speaker), `${speaker}: `, `${speaker} is offered as "${speaker}: "`);
    }
  });

  test('Next/Previous Turn (of This Speaker) move the cursor to the label', async () => {
    const editor = await openFixture(MEETING);
    const where = (): string => {
      const { line, character } = editor.selection.active;
      return `${line + 1}:${character + 1} ${editor.document.lineAt(line).text.split(':')[0]}`;
    };
    // The extension host learns of selection changes from the workbench asynchronously: an echo of
    // an earlier change can arrive after the command. Wait (up to 5 s) for the cursor to settle on
    // the expected place, then report where it is; a wrong place still fails the assertion.
    let expected = '';
    const cursorAfter = async (command: string): Promise<string> => {
      await vscode.commands.executeCommand(command);
      for (let waited = 0; waited < 5000 && where() !== expected; waited += 50) await new Promise((r) => setTimeout(r, 50));
      return where();
    };
    const expect = async (command: string, place: string) => {
      expected = place;
      assert.equal(await cursorAfter(command), place);
    };
    const placeAt = async (line: number, place: string) => {
      editor.selection = new vscode.Selection(line, 0, line, 0);
      for (let waited = 0; waited < 5000 && where() !== place; waited += 50) await new Promise((r) => setTimeout(r, 50));
    };
    await placeAt(0, '1:1 Встреча с Президентом Казахстана Нурсултаном Назарбаевым');
    await expect('stenogram.nextTurn', '9:1 В.Путин');
    await expect('stenogram.nextTurn', '10:1 Н.Назарбаев');
    await expect('stenogram.nextTurnOfSpeaker', '13:1 Н.Назарбаев');
    await expect('stenogram.previousTurn', '12:1 С.Лавров');
    // С.Лавров speaks once: nowhere to go.
    await expect('stenogram.previousTurnOfSpeaker', '12:1 С.Лавров');
    await expect('stenogram.previousTurnOfSpeaker', '12:1 С.Лавров');
    await placeAt(10, '11:1 В.Путин'); // on В.Путин's second label
    await expect('stenogram.previousTurnOfSpeaker', '9:1 В.Путин');
    // At the last turn nothing happens.
    await placeAt(12, '13:1 Н.Назарбаев');
    await expect('stenogram.nextTurn', '13:1 Н.Назарбаев');
  });
});
