// A transcript that is not a file: an untitled document (`untitled:Untitled-1`) with the language
// set to Transcript. The client's document selector takes every scheme and the server analyses the
// text VS Code sends, so the document gets diagnostics and an outline like a file on disk.
import * as assert from 'node:assert/strict';
import { suite, teardown, test } from 'mocha';
import * as vscode from 'vscode';
import { describeDiagnostics, diagnosticsWhen } from './helpers';

//   0 Е.Воронина: Добрый день, коллеги.
//   1 Т.Гараев: Подрядчики готовы.
//   2 Е.Воронина Сколько участков в плане?   the colon lost: joins Т.Гараев's turn
const TEXT = 'Е.Воронина: Добрый день, коллеги.\nТ.Гараев: Подрядчики готовы.\nЕ.Воронина Сколько участков в плане?\n';

suite('untitled transcripts', () => {
  teardown(async () => {
    // An untitled document with text asks to be saved when closed: revert it, then close.
    for (const editor of vscode.window.visibleTextEditors) {
      if (editor.document.uri.scheme !== 'untitled') continue;
      await vscode.window.showTextDocument(editor.document);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  test('an untitled transcript gets diagnostics and an outline', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'transcript', content: TEXT });
    await vscode.window.showTextDocument(document, { preview: false });
    assert.equal(document.uri.scheme, 'untitled');
    const diagnostics = await diagnosticsWhen(document.uri, 'the lost colon', (d) => d.length > 0);
    assert.deepEqual(describeDiagnostics(document, diagnostics), ['speaker-missing-colon Error 2:0-2:10 «Е.Воронина»']);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    assert.deepEqual(
      symbols.map((s) => `${s.name} — ${s.detail}`),
      ['Е.Воронина — Добрый день, коллеги.', 'Т.Гараев — Подрядчики готовы.'],
    );
  });
});
