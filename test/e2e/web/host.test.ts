// The web route itself (scripts/run-e2e.mjs --web): the extension under test runs in the browser's
// web worker extension host from its `browser` entry, and its language server is the Web Worker.
import * as assert from 'node:assert/strict';
import { suite, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import { codeOf, diagnosticsWhen, extension, openFixture, revertAll } from '../helpers';

suite('web extension host', () => {
  suiteTeardown(revertAll);

  test('the extension runs in the browser (UI side, no Node process), from its browser entry', () => {
    assert.equal(vscode.env.uiKind, vscode.UIKind.Web);
    assert.equal(extension().extensionKind, vscode.ExtensionKind.UI);
    assert.equal(typeof (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node, 'undefined');
    // The one client bundle, which runs its browser side here (client/src/main.ts).
    assert.equal((extension().packageJSON as { browser: string }).browser, './dist/extension.js');
  });

  test('the diagnostics come from the worker server: their links go to the extension’s own docs/rules.md', async () => {
    const { document } = await openFixture('malformed.transcript');
    const diagnostics = await diagnosticsWhen(document.uri, 'any', (d) => d.length > 0);
    const rules = vscode.Uri.joinPath(extension().extensionUri, 'docs', 'rules.md').toString();
    // The Node server links file:///…/docs/rules.md; the worker has no disk and links what the web client named.
    assert.deepEqual(
      diagnostics.map((d) => (typeof d.code === 'object' ? d.code.target.toString() : '')),
      diagnostics.map((d) => `${rules}#${codeOf(d)}`),
    );
  });
});
