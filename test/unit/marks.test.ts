// Editorial marks inside text: insertions `[…]`, remarks `(Смех.)`, omissions `&lt;…&gt;` `<…>` `[…]`,
// brackets left open on their line — and columns counted in UTF-16 code units, as LSP counts them.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseTranscript } from '../../server/src/transcript';
import { withCursor } from '../helpers/cursor';
import { readFixture } from '../helpers/fixtures';
import { marksView, unclosedView } from '../helpers/view';

describe('marks', () => {
  test('marks.transcript: every kind of mark, with its range, in text order', () => {
    const t = parseTranscript(readFixture('marks.transcript'));
    assert.deepEqual(marksView(t), [
      'insertion 0:33-0:44 [Восточный]',
      'remark 0:61-0:68 (Смех.)',
      'remark 1:13-1:38 (Обращаясь к В.Соколову.)',
      'omission 2:17-2:26 &lt;…&gt;',
      'omission 3:15-3:18 <…>',
      'omission 3:40-3:43 […]',
      'insertion 5:25-5:30 [это]',
      'remark 5:31-5:46 (Аплодисменты.)',
    ]);
    assert.deepEqual(unclosedView(t), ['6:25-6:26 (', '6:41-6:42 [']);
  });

  test('marks.transcript: marks stay inside their turns; `…` alone, `(валового продукта)` and `(ВВП)` are not marks', () => {
    const t = parseTranscript(readFixture('marks.transcript'));
    assert.deepEqual(
      t.turns.map((turn) => [turn.startLine, turn.endLine, turn.label.text]),
      [
        [0, 0, 'В.Соколов'],
        [1, 2, 'Н.Абдуллаев'],
        [3, 4, 'В.Соколов'],
        [5, 5, 'Н.Абдуллаев'],
        [6, 6, 'В.Соколов'],
      ],
    );
    assert.deepEqual(
      t.marks.filter((m) => m.range.start.line === 4),
      [],
      'line 4 `Рост ВВП (валового продукта) составил 3% (ВВП).` holds no mark',
    );
  });

  test('the three omission spellings and the three-dot variants', () => {
    const t = parseTranscript('В.Соколов: Начнём.\n&lt;…&gt; <…> […] [...] (...) &lt;...&gt;');
    assert.deepEqual(marksView(t), [
      'omission 1:0-1:9 &lt;…&gt;',
      'omission 1:10-1:13 <…>',
      'omission 1:14-1:17 […]',
      'omission 1:18-1:23 [...]',
      'omission 1:24-1:29 (...)',
      'omission 1:30-1:41 &lt;...&gt;',
    ]);
  });

  test('remarks of the English transcripts, no-break spaces inside', () => {
    const t = parseTranscript('Peter Lund: Thank you. (Laughter in\u00A0the\u00A0audience.) (Applause.)\n(The\u00A0video plays.)');
    assert.deepEqual(marksView(t), [
      'remark 0:23-0:50 (Laughter in\u00A0the\u00A0audience.)',
      'remark 0:51-0:62 (Applause.)',
      'remark 1:0-1:18 (The\u00A0video plays.)',
    ]);
  });

  test('`<b>` is not an omission and not unclosed; `&lt;` with no `&gt;` is unclosed', () => {
    const t = parseTranscript('В.Соколов: Это <b>жирный</b> текст &lt;оборвано');
    assert.deepEqual([marksView(t), unclosedView(t)], [[], ['0:35-0:39 &lt;']]);
  });
});

describe('columns are UTF-16 code units', () => {
  test('an astral character (😀, two code units) before a mark moves the mark two columns', () => {
    const { text, position } = withCursor('В.Соколов: Запишите 😀 |[это] (Смех.)');
    const t = parseTranscript(text);
    // 11 (`В.Соколов: `) + 9 (`Запишите `) + 2 (😀) + 1 (space): 23 code units, 22 code points.
    assert.deepEqual(position, { line: 0, character: 23 });
    assert.deepEqual(t.marks[0], {
      kind: 'insertion',
      text: '[это]',
      range: { start: position, end: { line: 0, character: 28 } },
    });
    assert.deepEqual(marksView(t), ['insertion 0:23-0:28 [это]', 'remark 0:29-0:36 (Смех.)']);
  });

  test('marks.transcript line 5: `Запишите 😀 [это]` — the insertion starts at UTF-16 column 25, code point column 24', () => {
    const t = parseTranscript(readFixture('marks.transcript'));
    const line = t.lines[5].text;
    const mark = t.marks.find((m) => m.text === '[это]');
    assert.ok(mark);
    assert.equal(mark.range.start.character, line.indexOf('[это]'));
    assert.equal(mark.range.start.character, 25);
    assert.equal([...line.slice(0, 25)].length, 24, 'counted in code points it would be 24');
  });

  test('an astral character in a label line: turn text, paragraph and unclosed bracket columns', () => {
    const { text, position } = withCursor('В.Соколов: 😀😀 начнём |(и забудем закрыть\nЕщё 😀 строка.');
    const t = parseTranscript(text);
    assert.deepEqual(t.unclosedMarks, [{ opener: '(', range: { start: position, end: { line: 0, character: position.character + 1 } } }]);
    assert.deepEqual(
      [t.turns[0].text.range, t.turns[0].paragraphs[0].range],
      [
        { start: { line: 0, character: 11 }, end: { line: 0, character: 41 } },
        { start: { line: 1, character: 0 }, end: { line: 1, character: 14 } },
      ],
    );
  });
});
