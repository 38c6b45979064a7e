// What holds for every transcript: no line of the body is dropped or claimed twice (a continuation
// line always lands somewhere), and every range points, in UTF-16 columns, at exactly its text.
// Checked on every fixture, every sample, and a few shapes made to be awkward.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseTranscript } from '../../server/src/transcript';
import { fixtureNames, readFixture, readSample, sampleNames } from '../helpers/fixtures';
import { lineCoverageProblems, rangeProblems } from '../helpers/invariants';

const AWKWARD: [what: string, text: string][] = [
  ['a turn, then a separator, then narration and no heading turn', 'В.Соколов: Начнём.\n* * *\nЗаголовок раздела\nНарратив после заголовка.\nЕщё нарратив.\n'],
  ['a fragment that starts with continuation lines', 'Продолжение чужой реплики.\nЕщё строка.\nН.Абдуллаев: Теперь я.\n'],
  ['CRLF with trailing spaces and no-break spaces', 'Заголовок  \r\n\r\n2020-01-02 03:04:05 \r\n\r\nМесто\u00A0\r\n\r\nВ.Соколов :  Текст\u00A0 \r\nПродолжение \r\n'],
  ['an empty label line followed by its continuation', 'В.Соколов:\nТекст на следующей строке.\nН.Абдуллаев: Да.'],
  ['a URL in the middle and one at the end', 'В.Соколов: Смотрите http://example.org/a.\n\nhttp://example.org/news/copy/1\n'],
  ['a title and a date only', 'Заголовок\n\n2020-01-02 03:04:05\n'],
  ['separators only', '* * *\n* * *\n'],
  ['astral characters before marks, unclosed brackets', 'Н.Абдуллаев: 😀 [вставка] (Смех.) 😀 (открыто\n😀😀 &lt;…&gt; [\n'],
  ['a BOM, then a label', '\uFEFFВ.Соколов: Начнём.\nПродолжение.'],
  // Pages scraped from kremlin.ru carry U+200B where a space stands; the model skips it after a colon.
  ['zero-width spaces after the colon', 'В.Соколов:\u200B Начнём.\nН.Абдуллаев: \u200B\u200BДа.\nВ.Соколов: \u200B \n'],
];

function assertInvariants(text: string): void {
  const t = parseTranscript(text);
  assert.deepEqual(lineCoverageProblems(t), [], 'every non-blank line lands in exactly one part, whole');
  assert.deepEqual(rangeProblems(t), [], 'every range holds its text');
}

describe('every non-blank line lands in exactly one part of the model; every range holds its text', () => {
  for (const name of fixtureNames()) {
    test(`fixture ${name}`, () => assertInvariants(readFixture(name)));
  }
  for (const name of sampleNames()) {
    test(`sample ${name}`, () => assertInvariants(readSample(name)));
  }
  for (const [what, text] of AWKWARD) {
    test(what, () => assertInvariants(text));
  }

  test('the checks see a dropped line: a model with one paragraph removed fails them', () => {
    const t = parseTranscript(readFixture('only-turns.transcript'));
    t.turns[1].paragraphs.splice(1, 1);
    assert.deepEqual(lineCoverageProblems(t), ['line 4 is in no part of the model: "Второй – объездная дорога."']);
  });

  test('the checks see text that falls between a label and its text', () => {
    const t = parseTranscript('В.Соколов:\u200B Начнём.');
    t.turns[0].text.range.start.character += 2;
    assert.deepEqual(lineCoverageProblems(t), ['line 0: between label and text stands ":\u200B На"']);
  });

  test('the checks see a range counted in code points instead of UTF-16 code units', () => {
    const t = parseTranscript('Н.Абдуллаев: 😀 [вставка]');
    t.marks[0].range.start.character -= 1;
    t.marks[0].range.end.character -= 1;
    assert.deepEqual(rangeProblems(t), ['mark 0: 0:15-0:24 holds " [вставка", the model says "[вставка]"']);
  });
});
