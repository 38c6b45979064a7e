// Diagnostics as VS Code shows them (vscode.languages.getDiagnostics), quick fixes and fix-all
// through vscode.executeCodeActionProvider + workspace.applyEdit, and a severity setting changed
// while the transcript is open.
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, teardown, test } from 'mocha';
import * as vscode from 'vscode';
import { codeOf, describeDiagnostics, diagnosticsWhen, openFixture, revertAll } from './helpers';

// test/e2e/fixtures/malformed.transcript, lines 7–12 (after the header):
//   И.Лебедь: Доброе утро. Начнём.
//   Р.Мансуров : Дамбы готовы.          space before the colon
//   И.Лебедь:Спасибо.                   no space after it
//   Р.Мансуров Насосы завезены.         the colon lost: the line joins И.Лебедь's turn…
//   И.Лебедь:: Хорошо.                  …so И.Лебедь speaks twice in a row; and a double colon
//   Р.Мансуров: Тогда всё.
const MALFORMED = 'malformed.transcript';
const MALFORMED_DIAGNOSTICS = [
  'speaker-space-before-colon Warning 7:0-7:11 «Р.Мансуров »',
  'speaker-no-space-after-colon Warning 8:8-8:9 «:»',
  'speaker-missing-colon Error 9:0-9:10 «Р.Мансуров»',
  'turn-repeated-speaker Hint 10:0-10:8 «И.Лебедь»',
  'speaker-double-colon Warning 10:9-10:10 «:»',
];
const HEADER = 'Совещание по вопросам паводка\n\n2023-04-11 09:00:00\n\nОзёрск\n\n';

suite('diagnostics', () => {
  suiteSetup(async () => {
    await openFixture(MALFORMED);
  });
  teardown(revertAll);

  test('a malformed transcript: each finding with its code, severity and range', async () => {
    const { document } = await openFixture(MALFORMED);
    const diagnostics = await diagnosticsWhen(document.uri, 'all five', (d) => d.length === MALFORMED_DIAGNOSTICS.length);
    assert.deepEqual(describeDiagnostics(document, diagnostics), MALFORMED_DIAGNOSTICS);
  });

  test('each diagnostic links to its rule in docs/rules.md', async () => {
    const { document } = await openFixture(MALFORMED);
    const diagnostics = await diagnosticsWhen(document.uri, 'all five', (d) => d.length === MALFORMED_DIAGNOSTICS.length);
    for (const diagnostic of diagnostics) {
      const { code } = diagnostic;
      assert.ok(typeof code === 'object', `${codeOf(diagnostic)} has a link`);
      assert.match(code.target.toString(), new RegExp(`docs/rules\\.md#${codeOf(diagnostic)}$`));
    }
  });

  test('a clean transcript: no diagnostics, and an error typed into it comes and goes', async () => {
    const editor = await openFixture('meeting.transcript');
    const { document } = editor;
    // An empty list raises no event; a finding that appears and then goes proves the server has
    // checked this very text and found it clean.
    await editor.edit((edit) => edit.insert(document.lineAt(12).range.end, '\nВ.Путин Спасибо.'));
    const typed = await diagnosticsWhen(document.uri, 'the lost colon typed in', (d) => d.length > 0);
    assert.deepEqual(describeDiagnostics(document, typed), ['speaker-missing-colon Error 13:0-13:7 «В.Путин»']);
    await vscode.commands.executeCommand('undo');
    assert.equal(document.isDirty, false);
    const clean = await diagnosticsWhen(document.uri, 'none after the undo', (d) => d.length === 0);
    assert.deepEqual(describeDiagnostics(document, clean), []);
  });

  test('the quick fix for a lost colon, applied, gives back the right text', async () => {
    const { document } = await openFixture(MALFORMED);
    const diagnostics = await diagnosticsWhen(document.uri, 'all five', (d) => d.length === MALFORMED_DIAGNOSTICS.length);
    const missing = diagnostics.find((d) => codeOf(d) === 'speaker-missing-colon');
    assert.ok(missing);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, missing.range);
    const fix = actions.find((a) => a.kind?.value === 'quickfix' && a.title === 'Insert “:” after “Р.Мансуров”');
    assert.ok(fix?.edit, `a quick fix among ${JSON.stringify(actions.map((a) => a.title))}`);
    assert.equal(await vscode.workspace.applyEdit(fix.edit), true);
    assert.equal(
      document.getText(),
      HEADER +
        'И.Лебедь: Доброе утро. Начнём.\n' +
        'Р.Мансуров : Дамбы готовы.\n' +
        'И.Лебедь:Спасибо.\n' +
        'Р.Мансуров: Насосы завезены.\n' +
        'И.Лебедь:: Хорошо.\n' +
        'Р.Мансуров: Тогда всё.\n',
    );
    // The turn is Р.Мансуров's again, so И.Лебедь no longer speaks twice in a row.
    const after = await diagnosticsWhen(document.uri, 'the lost colon and the repeat gone', (d) => d.length === 3);
    assert.deepEqual(describeDiagnostics(document, after), [
      'speaker-space-before-colon Warning 7:0-7:11 «Р.Мансуров »',
      'speaker-no-space-after-colon Warning 8:8-8:9 «:»',
      'speaker-double-colon Warning 10:9-10:10 «:»',
    ]);
  });

  test('source.fixAll.stenogram repairs every label in one edit', async () => {
    const { document } = await openFixture(MALFORMED);
    await diagnosticsWhen(document.uri, 'all five', (d) => d.length === MALFORMED_DIAGNOSTICS.length);
    const whole = new vscode.Range(0, 0, document.lineCount, 0);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      whole,
      'source.fixAll.stenogram',
    );
    const fixAll = actions.find((a) => a.kind?.value === 'source.fixAll.stenogram');
    assert.ok(fixAll?.edit, `a fix-all action among ${JSON.stringify(actions.map((a) => a.title))}`);
    assert.equal(await vscode.workspace.applyEdit(fixAll.edit), true);
    assert.equal(
      document.getText(),
      HEADER +
        'И.Лебедь: Доброе утро. Начнём.\n' +
        'Р.Мансуров: Дамбы готовы.\n' +
        'И.Лебедь: Спасибо.\n' +
        'Р.Мансуров: Насосы завезены.\n' +
        'И.Лебедь: Хорошо.\n' +
        'Р.Мансуров: Тогда всё.\n',
    );
    await diagnosticsWhen(document.uri, 'none left', (d) => d.length === 0);
  });

  test('a rule set to "off" in the settings goes away at once, and comes back when reset', async () => {
    const { document } = await openFixture(MALFORMED);
    await diagnosticsWhen(document.uri, 'all five', (d) => d.length === MALFORMED_DIAGNOSTICS.length);
    const settings = vscode.workspace.getConfiguration('stenogram', document.uri);
    try {
      await settings.update('diagnostics.speaker-missing-colon', 'off', vscode.ConfigurationTarget.Workspace);
      const without = await diagnosticsWhen(document.uri, 'no speaker-missing-colon', (d) => !d.some((x) => codeOf(x) === 'speaker-missing-colon'));
      assert.deepEqual(
        describeDiagnostics(document, without),
        MALFORMED_DIAGNOSTICS.filter((line) => !line.startsWith('speaker-missing-colon')),
      );
      await settings.update('diagnostics.speaker-double-colon', 'error', vscode.ConfigurationTarget.Workspace);
      const raised = await diagnosticsWhen(document.uri, 'speaker-double-colon as an error', (d) =>
        d.some((x) => codeOf(x) === 'speaker-double-colon' && x.severity === vscode.DiagnosticSeverity.Error),
      );
      assert.ok(describeDiagnostics(document, raised).includes('speaker-double-colon Error 10:9-10:10 «:»'));
    } finally {
      await settings.update('diagnostics.speaker-missing-colon', undefined, vscode.ConfigurationTarget.Workspace);
      await settings.update('diagnostics.speaker-double-colon', undefined, vscode.ConfigurationTarget.Workspace);
    }
    const back = await diagnosticsWhen(document.uri, 'the five as at first', (d) => describeDiagnostics(document, d).join('\n') === MALFORMED_DIAGNOSTICS.join('\n'));
    assert.deepEqual(describeDiagnostics(document, back), MALFORMED_DIAGNOSTICS);
  });
});
