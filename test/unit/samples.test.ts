// The three transcripts of samples/ (the README demo): turn counts per speaker, sections, header,
// lead, marks and source, as a reader of each file counts them.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseTranscript, type Transcript } from '../../server/src/transcript';
import { readSample } from '../helpers/fixtures';
import { headerView, marksView, sourceView } from '../helpers/view';

function sample(name: string): Transcript {
  return parseTranscript(readSample(name));
}

/** key → [displayName, turns, words, isRole], in the register's order (first turn first). */
function register(t: Transcript): Record<string, [string, number, number, boolean]> {
  const out: Record<string, [string, number, number, boolean]> = {};
  for (const [key, s] of t.speakers) out[key] = [s.displayName, s.turns.length, s.words, s.isRole];
  return out;
}

/** Words counted independently of the model: runs of letters and digits, inner hyphens and apostrophes kept. */
function independentWords(t: Transcript): Record<string, number> {
  const out: Record<string, number> = {};
  for (const turn of t.turns) {
    const text = [turn.text.text, ...turn.paragraphs.map((p) => p.text)].join(' ');
    // `&lt;…&gt;` is an omission mark, not the words `lt` and `gt`.
    const words = text.replace(/&(?:lt|gt|amp);/g, ' ');
    out[turn.label.key] = (out[turn.label.key] ?? 0) + (words.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? []).length;
  }
  return out;
}

describe('samples/', () => {
  test('press-conference.transcript: 38 turns of 7 speakers in one headed section', () => {
    const t = sample('press-conference.transcript');
    assert.equal(t.turns.length, 38);
    assert.deepEqual(register(t), {
      'н.орлова': ['Н.Орлова', 9, 98, false],
      'и.лебедева': ['И.Лебедева', 15, 684, false],
      вопрос: ['Вопрос', 7, 183, true],
      'а.кара-мурзаев': ['А.Кара-Мурзаев', 2, 113, false],
      'р.гайнуллин': ['Р.Т.Гайнуллин', 3, 152, false],
      реплика: ['Реплика', 1, 8, true],
      'с.прохоров': ['С.Прохоров', 1, 57, false],
    });
    assert.deepEqual(headerView(t), {
      title: '1:0-1:84 Пресс-конференция губернатора Северо-Озёрской области Ирины Лебедевой по\u00A0итогам года',
      date: { span: '4:0-4:19 2023-12-19 12:00:00', value: '2023-12-19T12:00:00.000Z' },
      place: '6:0-6:49 Озёрск, Дом правительства Северо-Озёрской области',
    });
    assert.deepEqual(
      t.lead.map((p) => p.range.start.line),
      [8, 10],
    );
    assert.deepEqual(
      t.sections.map((s) => [s.separator?.start.line, s.heading?.text, s.turns.length]),
      [[11, 'Стенограмма пресс-конференции губернатора Северо-Озёрской области Ирины Лебедевой', 38]],
    );
    assert.deepEqual(marksView(t), [
      'insertion 29:73-29:84 [о бюджете]',
      'insertion 35:153-35:161 [рублей]',
      'remark 39:44-39:51 (Смех.)',
      'remark 52:81-52:88 (Смех.)',
      'remark 56:51-56:58 (Смех.)',
      'remark 72:91-72:106 (Аплодисменты.)',
      'omission 73:0-73:9 &lt;…&gt;',
    ]);
    assert.deepEqual(t.unclosedMarks, []);
    assert.deepEqual(sourceView(t), { url: 'http://example.org/events/news/copy/90001', range: '77:0-77:41', host: 'example.org', documentId: '90001' });
  });

  test('press-conference.transcript: the prose colons (`Повестка дня:`, `Всем нам известно:`, `Скажу прямо:`) continue turns', () => {
    const t = sample('press-conference.transcript');
    const owner = (prefix: string) => {
      const turn = t.turns.find((x) => x.paragraphs.some((p) => p.text.startsWith(prefix)));
      return turn && [turn.startLine, turn.label.text];
    };
    assert.deepEqual(
      [owner('Повестка дня:'), owner('Всем нам известно:'), owner('Скажу прямо:')],
      [
        [13, 'Н.Орлова'],
        [16, 'И.Лебедева'],
        [42, 'И.Лебедева'],
      ],
    );
  });

  test('bilateral-meeting.transcript: 11 turns of 2 speakers in 2 headed sections', () => {
    const t = sample('bilateral-meeting.transcript');
    assert.equal(t.turns.length, 11);
    assert.deepEqual(register(t), {
      'е.смирнов': ['Е.Смирнов', 6, 299, false],
      'к.валлентер': ['К.Валлентер', 5, 249, false],
    });
    assert.deepEqual(
      t.sections.map((s) => [s.separator?.start.line, s.heading?.text, s.turns.map((x) => x.index)]),
      [
        [11, 'Начало переговоров с\u00A0Президентом Республики Ольмария Клаусом Валлентером', [0, 1, 2, 3, 4, 5, 6, 7]],
        [28, 'Заявления для прессы по\u00A0итогам беловодско-ольмарийских переговоров', [8, 9, 10]],
      ],
    );
    assert.deepEqual(
      [...new Set(t.turns.filter((x) => x.label.key === 'к.валлентер').map((x) => `${x.label.name} ${x.label.note?.text}`))],
      ['К.Валлентер (как переведено)'],
    );
    assert.deepEqual(headerView(t), {
      title: '1:0-1:64 Переговоры с\u00A0Президентом Республики Ольмария Клаусом Валлентером',
      date: { span: '4:0-4:19 2024-03-14 15:30:00', value: '2024-03-14T15:30:00.000Z' },
      place: '6:0-6:32 Светлоград, Дворец Независимости',
    });
    assert.equal(t.lead.length, 2);
    assert.deepEqual(marksView(t), []);
    assert.equal(sourceView(t)?.documentId, '90002');
  });

  test('roundtable-en.transcript: 20 turns of 7 speakers; role + name first labels join the plain names', () => {
    const t = sample('roundtable-en.transcript');
    assert.equal(t.turns.length, 20);
    assert.deepEqual(register(t), {
      'peter lund': ['Peter Lund', 8, 335, false],
      'anna hale': ['Anna Hale', 4, 300, false],
      'maria sorensen': ['Maria Sorensen', 3, 135, false],
      'omar haddad': ['Omar Haddad', 1, 119, false],
      question: ['Question', 1, 58, true],
      remark: ['Remark', 1, 12, true],
      'jonas berg': ['Jonas Berg', 2, 109, false],
    });
    assert.deepEqual(
      t.turns.filter((x) => x.label.form === 'role-name').map((x) => [x.startLine, x.label.text, x.label.key]),
      [
        [17, 'Governor of the Northern Region Anna Hale', 'anna hale'],
        [24, 'Director of the Port of Kalven Maria Sorensen', 'maria sorensen'],
        [41, 'Rector of Northern State University Jonas Berg', 'jonas berg'],
      ],
    );
    assert.deepEqual(headerView(t), {
      title: '1:0-1:52 Roundtable on\u00A0the\u00A0development of\u00A0the\u00A0Northern Region',
      date: { span: '4:0-4:19 2022-10-06 14:00:00', value: '2022-10-06T14:00:00.000Z' },
      place: '6:0-6:6 Kalven',
    });
    assert.equal(t.lead.length, 2);
    assert.deepEqual(
      t.sections.map((s) => [s.separator?.start.line, s.heading?.text, s.turns.length]),
      [[11, 'Transcript of\u00A0the\u00A0roundtable on\u00A0the\u00A0development of\u00A0the\u00A0Northern Region', 20]],
    );
    assert.deepEqual(marksView(t), [
      'insertion 27:87-27:95 [rubles]',
      'remark 32:53-32:64 (Laughter.)',
      'remark 39:11-39:22 (Laughter.)',
      'insertion 45:52-45:60 [rubles]',
      'remark 46:123-46:134 (Laughter.)',
      'remark 50:31-50:42 (Applause.)',
      'omission 51:0-51:9 &lt;…&gt;',
    ]);
    assert.equal(sourceView(t)?.documentId, '90003');
  });

  test('roundtable-en.transcript: `Note:`, `Second:` and `my question is:` continue turns', () => {
    const t = sample('roundtable-en.transcript');
    const owner = (prefix: string) => {
      const turn = t.turns.find((x) => x.paragraphs.some((p) => p.text.startsWith(prefix)));
      return turn && [turn.startLine, turn.label.name];
    };
    assert.deepEqual(
      [owner('Note:'), owner('Second:'), owner('Mr Chairman, my question is:')],
      [
        [17, 'Anna Hale'],
        [17, 'Anna Hale'],
        [33, 'Question'],
      ],
    );
  });

  for (const name of ['press-conference.transcript', 'bilateral-meeting.transcript', 'roundtable-en.transcript']) {
    test(`${name}: speaker words agree with an independent count`, () => {
      const t = sample(name);
      const fromModel = Object.fromEntries([...t.speakers].map(([key, s]) => [key, s.words]));
      assert.deepEqual(fromModel, independentWords(t));
      assert.equal(t.words, Object.values(fromModel).reduce((a, b) => a + b, 0));
    });
  }
});
