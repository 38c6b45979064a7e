// speakingTime: each turn's seconds, from the recording's timestamps where the file has them (a
// timed turn's run lasts until the next timestamp, shared among the run's turns by their words),
// else from words at 120 words a minute.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseTranscript, speakingTime } from '../../server/src/transcript';

const time = (lines: string[]) => speakingTime(parseTranscript(`${lines.join('\n')}\n`));

describe('speakingTime', () => {
  test('no timestamps: every turn estimated from its words at 120 words a minute', () => {
    assert.deepEqual(time(['В.Путин: Добрый день, уважаемые друзья!', 'Вопрос: Можно вопрос?', 'В.Путин: Да.']), {
      turns: [2, 1, 0.5],
      seconds: 3.5,
      timedTurns: 0,
    });
  });

  test('every turn timed: a turn lasts until the next one starts; the last one, with no end in the file, by its words', () => {
    assert.deepEqual(time(['[00:00:05] Anna Lee: Welcome.', '[00:00:12] Tom Hart: Thank you, Anna.', '[00:01:00] Anna Lee: Let us begin with the tides.']), {
      turns: [7, 48, 3],
      seconds: 58,
      timedTurns: 2,
    });
  });

  test('an untimed turn inside a timed run shares the run by words (at least one word each)', () => {
    assert.deepEqual(time(['[00:01:00] Anna Lee: One two three four five.', 'Tom Hart:', 'Bob Ray: Six seven.', '[00:01:40] Anna Lee: Eight.']), {
      turns: [25, 5, 10, 0.5],
      seconds: 40.5,
      timedTurns: 3,
    });
  });

  test('a time that is no real one (00:02:75) times nothing: its run joins the one before', () => {
    assert.deepEqual(time(['[00:01:00] Anna Lee: One two three.', '[00:02:75] Tom Hart: Four.', '[00:01:40] Anna Lee: Five.']), {
      turns: [30, 10, 0.5],
      seconds: 40.5,
      timedTurns: 2,
    });
  });

  test('turns before the first timestamp, and a run whose next timestamp is not later, are estimated', () => {
    assert.deepEqual(time(['Anna Lee: Good morning to you all.', '[00:02:00] Tom Hart: Hello there.', '[00:01:00] Anna Lee: Back again.', '[00:01:30] Tom Hart: Yes.']), {
      turns: [2.5, 1, 30, 0.5],
      seconds: 34,
      timedTurns: 1,
    });
  });
});
