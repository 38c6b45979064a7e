// "Stenogram: New Transcript" and the snippets, as a user meets them: the command opens an untitled
// transcript with the header skeleton and the title selected, Tab walks the parts; the snippets are
// offered by completion and insert the header and a section.
import * as assert from 'node:assert/strict';
import { suite, teardown, test } from 'mocha';
import * as vscode from 'vscode';
import { closeUntitled, extension, rangeText, ticks, when } from './helpers';

/** The date line is "now": written out as this in the expected text. */
const DATE_LINE = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:00$/m;

function textWithDate(document: vscode.TextDocument): string {
  const text = document.getText().replace(/\r\n/g, '\n');
  assert.match(text, DATE_LINE);
  return text.replace(DATE_LINE, 'YYYY-MM-DD HH:MM:00');
}

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

suite('new transcript and snippets', () => {
  teardown(closeUntitled);

  test('the manifest reaches VS Code translated: no %key% is left in the command titles, the view name or the settings', () => {
    interface Manifest {
      contributes: {
        commands: { command: string; title: string; category: string }[];
        views: { explorer: { name: string }[] };
        configuration: { properties: Record<string, { description?: string; markdownDescription?: string }> };
      };
    }
    const { contributes } = extension().packageJSON as Manifest;
    assert.deepEqual(
      contributes.commands.find((c) => c.command === 'stenogram.newTranscript'),
      { command: 'stenogram.newTranscript', title: 'New Transcript', category: 'Stenogram' },
    );
    const texts = [
      ...contributes.commands.flatMap((c) => [c.title, c.category]),
      ...contributes.views.explorer.map((v) => v.name),
      ...Object.values(contributes.configuration.properties).map((p) => p.description ?? p.markdownDescription ?? ''),
    ];
    assert.deepEqual(texts.filter((t) => /%[\w.-]+%/.test(t)), []);
  });

  test('New Transcript: an untitled transcript with the header skeleton, the title selected, Tab to the place, the lead, the heading', async () => {
    await vscode.commands.executeCommand('stenogram.newTranscript');
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor, 'no active editor after stenogram.newTranscript');
    const { document } = editor;
    assert.equal(document.isUntitled, true);
    assert.equal(document.languageId, 'transcript');
    assert.equal(
      textWithDate(document),
      ['Title of the event', '', '', 'YYYY-MM-DD HH:MM:00', '', 'Place', '', 'What happened and who took part.', '* * *', 'Section heading', ''].join('\n'),
    );
    const selections: string[] = [rangeText(editor.selection)];
    for (let i = 0; i < 4; i++) {
      await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
      selections.push(rangeText(editor.selection));
    }
    // Title, place, lead, heading, then the empty line of the first turn.
    assert.deepEqual(selections, ['0:0-0:18', '5:0-5:5', '7:0-7:32', '9:0-9:15', '10:0-10:0']);

    // The server reads it as a transcript: the outline's header is the title with the date and place.
    const symbols = await when(
      'the outline of the new transcript',
      ticks(100),
      () => vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', document.uri),
      (s) => Array.isArray(s) && s.length > 0,
    );
    assert.equal(symbols?.[0]?.name, 'Title of the event');
    assert.match(symbols?.[0]?.detail ?? '', /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:00 · Place$/);
  });

  test('completion offers the header and section snippets in a transcript, by their English and Russian prefixes', async () => {
    const offered: Record<string, string[]> = {};
    for (const typed of ['hea', 'sec', 'заг', 'раз']) {
      const document = await vscode.workspace.openTextDocument({ language: 'transcript', content: typed });
      await vscode.window.showTextDocument(document);
      const list = await vscode.commands.executeCommand<vscode.CompletionList>(
        'vscode.executeCompletionItemProvider',
        document.uri,
        new vscode.Position(0, typed.length),
      );
      offered[typed] = list.items.filter((i) => i.kind === vscode.CompletionItemKind.Snippet).map(labelOf).sort();
    }
    assert.deepEqual(offered, { hea: ['header'], sec: ['section'], заг: ['заголовок'], раз: ['раздел'] });
  });

  test('the section snippet inserts the separator, the heading and a first turn', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'transcript', content: '' });
    const editor = await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'transcript', name: 'Section' });
    assert.equal(document.getText().replace(/\r\n/g, '\n'), '* * *\nSection heading\nSpeaker: ');
    assert.equal(rangeText(editor.selection), '1:0-1:15');
  });
});
