// Export: the one document every writer reads (exportDocument), the Markdown writer, and
// `stenogram export` on the command line. Each format's own writer has its export-<format>.test.ts.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXPORT_FORMATS, exportDocument, exportFormat, exportTranscript, toMarkdown, type ExportPerson } from '../../server/src/features';
import { audienceSounds, parseTranscript } from '../../server/src/transcript';
import { run } from '../helpers/cli';
import { contentWords, missingWords } from '../helpers/exportWords';
import { readSample, samplePath } from '../helpers/fixtures';

const MEETING = [
  'Встреча с волонтёрами',
  '',
  '2023-05-02 15:00:00',
  '',
  'Москва, Кремль',
  '',
  'Владимир Путин встретился с волонтёрами.',
  '* * *',
  'Начало встречи',
  'В.Путин: Добрый день, уважаемые друзья! (Аплодисменты.)',
  'Вопрос: Можно вопрос [о форуме]?',
  'В.Путин: Да, пожалуйста. &lt;…&gt;',
  '(Смех.)',
  'Е.Корочкина: Спасибо большое.',
  'Мы работаем третий год.',
  '',
].join('\n');

const PUTIN: ExportPerson = { id: 'В.Путин', label: 'В.Путин', isRole: false, turns: 2, words: 8, name: 'Владимир Путин', who: 'Владимир Путин' };
const QUESTION: ExportPerson = { id: 'Вопрос', label: 'Вопрос', isRole: true, turns: 1, words: 4 };
const KOROCHKINA: ExportPerson = { id: 'Е.Корочкина', label: 'Е.Корочкина', isRole: false, turns: 1, words: 6 };

const text = (t: string) => ({ kind: 'text' as const, text: t });

describe('exportDocument: what every writer reads', () => {
  test('the header, the lead, a section, its turns cut at their marks, and who speaks', () => {
    assert.deepEqual(exportDocument(parseTranscript(MEETING)), {
      title: 'Встреча с волонтёрами',
      date: { text: '2023-05-02 15:00:00', iso: '2023-05-02T15:00:00' },
      place: 'Москва, Кремль',
      lead: [[text('Владимир Путин встретился с волонтёрами.')]],
      sections: [
        {
          anchor: 'section-1',
          heading: 'Начало встречи',
          narration: [],
          line: 7,
          turns: [
            {
              index: 0,
              anchor: 'turn-1',
              speaker: PUTIN,
              label: 'В.Путин',
              line: 9,
              paragraphs: [[text('Добрый день, уважаемые друзья! '), { kind: 'mark', mark: 'remark', text: '(Аплодисменты.)', sounds: ['applause'] }]],
            },
            {
              index: 1,
              anchor: 'turn-2',
              speaker: QUESTION,
              label: 'Вопрос',
              line: 10,
              paragraphs: [[text('Можно вопрос '), { kind: 'mark', mark: 'insertion', text: '[о форуме]', sounds: [] }, text('?')]],
            },
            {
              index: 2,
              anchor: 'turn-3',
              speaker: PUTIN,
              label: 'В.Путин',
              line: 11,
              paragraphs: [
                [text('Да, пожалуйста. '), { kind: 'mark', mark: 'omission', text: '&lt;…&gt;', sounds: [] }],
                [{ kind: 'mark', mark: 'remark', text: '(Смех.)', sounds: ['laughter'] }],
              ],
            },
            {
              index: 3,
              anchor: 'turn-4',
              speaker: KOROCHKINA,
              label: 'Е.Корочкина',
              line: 13,
              paragraphs: [[text('Спасибо большое.')], [text('Мы работаем третий год.')]],
            },
          ],
        },
      ],
      people: [PUTIN, QUESTION, KOROCHKINA],
      language: 'ru',
      turns: 4,
      words: 18,
    });
  });

  test('people ids are XML names: what a name cannot hold becomes `_`', () => {
    const people = exportDocument(parseTranscript('MS. HALL: One.\nMR. HALL: Two.\nAnna Lee (CNN): Three.\n', { tradition: 'us-press' })).people.map((p) => p.id);
    assert.deepEqual(people, ['MS._HALL', 'MR._HALL', 'Anna_Lee']);
  });

  test('a turn keeps its recording time and its translation note', () => {
    const [turn] = exportDocument(parseTranscript('Interview\n\n[00:01:23] Anna Lee: Hello.\nЭ.Макрон (как переведено): Да.\n', { tradition: 'speech-to-text' })).sections[0].turns;
    assert.deepEqual([turn.label, turn.time], ['Anna Lee', { text: '00:01:23', seconds: 83 }]);
    const translated = exportDocument(parseTranscript('В.Путин: Добрый день.\nЭ.Макрон (как переведено): Да.\n')).sections[0].turns[1];
    assert.deepEqual([translated.label, translated.note], ['Э.Макрон (как переведено)', '(как переведено)']);
  });
});

describe('audienceSounds: what a remark reports', () => {
  test('laughter and applause, in English and Russian, alone or together; anything else none', () => {
    const cases: [string, string[]][] = [
      ['(Смех.)', ['laughter']],
      ['(Аплодисменты.)', ['applause']],
      ['(Laughter.)', ['laughter']],
      ['(Laughs.)', ['laughter']],
      ['(Applause)', ['applause']],
      ['(Laughter and applause.)', ['laughter', 'applause']],
      ['(Laughter, applause.)', ['laughter', 'applause']],
      ['(Laughter in the audience.)', ['laughter']],
      ['(Смех в зале.)', ['laughter']],
      ['(Обращаясь к Е.Корочкиной.)', []],
      ['(Смех и слёзы в голосе.)', []],
    ];
    assert.deepEqual(cases.map(([remark]) => [remark, audienceSounds(remark)]), cases);
  });
});

describe('Markdown', () => {
  test('the title, the date and place, the lead, a heading per section, a paragraph per turn with its label in bold', () => {
    assert.equal(
      toMarkdown(exportDocument(parseTranscript(MEETING))),
      [
        '# Встреча с волонтёрами',
        '',
        '*2023-05-02 15:00:00 · Москва, Кремль*',
        '',
        'Владимир Путин встретился с волонтёрами.',
        '',
        '## Начало встречи',
        '',
        '**В.Путин:** Добрый день, уважаемые друзья! (Аплодисменты.)',
        '',
        '**Вопрос:** Можно вопрос \\[о форуме\\]?',
        '',
        '**В.Путин:** Да, пожалуйста. \\<…\\>',
        '',
        '(Смех.)',
        '',
        '**Е.Корочкина:** Спасибо большое.',
        '',
        'Мы работаем третий год.',
        '',
      ].join('\n'),
    );
  });

  test('nothing from the transcript becomes markup: HTML, links, emphasis, a heading or a list stay text', () => {
    const hostile = ['Title', '', 'Anna Lee: <img src=x onerror=alert(1)> Hello *there* [link](javascript:alert(1)) & `code`', '# not a heading', '1. not a list', '- not a list either', ''].join('\n');
    const md = toMarkdown(exportDocument(parseTranscript(hostile, { tradition: 'dialogue' })));
    assert.equal(
      md,
      [
        '# Title',
        '',
        '**Anna Lee:** \\<img src=x onerror=alert(1)\\> Hello \\*there\\* \\[link\\](javascript:alert(1)) &amp; \\`code\\`',
        '',
        '\\# not a heading',
        '',
        '1\\. not a list',
        '',
        '\\- not a list either',
        '',
      ].join('\n'),
    );
  });

  test('every word of every sample is kept', () => {
    for (const name of ['bilateral-meeting.transcript', 'press-conference.transcript', 'roundtable-en.transcript']) {
      const transcript = parseTranscript(readSample(name));
      assert.deepEqual(missingWords(contentWords(transcript), toMarkdown(exportDocument(transcript))), [], name);
    }
  });
});

describe('the format table', () => {
  test('ids are unique; each format writes the meeting, but WebVTT, which needs the recording times it lacks', () => {
    const ids = EXPORT_FORMATS.map((f) => f.id);
    assert.deepEqual(ids, [...new Set(ids)]);
    const written = EXPORT_FORMATS.map((format) => {
      const result = exportTranscript(parseTranscript(MEETING), format, { locale: 'en' });
      return [format.id, result.ok ? result.content.kind : result.message];
    });
    assert.deepEqual(
      written.filter(([id]) => id !== 'vtt').map(([, what]) => what),
      EXPORT_FORMATS.filter((f) => f.id !== 'vtt').map((f) => (f.id === 'docx' ? 'binary' : 'text')),
    );
    assert.match(String(written.find(([id]) => id === 'vtt')?.[1]), /timestamp|time/i);
    assert.equal(exportFormat('md')?.extension, 'md');
    assert.equal(exportFormat('nope'), undefined);
  });
});

describe('stenogram export', () => {
  test('one file without -o goes to standard output', () => {
    const { code, out, err } = run('export', '--to', 'md', samplePath('roundtable-en.transcript'));
    assert.equal(err, '');
    assert.equal(code, 0);
    assert.equal(`${out.join('\n')}\n`, toMarkdown(exportDocument(parseTranscript(readSample('roundtable-en.transcript')))));
  });

  test('into a folder, each file as NAME.EXT; an existing file is left alone unless --force', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stenogram-export-'));
    const first = run('export', '--to', 'md', samplePath('roundtable-en.transcript'), samplePath('press-conference.transcript'), '-o', dir);
    assert.deepEqual(first.out, [
      `${samplePath('roundtable-en.transcript')} → ${join(dir, 'roundtable-en.md')}`,
      `${samplePath('press-conference.transcript')} → ${join(dir, 'press-conference.md')}`,
    ]);
    assert.equal(first.code, 0);
    assert.equal(readFileSync(join(dir, 'roundtable-en.md'), 'utf8'), toMarkdown(exportDocument(parseTranscript(readSample('roundtable-en.transcript')))));

    writeFileSync(join(dir, 'roundtable-en.md'), 'mine');
    const again = run('export', '--to', 'md', samplePath('roundtable-en.transcript'), '-o', join(dir, 'roundtable-en.md'), '--lang', 'en');
    assert.equal(again.code, 2);
    assert.equal(again.err, `stenogram: ${join(dir, 'roundtable-en.md')}: already exists; not overwritten (--force replaces it)\n`);
    assert.equal(readFileSync(join(dir, 'roundtable-en.md'), 'utf8'), 'mine');

    const forced = run('export', '--to', 'md', samplePath('roundtable-en.transcript'), '-o', join(dir, 'roundtable-en.md'), '--force');
    assert.equal(forced.code, 0);
    assert.notEqual(readFileSync(join(dir, 'roundtable-en.md'), 'utf8'), 'mine');
  });

  test('who people are comes from the nearest stenogram.speakers.json above the file; a broken one is reported', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stenogram-export-register-'));
    mkdirSync(join(dir, 'day1'));
    writeFileSync(join(dir, 'stenogram.speakers.json'), JSON.stringify({ 'В.Путин': { name: 'Владимир Владимирович Путин', role: 'Президент России' } }));
    writeFileSync(join(dir, 'day1', 'meeting.transcript'), 'Встреча\n\nВ.Путин: Добрый день.\n');
    const tei = run('export', '--to', 'tei', join(dir, 'day1', 'meeting.transcript'));
    assert.equal(tei.code, 0);
    assert.match(tei.out.join('\n'), /Владимир Владимирович Путин/);
    writeFileSync(join(dir, 'day1', 'stenogram.speakers.json'), '{ not json');
    const broken = run('export', '--to', 'md', join(dir, 'day1', 'meeting.transcript'), '--lang', 'en');
    assert.equal(broken.code, 0);
    assert.match(broken.err, /^stenogram: .*day1\/stenogram\.speakers\.json: .*JSON/);
  });

  test('usage: --to is required and names a known format; several files need a folder', () => {
    assert.equal(run('export', samplePath('roundtable-en.transcript')).code, 2);
    assert.equal(run('export', '--to', 'pdf', samplePath('roundtable-en.transcript')).code, 2);
    const several = run('export', '--to', 'md', samplePath('roundtable-en.transcript'), samplePath('press-conference.transcript'));
    assert.deepEqual([several.code, several.out], [2, []]);
    assert.match(several.err, /several files are exported into a folder: -o DIR/);
  });
});
