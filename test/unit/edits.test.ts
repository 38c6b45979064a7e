// applyEdits, the test helper that turns a fix into the whole text it leaves: LSP TextEdits applied
// by UTF-16 offsets, on LF, CRLF and CR text, refusing overlaps and positions outside the text.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, offsetAt, type Edit } from '../helpers/edits';

const at = (line: number, character: number) => ({ line, character });
const edit = (sl: number, sc: number, el: number, ec: number, newText: string): Edit => ({ range: { start: at(sl, sc), end: at(el, ec) }, newText });

describe('applyEdits', () => {
  test('no edits: the text unchanged', () => {
    assert.equal(applyEdits('В.Соколов: Начнём.\n', []), 'В.Соколов: Начнём.\n');
  });

  test('an insert, a replacement and a deletion on one line, given out of order', () => {
    assert.equal(
      applyEdits('В.Соколов :Начнём с главного.', [edit(0, 11, 0, 11, ' '), edit(0, 9, 0, 10, ''), edit(0, 0, 0, 1, 'Н')]),
      'Н.Соколов: Начнём с главного.',
    );
  });

  test('an edit across a line break joins the lines', () => {
    assert.equal(applyEdits('В.Соколов: Начнём.\nН.Абдуллаев:\nР.Мансуров: Да.', [edit(1, 0, 2, 0, '')]), 'В.Соколов: Начнём.\nР.Мансуров: Да.');
  });

  test('CRLF: a line break is two code units, and line 1 starts after both', () => {
    assert.equal(applyEdits('В.Соколов: Да.\r\nН.Абдуллаев Нет.\r\n', [edit(1, 11, 1, 11, ':')]), 'В.Соколов: Да.\r\nН.Абдуллаев: Нет.\r\n');
    assert.equal(applyEdits('Одна.\r\nДве.', [edit(0, 5, 1, 0, ' ')]), 'Одна. Две.');
  });

  test('CR alone ends a line too', () => {
    assert.equal(applyEdits('Одна.\rДве.\rТри.', [edit(2, 0, 2, 3, 'Четыре')]), 'Одна.\rДве.\rЧетыре.');
  });

  test('columns are UTF-16 code units: 😀 counts two', () => {
    assert.equal(applyEdits('В.Соколов: 😀 (Смех.', [edit(0, 20, 0, 20, ')')]), 'В.Соколов: 😀 (Смех.)');
    assert.equal(offsetAt('😀😀x', at(0, 4)), 4);
  });

  test('edits that touch apply; inserts at one position apply in array order', () => {
    assert.equal(applyEdits('abc', [edit(0, 0, 0, 1, 'A'), edit(0, 1, 0, 2, 'B')]), 'ABc');
    assert.equal(applyEdits('abc', [edit(0, 1, 0, 1, '1'), edit(0, 1, 0, 1, '2')]), 'a12bc');
    assert.equal(applyEdits('abc', [edit(0, 1, 0, 1, '1'), edit(0, 1, 0, 2, 'B')]), 'a1Bc');
  });

  test('the end of the last line, and the empty last line after a final line break, are positions', () => {
    assert.equal(applyEdits('Да.', [edit(0, 3, 0, 3, '!')]), 'Да.!');
    assert.equal(applyEdits('Да.\n', [edit(1, 0, 1, 0, 'Нет.')]), 'Да.\nНет.');
  });

  test('overlapping edits are refused', () => {
    assert.throws(() => applyEdits('abcdef', [edit(0, 0, 0, 3, 'x'), edit(0, 2, 0, 4, 'y')]), /edits 0 and 1 overlap/);
    assert.throws(() => applyEdits('abcdef', [edit(0, 1, 0, 2, 'x'), edit(0, 1, 0, 3, 'y')]), /edits 0 and 1 overlap/);
  });

  test('a position outside the text is refused, not clamped', () => {
    assert.throws(() => applyEdits('Да.\nНет.', [edit(0, 4, 0, 4, '!')]), /0:4 is past the end of line 0 \(3 code units\)/);
    assert.throws(() => applyEdits('Да.\r\nНет.', [edit(0, 4, 0, 4, '!')]), /past the end of line 0/);
    assert.throws(() => applyEdits('Да.', [edit(1, 0, 1, 0, '!')]), /line 1 is outside a text of 1 line\(s\)/);
    assert.throws(() => applyEdits('Да.', [edit(0, 2, 0, 1, '')]), /edit 0 ends before it starts/);
  });
});
