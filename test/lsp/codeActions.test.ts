// textDocument/codeAction from the bundled server, asked for as VS Code asks: at a diagnostic's
// range with that diagnostic in the context (the light bulb), and with `context.only` (on save:
// `source.fixAll.stenogram`). Each action's WorkspaceEdit is applied here, by UTF-16 offsets, and the
// whole resulting text is written out; the edited text then goes back to the server with didChange,
// and the diagnostic is gone from its next publish.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CodeActionKind,
  CodeActionRequest,
  CodeActionTriggerKind,
  DiagnosticSeverity,
  type CodeAction,
  type CodeActionParams,
  type Command,
  type Diagnostic,
  type Range,
} from 'vscode-languageserver-protocol/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { applyEdits } from '../helpers/edits';
import { documentUri, editsFor, LspTestClient, portable, RULES_DOC } from './client';

const range = (sl: number, sc: number, el: number, ec: number): Range => ({ start: { line: sl, character: sc }, end: { line: el, character: ec } });

const FIX_ALL = 'source.fixAll.stenogram';

type Expected = Omit<CodeAction, 'edit'>;

/** An action as the test compares it: everything but its edit, which is applied instead. */
function described(action: CodeAction): Expected {
  const { edit: _edit, ...rest } = action;
  return rest;
}

function isCodeAction(a: CodeAction | Command): a is CodeAction {
  return !('command' in a && typeof a.command === 'string');
}

describe('codeAction: the quick fix of every rule that has one', () => {
  let client: LspTestClient;

  before(async () => {
    client = await LspTestClient.initialized();
  });

  after(async () => {
    await client?.dispose();
  });

  const actionsAt = async (uri: string, at: Range, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> => {
    const params: CodeActionParams = {
      textDocument: { uri },
      range: at,
      context: { diagnostics, triggerKind: CodeActionTriggerKind.Automatic, ...(only ? { only } : {}) },
    };
    const result = (await client.connection.sendRequest(CodeActionRequest.type, params)) ?? [];
    assert.ok(result.every(isCodeAction), 'CodeAction literals (the client declared codeActionLiteralSupport)');
    return result as CodeAction[];
  };

  /** didChange to `text` and back to the original: the next publish of each version. */
  const roundTrip = async (document: TextDocument, edited: string): Promise<{ edited: Diagnostic[]; document: TextDocument }> => {
    const changed = await client.change(document, [{ range: range(0, 0, document.lineCount, 0), text: edited }]);
    const published = await client.diagnostics(document.uri, (p) => p.version === changed.version);
    const restored = await client.change(changed, [{ range: range(0, 0, changed.lineCount, 0), text: document.getText() }]);
    await client.diagnostics(document.uri, (p) => p.version === restored.version);
    return { edited: published.diagnostics, document: restored };
  };

  interface FixCase {
    code: string;
    text: string;
    /** The diagnostic the actions are asked for: the first the text publishes. */
    diagnostic: Diagnostic;
    /** What else the text publishes, after it. */
    alsoPublished?: Diagnostic[];
    /** Each action offered at the diagnostic: what it is, the whole text after it, what is published then. */
    actions: { action: Expected; text: string; after: Diagnostic[] }[];
  }

  const quickfix = (title: string, diagnostic: Diagnostic, isPreferred: boolean): Expected => ({
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred,
  });

  const diagnostic = (code: string, r: Range, severity: DiagnosticSeverity, message: string): Diagnostic => ({
    range: r,
    severity,
    code,
    codeDescription: { href: `${RULES_DOC}#${code}` },
    source: 'stenogram',
    message,
  });

  const CASES: FixCase[] = [];
  const add = (c: Omit<FixCase, 'actions'> & { actions: (d: Diagnostic) => FixCase['actions'] }) => CASES.push({ ...c, actions: c.actions(c.diagnostic) });

  add({
    code: 'speaker-missing-colon',
    text: 'В.Соколов: Начнём.\nН.Абдуллаев: Да.\nВ.Соколов Продолжим работу.\n',
    diagnostic: diagnostic('speaker-missing-colon', range(2, 0, 2, 9), DiagnosticSeverity.Error, '“В.Соколов” starts a turn but has no colon after the label.'),
    actions: (d) => [
      { action: quickfix('Insert “:” after “В.Соколов”', d, true), text: 'В.Соколов: Начнём.\nН.Абдуллаев: Да.\nВ.Соколов: Продолжим работу.\n', after: [] },
    ],
  });
  add({
    code: 'speaker-space-before-colon',
    text: 'В.Соколов : Начнём.\nН.Абдуллаев: Да.\n',
    diagnostic: diagnostic('speaker-space-before-colon', range(0, 0, 0, 10), DiagnosticSeverity.Warning, 'Space before the colon of the label “В.Соколов”.'),
    actions: (d) => [{ action: quickfix('Remove the space before the colon', d, true), text: 'В.Соколов: Начнём.\nН.Абдуллаев: Да.\n', after: [] }],
  });
  add({
    code: 'speaker-no-space-after-colon',
    text: 'В.Соколов:Начнём.\nН.Абдуллаев: Да.\n',
    diagnostic: diagnostic('speaker-no-space-after-colon', range(0, 9, 0, 10), DiagnosticSeverity.Warning, 'No space after the colon of the label “В.Соколов”.'),
    actions: (d) => [{ action: quickfix('Insert a space after the colon', d, true), text: 'В.Соколов: Начнём.\nН.Абдуллаев: Да.\n', after: [] }],
  });
  add({
    code: 'speaker-double-colon',
    text: 'В.Соколов:: Начнём.\nН.Абдуллаев: Да.\n',
    diagnostic: diagnostic('speaker-double-colon', range(0, 10, 0, 11), DiagnosticSeverity.Warning, 'The label “В.Соколов” has more than one colon.'),
    actions: (d) => [{ action: quickfix('Remove the extra colon', d, true), text: 'В.Соколов: Начнём.\nН.Абдуллаев: Да.\n', after: [] }],
  });
  add({
    code: 'speaker-initials-spacing',
    text: 'В.Соколов: Начнём.\nН.Абдуллаев: Да.\nВ. Соколов: Продолжим.\n',
    diagnostic: diagnostic('speaker-initials-spacing', range(2, 0, 2, 10), DiagnosticSeverity.Warning, 'Write the initials without a space, as this file does: “В.Соколов”.'),
    actions: (d) => [{ action: quickfix('Change to “В.Соколов”', d, true), text: 'В.Соколов: Начнём.\nН.Абдуллаев: Да.\nВ.Соколов: Продолжим.\n', after: [] }],
  });
  add({
    code: 'speaker-lowercase',
    text: 'В.Соколов: Начнём.\nН.Абдуллаев: Да.\nв.соколов: Продолжим.\n',
    diagnostic: diagnostic('speaker-lowercase', range(2, 0, 2, 9), DiagnosticSeverity.Warning, 'The label “в.соколов” is in lowercase; write “В.Соколов”.'),
    actions: (d) => [{ action: quickfix('Change to “В.Соколов”', d, true), text: 'В.Соколов: Начнём.\nН.Абдуллаев: Да.\nВ.Соколов: Продолжим.\n', after: [] }],
  });
  add({
    // A Latin B and a Latin o among Cyrillic letters: both are replaced, nothing else.
    code: 'speaker-mixed-script',
    text: 'B.Сoколов: Начнём.\nН.Абдуллаев: Да.\n',
    diagnostic: diagnostic('speaker-mixed-script', range(0, 0, 0, 9), DiagnosticSeverity.Error, 'The label “B.Сoколов” mixes scripts: Latin “B”, Latin “o”.'),
    actions: (d) => [
      { action: quickfix('Replace the look-alike letters: “В.Соколов”', d, true), text: 'В.Соколов: Начнём.\nН.Абдуллаев: Да.\n', after: [] },
    ],
  });
  add({
    code: 'speaker-unknown-near-miss',
    text: 'В.Соколов: Начнём.\nН.Абдуллаев: Да.\nВ.Соколов: Продолжим.\nН.Абдуллаев: Хорошо.\nВ.Соколв: Итак.\n',
    diagnostic: diagnostic('speaker-unknown-near-miss', range(4, 0, 4, 8), DiagnosticSeverity.Warning, '“В.Соколв” speaks only here; did you mean “В.Соколов”?'),
    actions: (d) => [
      {
        action: quickfix('Change to “В.Соколов”', d, false),
        text: 'В.Соколов: Начнём.\nН.Абдуллаев: Да.\nВ.Соколов: Продолжим.\nН.Абдуллаев: Хорошо.\nВ.Соколов: Итак.\n',
        after: [],
      },
    ],
  });
  add({
    code: 'speaker-inconsistent-form',
    text: 'В.Соколов: Начнём.\nН.Абдуллаев: Да.\nСоколов В.П.: Итак.\nН.Абдуллаев: Хорошо.\nВ.Соколов: Продолжим.\nН.Абдуллаев: Понятно.\nСоколов В.П.: Далее.\nН.Абдуллаев: Ясно.\nВ.Соколов: Всё.\n',
    diagnostic: diagnostic(
      'speaker-inconsistent-form',
      range(2, 0, 2, 12),
      DiagnosticSeverity.Warning,
      '“Соколов В.П.” is written “В.Соколов” elsewhere in this file (3 of 5 turns).',
    ),
    alsoPublished: [
      diagnostic(
        'speaker-inconsistent-form',
        range(6, 0, 6, 12),
        DiagnosticSeverity.Warning,
        '“Соколов В.П.” is written “В.Соколов” elsewhere in this file (3 of 5 turns).',
      ),
    ],
    actions: (d) => [
      {
        action: quickfix('Change to “В.Соколов”', d, false),
        text: 'В.Соколов: Начнём.\nН.Абдуллаев: Да.\nВ.Соколов: Итак.\nН.Абдуллаев: Хорошо.\nВ.Соколов: Продолжим.\nН.Абдуллаев: Понятно.\nСоколов В.П.: Далее.\nН.Абдуллаев: Ясно.\nВ.Соколов: Всё.\n',
        after: [
          diagnostic(
            'speaker-inconsistent-form',
            range(6, 0, 6, 12),
            DiagnosticSeverity.Warning,
            '“Соколов В.П.” is written “В.Соколов” elsewhere in this file (4 of 5 turns).',
          ),
        ],
      },
      {
        action: quickfix('Change every “Соколов В.П.” to “В.Соколов” in this file', d, false),
        text: 'В.Соколов: Начнём.\nН.Абдуллаев: Да.\nВ.Соколов: Итак.\nН.Абдуллаев: Хорошо.\nВ.Соколов: Продолжим.\nН.Абдуллаев: Понятно.\nВ.Соколов: Далее.\nН.Абдуллаев: Ясно.\nВ.Соколов: Всё.\n',
        after: [],
      },
    ],
  });
  add({
    code: 'turn-empty',
    text: 'Н.Абдуллаев:\nВ.Соколов: Начнём.\n',
    diagnostic: diagnostic('turn-empty', range(0, 0, 0, 11), DiagnosticSeverity.Warning, 'The turn of “Н.Абдуллаев” has no text.'),
    actions: (d) => [{ action: quickfix('Remove the empty turn', d, false), text: 'В.Соколов: Начнём.\n', after: [] }],
  });
  add({
    code: 'turn-repeated-speaker',
    text: 'В.Соколов: Начнём.\nВ.Соколов: Продолжим.\n',
    diagnostic: diagnostic('turn-repeated-speaker', range(1, 0, 1, 9), DiagnosticSeverity.Hint, '“В.Соколов” speaks twice in a row.'),
    actions: (d) => [{ action: quickfix('Merge with the previous turn of “В.Соколов”', d, false), text: 'В.Соколов: Начнём.\nПродолжим.\n', after: [] }],
  });
  add({
    code: 'turn-embedded-label',
    text: 'В.Соколов: Начнём.\nН.Абдуллаев: Да. В.Соколов: Продолжим.\n',
    diagnostic: diagnostic('turn-embedded-label', range(1, 17, 1, 27), DiagnosticSeverity.Error, 'The label “В.Соколов” is glued inside the previous turn’s text.'),
    actions: (d) => [
      { action: quickfix('Start a new turn at “В.Соколов”', d, true), text: 'В.Соколов: Начнём.\nН.Абдуллаев: Да.\nВ.Соколов: Продолжим.\n', after: [] },
    ],
  });
  add({
    // A CRLF file: the new line the fix starts is a CRLF too.
    code: 'turn-embedded-label',
    text: 'В.Соколов: Начнём.\r\nН.Абдуллаев: Да. В.Соколов: Продолжим.\r\n',
    diagnostic: diagnostic('turn-embedded-label', range(1, 17, 1, 27), DiagnosticSeverity.Error, 'The label “В.Соколов” is glued inside the previous turn’s text.'),
    actions: (d) => [
      { action: quickfix('Start a new turn at “В.Соколов”', d, true), text: 'В.Соколов: Начнём.\r\nН.Абдуллаев: Да.\r\nВ.Соколов: Продолжим.\r\n', after: [] },
    ],
  });
  add({
    code: 'label-tooltip-artefact',
    text: 'Т.Миронов Миронов Павел Андреевич Министр транспорта: Доброе утро.\n',
    diagnostic: diagnostic(
      'label-tooltip-artefact',
      range(0, 10, 0, 52),
      DiagnosticSeverity.Warning,
      'The label “Т.Миронов” carries a scraped tooltip (“Миронов Павел Андреевич Министр транспорта”): the published form is “Т.Миронов:”.',
    ),
    actions: (d) => [{ action: quickfix('Remove the tooltip text', d, false), text: 'Т.Миронов: Доброе утро.\n', after: [] }],
  });

  test('the cases cover every rule with a fix: all but mark-unclosed and header-date-invalid', () => {
    assert.deepEqual([...new Set(CASES.map((c) => c.code))].sort(), [
      'label-tooltip-artefact',
      'speaker-double-colon',
      'speaker-inconsistent-form',
      'speaker-initials-spacing',
      'speaker-lowercase',
      'speaker-missing-colon',
      'speaker-mixed-script',
      'speaker-no-space-after-colon',
      'speaker-space-before-colon',
      'speaker-unknown-near-miss',
      'turn-embedded-label',
      'turn-empty',
      'turn-repeated-speaker',
    ]);
  });

  CASES.forEach((c, n) => {
    test(`${c.code}${c.text.includes('\r\n') ? ' (CRLF)' : ''}: the actions at its diagnostic, each applied, then sent back`, async () => {
      const uri = documentUri(`fix-${n}-${c.code}`);
      let document = await client.open(uri, c.text);
      const published = await client.diagnostics(uri);
      assert.deepEqual(portable(published.diagnostics), [c.diagnostic, ...(c.alsoPublished ?? [])]);
      const [sent] = published.diagnostics;

      const actions = await actionsAt(uri, sent.range, [sent]);
      // The diagnostic attached to each action is the one VS Code sent, links and all.
      const portableAction = (a: Expected): Expected => ({ ...a, diagnostics: a.diagnostics && portable(a.diagnostics) });
      assert.deepEqual(actions.map(described).map(portableAction), c.actions.map((a) => a.action));
      for (const a of actions) assert.deepEqual(a.diagnostics, [sent], `${a.title}: the diagnostic as published`);

      for (const [i, action] of actions.entries()) {
        const edits = editsFor(action.edit, uri);
        const text = applyEdits(c.text, edits);
        assert.equal(text, c.actions[i].text, action.title);
        const changed = await client.applyEdit(document, edits);
        assert.equal(changed.getText(), text, 'the editor, applying the same edits change by change, agrees');
        const after = await client.diagnostics(uri, (p) => p.version === changed.version);
        assert.deepEqual(portable(after.diagnostics), c.actions[i].after, `${action.title}: published after`);
        // Back to the text the actions were computed for, before the next one.
        document = await client.change(changed, [{ range: range(0, 0, changed.lineCount, 0), text: c.text }]);
        const restored = await client.diagnostics(uri, (p) => p.version === document.version);
        assert.deepEqual(restored.diagnostics, published.diagnostics);
      }
    });
  });

  // A transcript where one rule (speaker-space-before-colon) fires three times, beside another safe
  // rule twice (no space after a colon, a lost colon), a finding whose fix is not safe (an empty turn)
  // and one with no fix (a bracket left open).
  const MIXED = [
    'Заседание комиссии',
    '',
    '2023-04-11 09:00:00',
    '',
    'В.Соколов : Начнём.',
    'Н.Абдуллаев : Да.',
    'В.Соколов:Продолжим [работу.',
    'Р.Мансуров:',
    'Н.Абдуллаев : Хорошо.',
    'В.Соколов Итак, всё.',
    '',
  ].join('\n');
  const MIXED_DIAGNOSTICS: Diagnostic[] = [
    diagnostic('speaker-space-before-colon', range(4, 0, 4, 10), DiagnosticSeverity.Warning, 'Space before the colon of the label “В.Соколов”.'),
    diagnostic('speaker-space-before-colon', range(5, 0, 5, 12), DiagnosticSeverity.Warning, 'Space before the colon of the label “Н.Абдуллаев”.'),
    diagnostic('speaker-no-space-after-colon', range(6, 9, 6, 10), DiagnosticSeverity.Warning, 'No space after the colon of the label “В.Соколов”.'),
    diagnostic('mark-unclosed', range(6, 20, 6, 21), DiagnosticSeverity.Warning, '“[” is opened here and not closed on this line.'),
    diagnostic('turn-empty', range(7, 0, 7, 10), DiagnosticSeverity.Warning, 'The turn of “Р.Мансуров” has no text.'),
    diagnostic('speaker-space-before-colon', range(8, 0, 8, 12), DiagnosticSeverity.Warning, 'Space before the colon of the label “Н.Абдуллаев”.'),
    diagnostic('speaker-missing-colon', range(9, 0, 9, 9), DiagnosticSeverity.Error, '“В.Соколов” starts a turn but has no colon after the label.'),
  ];

  describe('fix all', () => {
    const uri = documentUri('fix-all');
    let document: TextDocument;
    let published: Diagnostic[];

    before(async () => {
      document = await client.open(uri, MIXED);
      published = (await client.diagnostics(uri)).diagnostics;
    });

    test('the transcript publishes what it shows', () => {
      assert.deepEqual(portable(published), MIXED_DIAGNOSTICS);
    });

    test('“Fix all … in this file” beside the quick fix of a rule that fires three times: fixes those three and nothing else', async () => {
      const sent = published[1];
      const actions = await actionsAt(uri, sent.range, [sent]);
      assert.deepEqual(actions.map(described), [
        { title: 'Remove the space before the colon', kind: CodeActionKind.QuickFix, diagnostics: [sent], isPreferred: true },
        { title: 'Fix all “speaker-space-before-colon” problems in this file', kind: CodeActionKind.QuickFix, diagnostics: [sent] },
      ]);
      assert.equal(
        applyEdits(MIXED, editsFor(actions[0].edit, uri)),
        MIXED.replace('Н.Абдуллаев : Да.', 'Н.Абдуллаев: Да.'),
      );
      const text = applyEdits(MIXED, editsFor(actions[1].edit, uri));
      assert.equal(
        text,
        [
          'Заседание комиссии',
          '',
          '2023-04-11 09:00:00',
          '',
          'В.Соколов: Начнём.',
          'Н.Абдуллаев: Да.',
          'В.Соколов:Продолжим [работу.',
          'Р.Мансуров:',
          'Н.Абдуллаев: Хорошо.',
          'В.Соколов Итак, всё.',
          '',
        ].join('\n'),
      );
      const { edited, document: restored } = await roundTrip(document, text);
      document = restored;
      assert.deepEqual(
        portable(edited),
        MIXED_DIAGNOSTICS.filter((d) => d.code !== 'speaker-space-before-colon'),
      );
    });

    test('a rule that fires once offers no “Fix all”', async () => {
      const sent = published[2];
      const actions = await actionsAt(uri, sent.range, [sent]);
      assert.deepEqual(actions.map(described), [
        { title: 'Insert a space after the colon', kind: CodeActionKind.QuickFix, diagnostics: [sent], isPreferred: true },
      ]);
    });

    const FIXED = [
      'Заседание комиссии',
      '',
      '2023-04-11 09:00:00',
      '',
      'В.Соколов: Начнём.',
      'Н.Абдуллаев: Да.',
      'В.Соколов: Продолжим [работу.',
      'Р.Мансуров:',
      'Н.Абдуллаев: Хорошо.',
      'В.Соколов: Итак, всё.',
      '',
    ].join('\n');

    for (const only of [[FIX_ALL], [CodeActionKind.SourceFixAll], [CodeActionKind.Source]]) {
      test(`context.only ${JSON.stringify(only)} (as on save): one ${FIX_ALL} action that fixes every safe finding and nothing else`, async () => {
        const actions = await actionsAt(uri, range(0, 0, document.lineCount, 0), published, only);
        assert.deepEqual(actions.map(described), [{ title: 'Fix all safe Stenogram problems', kind: FIX_ALL, diagnostics: [] }]);
        const text = applyEdits(MIXED, editsFor(actions[0].edit, uri));
        assert.equal(text, FIXED);
        const { edited, document: restored } = await roundTrip(document, text);
        document = restored;
        // What is left: the finding with no fix (its bracket one column on) and the one whose fix is not safe.
        assert.deepEqual(portable(edited), [
          diagnostic('mark-unclosed', range(6, 21, 6, 22), DiagnosticSeverity.Warning, '“[” is opened here and not closed on this line.'),
          diagnostic('turn-empty', range(7, 0, 7, 10), DiagnosticSeverity.Warning, 'The turn of “Р.Мансуров” has no text.'),
        ]);
      });
    }

    test(`context.only ["quickfix"] over the whole document: the quick fixes, no ${FIX_ALL}`, async () => {
      const actions = await actionsAt(uri, range(0, 0, document.lineCount, 0), published, [CodeActionKind.QuickFix]);
      assert.deepEqual(
        actions.map((a) => `${a.kind} ${a.title}`),
        [
          'quickfix Remove the space before the colon',
          'quickfix Fix all “speaker-space-before-colon” problems in this file',
          'quickfix Remove the space before the colon',
          'quickfix Insert a space after the colon',
          'quickfix Remove the empty turn',
          'quickfix Remove the space before the colon',
          'quickfix Insert “:” after “В.Соколов”',
        ],
      );
    });

    test(`context.only ["${FIX_ALL}"] on a transcript with nothing to fix: no action`, async () => {
      const clean = documentUri('fix-all-clean');
      await client.open(clean, 'В.Соколов: Начнём.\nН.Абдуллаев: Да.\n');
      assert.deepEqual((await client.diagnostics(clean)).diagnostics, []);
      assert.deepEqual(await actionsAt(clean, range(0, 0, 2, 0), [], [FIX_ALL]), []);
    });

    test(
      `context.only ["${FIX_ALL}"] where two safe fixes touch one label: both problems are fixed`,
      async () => {
        // `B. Соколов` with a Latin B, among compact labels: speaker-initials-spacing and speaker-mixed-script.
        const uri2 = documentUri('fix-all-overlap');
        const text = 'В.Соколов: Начнём.\nН.Абдуллаев: Да.\nB. Соколов: Продолжим.\nН.Абдуллаев: Хорошо.\n';
        const doc = await client.open(uri2, text);
        const diagnostics = (await client.diagnostics(uri2)).diagnostics;
        assert.deepEqual(
          portable(diagnostics).map((d) => d.code),
          ['speaker-initials-spacing', 'speaker-mixed-script'],
        );
        const actions = await actionsAt(uri2, range(0, 0, doc.lineCount, 0), diagnostics, [FIX_ALL]);
        assert.equal(actions.length, 1);
        assert.equal(applyEdits(text, editsFor(actions[0].edit, uri2)), 'В.Соколов: Начнём.\nН.Абдуллаев: Да.\nВ.Соколов: Продолжим.\nН.Абдуллаев: Хорошо.\n');
      },
    );
  });

  test('a position with no finding: []', async () => {
    const uri = documentUri('fix-nothing-here');
    await client.open(uri, 'В.Соколов : Начнём.\nН.Абдуллаев: Да. Хорошо.\n');
    const published = await client.diagnostics(uri);
    assert.equal(published.diagnostics.length, 1);
    assert.deepEqual(await actionsAt(uri, range(1, 17, 1, 17), []), []);
  });

  test('a URI that was never opened: []', async () => {
    const never = documentUri('never-opened');
    const sent = diagnostic('speaker-space-before-colon', range(0, 0, 0, 10), DiagnosticSeverity.Warning, 'Space before the colon of the label “В.Соколов”.');
    assert.deepEqual(await actionsAt(never, range(0, 9, 0, 10), [sent]), []);
    assert.deepEqual(await actionsAt(never, range(0, 0, 10, 0), [], [FIX_ALL]), []);
  });

  test(
    'asked without the diagnostic in the context (the Refactor… menu): the action carries the diagnostic as published',
    async () => {
      const uri = documentUri('fix-no-context');
      await client.open(uri, 'В.Соколов : Начнём.\nН.Абдуллаев: Да.\n');
      const [published] = (await client.diagnostics(uri)).diagnostics;
      const actions = await actionsAt(uri, range(0, 9, 0, 10), []);
      assert.deepEqual(actions.map(described), [
        { title: 'Remove the space before the colon', kind: CodeActionKind.QuickFix, diagnostics: [published], isPreferred: true },
      ]);
    },
  );

  test('the server logged no error', () => {
    assert.deepEqual(client.loggedErrors, []);
  });
});

describe('codeAction: a Russian VS Code', () => {
  let client: LspTestClient;

  before(async () => {
    client = await LspTestClient.initialized({ locale: 'ru' });
  });

  after(async () => {
    await client?.dispose();
  });

  test('titles of the quick fix, “Fix all” and source.fixAll are in Russian', async () => {
    const uri = documentUri('fix-ru');
    const document = await client.open(uri, 'В.Соколов : Начнём.\nН.Абдуллаев : Да.\n');
    const published = (await client.diagnostics(uri)).diagnostics;
    const sent = published[0];
    const quick = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: sent.range,
      context: { diagnostics: [sent], triggerKind: CodeActionTriggerKind.Invoked },
    })) as CodeAction[];
    assert.deepEqual(quick.map(described), [
      { title: 'Удалить пробел перед двоеточием', kind: CodeActionKind.QuickFix, diagnostics: [sent], isPreferred: true },
      { title: 'Исправить все проблемы «speaker-space-before-colon» в этом файле', kind: CodeActionKind.QuickFix, diagnostics: [sent] },
    ]);
    const onSave = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: range(0, 0, document.lineCount, 0),
      context: { diagnostics: published, only: [FIX_ALL], triggerKind: CodeActionTriggerKind.Automatic },
    })) as CodeAction[];
    assert.deepEqual(onSave.map(described), [{ title: 'Исправить все безопасные проблемы Stenogram', kind: FIX_ALL, diagnostics: [] }]);
    assert.equal(applyEdits(document.getText(), editsFor(onSave[0].edit, uri)), 'В.Соколов: Начнём.\nН.Абдуллаев: Да.\n');
  });
});
