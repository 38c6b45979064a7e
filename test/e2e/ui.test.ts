// What a user sees, read through the runner's browser (scripts/run-e2e.mjs): the Outline view lists
// the turns and the Problems panel lists the diagnostics. Screenshots go to test-results/.
// Skipped under @vscode/test-electron, which has no browser to look through.
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import { askUi, diagnosticsWhen, openFixture, revertAll, uiBridge } from './helpers';

suite('workbench UI', () => {
  suiteSetup(function () {
    if (!uiBridge) this.skip();
  });
  suiteTeardown(revertAll);

  test('the Outline view lists the turns under their section', async () => {
    await openFixture('meeting.transcript');
    await vscode.commands.executeCommand('outline.focus');
    const turns = ['В.Путин', 'Н.Назарбаев', 'В.Путин', 'С.Лавров', 'Н.Назарбаев'];
    // Header, lead, section, five turns.
    const { rows } = await askUi<{ rows: string[] }>('outline', { expect: [...new Set(turns)], minRows: 8, screenshot: 'outline' });
    const turnRows = rows.filter((row) => turns.some((label) => row.startsWith(label)));
    assert.deepEqual(
      turnRows.map((row) => turns.find((label) => row.startsWith(label))),
      turns,
      `Outline rows:\n${rows.join('\n')}`,
    );
    assert.ok(rows.some((row) => row.startsWith('Встреча с Президентом Казахстана')), `the header is in the outline:\n${rows.join('\n')}`);
  });

  test('the Problems panel lists the diagnostics of a malformed transcript', async () => {
    const { document } = await openFixture('malformed.transcript');
    await diagnosticsWhen(document.uri, 'all five', (d) => d.length === 5);
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    const expected = [
      'Space before the colon of the label “Р.Мансуров”',
      'No space after the colon of the label “И.Лебедь”',
      '“Р.Мансуров” starts a turn but has no colon after the label',
      'The label “И.Лебедь” has more than one colon',
    ];
    const { rows } = await askUi<{ rows: string[] }>('problems', { expect: expected, screenshot: 'problems' });
    for (const message of expected) {
      assert.ok(rows.some((row) => row.includes(message)), `"${message}" in the Problems panel:\n${rows.join('\n')}`);
    }
  });
});
