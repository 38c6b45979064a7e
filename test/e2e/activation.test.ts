// The extension starts as a user meets it: nothing runs until a transcript is opened; opening one
// activates the extension, which starts the language server (its diagnostics arrive) and
// registers the contributed commands.
import * as assert from 'node:assert/strict';
import { suite, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import { diagnosticsWhen, extension, fixtureUri, openFixture, revertAll, ticks, when } from './helpers';

suite('activation', () => {
  suiteTeardown(revertAll);

  test('the extension is not active before a transcript is opened', () => {
    // The first suite to run (files run in name order); nothing has opened a transcript yet.
    assert.equal(extension().isActive, false);
  });

  test('opening a .transcript file activates it as the Transcript language', async () => {
    const editor = await openFixture('meeting.transcript');
    assert.equal(editor.document.languageId, 'transcript');
    // No event tells of an activation: ask until the activation that the open triggered is done.
    await when('the extension to activate', ticks(), () => extension().isActive, Boolean);
    await extension().activate(); // resolves at once when active; awaits the server's start
    assert.equal(extension().isActive, true);
  });

  test('the client started the server: a malformed transcript gets diagnostics', async () => {
    await openFixture('malformed.transcript');
    const diagnostics = await diagnosticsWhen(fixtureUri('malformed.transcript'), 'any', (d) => d.length > 0);
    assert.ok(diagnostics.every((d) => d.source === 'stenogram'), 'every diagnostic comes from Stenogram');
  });

  test('the contributed commands are registered', async () => {
    const commands = await vscode.commands.getCommands(true);
    const contributed = (extension().packageJSON as { contributes: { commands: { command: string }[] } }).contributes.commands.map((c) => c.command);
    assert.ok(contributed.includes('stenogram.nextTurn'));
    assert.deepEqual(
      contributed.filter((id) => !commands.includes(id)),
      [],
      'contributed commands that the extension did not register',
    );
  });
});
