// Times in the recording (transcript/timestamps.ts): every form a label carries one in, read to its
// text, seconds and range; times out of range kept and marked; a time written back in the file's own
// form, as "insert timestamp" writes it.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { formatTime, parseTranscript, readTime, timeStyle, timestampSeconds, type TimeStyle } from '../../server/src/transcript';

/** The first turn's label and time of `line` (and the line after it), read as a speech-to-text export. */
function timeOf(...lines: string[]) {
  const turn = parseTranscript(`${lines.join('\n')}\n`, { tradition: 'speech-to-text' }).turns[0];
  const time = turn?.label.time;
  return time && { label: turn.label.text, text: time.text, seconds: time.seconds, columns: [time.range.start.character, time.range.end.character], ...(time.invalid ? { invalid: time.invalid } : {}) };
}

describe('every form of a time in a label', () => {
  const cases: [lines: string[], expected: ReturnType<typeof timeOf>][] = [
    [['[00:01:23] Anna Lee: Hello there.'], { label: 'Anna Lee', text: '[00:01:23]', seconds: 83, columns: [0, 10] }],
    [['(00:01:23) Anna Lee: Hello there.'], { label: 'Anna Lee', text: '(00:01:23)', seconds: 83, columns: [0, 10] }],
    [['00:01:23 Anna Lee: Hello there.'], { label: 'Anna Lee', text: '00:01:23', seconds: 83, columns: [0, 8] }],
    [['[1:23] Anna Lee: Hello there.'], { label: 'Anna Lee', text: '[1:23]', seconds: 83, columns: [0, 6] }],
    [['Speaker 1 (00:01:23): Hello there.'], { label: 'Speaker 1', text: '(00:01:23)', seconds: 83, columns: [10, 20] }],
    [['Speaker 1 [00:01:23]: Hello there.'], { label: 'Speaker 1', text: '[00:01:23]', seconds: 83, columns: [10, 20] }],
    [['Anna Lee: (01:23) Hello there.'], { label: 'Anna Lee', text: '(01:23)', seconds: 83, columns: [10, 17] }],
    [['Anna Lee: [1:23] Hello there.'], { label: 'Anna Lee', text: '[1:23]', seconds: 83, columns: [10, 16] }],
    [['Anna Lee  0:01:23', 'Hello there.'], { label: 'Anna Lee', text: '0:01:23', seconds: 83, columns: [10, 17] }],
    [['Anna Lee (01:23)', 'Hello there.'], { label: 'Anna Lee', text: '(01:23)', seconds: 83, columns: [9, 16] }],
    // One word after a time that opens the line: a speaker (the time says one follows).
    [['[00:01:23] Anna: Hello there.'], { label: 'Anna', text: '[00:01:23]', seconds: 83, columns: [0, 10] }],
    [['(00:01:23) Борис: Здравствуйте.'], { label: 'Борис', text: '(00:01:23)', seconds: 83, columns: [0, 10] }],
    [['00:01:23 Anna: Hello there.'], { label: 'Anna', text: '00:01:23', seconds: 83, columns: [0, 8] }],
    [['[00:01:23,5] Anna Lee: Hello there.'], { label: 'Anna Lee', text: '[00:01:23,5]', seconds: 83.5, columns: [0, 12] }],
    [['Speaker 1 (00:01:23.250): Hello there.'], { label: 'Speaker 1', text: '(00:01:23.250)', seconds: 83.25, columns: [10, 24] }],
    [['Speaker 1 (99:59:59): Hello there.'], { label: 'Speaker 1', text: '(99:59:59)', seconds: 359999, columns: [10, 20] }],
    [['[00:02:75] Anna Lee: Hello there.'], { label: 'Anna Lee', text: '[00:02:75]', seconds: 195, columns: [0, 10], invalid: { field: 'seconds', value: 75 } }],
    [['Speaker 2 (00:75:10): Hello there.'], { label: 'Speaker 2', text: '(00:75:10)', seconds: 4510, columns: [10, 20], invalid: { field: 'minutes', value: 75 } }],
    [['Anna Lee  1:60', 'Hello there.'], { label: 'Anna Lee', text: '1:60', seconds: 120, columns: [10, 14], invalid: { field: 'seconds', value: 60 } }],
    // The first field has no limit: `75:30` is 75 minutes in, as long recordings are stamped.
    [['Anna Lee: (75:30) Hello there.'], { label: 'Anna Lee', text: '(75:30)', seconds: 4530, columns: [10, 17] }],
  ];
  for (const [lines, expected] of cases) {
    test(lines.join(' ⏎ '), () => assert.deepEqual(timeOf(...lines), expected));
  }

  test('`Name: (01:20) …` is read as a speech-to-text export with no setting (a detection cue)', () => {
    const t = parseTranscript('Chris Wallace: (01:20) Good evening.\nJoe Biden: (01:25) Thanks.\n');
    assert.deepEqual(
      [t.tradition, t.turns.map((x) => [x.label.text, x.label.time?.text, x.text.text])],
      [{ id: 'speech-to-text', detected: true }, [['Chris Wallace', '(01:20)', 'Good evening.'], ['Joe Biden', '(01:25)', 'Thanks.']]],
    );
  });

  test('one-word names after times are turns with no setting (detected as a speech-to-text export); a time before prose with no colon is none', () => {
    const model = parseTranscript(['[00:00:05] Anna: Hello there.', '', '[00:00:09] Boris: Hi.', '', '[00:00:12] and then the line cut out', ''].join('\n'));
    assert.equal(model.tradition.id, 'speech-to-text');
    assert.deepEqual(
      model.turns.map((t) => `${t.label.text} ${t.label.time?.seconds}`),
      ['Anna 5', 'Boris 9'],
    );
  });

  test('a time and its digits in prose are no label', () => {
    const t = parseTranscript('[00:00:01] Anna Lee: Hello.\nThe meeting ends at 10:75, they say.\n');
    assert.deepEqual(t.turns.map((x) => [x.startLine, x.endLine, x.label.time?.text]), [[0, 1, '[00:00:01]']]);
  });
});

describe('readTime and timestampSeconds', () => {
  test('fields, fractions, out-of-range fields, no time', () => {
    assert.deepEqual(
      ['1:23', '01:23', '0:01:23', '00:01:23.5', '00:01:23,250', '(00:02:75)', '00:60:00', '59:59', 'no time'].map(readTime),
      [
        { seconds: 83 },
        { seconds: 83 },
        { seconds: 83 },
        { seconds: 83.5 },
        { seconds: 83.25 },
        { seconds: 195, invalid: { field: 'seconds', value: 75 } },
        { seconds: 3600, invalid: { field: 'minutes', value: 60 } },
        { seconds: 3599 },
        undefined,
      ],
    );
    assert.deepEqual([timestampSeconds('[00:01:23]'), timestampSeconds('x')], [83, NaN]);
  });
});

describe('a time in the file’s own form', () => {
  const styleOf = (first: string): TimeStyle => timeStyle(parseTranscript(`${first}\nBob Stone: Hi.\n`, { tradition: 'speech-to-text' }));
  const written = (first: string) => [0, 5.25, 83.96, 3725.5, 400_000].map((s) => formatTime(s, styleOf(first)));

  test('a file with no times yet: the importer’s `(00:01:23)`', () => {
    assert.deepEqual(written('Anna Lee: Hello.'), ['(00:00:00)', '(00:00:05)', '(00:01:23)', '(01:02:05)', '(99:59:59)']);
  });
  test('`[00:01:23]` before the label', () => {
    assert.deepEqual(written('[00:00:01] Anna Lee: Hello.'), ['[00:00:00]', '[00:00:05]', '[00:01:23]', '[01:02:05]', '[99:59:59]']);
  });
  test('`(1:23)` after the colon: minutes and seconds, the first field as short as it can be; hours when there are any', () => {
    assert.deepEqual(written('Anna Lee: (0:01) Hello.'), ['(0:00)', '(0:05)', '(1:23)', '(1:02:05)', '(99:59:59)']);
  });
  test('`Anna Lee  0:01:02` alone on its line (Otter): no brackets, one-digit hours', () => {
    assert.deepEqual(written('Anna Lee  0:01:02\nHello.'), ['0:00:00', '0:00:05', '0:01:23', '1:02:05', '99:59:59']);
  });
  test('fractions keep their separator and digits, never rounded up', () => {
    assert.deepEqual(written('[00:00:01,5] Anna Lee: Hello.'), ['[00:00:00,0]', '[00:00:05,2]', '[00:01:23,9]', '[01:02:05,5]', '[99:59:59,9]']);
    assert.deepEqual(written('Speaker 1 (00:00:01.250): Hello.'), ['(00:00:00.000)', '(00:00:05.250)', '(00:01:23.960)', '(01:02:05.500)', '(99:59:59.999)']);
  });
  test('a negative time is the start', () => {
    assert.equal(formatTime(-3, styleOf('[00:00:01] Anna Lee: Hello.')), '[00:00:00]');
  });
});
