// What users install is what was tested: run by `node scripts/run-e2e.mjs --vsix` against the .vsix
// that `npm run package` made, installed into code-server's extensions folder like a user installs
// it (the repository is not on the extension path). Quick: the package is complete and works.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { suite, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import { describeDiagnostics, diagnosticsWhen, extension, openFixture, revertAll, ticks, when } from './helpers';

suite('installed .vsix (smoke)', () => {
  suiteTeardown(revertAll);

  test('the extension is the installed package, not the repository', () => {
    const installedIn = process.env.STENOGRAM_E2E_INSTALLED_IN;
    assert.ok(installedIn, 'STENOGRAM_E2E_INSTALLED_IN: the runner says where it installed the .vsix');
    const { extensionPath } = extension();
    assert.equal(path.dirname(extensionPath), installedIn, `${extensionPath} is in ${installedIn}`);
    assert.equal(extension().isActive, false, 'not active before a transcript is opened');
  });

  test('the package holds the bundles and no node_modules', async () => {
    const root = extension().extensionUri;
    const names = async (uri: vscode.Uri): Promise<string[]> => (await vscode.workspace.fs.readDirectory(uri)).map(([name]) => name).sort();
    const top = await names(root);
    assert.ok(!top.includes('node_modules'), `no node_modules in ${top.join(', ')}`);
    // One client and one server bundle for every platform, and the webviews' own files.
    assert.deepEqual(await names(vscode.Uri.joinPath(root, 'dist')), ['extension.js', 'media', 'server.js']);
    assert.deepEqual(await names(vscode.Uri.joinPath(root, 'dist', 'media')), ['preview.js']);
  });

  test('opening a transcript activates it; the server diagnoses and outlines', async () => {
    const malformed = await openFixture('malformed.transcript');
    await when('the extension to activate', ticks(), () => extension().isActive, Boolean);
    const diagnostics = await diagnosticsWhen(malformed.document.uri, 'the lost colon', (d) => d.some((x) => x.severity === vscode.DiagnosticSeverity.Error));
    assert.ok(describeDiagnostics(malformed.document, diagnostics).includes('speaker-missing-colon Error 9:0-9:10 «Р.Мансуров»'));

    const meeting = await openFixture('meeting.transcript');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', meeting.document.uri);
    const section = symbols.find((s) => s.name.startsWith('* * *'));
    assert.deepEqual(
      section?.children.map((s) => s.name),
      // A turn is named by its label and first words.
      [
        'В.Путин: Уважаемый Нурсултан Абишевич! Рад вас видеть.',
        'Н.Назарбаев: Спасибо, Владимир Владимирович.',
        'В.Путин: Как доехали?',
        'С.Лавров: Позвольте добавить.',
        'Н.Назарбаев: Конечно.',
      ],
    );
  });

  test('a contributed command runs', async () => {
    const editor = await openFixture('meeting.transcript');
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('stenogram.nextTurn');
    assert.equal(editor.selection.active.line, 8);
  });
});
