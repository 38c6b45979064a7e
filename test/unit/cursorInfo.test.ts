// cursorInfo: the status bar's "Turn 12/40 · В.Путин" — the turn the cursor is in (or has just left,
// on a stage line or a blank line after it), its speaker as the file most often writes them, and
// the transcript's words read at 120 words a minute, and the tradition the file is read by.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cursorInfo } from '../../server/src/features';
import { parseTranscript } from '../../server/src/transcript';
import { withCursor } from '../helpers/cursor';

const MEETING = [
  'Встреча с волонтёрами',
  '',
  '2023-05-02 15:00:00',
  '',
  'Владимир Путин встретился с волонтёрами.',
  'В.Путин: Добрый день, уважаемые друзья!',
  'Вопрос: Можно вопрос?',
  'В.Путин: Да, пожалуйста.',
  '(Смех.)',
  'Е.Корочкина: Спасибо большое.',
  'Мы работаем третий год.',
  '',
].join('\n');

/** cursorInfo at the `|` marked in `MEETING`: `marked` is a piece of it with the marker inside. */
function at(marked: string) {
  const plain = marked.replace('|', '');
  const start = MEETING.indexOf(plain);
  assert.ok(start >= 0 && MEETING.indexOf(plain, start + 1) < 0, `found once: ${plain}`);
  const { text, position } = withCursor(MEETING.slice(0, start) + marked + MEETING.slice(start + plain.length));
  return cursorInfo(parseTranscript(text), position);
}

const KREMLIN = { id: 'kremlin', name: 'kremlin.ru', detected: true };
const TOTALS = { turns: 4, words: 15, speakingMinutes: 0, wordsPerMinute: 120, timedTurns: 0, tradition: KREMLIN };

describe('cursorInfo', () => {
  test('in the header or the lead, before the first turn: no turn, no speaker', () => {
    assert.deepEqual(at('Встреча с |волонтёрами'), { turn: null, speaker: null, ...TOTALS });
    assert.deepEqual(at('встретился с волонтёрами.|'), { turn: null, speaker: null, ...TOTALS });
  });

  test('on a label line, at its start or in its text: that turn', () => {
    assert.deepEqual(at('|В.Путин: Добрый'), { turn: 1, speaker: 'В.Путин', ...TOTALS });
    assert.deepEqual(at('Можно| вопрос?'), { turn: 2, speaker: 'Вопрос', ...TOTALS });
  });

  test('on a remark or a continuation paragraph: the turn it belongs to', () => {
    assert.deepEqual(at('(Сме|х.)'), { turn: 3, speaker: 'В.Путин', ...TOTALS });
    assert.deepEqual(at('третий год.|'), { turn: 4, speaker: 'Е.Корочкина', ...TOTALS });
  });

  test('on the blank line after the last turn: the turn just left', () => {
    const { text, position } = withCursor(`${MEETING}|`);
    assert.deepEqual(cursorInfo(parseTranscript(text), position), { turn: 4, speaker: 'Е.Корочкина', ...TOTALS });
  });

  test('a turn under a rarer label form names the speaker as the file most often writes them', () => {
    const { text, position } = withCursor(['В.Соколов: Начнём.', 'Р.Мансуров: Дамбы готовы.', 'Соколов В.В.: Хоро|шо.', 'В.Соколов: Спасибо.'].join('\n'));
    assert.deepEqual(cursorInfo(parseTranscript(text), position), { turn: 3, turns: 4, speaker: 'В.Соколов', words: 5, speakingMinutes: 0, wordsPerMinute: 120, timedTurns: 0, tradition: KREMLIN });
  });

  test('speaking time: 8,640 words at 120 a minute are 72 minutes; 179 words round to 1', () => {
    const long = `А.Иванов: ${Array.from({ length: 8640 }, () => 'слово').join(' ')}`;
    assert.deepEqual(cursorInfo(parseTranscript(long), { line: 0, character: 0 }), { turn: 1, turns: 1, speaker: 'А.Иванов', words: 8640, speakingMinutes: 72, wordsPerMinute: 120, timedTurns: 0, tradition: KREMLIN });
    const short = `А.Иванов: ${Array.from({ length: 179 }, () => 'слово').join(' ')}`;
    assert.equal(cursorInfo(parseTranscript(short), { line: 0, character: 0 }).speakingMinutes, 1);
  });

  test('speaking time from the recording’s timestamps where the file has them: the turns they time', () => {
    const timed = ['[00:00:00] Anna Lee: Welcome.', '[00:04:00] Tom Hart: Thank you.', 'Anna Lee: Let us begin.', '[00:10:00] Tom Hart: Yes.', ''].join('\n');
    const { speakingMinutes, timedTurns, turns } = cursorInfo(parseTranscript(timed), { line: 0, character: 0 });
    assert.deepEqual({ speakingMinutes, timedTurns, turns }, { speakingMinutes: 10, timedTurns: 3, turns: 4 });
  });

  test('an empty document: no turns, nothing to read', () => {
    assert.deepEqual(cursorInfo(parseTranscript(''), { line: 0, character: 0 }), {
      turn: null,
      turns: 0,
      speaker: null,
      words: 0,
      speakingMinutes: 0,
      wordsPerMinute: 120,
      timedTurns: 0,
      tradition: KREMLIN,
    });
  });

  test('the tradition: detected from the labels, or named by the setting; its name in the server’s language', () => {
    const hearing = 'Mr. NIELDS. What was your role?\nMr. NORTH. I ran the operation.\n';
    const position = { line: 1, character: 0 };
    assert.deepEqual(cursorInfo(parseTranscript(hearing), position).tradition, { id: 'us-hearing', name: 'US hearing', detected: true });
    assert.deepEqual(cursorInfo(parseTranscript(hearing), position, 'ru').tradition, { id: 'us-hearing', name: 'Слушания (США)', detected: true });
    // Read as kremlin.ru reads, the period labels are prose: no turns.
    const { turns, tradition } = cursorInfo(parseTranscript(hearing, { tradition: 'kremlin' }), position);
    assert.deepEqual({ turns, tradition }, { turns: 0, tradition: { id: 'kremlin', name: 'kremlin.ru', detected: false } });
  });
});
