// The WebVTT export (features/export/vtt.ts): one cue per turn in a voice span of its label, timed by
// the turns' timestamps; the header, lead and headings in NOTE comments; text escaped; a transcript
// without timestamps refused with a message. The round trip through import is import.test.ts's.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { toWebVtt } from '../../server/src/features';
import { parseTranscript } from '../../server/src/transcript';
import { contentWords, missingWords } from '../helpers/exportWords';

const lines = (...l: string[]) => l.join('\n');

function webVtt(...transcript: string[]): string {
  const result = toWebVtt(parseTranscript(lines(...transcript)), 'en');
  if (!result.ok) assert.fail(result.message);
  return result.text;
}

const INTERVIEW = [
  'Harbor interview',
  '',
  '2024-03-01 14:00:00',
  '',
  'Port of Oakland',
  '',
  'A talk about the harbor --> and its crane.',
  '[00:00:04] Speaker 1: Tom & Jerry <3 say --> here.',
  'A second paragraph.',
  '[00:00:07] <img src=x onerror=alert(1)>: hostile',
  '* * *',
  'Part two',
  '[00:01:00] Speaker 1: Back again, five words now.',
  '',
  'https://example.com/interview/1',
];

describe('toWebVtt', () => {
  test('the header, lead and source in a NOTE, a heading in a NOTE before its section, each turn a voice; text escaped', () => {
    assert.equal(
      webVtt(...INTERVIEW),
      lines(
        'WEBVTT',
        '',
        'NOTE',
        'Title: Harbor interview',
        'Date: 2024-03-01 14:00:00',
        'Place: Port of Oakland',
        'A talk about the harbor - -> and its crane.',
        'Source: https://example.com/interview/1',
        '',
        '00:00:04.000 --> 00:01:00.000',
        '<v Speaker 1>Tom &amp; Jerry &lt;3 say --&gt; here.',
        'A second paragraph.',
        '[00:00:07] &lt;img src=x onerror=alert(1)&gt;: hostile</v>',
        '',
        'NOTE',
        'Part two',
        '',
        // The last cue lasts as long as its five words take at 120 words a minute.
        '00:01:00.000 --> 00:01:02.500',
        '<v Speaker 1>Back again, five words now.</v>',
        '',
      ),
    );
  });

  test('every word of the transcript is kept', () => {
    const text = webVtt(...INTERVIEW);
    assert.deepEqual(missingWords(contentWords(parseTranscript(lines(...INTERVIEW))), text.replace(/&(?:amp|lt|gt);/g, ' ')), []);
  });

  test('turns of one time share a cue; an untimed turn starts where the one before would end, never after the next timed one; time runs forward', () => {
    assert.equal(
      webVtt(
        'Speaker 1: untimed first.',
        'Anna Lee (00:00:10): one two three four five six seven eight nine ten',
        'Boris (00:00:10): same time',
        'Anna Lee: untimed four words',
        'Boris (00:00:30): later',
        'Anna Lee (00:00:20): back in time',
      ),
      lines(
        'WEBVTT',
        '',
        '00:00:00.000 --> 00:00:10.000',
        '<v Speaker 1>untimed first.</v>',
        '',
        '00:00:10.000 --> 00:00:11.000',
        '<v Anna Lee>one two three four five six seven eight nine ten</v>',
        '<v Boris>same time</v>',
        '',
        '00:00:11.000 --> 00:00:30.000',
        '<v Anna Lee>untimed four words</v>',
        '',
        '00:00:30.000 --> 00:00:32.000',
        '<v Boris>later</v>',
        '<v Anna Lee>back in time</v>',
        '',
      ),
    );
  });

  test('Otter’s label alone on its line with the speech below, and fractions of a second', () => {
    assert.equal(
      webVtt('Anna Lee  0:01.5', 'Hello there.', 'Boris  1:02:03', 'Hi.'),
      lines('WEBVTT', '', '00:00:01.500 --> 01:02:03.000', '<v Anna Lee>Hello there.</v>', '', '01:02:03.000 --> 01:02:04.000', '<v Boris>Hi.</v>', ''),
    );
  });

  test('a transcript with no timestamp is refused with a message, in English and in Russian', () => {
    const transcript = parseTranscript(lines('В.Путин: Добрый день.', 'Н.Назарбаев: Спасибо.'));
    assert.deepEqual(toWebVtt(transcript, 'en'), {
      ok: false,
      message: 'This transcript has no timestamps, so WebVTT cues cannot be timed: write a turn’s time in its label (“Anna Petrova (00:01:23): …” or “[00:01:23] Anna Petrova: …”).',
    });
    assert.deepEqual(toWebVtt(transcript, 'ru'), {
      ok: false,
      message: 'В стенограмме нет отметок времени, поэтому фрагментам WebVTT не задать время: укажите время реплики в метке («Anna Petrova (00:01:23): …» или «[00:01:23] Anna Petrova: …»).',
    });
    assert.deepEqual(toWebVtt(parseTranscript(''), 'en').ok, false);
  });
});
