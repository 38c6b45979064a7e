// textDocument/publishDiagnostics from the bundled server, as VS Code receives them: every rule on
// a small transcript that triggers it, written out as full LSP Diagnostic objects; the samples and
// prose with colons publish no problems; Russian messages for a Russian VS Code; a fix typed into
// the editor clears the problem; a burst of changes ends with a publish for the last version.
// Nothing waits on time: each wait is for a notification the server must send.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { MediaDurationNotification } from '../../protocol';
import { RULE_CODES } from '../../server/src/features';
import { readFixture, readSample, sampleNames, samplePath } from '../helpers/fixtures';
import { documentUri, LspTestClient, portable, RULES_DOC } from './client';

const range = (sl: number, sc: number, el: number, ec: number) => ({ start: { line: sl, character: sc }, end: { line: el, character: ec } });

/** One rule: a transcript that triggers it and everything the server publishes for it. */
interface RuleCase {
  code: (typeof RULE_CODES)[number];
  text: string;
  /** The recording's length the client says before the document opens (the media panel). */
  duration?: number;
  expected: Diagnostic[];
}

const timeDiagnostic = (line: number, start: number, end: number, code: string, severity: DiagnosticSeverity, message: string): Diagnostic => ({
  range: range(line, start, line, end),
  severity,
  code,
  codeDescription: { href: `${RULES_DOC}#${code}` },
  source: 'stenogram',
  message,
});

const RULE_CASES: RuleCase[] = [
  {
    code: 'speaker-missing-colon',
    text: 'В.Соколов: Начнём.\nН.Абдуллаев: Да.\nВ.Соколов Продолжим работу.\n',
    expected: [
      {
        range: range(2, 0, 2, 9),
        severity: DiagnosticSeverity.Error,
        code: 'speaker-missing-colon',
        codeDescription: { href: `${RULES_DOC}#speaker-missing-colon` },
        source: 'stenogram',
        message: '“В.Соколов” starts a turn but has no colon after the label.',
      },
    ],
  },
  {
    code: 'speaker-space-before-colon',
    text: 'В.Соколов : Начнём.\n',
    expected: [
      {
        range: range(0, 0, 0, 10),
        severity: DiagnosticSeverity.Warning,
        code: 'speaker-space-before-colon',
        codeDescription: { href: `${RULES_DOC}#speaker-space-before-colon` },
        source: 'stenogram',
        message: 'Space before the colon of the label “В.Соколов”.',
      },
    ],
  },
  {
    code: 'speaker-no-space-after-colon',
    text: 'В.Соколов:Начнём.\n',
    expected: [
      {
        range: range(0, 9, 0, 10),
        severity: DiagnosticSeverity.Warning,
        code: 'speaker-no-space-after-colon',
        codeDescription: { href: `${RULES_DOC}#speaker-no-space-after-colon` },
        source: 'stenogram',
        message: 'No space after the colon of the label “В.Соколов”.',
      },
    ],
  },
  {
    code: 'speaker-double-colon',
    text: 'В.Соколов:: Начнём.\n',
    expected: [
      {
        range: range(0, 10, 0, 11),
        severity: DiagnosticSeverity.Warning,
        code: 'speaker-double-colon',
        codeDescription: { href: `${RULES_DOC}#speaker-double-colon` },
        source: 'stenogram',
        message: 'The label “В.Соколов” has more than one colon.',
      },
    ],
  },
  {
    code: 'speaker-initials-spacing',
    text: 'В.Соколов: Начнём.\nН.Абдуллаев: Да.\nВ. Соколов: Продолжим.\n',
    expected: [
      {
        range: range(2, 0, 2, 10),
        severity: DiagnosticSeverity.Warning,
        code: 'speaker-initials-spacing',
        codeDescription: { href: `${RULES_DOC}#speaker-initials-spacing` },
        source: 'stenogram',
        message: 'Write the initials without a space, as this file does: “В.Соколов”.',
      },
    ],
  },
  {
    code: 'speaker-lowercase',
    text: 'В.Соколов: Начнём.\nН.Абдуллаев: Да.\nв.соколов: Продолжим.\n',
    expected: [
      {
        range: range(2, 0, 2, 9),
        severity: DiagnosticSeverity.Warning,
        code: 'speaker-lowercase',
        codeDescription: { href: `${RULES_DOC}#speaker-lowercase` },
        source: 'stenogram',
        message: 'The label “в.соколов” is in lowercase; write “В.Соколов”.',
      },
    ],
  },
  {
    // The first letter is the Latin B (U+0042), the rest Cyrillic.
    code: 'speaker-mixed-script',
    text: 'B.Соколов: Начнём.\nН.Абдуллаев: Да.\n',
    expected: [
      {
        range: range(0, 0, 0, 9),
        severity: DiagnosticSeverity.Error,
        code: 'speaker-mixed-script',
        codeDescription: { href: `${RULES_DOC}#speaker-mixed-script` },
        source: 'stenogram',
        message: 'The label “B.Соколов” mixes scripts: Latin “B”.',
      },
    ],
  },
  {
    code: 'speaker-unknown-near-miss',
    text: 'В.Соколов: Начнём.\nН.Абдуллаев: Да.\nВ.Соколов: Продолжим.\nН.Абдуллаев: Хорошо.\nВ.Соколв: Итак.\n',
    expected: [
      {
        range: range(4, 0, 4, 8),
        severity: DiagnosticSeverity.Warning,
        code: 'speaker-unknown-near-miss',
        codeDescription: { href: `${RULES_DOC}#speaker-unknown-near-miss` },
        source: 'stenogram',
        message: '“В.Соколв” speaks only here; did you mean “В.Соколов”?',
      },
    ],
  },
  {
    code: 'speaker-inconsistent-form',
    text: 'В.Соколов: Начнём.\nН.Абдуллаев: Да.\nВ.Соколов: Продолжим.\nН.Абдуллаев: Хорошо.\nСоколов В.П.: Итак.\n',
    expected: [
      {
        range: range(4, 0, 4, 12),
        severity: DiagnosticSeverity.Warning,
        code: 'speaker-inconsistent-form',
        codeDescription: { href: `${RULES_DOC}#speaker-inconsistent-form` },
        source: 'stenogram',
        message: '“Соколов В.П.” is written “В.Соколов” elsewhere in this file (2 of 3 turns).',
      },
    ],
  },
  {
    code: 'turn-empty',
    text: 'Н.Абдуллаев:\nВ.Соколов: Начнём.\n',
    expected: [
      {
        range: range(0, 0, 0, 11),
        severity: DiagnosticSeverity.Warning,
        code: 'turn-empty',
        codeDescription: { href: `${RULES_DOC}#turn-empty` },
        source: 'stenogram',
        message: 'The turn of “Н.Абдуллаев” has no text.',
      },
    ],
  },
  {
    code: 'turn-repeated-speaker',
    text: 'В.Соколов: Начнём.\nВ.Соколов: Продолжим.\n',
    expected: [
      {
        range: range(1, 0, 1, 9),
        severity: DiagnosticSeverity.Hint,
        code: 'turn-repeated-speaker',
        codeDescription: { href: `${RULES_DOC}#turn-repeated-speaker` },
        source: 'stenogram',
        message: '“В.Соколов” speaks twice in a row.',
      },
    ],
  },
  {
    code: 'turn-embedded-label',
    text: 'В.Соколов: Начнём.\nН.Абдуллаев: Да. В.Соколов: Продолжим.\n',
    expected: [
      {
        range: range(1, 17, 1, 27),
        severity: DiagnosticSeverity.Error,
        code: 'turn-embedded-label',
        codeDescription: { href: `${RULES_DOC}#turn-embedded-label` },
        source: 'stenogram',
        message: 'The label “В.Соколов” is glued inside the previous turn’s text.',
      },
    ],
  },
  {
    code: 'mark-unclosed',
    text: 'В.Соколов: Это было в [две тысячи семнадцатом году.\n',
    expected: [
      {
        range: range(0, 22, 0, 23),
        severity: DiagnosticSeverity.Warning,
        code: 'mark-unclosed',
        codeDescription: { href: `${RULES_DOC}#mark-unclosed` },
        source: 'stenogram',
        message: '“[” is opened here and not closed on this line.',
      },
    ],
  },
  {
    code: 'header-date-invalid',
    text: readFixture('date-invalid.transcript'),
    expected: [
      {
        range: range(2, 0, 2, 19),
        severity: DiagnosticSeverity.Error,
        code: 'header-date-invalid',
        codeDescription: { href: `${RULES_DOC}#header-date-invalid` },
        source: 'stenogram',
        message: 'The date line “2017-13-45 25:00:00” is not a real date or time (month 13).',
      },
    ],
  },
  {
    code: 'label-tooltip-artefact',
    text: 'Т.Миронов Миронов Павел Андреевич Министр транспорта: Доброе утро.\n',
    expected: [
      {
        range: range(0, 10, 0, 52),
        severity: DiagnosticSeverity.Warning,
        code: 'label-tooltip-artefact',
        codeDescription: { href: `${RULES_DOC}#label-tooltip-artefact` },
        source: 'stenogram',
        message:
          'The label “Т.Миронов” carries a scraped tooltip (“Миронов Павел Андреевич Министр транспорта”): the published form is “Т.Миронов:”.',
      },
    ],
  },
  {
    code: 'labels-unrecognised',
    text: 'Interviewer - Thanks for coming in.\nJohn Hale - Glad to be here.\nInterviewer - When did you start?\nJohn Hale - In 2019.\nInterviewer - Who paid?\nJohn Hale - The town.\n',
    expected: [
      {
        range: range(0, 0, 0, 14),
        severity: DiagnosticSeverity.Information,
        code: 'labels-unrecognised',
        codeDescription: { href: `${RULES_DOC}#labels-unrecognised` },
        source: 'stenogram',
        message:
          '6 lines open like speaker labels (“Interviewer -” ×3, “John Hale -” ×3), but Stenogram reads 0 turns here. If they are labels, write them as “Name: text”, or set stenogram.tradition (CLI: --tradition) to the tradition they follow.',
      },
    ],
  },
  {
    code: 'timestamp-invalid',
    text: 'Speaker 1 (00:00:05): Hello.\nSpeaker 2 (00:02:75): Hi.\n',
    expected: [timeDiagnostic(1, 10, 20, 'timestamp-invalid', DiagnosticSeverity.Error, 'The time “00:02:75” is not a real one: 75 seconds (seconds go up to 59).')],
  },
  {
    code: 'timestamp-order',
    text: '[00:01:30] Anna Lee: Hello.\n[00:01:10] Bob Stone: Hi.\n',
    expected: [timeDiagnostic(1, 0, 10, 'timestamp-order', DiagnosticSeverity.Warning, 'The time 00:01:10 is earlier than the time before it, 00:01:30.')],
  },
  {
    code: 'timestamp-beyond-media',
    text: 'Speaker 1 (00:00:05): Hello.\nSpeaker 2 (00:02:01): Hi.\n',
    duration: 120,
    expected: [timeDiagnostic(1, 10, 20, 'timestamp-beyond-media', DiagnosticSeverity.Warning, 'The time 00:02:01 is past the end of the recording (00:02:00).')],
  },
];

describe('publishDiagnostics: every rule, as full LSP objects', () => {
  let client: LspTestClient;
  const received: PublishDiagnosticsParams[] = [];

  before(async () => {
    client = await LspTestClient.initialized();
  });

  after(async () => {
    await client?.dispose();
  });

  test('the cases below cover every rule code of diagnostics.ts, once each', () => {
    assert.deepEqual(
      RULE_CASES.map((c) => c.code),
      [...RULE_CODES],
    );
  });

  for (const { code, text, duration, expected } of RULE_CASES) {
    test(code, async () => {
      const uri = documentUri(`rule-${code}`);
      if (duration !== undefined) await client.connection.sendNotification(MediaDurationNotification.method, { uri, seconds: duration });
      await client.open(uri, text);
      const published = await client.diagnostics(uri);
      received.push(published);
      assert.equal(published.version, 1);
      assert.deepEqual(portable(published.diagnostics), expected);
    });
  }

  test('each link opens the section of its rule in the shipped docs/rules.md', () => {
    assert.equal(received.length, RULE_CASES.length, 'every rule case published');
    for (const d of received.flatMap((p) => p.diagnostics)) {
      const href = d.codeDescription!.href;
      const url = new URL(href);
      url.hash = '';
      const file = fileURLToPath(url);
      assert.ok(existsSync(file), `${href}: the file exists`);
      const headings = readFileSync(file, 'utf8')
        .split(/\r?\n/)
        .filter((l) => l.startsWith('## '))
        .map((l) => l.slice(3).trim());
      assert.ok(headings.includes(String(d.code)), `${href}: docs/rules.md has a "## ${String(d.code)}" section`);
    }
  });

  test('columns are UTF-16 code units: an astral character before a bracket counts two', async () => {
    // 😀 is U+1F600, two UTF-16 code units; `[` is the 15th code unit of the line.
    const uri = documentUri('utf16-columns');
    await client.open(uri, 'В.Соколов: 😀 [текст.\n');
    const published = await client.diagnostics(uri);
    assert.deepEqual(portable(published.diagnostics), [
      {
        range: range(0, 14, 0, 15),
        severity: DiagnosticSeverity.Warning,
        code: 'mark-unclosed',
        codeDescription: { href: `${RULES_DOC}#mark-unclosed` },
        source: 'stenogram',
        message: '“[” is opened here and not closed on this line.',
      },
    ]);
  });

  test('the server logged no error', () => {
    assert.deepEqual(client.loggedErrors, []);
  });
});

describe('publishDiagnostics: what must publish no problem', () => {
  let client: LspTestClient;

  before(async () => {
    client = await LspTestClient.initialized();
  });

  after(async () => {
    await client?.dispose();
  });

  test('the samples/ transcripts: no diagnostic of severity error or warning', async () => {
    const names = sampleNames();
    assert.deepEqual(names, ['bilateral-meeting.transcript', 'press-conference.transcript', 'roundtable-en.transcript']);
    for (const name of names) {
      const uri = pathToFileURL(samplePath(name)).href;
      await client.open(uri, readSample(name));
      const published = await client.diagnostics(uri);
      assert.equal(published.version, 1, name);
      assert.deepEqual(
        published.diagnostics.filter((d) => d.severity === DiagnosticSeverity.Error || d.severity === DiagnosticSeverity.Warning),
        [],
        name,
      );
    }
  });

  const prose: [name: string, text: string][] = [
    [
      'Russian prose with a colon, in a turn and in the lead',
      'Совещание\n\n2023-04-11 09:00:00\n\nВсем нам известно: год был непростым.\n\nВ.Соколов: Начнём.\nВсем нам известно: год был непростым.\nПовестка дня: бюджет, дороги, школы.\n',
    ],
    ['English prose with colons in a turn', 'Peter Lund: Let us begin.\nNote: these figures are preliminary.\nSecond: housing.\nMr President, my question is: when will the road open?\n'],
    ['“Mr President, my question is: …” as a turn’s text and as a line of its own', 'Anna Hale: Mr Lund, my question is: when?\nMr President, my question is: when will the road open?\n'],
    ['prose-with-colon.transcript', readFixture('prose-with-colon.transcript')],
    ['prose-with-colon-en.transcript', readFixture('prose-with-colon-en.transcript')],
  ];
  for (const [name, text] of prose) {
    test(`${name}: an empty publish`, async () => {
      const uri = documentUri(`prose-${name.replace(/\W+/g, '-')}`);
      await client.open(uri, text);
      assert.deepEqual(await client.diagnostics(uri), { uri, version: 1, diagnostics: [] });
    });
  }
});

describe('publishDiagnostics: a Russian VS Code (initialize.locale = ru)', () => {
  let client: LspTestClient;

  before(async () => {
    client = await LspTestClient.initialized({ locale: 'ru' });
  });

  after(async () => {
    await client?.dispose();
  });

  test('messages are in Russian', async () => {
    const uri = documentUri('ru-messages');
    await client.open(uri, 'В.Соколов : Начнём.\nН.Абдуллаев:\nB.Соколов:Продолжим [работу.\n');
    const published = await client.diagnostics(uri);
    assert.deepEqual(portable(published.diagnostics), [
      {
        range: range(0, 0, 0, 10),
        severity: DiagnosticSeverity.Warning,
        code: 'speaker-space-before-colon',
        codeDescription: { href: `${RULES_DOC}#speaker-space-before-colon` },
        source: 'stenogram',
        message: 'Пробел перед двоеточием в метке «В.Соколов».',
      },
      {
        range: range(1, 0, 1, 11),
        severity: DiagnosticSeverity.Warning,
        code: 'turn-empty',
        codeDescription: { href: `${RULES_DOC}#turn-empty` },
        source: 'stenogram',
        message: 'У реплики «Н.Абдуллаев» нет текста.',
      },
      {
        range: range(2, 0, 2, 9),
        severity: DiagnosticSeverity.Error,
        code: 'speaker-mixed-script',
        codeDescription: { href: `${RULES_DOC}#speaker-mixed-script` },
        source: 'stenogram',
        message: 'В метке «B.Соколов» смешаны алфавиты: латинская «B».',
      },
      {
        range: range(2, 9, 2, 10),
        severity: DiagnosticSeverity.Warning,
        code: 'speaker-no-space-after-colon',
        codeDescription: { href: `${RULES_DOC}#speaker-no-space-after-colon` },
        source: 'stenogram',
        message: 'Нет пробела после двоеточия в метке «B.Соколов».',
      },
      {
        range: range(2, 20, 2, 21),
        severity: DiagnosticSeverity.Warning,
        code: 'mark-unclosed',
        codeDescription: { href: `${RULES_DOC}#mark-unclosed` },
        source: 'stenogram',
        message: '«[» открыта здесь и не закрыта в этой строке.',
      },
    ]);
  });
});

describe('publishDiagnostics: editing', () => {
  let client: LspTestClient;

  before(async () => {
    client = await LspTestClient.initialized();
  });

  after(async () => {
    await client?.dispose();
  });

  test('a didChange that fixes the problem: the next publish is empty', async () => {
    const uri = documentUri('edit-fixes');
    const opened = await client.open(uri, 'Заголовок\n\n2023-04-11 09:00:00\n\nВ.Соколов : Начнём.\nН.Абдуллаев: Да.\n');
    const first = await client.diagnostics(uri);
    assert.deepEqual(
      { ...first, diagnostics: portable(first.diagnostics) },
      {
        uri,
        version: 1,
        diagnostics: [
          {
            range: range(4, 0, 4, 10),
            severity: DiagnosticSeverity.Warning,
            code: 'speaker-space-before-colon',
            codeDescription: { href: `${RULES_DOC}#speaker-space-before-colon` },
            source: 'stenogram',
            message: 'Space before the colon of the label “В.Соколов”.',
          },
        ],
      },
    );
    const fixed = await client.change(opened, [{ range: range(4, 9, 4, 10), text: '' }]);
    assert.equal(fixed.getText(), 'Заголовок\n\n2023-04-11 09:00:00\n\nВ.Соколов: Начнём.\nН.Абдуллаев: Да.\n');
    assert.deepEqual(await client.diagnostics(uri), { uri, version: 2, diagnostics: [] });
  });

  test('a burst of 20 didChange notifications: the server publishes for the last version, with its problems', async () => {
    const uri = documentUri('edit-burst');
    let document = await client.open(uri, 'В.Соколов: Начнём.');
    assert.deepEqual(await client.diagnostics(uri), { uri, version: 1, diagnostics: [] });
    // Type a new line and then `Н.Абдуллаев : Ясно.` one character at a time: 20 changes, versions 2…21.
    const typed = '\nН.Абдуллаев : Ясно.';
    assert.equal(typed.length, 20);
    for (const ch of typed) {
      const end = document.positionAt(document.getText().length);
      document = await client.change(document, [{ range: { start: end, end }, text: ch }]);
    }
    assert.equal(document.version, 21);
    assert.equal(document.getText(), 'В.Соколов: Начнём.\nН.Абдуллаев : Ясно.');

    const last = await client.diagnostics(uri, (p) => p.version === 21);
    assert.deepEqual(
      { ...last, diagnostics: portable(last.diagnostics) },
      {
        uri,
        version: 21,
        diagnostics: [
          {
            range: range(1, 0, 1, 12),
            severity: DiagnosticSeverity.Warning,
            code: 'speaker-space-before-colon',
            codeDescription: { href: `${RULES_DOC}#speaker-space-before-colon` },
            source: 'stenogram',
            message: 'Space before the colon of the label “Н.Абдуллаев”.',
          },
        ],
      },
    );
    // Whatever the server published on the way names a version that was sent, in order: a publish
    // never describes a version older than one already published.
    const versions = client.publishedFor(uri).map((p) => p.version);
    assert.deepEqual(versions, [...versions].sort((a, b) => a! - b!), `versions in order: ${versions.join(', ')}`);
    assert.ok(versions.every((v) => v !== undefined && v >= 1 && v <= 21), `versions sent: ${versions.join(', ')}`);
    assert.equal(new Set(versions).size, versions.length, `one publish per version: ${versions.join(', ')}`);
  });
});
