// What every import must do, whatever the format: tell the format from the content (the extension
// only where the content does not say); keep every word of the input; write a transcript that reads
// back in the speech-to-text tradition with the turns, speakers and times intended, and that `lint`
// finds no error in; survive the round trip through the WebVTT export; and refuse bad input with a
// message naming its line, in English and Russian. The fixtures are test/fixtures/import/*.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { computeFindings, decodeImportBytes, detectImportFormat, importTranscript, toWebVtt } from '../../server/src/features';
import { parseTranscript, type Transcript } from '../../server/src/transcript';
import { wordsIn } from '../helpers/exportWords';

const FIXTURES = join(__dirname, '..', 'fixtures', 'import');
const FILES = ['interview.vtt', 'subtitles.srt', 'whisperx.json', 'assemblyai.json'];
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const lines = (...l: string[]) => l.join('\n');

function imported(name: string, content: string): string {
  const result = importTranscript(name, content, 'en');
  if ('error' in result) assert.fail(`${name}:${result.error.line}: ${result.error.message}`);
  return result.text;
}

/** Each turn as `label @ seconds: text`. */
function turnsOf(transcript: Transcript): string[] {
  return transcript.turns.map((t) => `${t.label.text} @ ${t.label.time?.seconds}: ${[t.text.text, ...t.paragraphs.map((p) => p.text)].join(' / ')}`);
}

/** The words of the input's speech: cue texts (markup and references as the reader takes them off)
 *  with SRT speaker prefixes, or the JSON segments' text. */
function inputWords(name: string, content: string): string[] {
  if (name.endsWith('.json')) {
    const data = JSON.parse(content) as { segments?: { text: string }[]; utterances?: { text: string }[] };
    return (data.segments ?? data.utterances ?? []).flatMap((s) => wordsIn(s.text));
  }
  const cueText = content
    .split(/\n\n+/)
    .filter((block) => block.includes('-->'))
    .map((block) => block.slice(block.indexOf('\n', block.indexOf('-->'))))
    .join('\n');
  return wordsIn(cueText.replace(/<[^>]*>/g, ' ').replace(/&amp;/g, '&'));
}

/** The words of the transcript's turns: their text, and their labels where a prefix of the input's
 *  text gave them (not the voices a dash or no speaker at all gives: `Speaker 1`, `Unknown speaker`). */
function outputWords(transcript: Transcript, withLabels: boolean): string[] {
  const prefixed = (label: string) => withLabels && !/^(?:Speaker [12]|Unknown speaker)$/.test(label);
  return transcript.turns.flatMap((t) => [...(prefixed(t.label.text) ? wordsIn(t.label.text) : []), ...wordsIn(t.text.text)]);
}

describe('import: the format', () => {
  test('told by the content first, then by the extension', () => {
    assert.deepEqual(
      [
        detectImportFormat('a.txt', 'WEBVTT\n\n00:01.000 --> 00:02.000\nHi'),
        detectImportFormat('a.srt', '\uFEFFWEBVTT'),
        detectImportFormat('a.vtt', '  {"segments": []}'),
        detectImportFormat('a.txt', '[]'),
        detectImportFormat('a.txt', '\n1\n00:00:01,000 --> 00:00:02,000\nHi'),
        detectImportFormat('a.txt', '00:00:01,000 --> 00:00:02,000\nHi'),
        detectImportFormat('a.vtt', 'WEBVTX'),
        detectImportFormat('C:\\captions\\A.SRT', 'Hello'),
        detectImportFormat('file:///x/a.json', 'Hello'),
        detectImportFormat('notes.txt', 'Hello'),
      ],
      ['webvtt', 'webvtt', 'json', 'json', 'srt', 'srt', 'webvtt', 'srt', 'json', undefined],
    );
  });

  test('the title is the file name’s, a URI’s decoded, when the input names none', () => {
    const vtt = 'WEBVTT\n\n00:01.000 --> 00:02.000\n<v Anna Lee>Hi.';
    assert.equal(imported('file:///home/me/Harbor%20interview.en.vtt', vtt), 'Harbor interview.en\n\nAnna Lee (00:00:01): Hi.\n');
    assert.equal(imported('/home/me/100%.vtt', vtt), '100%\n\nAnna Lee (00:00:01): Hi.\n');
  });

  test('a title that would read as a turn is left out; a date that is no date too', () => {
    const vtt = (title: string) => lines('WEBVTT', '', 'NOTE', `Title: ${title}`, 'Date: 2024-13-45', '', '00:01.000 --> 00:02.000', '<v Anna Lee>Hi.');
    assert.equal(imported('x.vtt', vtt('Agenda: the budget')), 'Agenda: the budget\n\nAnna Lee (00:00:01): Hi.\n');
    assert.equal(imported('x.vtt', vtt('Anna Lee (00:00:00): notes')), 'Anna Lee (00:00:01): Hi.\n');
  });
});

describe('import: every fixture', () => {
  for (const name of FILES) {
    test(`${name}: every word of its speech is kept, and nothing else`, () => {
      const transcript = parseTranscript(imported(name, fixture(name)));
      assert.deepEqual(outputWords(transcript, name.endsWith('.srt')).sort(), inputWords(name, fixture(name)).sort());
    });

    test(`${name}: read in the speech-to-text tradition, one line a turn, no lint error`, () => {
      const transcript = parseTranscript(imported(name, fixture(name)));
      assert.equal(transcript.tradition.id, 'speech-to-text');
      assert.ok(transcript.turns.length > 1);
      assert.ok(transcript.turns.every((t) => t.paragraphs.length === 0 && t.label.time !== undefined));
      assert.deepEqual(computeFindings(transcript).filter((f) => f.severity === DiagnosticSeverity.Error), []);
    });

    test(`${name}: import → WebVTT export → import gives the same turns, speakers and times`, () => {
      const first = imported(name, fixture(name));
      const vtt = toWebVtt(parseTranscript(first), 'en');
      assert.ok(vtt.ok);
      const second = imported(name.replace(/\.\w+$/, '.vtt'), vtt.text);
      assert.deepEqual(turnsOf(parseTranscript(second)), turnsOf(parseTranscript(first)));
      assert.equal(second, first);
    });
  }

  test('interview.vtt: the turns, speakers and times', () => {
    assert.deepEqual(turnsOf(parseTranscript(imported('interview.vtt', fixture('interview.vtt')))), [
      'Maya Ortiz @ 4: Okay, I think we’re recording now. Thanks for coming down to the docks.',
      'Tom Reyes @ 9: Glad to. It started three years ago, with a small grant & a very old crane. Three years.',
      'Maya Ortiz @ 12: And what changed?',
      'Tom Reyes @ 15: The city noticed: we invited them down.',
      // A known speaker's label glued after a sentence would read as a new turn: the turn is split there.
      'Tom Reyes @ 15: Maya Ortiz: she said so too.',
    ]);
  });

  test('hostile voices and text stay text: no label, mark or header comes of them', () => {
    const vtt = lines(
      'WEBVTT',
      '',
      '00:00:01.000 --> 00:00:02.000',
      '<v Anna>* * *</v>',
      '',
      '00:00:02.000 --> 00:00:03.000',
      '<v Anna>http://example.com</v>',
      '',
      '00:00:03.000 --> 00:00:04.000',
      '<v Boris>Thanks. Anna: sure. В.Путин: Добрый день.</v>',
      '',
      '00:00:04.000 --> 00:00:05.000',
      '<v Dr: Who>:) (00:01:20) 2024-01-01</v>',
    );
    const text = imported('x.vtt', vtt);
    assert.equal(
      text,
      lines(
        'x',
        '',
        'Anna (00:00:01): * * * http://example.com',
        'Boris (00:00:03): Thanks.',
        'Boris (00:00:03): Anna: sure.',
        'Boris (00:00:03): В.Путин: Добрый день.',
        'Dr Who (00:00:04): :) (00:01:20) 2024-01-01',
        '',
      ),
    );
    const transcript = parseTranscript(text);
    assert.equal(transcript.source, undefined);
    assert.equal(transcript.sections.length, 1);
    assert.deepEqual(computeFindings(transcript).filter((f) => f.severity === DiagnosticSeverity.Error), []);
  });
});

describe('import: bad input, refused with its line', () => {
  const cases: [string, string, string, number, string, string][] = [
    ['empty', 'a.vtt', '\uFEFF \n\n', 1, 'The file is empty: there is nothing to import.', 'Файл пуст: импортировать нечего.'],
    [
      'not a caption file',
      'notes.txt',
      'Dear diary,\nit rained.',
      1,
      'Not a caption or speech-to-text file: Stenogram imports WebVTT (it starts with “WEBVTT”), SRT (numbered cues timed “00:00:01,000 --> 00:00:04,000”) and speech-to-text JSON (Whisper, WhisperX, AssemblyAI).',
      'Это не файл субтитров и не результат распознавания речи: Stenogram импортирует WebVTT (начинается со строки «WEBVTT»), SRT (нумерованные фрагменты с временем «00:00:01,000 --> 00:00:04,000») и JSON распознавания речи (Whisper, WhisperX, AssemblyAI).',
    ],
    ['a .vtt without its signature', 'a.vtt', 'WEBVT\n\n00:01.000 --> 00:02.000\nHi', 1, 'A WebVTT file starts with the line “WEBVTT”; this one starts with “WEBVT”.', 'Файл WebVTT начинается со строки «WEBVTT», а этот — с «WEBVT».'],
    ['61 minutes', 'a.vtt', 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHi\n\n00:61:00.000 --> 00:62:00.000\nLater', 6, 'The time “00:61:00.000” has 61 minutes: minutes go up to 59.', 'Во времени «00:61:00.000» минут 61, а их не больше 59.'],
    ['60 seconds', 'a.srt', '1\n00:00:60,000 --> 00:01:02,000\nHi', 2, 'The time “00:00:60,000” has 60 seconds: seconds go up to 59.', 'Во времени «00:00:60,000» секунд 60, а их не больше 59.'],
    ['end before start', 'a.srt', '1\n00:00:09,000 --> 00:00:08,000\nHi', 2, 'The cue ends (00:00:08,000) before it starts (00:00:09,000).', 'Фрагмент заканчивается (00:00:08,000) раньше, чем начинается (00:00:09,000).'],
    ['a broken timing', 'a.vtt', 'WEBVTT\n\n00:00:01.000 -> 00:00:02.000\n-->\nHi', 4, '“-->” is not a cue timing: write “00:00:01.000 --> 00:00:04.000”.', '«-->» — не время фрагмента: нужно «00:00:01.000 --> 00:00:04.000».'],
    ['a time that is no time', 'a.vtt', 'WEBVTT\n\n00:00:01.000 --> soon\nHi', 3, '“soon” is not a cue timing: write “00:00:01.000 --> 00:00:04.000”.', '«soon» — не время фрагмента: нужно «00:00:01.000 --> 00:00:04.000».'],
    ['100 hours in', 'a.vtt', 'WEBVTT\n\n100:00:00.000 --> 100:00:01.000\nHi', 3, 'The time 100:00:00 is 100 hours or more into the recording: a transcript times its turns up to 99:59:59.', 'Время 100:00:00 — 100 часов записи или больше: в стенограмме время реплик не больше 99:59:59.'],
    ['text outside a cue', 'a.vtt', 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHi\n\nLost words\nmore', 6, '“Lost words” belongs to no cue: no timing line (“00:00:01.000 --> 00:00:04.000”) comes before it.', '«Lost words» не относится ни к одному фрагменту: перед текстом нет строки времени («00:00:01.000 --> 00:00:04.000»).'],
    ['no speech', 'a.vtt', 'WEBVTT\n\nNOTE only a comment\n\n00:00:01.000 --> 00:00:02.000\n<i></i>\n', 7, 'The file holds no speech: no cue or segment has any text.', 'В файле нет речи: ни в одном фрагменте нет текста.'],
    ['JSON that breaks off', 'a.json', '{\n  "segments": [\n    { "start": 1,', 3, 'Not valid JSON: the text breaks off here or holds a character JSON does not allow.', 'Это не JSON: текст здесь обрывается или в нём символ, недопустимый в JSON.'],
    [
      'JSON of another shape (Deepgram)',
      'a.json',
      '{ "results": { "channels": [] } }',
      1,
      'This JSON is not a speech-to-text export Stenogram reads: Whisper and WhisperX write “segments”: [{ "start", "text", "speaker" }], AssemblyAI writes “utterances”: [{ "speaker", "start", "text" }].',
      'Этот JSON не похож на известный Stenogram формат распознавания речи: Whisper и WhisperX пишут «segments»: [{ "start", "text", "speaker" }], AssemblyAI — «utterances»: [{ "speaker", "start", "text" }].',
    ],
    ['a segment with no start', 'a.json', '{\n  "segments": [\n    { "start": 0, "text": "a" },\n    {\n      "text": "b" }\n  ]\n}', 4, 'segments[1]: “start” is missing or is not a number of seconds (0 or more).', 'segments[1]: поля «start» нет, или это не число секунд (0 или больше).'],
    ['an utterance with a negative start', 'a.json', '{"utterances": [\n{"speaker": "A", "start": -5, "text": "a"}]}', 2, 'utterances[0]: “start” is missing or is not a number of milliseconds (0 or more).', 'utterances[0]: поля «start» нет, или это не число миллисекунд (0 или больше).'],
    ['a segment ending before it starts', 'a.json', '[\n{"start": 5, "end": 4, "text": "a"}]', 2, '[0]: “end” (4) is before “start” (5).', '[0]: «end» (4) раньше, чем «start» (5).'],
    ['a segment whose text is no text', 'a.json', '{"segments": [{"start": 1, "text": 7}]}', 1, 'segments[0]: “text” is missing or is not text.', 'segments[0]: поля «text» нет, или это не текст.'],
    ['a segment that is no object', 'a.json', '{"segments": [\n\n"hello"]}', 3, 'segments[0] is not an object { … }.', 'segments[0] — не объект { … }.'],
  ];
  for (const [what, name, content, line, en, ru] of cases) {
    test(`${what}: line ${line}`, () => {
      assert.deepEqual(importTranscript(name, content, 'en'), { error: { line, message: en } });
      assert.deepEqual(importTranscript(name, content, 'ru'), { error: { line, message: ru } });
    });
  }
});

describe('import: bytes to text', () => {
  const utf8 = (s: string) => new TextEncoder().encode(s);
  const utf16 = (s: string, little: boolean) => {
    const bytes = [little ? 0xff : 0xfe, little ? 0xfe : 0xff];
    for (let i = 0; i < s.length; i++) {
      const unit = s.charCodeAt(i);
      bytes.push(...(little ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff]));
    }
    return new Uint8Array(bytes);
  };

  test('UTF-8 with or without a BOM, and UTF-16 with its BOM, are text', () => {
    assert.deepEqual(decodeImportBytes(utf8('WEBVTT\nПривет'), 'en'), { text: 'WEBVTT\nПривет' });
    assert.deepEqual(decodeImportBytes(utf8('\uFEFFWEBVTT'), 'en'), { text: 'WEBVTT' });
    assert.deepEqual(decodeImportBytes(utf16('WEBVTT\nПривет', true), 'en'), { text: 'WEBVTT\nПривет' });
    assert.deepEqual(decodeImportBytes(utf16('WEBVTT\nПривет', false), 'en'), { text: 'WEBVTT\nПривет' });
  });

  test('bytes that are no UTF-8 are refused on their line: a Latin-1 é, a lone continuation byte, an overlong form, a surrogate', () => {
    const message = 'Not UTF-8 text: these bytes are no character. Save the file as UTF-8 (or UTF-16 with a byte order mark) and import it again.';
    const withBytes = (before: string, bad: number[]) => new Uint8Array([...utf8(before), ...bad, ...utf8('\nend')]);
    assert.deepEqual(decodeImportBytes(withBytes('WEBVTT\n\n1\nCaf', [0xe9]), 'en'), { error: { line: 4, message } });
    assert.deepEqual(decodeImportBytes(withBytes('a\nb', [0x80]), 'en'), { error: { line: 2, message } });
    assert.deepEqual(decodeImportBytes(withBytes('a', [0xc0, 0xaf]), 'en'), { error: { line: 1, message } });
    assert.deepEqual(decodeImportBytes(withBytes('a\n\n\n', [0xed, 0xa0, 0x80]), 'en'), { error: { line: 4, message } });
    assert.deepEqual(decodeImportBytes(withBytes('a\n', [0xe2, 0x82]), 'ru'), {
      error: { line: 2, message: 'Это не текст в UTF-8: эти байты не образуют символа. Сохраните файл в UTF-8 (или в UTF-16 с меткой порядка байтов) и импортируйте снова.' },
    });
  });

  test('UTF-16 with an unpaired surrogate is refused on its line', () => {
    const bytes = utf16('a\nb\n\uD800c', true);
    assert.deepEqual(decodeImportBytes(bytes, 'en'), {
      error: { line: 3, message: 'The file starts like UTF-16 text (a byte order mark) but these bytes are no character in it.' },
    });
  });
});
