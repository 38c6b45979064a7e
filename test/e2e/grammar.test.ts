// The TextMate grammar is registered for the Transcript language and VS Code tokenises labels with
// it: the extension host checks the contribution; the workbench's own token inspector (read through
// the runner's browser) shows the scopes a label's characters carry. Where the server also gives
// semantic tokens, a label's token is a `speaker`.
import * as assert from 'node:assert/strict';
import { suite, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import { askUi, at, extension, openFixture, revertAll, uiBridge } from './helpers';

interface GrammarContribution {
  language?: string;
  scopeName: string;
  path: string;
}

suite('grammar', () => {
  suiteTeardown(revertAll);

  test('the contributed grammar for transcript loads and names its scope', async () => {
    const ext = extension();
    const grammars = (ext.packageJSON as { contributes: { grammars: GrammarContribution[] } }).contributes.grammars;
    const contribution = grammars.find((g) => g.language === 'transcript');
    assert.ok(contribution, 'a grammar for the transcript language');
    assert.equal(contribution.scopeName, 'text.transcript');
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(ext.extensionUri, contribution.path));
    const grammar = JSON.parse(new TextDecoder().decode(bytes)) as { scopeName: string; patterns: unknown[] };
    assert.equal(grammar.scopeName, 'text.transcript');
    assert.ok(grammar.patterns.length > 0, 'the grammar has patterns');
  });

  test('semantic tokens, where the server provides them, mark a label as a speaker', async function () {
    const { document } = await openFixture('meeting.transcript');
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend | undefined>('vscode.provideDocumentSemanticTokensLegend', document.uri);
    if (!legend) this.skip(); // no semantic tokens: the grammar alone colours labels
    const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', document.uri);
    assert.ok(tokens, 'semantic tokens for the transcript');
    const label = at(document, '|С.Лавров:');
    const found = decodeSemanticTokens(tokens.data).find((t) => t.line === label.line && t.start === label.character);
    assert.ok(found, `a token at the label С.Лавров (line ${label.line + 1})`);
    assert.deepEqual({ type: legend.tokenTypes[found.type], length: found.length }, { type: 'speaker', length: 'С.Лавров'.length });
  });

  test('the token inspector shows a label tokenised with the speaker scope', async function () {
    if (!uiBridge) this.skip(); // @vscode/test-electron: no browser to look through
    const editor = await openFixture('meeting.transcript');
    const position = at(editor.document, 'С.Лав|ров:');
    editor.selection = new vscode.Selection(position, position);
    await vscode.commands.executeCommand('editor.action.inspectTMScopes');
    try {
      const { text } = await askUi<{ text: string }>('tokens', {
        expect: ['entity.name.function.speaker.transcript', 'meta.label.speaker.transcript', 'text.transcript'],
        screenshot: 'token-inspector',
      });
      assert.equal(text.split('\n')[0], 'С.Лавров', `the inspected token is the label:\n${text}`);
      for (const scope of ['entity.name.function.speaker.transcript', 'meta.label.speaker.transcript', 'text.transcript']) {
        assert.ok(text.includes(scope), `${scope} in the token inspector:\n${text}`);
      }
    } finally {
      await askUi('press', { key: 'Escape' });
    }
  });
});

/** LSP's relative encoding: five numbers a token, line and start relative to the previous one. */
function decodeSemanticTokens(data: Uint32Array): { line: number; start: number; length: number; type: number }[] {
  const decoded = [];
  let line = 0;
  let start = 0;
  for (let i = 0; i + 4 < data.length; i += 5) {
    line += data[i];
    start = data[i] === 0 ? start + data[i + 1] : data[i + 1];
    decoded.push({ line, start, length: data[i + 2], type: data[i + 3] });
  }
  return decoded;
}
