// Import, format by format: a small WebVTT, SRT, Whisper/WhisperX or AssemblyAI input written inline,
// and the transcript it becomes written out in full. What every import must keep (every word, a text
// that reads back as written, no lint error) is import.test.ts's.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { importTranscript } from '../../server/src/features';

const lines = (...l: string[]) => l.join('\n');

/** The transcript `content` becomes when imported from a file named `name`. */
function imported(name: string, content: string): string {
  const result = importTranscript(name, content, 'en');
  if ('error' in result) assert.fail(`line ${result.error.line}: ${result.error.message}`);
  return result.text;
}

describe('import WebVTT', () => {
  test('consecutive cues of one voice are one turn, timed by its first cue; the title and date from a NOTE', () => {
    const vtt = lines(
      'WEBVTT',
      'Kind: captions',
      '',
      'NOTE',
      'Title: Harbor project interview',
      'Date: 2024-03-01',
      '',
      '1',
      '00:00:04.000 --> 00:00:06.500',
      '<v Maya Ortiz>Okay, we are recording.</v>',
      '',
      '2',
      '00:00:06.500 --> 00:00:09.000',
      '<v Maya Ortiz>Thanks for coming.</v>',
      '',
      '00:01:29.900 --> 00:01:33.000',
      '<v Tom Reyes>Glad to.</v>',
      '',
    );
    assert.equal(
      imported('interview.vtt', vtt),
      lines(
        'Harbor project interview',
        '',
        '',
        '2024-03-01',
        '',
        'Maya Ortiz (00:00:04): Okay, we are recording. Thanks for coming.',
        'Tom Reyes (00:01:29): Glad to.',
        '',
      ),
    );
  });

  test('markup is removed and references decoded; a stray < stays text', () => {
    const vtt = lines(
      'WEBVTT',
      '',
      '00:00:01.000 --> 00:00:04.000',
      '<v.loud Anna Petrova><i>Tom</i> &amp; <b>Jerry</b> <00:00:02.000>said <c.yellow>5 < 6</c>,',
      'not &lt;7&gt;&nbsp;&#8212; &eacute;h.',
    );
    assert.equal(imported('a.vtt', vtt), 'a\n\nAnna Petrova (00:00:01): Tom & Jerry said 5 < 6, not <7>\u00A0— &eacute;h.\n');
  });

  test('two voices in one cue are two turns at the cue’s time; a cue with no voice goes on the previous turn', () => {
    const vtt = lines(
      'WEBVTT - Morning briefing',
      '',
      '00:00:10.000 --> 00:00:12.000',
      '<v Anna>Ready?</v> <v Boris>Ready.</v>',
      '',
      '00:00:12.000 --> 00:00:14.000',
      'Let us begin.',
    );
    assert.equal(imported('x.vtt', vtt), lines('Morning briefing', '', 'Anna (00:00:10): Ready?', 'Boris (00:00:10): Ready. Let us begin.', ''));
  });

  test('“Name:” inside a voice span stays the voice’s words: at the start of its turn, and glued after a sentence (a turn of its own)', () => {
    const vtt = lines(
      'WEBVTT',
      '',
      '00:00:01.000 --> 00:00:02.000',
      '<v Boris>Anna: are you there?</v>',
      '',
      '00:00:03.000 --> 00:00:04.000',
      '<v Anna>Yes. Boris: come in.</v>',
    );
    assert.equal(
      imported('x.vtt', vtt),
      lines('x', '', 'Boris (00:00:01): Anna: are you there?', 'Anna (00:00:03): Yes.', 'Anna (00:00:03): Boris: come in.', ''),
    );
  });

  test('Zoom’s WebVTT: no voice spans, the speaker as a prefix of the text', () => {
    const vtt = lines(
      'WEBVTT',
      '',
      '1',
      '00:00:02.140 --> 00:00:05.990',
      'Anna Petrova: Good morning, everyone.',
      '',
      '2',
      '00:00:06.300 --> 00:00:08.000',
      'Anna Petrova: Shall we start?',
      '',
      '3',
      '00:00:08.500 --> 00:00:09.000',
      'Guest 2: Yes.',
    );
    assert.equal(imported('GMT20240301-Recording.transcript.vtt', vtt), lines(
      'GMT20240301-Recording.transcript',
      '',
      'Anna Petrova (00:00:02): Good morning, everyone. Shall we start?',
      'Guest 2 (00:00:08): Yes.',
      '',
    ));
  });

  test('speakers that no label form reads are made readable, the same way every time', () => {
    const vtt = lines(
      'WEBVTT',
      '',
      '00:00:01.000 --> 00:00:02.000',
      '<v SPEAKER_00>One.',
      '',
      '00:00:02.000 --> 00:00:03.000',
      '<v anna>Two.',
      '',
      '00:00:03.000 --> 00:00:04.000',
      '<v B>Three.',
      '',
      '00:00:04.000 --> 00:00:05.000',
      '<v &lt;img src=x onerror=alert(1)&gt;>Four.',
      '',
      '00:00:05.000 --> 00:00:06.000',
      '<v SPEAKER_00>Five.',
    );
    assert.equal(
      imported('x.vtt', vtt),
      lines(
        'x',
        '',
        'SPEAKER 00 (00:00:01): One.',
        'Anna (00:00:02): Two.',
        'Speaker B (00:00:03): Three.',
        'Unnamed speaker 1 (00:00:04): Four.',
        'SPEAKER 00 (00:00:05): Five.',
        '',
      ),
    );
  });

  test('STYLE and REGION blocks are skipped; cue settings ignored; CRLF and a BOM read as LF', () => {
    const vtt = '\uFEFF' + ['WEBVTT', '', 'STYLE', '::cue { color: yellow }', '', 'REGION', 'id:fred', '', '00:01.000 --> 00:02.000 line:90% align:start', '<v Anna Lee>Hi.', ''].join('\r\n');
    assert.equal(imported('x.vtt', vtt), 'x\n\nAnna Lee (00:00:01): Hi.\n');
  });
});

describe('import SRT', () => {
  test('speaker prefixes in capitals and in words, dialogue dashes, a cue with no speaker going on', () => {
    const srt = lines(
      '1',
      '00:00:01,000 --> 00:00:03,000',
      'ANNA PETROVA: Where were you last night?',
      '',
      '2',
      '00:00:03,200 --> 00:00:05,000',
      '<i>BORIS:</i> At the harbour.',
      'I was working late.',
      '',
      '3',
      '00:00:05,500 --> 00:00:07,000',
      '- With whom?',
      '-Alone.',
      '',
      '4',
      '00:00:07,500 --> 00:00:09,000',
      'Anna Petrova: I don’t believe you.',
      '',
      '5',
      '00:00:09,000 --> 00:00:10,000',
      'Not a word of it.',
      '',
    );
    assert.equal(
      imported('night.srt', srt),
      lines(
        'night',
        '',
        'ANNA PETROVA (00:00:01): Where were you last night?',
        'BORIS (00:00:03): At the harbour. I was working late.',
        'Speaker 1 (00:00:05): With whom?',
        'Speaker 2 (00:00:05): Alone.',
        'Anna Petrova (00:00:07): I don’t believe you. Not a word of it.',
        '',
      ),
    );
  });

  test('dashes alternate between two voices, the first not the one who spoke last; no speaker at all is Unknown speaker', () => {
    const srt = lines('1', '00:00:01,000 --> 00:00:02,000', 'Hello?', '', '2', '00:00:02,000 --> 00:00:03,000', '- Hi.', '- Who is it?', '', '3', '00:00:03,000 --> 00:00:04,000', '- Me.', '- Oh.', '');
    assert.equal(
      imported('x.srt', srt),
      lines(
        'x',
        '',
        'Unknown speaker (00:00:01): Hello?',
        'Speaker 1 (00:00:02): Hi.',
        'Speaker 2 (00:00:02): Who is it?',
        'Speaker 1 (00:00:03): Me.',
        'Speaker 2 (00:00:03): Oh.',
        '',
      ),
    );
  });

  test('real files’ slips: no numbers, a period before the milliseconds, no blank line before the next cue, a blank line inside a cue', () => {
    const srt = lines(
      '00:00:01.5 --> 00:00:02,000',
      'ANNA: One.',
      '2',
      '00:00:02,000 --> 00:00:03,000',
      'Two.',
      '',
      'Three, after a blank line.',
      '',
      '3',
      '00:00:04,000 --> 00:00:05,000 X1:100 X2:200 Y1:10 Y2:20',
      '{\\an8}BORIS: Four.',
    );
    assert.equal(imported('x.srt', srt), lines('x', '', 'ANNA (00:00:01): One. Two. Three, after a blank line.', 'BORIS (00:00:04): Four.', ''));
  });

  test('a colon in prose is no speaker: lowercase words, a time, more than five words', () => {
    const srt = lines(
      '1',
      '00:00:01,000 --> 00:00:02,000',
      'DAN: We met at 10:30: early.',
      'note this: nothing changed.',
      'The Best Harbour In The World Today: maybe.',
    );
    assert.equal(imported('x.srt', srt), 'x\n\nDAN (00:00:01): We met at 10:30: early. note this: nothing changed. The Best Harbour In The World Today: maybe.\n');
  });
});

describe('import speech-to-text JSON', () => {
  test('WhisperX: segments with speakers (SPEAKER_00 as “SPEAKER 00”); a segment without one goes on the turn', () => {
    const json = JSON.stringify({
      segments: [
        { start: 0.52, end: 3.1, text: ' Welcome back to the show.', speaker: 'SPEAKER_00', words: [{ word: 'Welcome', start: 0.52 }] },
        { start: 3.4, end: 5.0, text: ' Today: harbours.', speaker: 'SPEAKER_00' },
        { start: 65.6, end: 68.25, text: ' Thanks for having me.', speaker: 'SPEAKER_01' },
        { start: 68.3, end: 69.0, text: ' It is a pleasure.' },
      ],
      language: 'en',
    });
    assert.equal(
      imported('episode-12.json', json),
      lines('episode-12', '', 'SPEAKER 00 (00:00:00): Welcome back to the show. Today: harbours.', 'SPEAKER 01 (00:01:05): Thanks for having me. It is a pleasure.', ''),
    );
  });

  test('Whisper without diarization: one turn of Unknown speaker; the segments array alone reads too', () => {
    const whisper = { text: ' Hello. Goodbye.', segments: [{ id: 0, seek: 0, start: 0, end: 2, text: ' Hello.', tokens: [1, 2] }, { id: 1, start: 2, end: 4, text: ' Goodbye.' }] };
    assert.equal(imported('talk.json', JSON.stringify(whisper)), 'talk\n\nUnknown speaker (00:00:00): Hello. Goodbye.\n');
    assert.equal(imported('talk.json', JSON.stringify(whisper.segments)), 'talk\n\nUnknown speaker (00:00:00): Hello. Goodbye.\n');
  });

  test('AssemblyAI: utterances timed in milliseconds, speakers A and B as “Speaker A”, “Speaker B”', () => {
    const json = JSON.stringify({
      id: '5551722-f677',
      status: 'completed',
      text: 'Good morning. Good morning to you. Shall we begin?',
      utterances: [
        { speaker: 'A', start: 250, end: 1400, text: 'Good morning.', confidence: 0.98, words: [] },
        { speaker: 'B', start: 1650, end: 3020, text: 'Good morning to you.' },
        { speaker: 'A', start: 3723500, end: 3724800, text: 'Shall we begin?' },
      ],
    });
    assert.equal(
      imported('call.json', json),
      lines('call', '', 'Speaker A (00:00:00): Good morning.', 'Speaker B (00:00:01): Good morning to you.', 'Speaker A (01:02:03): Shall we begin?', ''),
    );
  });
});
