// computeDiagnostics: each rule has a fixture line that triggers it and a near-miss that must not;
// ranges are the narrowest ones (the label, the colon, the bracket), never the whole line.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { computeDiagnostics, type DiagnosticOptions } from '../../server/src/features';
import { parseTranscript } from '../../server/src/transcript';
import { readFixture } from '../helpers/fixtures';
import { rangeText } from '../helpers/view';

const SEVERITY = ['', 'error', 'warning', 'info', 'hint'];

/** `code severity range message`, one string per diagnostic. */
function lint(text: string, options?: DiagnosticOptions): string[] {
  return computeDiagnostics(parseTranscript(text), options).map(
    (d) => `${d.code} ${SEVERITY[d.severity ?? 0]} ${rangeText(d.range)} ${d.message}`,
  );
}

describe('computeDiagnostics: every rule fires on its fixture', () => {
  test('date-invalid.transcript: header-date-invalid, a full Diagnostic object; the rule link only when a rules URL is given', () => {
    const expected: Diagnostic[] = [
      {
        range: { start: { line: 2, character: 0 }, end: { line: 2, character: 19 } },
        severity: DiagnosticSeverity.Error,
        code: 'header-date-invalid',
        source: 'stenogram',
        message: 'The date line “2017-13-45 25:00:00” is not a real date or time (month 13).',
      },
    ];
    const transcript = parseTranscript(readFixture('date-invalid.transcript'));
    assert.deepEqual(computeDiagnostics(transcript), expected);
    assert.deepEqual(computeDiagnostics(transcript, {}, 'file:///opt/stenogram/docs/rules.md'), [
      {
        range: { start: { line: 2, character: 0 }, end: { line: 2, character: 19 } },
        severity: DiagnosticSeverity.Error,
        code: 'header-date-invalid',
        codeDescription: { href: 'file:///opt/stenogram/docs/rules.md#header-date-invalid' },
        source: 'stenogram',
        message: 'The date line “2017-13-45 25:00:00” is not a real date or time (month 13).',
      },
    ]);
  });

  test('malformed-labels.transcript: space before the colon, the same speaker twice in a row, no space after the colon, a double colon (a warning), empty turns', () => {
    assert.deepEqual(lint(readFixture('malformed-labels.transcript')), [
      'speaker-space-before-colon warning 0:0-0:10 Space before the colon of the label “В.Соколов”.',
      'turn-repeated-speaker hint 1:0-1:9 “В.Соколов” speaks twice in a row.',
      'speaker-no-space-after-colon warning 1:9-1:10 No space after the colon of the label “В.Соколов”.',
      'turn-empty warning 2:0-2:11 The turn of “Н.Абдуллаев” has no text.',
      'speaker-double-colon warning 2:12-2:13 The label “Н.Абдуллаев” has more than one colon.',
      'turn-empty warning 4:0-4:11 The turn of “Н.Абдуллаев” has no text.',
    ]);
  });

  test('malformed-labels.transcript in Russian', () => {
    assert.deepEqual(lint(readFixture('malformed-labels.transcript'), { locale: 'ru' }), [
      'speaker-space-before-colon warning 0:0-0:10 Пробел перед двоеточием в метке «В.Соколов».',
      'turn-repeated-speaker hint 1:0-1:9 «В.Соколов» выступает два раза подряд.',
      'speaker-no-space-after-colon warning 1:9-1:10 Нет пробела после двоеточия в метке «В.Соколов».',
      'turn-empty warning 2:0-2:11 У реплики «Н.Абдуллаев» нет текста.',
      'speaker-double-colon warning 2:12-2:13 В метке «Н.Абдуллаев» больше одного двоеточия.',
      'turn-empty warning 4:0-4:11 У реплики «Н.Абдуллаев» нет текста.',
    ]);
  });

  test('marks.transcript: mark-unclosed on each bracket left open on its line', () => {
    assert.deepEqual(lint(readFixture('marks.transcript')), [
      'mark-unclosed warning 6:25-6:26 “(” is opened here and not closed on this line.',
      'mark-unclosed warning 6:41-6:42 “[” is opened here and not closed on this line.',
    ]);
  });

  test('label-tooltip-artefact on a scraped tooltip (with the space before its colon, named by the person, not the tooltip)', () => {
    assert.deepEqual(lint('Т.Миронов Миронов Павел Андреевич Министр транспорта : Доброе утро.'), [
      'speaker-space-before-colon warning 0:0-0:53 Space before the colon of the label “Т.Миронов”.',
      'label-tooltip-artefact warning 0:10-0:52 The label “Т.Миронов” carries a scraped tooltip (“Миронов Павел Андреевич Министр транспорта”): the published form is “Т.Миронов:”.',
    ]);
  });

  test('nbsp.transcript: a no-break space before the colon is a space before the colon; Peter Lund speaks twice in a row', () => {
    assert.deepEqual(lint(readFixture('nbsp.transcript')), [
      'speaker-space-before-colon warning 7:0-7:11 Space before the colon of the label “Peter\u00A0Lund”.',
      'turn-repeated-speaker hint 7:0-7:10 “Peter\u00A0Lund” speaks twice in a row.',
    ]);
  });
});

describe('computeDiagnostics: near-misses stay silent', () => {
  const clean: [rule: string, text: string][] = [
    ['header-date-invalid: a real date, 29 February of a leap year', 'Заголовок\n\n2024-02-29 23:59:59\n\nВ.Соколов: Начнём.'],
    ['speaker-space-before-colon: ` : ` later in the text', 'В.Соколов: Итог : хороший.'],
    ['speaker-no-space-after-colon: a time `12:40` in the text', 'В.Соколов: Начало в 12:40, не опаздывайте.'],
    ['speaker-double-colon: a second colon further on', 'Н.Абдуллаев: Итак: два двоеточия в строке: и ещё одно.'],
    ['turn-empty: an empty label line with a continuation', 'Н.Абдуллаев:\nТекст на следующей строке.'],
    ['mark-unclosed: closed marks, `…` alone, a closing bracket alone', 'В.Соколов: (Смех.) [вставка] &lt;…&gt; <…> Ну… и 1) пункт, 2) пункт.'],
    ['label-tooltip-artefact: the plain label', 'Т.Миронов: Доброе утро.'],
    ['no rule fires on prose with colons', readFixture('prose-with-colon.transcript')],
    ['no rule fires on English prose with colons', readFixture('prose-with-colon-en.transcript')],
    ['no rule fires on a whole clean transcript', readFixture('small-outline.transcript')],
    ['no rule fires on an empty file', readFixture('empty.transcript')],
  ];
  for (const [rule, text] of clean) {
    test(rule, () => assert.deepEqual(lint(text), []));
  }
});

describe('computeDiagnostics: options', () => {
  test('a rule can be turned off or given another severity', () => {
    assert.deepEqual(
      lint(readFixture('malformed-labels.transcript'), { severity: { 'turn-empty': 'off', 'speaker-double-colon': 'error', 'speaker-space-before-colon': 'hint' } }),
      [
        'speaker-space-before-colon hint 0:0-0:10 Space before the colon of the label “В.Соколов”.',
        'turn-repeated-speaker hint 1:0-1:9 “В.Соколов” speaks twice in a row.',
        'speaker-no-space-after-colon warning 1:9-1:10 No space after the colon of the label “В.Соколов”.',
        'speaker-double-colon error 2:12-2:13 The label “Н.Абдуллаев” has more than one colon.',
      ],
    );
  });
});
