// Speakers as symbols, as pure functions of the parsed model: on a label (or a speaker's name in the
// lead), the highlights, the definition, the references across transcripts, and rename. Fixtures are
// nav-*.transcript (helpers/navFixtures.ts shows them with their zero-based line numbers); expected
// results are written out in full, ranges as `line:col-line:col`.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { definition, documentHighlights, prepareRename, references, rename, RenameRefusal, type TranscriptSource } from '../../server/src/features';
import { parseTranscript } from '../../server/src/transcript';
import { positionOf as at } from '../helpers/cursor';
import { applyEdits } from '../helpers/edits';
import { DIALOGUE, DIALOGUE_TEXT, EN, EN_TEXT, MEETING, MEETING_SOURCE, MEETING_TEXT, MEETING_URI } from '../helpers/navFixtures';
import { editLines, highlightLines, locationLines } from '../helpers/navigation';
import { rangeText } from '../helpers/view';

const NB = '\u00A0';

/** What a refused prepareRename/rename threw: its class and message. */
function refusalOf(fn: () => unknown): { refusal: boolean; message: string } | 'no refusal' {
  try {
    fn();
  } catch (error) {
    return { refusal: error instanceof RenameRefusal, message: (error as Error).message };
  }
  return 'no refusal';
}

describe('documentHighlights', () => {
  test('on a label: the speaker’s name in the lead (Read) and every label of theirs (Text); the name in turn text is not one', () => {
    assert.deepEqual(highlightLines(documentHighlights(MEETING, at(MEETING_TEXT, 'В.Пу|тин: Пожалуйста.'))), [
      '6:19-6:35 Read', // Владимира Путина
      '10:0-10:7 Text',
      '13:0-13:7 Text',
      '17:0-17:7 Text',
    ]);
  });

  test('on the speaker’s name in the lead: the same highlights', () => {
    assert.deepEqual(highlightLines(documentHighlights(MEETING, at(MEETING_TEXT, 'Казахстана Нурсултаном Наз|арбаевым.'))), [
      '6:61-6:84 Read', // Нурсултаном Назарбаевым
      '12:0-12:11 Text',
      '15:0-15:11 Text',
      '18:0-18:11 Text',
    ]);
  });

  test('nothing on turn text, on a lead word that names nobody, or on the title', () => {
    assert.deepEqual(documentHighlights(MEETING, at(MEETING_TEXT, 'Как говорит В.Пу|тин')), []);
    assert.deepEqual(documentHighlights(MEETING, at(MEETING_TEXT, 'Путина с През|идентом')), []);
    assert.deepEqual(documentHighlights(MEETING, { line: 0, character: 50 }), []);
  });
});

describe('definition', () => {
  test('on a label: the speaker’s mention in the lead', () => {
    assert.deepEqual(definition(MEETING, MEETING_URI, at(MEETING_TEXT, 'В.Пу|тин: Продолжим.')), {
      uri: MEETING_URI,
      range: { start: { line: 6, character: 19 }, end: { line: 6, character: 35 } },
    });
  });

  test('on the lead mention itself: that mention', () => {
    const found = definition(MEETING, MEETING_URI, at(MEETING_TEXT, 'Владимира Пу|тина'));
    assert.equal(found && rangeText(found.range), '6:19-6:35');
  });

  test('no mention in the lead: the speaker’s first turn', () => {
    const found = definition(MEETING, MEETING_URI, at(MEETING_TEXT, 'С.Лав|ров:'));
    assert.deepEqual(found, { uri: MEETING_URI, range: { start: { line: 14, character: 0 }, end: { line: 14, character: 8 } } });
    const inDialogue = definition(DIALOGUE, 'file:///w/d.transcript', at(DIALOGUE_TEXT, 'В.Сок|олов: Да, пожалуйста.'));
    assert.deepEqual(inDialogue, { uri: 'file:///w/d.transcript', range: { start: { line: 1, character: 0 }, end: { line: 1, character: 9 } } });
  });

  test('off a label and off a lead mention: none', () => {
    assert.equal(definition(MEETING, MEETING_URI, at(MEETING_TEXT, 'Как говорит В.Пу|тин')), undefined);
    assert.equal(definition(MEETING, MEETING_URI, at(MEETING_TEXT, 'Пожа|луйста.')), undefined);
  });
});

describe('references', () => {
  const OTHER_URI = 'file:///w/other.transcript';
  const OTHER: TranscriptSource = {
    uri: OTHER_URI,
    transcript: parseTranscript('Встреча Владимира Путина с Дмитрием Песковым.\nВ.Путин: Добрый день.\nД.Песков: Коротко.\nВ.Путин: Спасибо.\n'),
  };
  const names = { meeting: MEETING_URI, other: OTHER_URI };

  test('includeDeclaration: the lead mention, then every label of the speaker', () => {
    assert.deepEqual(locationLines(references(MEETING_SOURCE, at(MEETING_TEXT, 'В.Пу|тин: Продолжим.'), [], true), names), [
      'meeting 6:19-6:35',
      'meeting 10:0-10:7',
      'meeting 13:0-13:7',
      'meeting 17:0-17:7',
    ]);
  });

  test('without the declaration: labels only', () => {
    assert.deepEqual(locationLines(references(MEETING_SOURCE, at(MEETING_TEXT, 'В.Пу|тин: Продолжим.'), [], false), names), [
      'meeting 10:0-10:7',
      'meeting 13:0-13:7',
      'meeting 17:0-17:7',
    ]);
  });

  test('other sources add their labels of the same speaker (not their leads); the current source listed again counts once', () => {
    const found = references(MEETING_SOURCE, at(MEETING_TEXT, 'Владимира Пу|тина'), [MEETING_SOURCE, OTHER], true);
    assert.deepEqual(locationLines(found, names), [
      'meeting 6:19-6:35',
      'meeting 10:0-10:7',
      'meeting 13:0-13:7',
      'meeting 17:0-17:7',
      'other 1:0-1:7',
      'other 3:0-3:7',
    ]);
  });

  test('off a label: none', () => {
    assert.deepEqual(references(MEETING_SOURCE, at(MEETING_TEXT, 'Как говорит В.Пу|тин'), [OTHER], true), []);
  });
});

describe('prepareRename', () => {
  test('on a label: the name’s range and the name as placeholder (at the end of the name too)', () => {
    assert.deepEqual(prepareRename(MEETING, at(MEETING_TEXT, 'Н.Назарбаев|: Спасибо'), 'en'), {
      range: { start: { line: 12, character: 0 }, end: { line: 12, character: 11 } },
      placeholder: 'Н.Назарбаев',
    });
  });

  test('on a role+name label, anywhere on it: the person part only', () => {
    assert.deepEqual(prepareRename(EN, at(EN_TEXT, 'Pres|ident of the Council Anna Hale:'), 'en'), {
      range: { start: { line: 6, character: 25 }, end: { line: 6, character: 34 } },
      placeholder: 'Anna Hale',
    });
  });

  test('off a label (a lead mention, turn text) it refuses with a RenameRefusal in the user’s language', () => {
    assert.deepEqual(
      refusalOf(() => prepareRename(MEETING, at(MEETING_TEXT, 'Владимира Пу|тина'), 'en')),
      { refusal: true, message: 'Rename works on a speaker label: put the cursor on a label such as “В.Путин:”.' },
    );
    assert.deepEqual(
      refusalOf(() => prepareRename(MEETING, at(MEETING_TEXT, 'Спасибо, Вла|димир'), 'ru')),
      { refusal: true, message: 'Переименовать можно метку спикера: поставьте курсор на метку вроде «В.Путин:».' },
    );
  });
});

describe('rename', () => {
  test('changes every label of the speaker and nothing else: the name in the lead and inside turn text stays', () => {
    const changes = rename(MEETING_SOURCE, at(MEETING_TEXT, 'В.Пу|тин: Пожалуйста.'), 'В.Владимиров', [], 'en');
    assert.deepEqual(Object.keys(changes), [MEETING_URI]);
    assert.deepEqual(editLines(changes[MEETING_URI]), ['10:0-10:7 → В.Владимиров', '13:0-13:7 → В.Владимиров', '17:0-17:7 → В.Владимиров']);
    assert.equal(
      applyEdits(MEETING_TEXT, changes[MEETING_URI]),
      [
        'Встреча с Президентом Казахстана Нурсултаном Назарбаевым',
        '',
        '2017-12-27 12:40:00',
        '',
        'Москва, Кремль',
        '',
        'Состоялась встреча Владимира Путина с Президентом Казахстана Нурсултаном Назарбаевым.',
        'Переговоры продолжились в расширенном составе.',
        '* * *',
        'Стенограмма начала встречи',
        'В.Владимиров: Уважаемый Нурсултан Абишевич! Рад вас видеть. Как доехали?',
        'Мне очень приятно иметь возможность поговорить.',
        'Н.Назарбаев: Спасибо, Владимир Владимирович.',
        'В.Владимиров: Пожалуйста.',
        'С.Лавров: Позвольте добавить.',
        'Н.Назарбаев: Конечно. Как говорит В.Путин, работы много.',
        '* * *',
        'В.Владимиров: Продолжим.',
        'Н.Назарбаев: Да.',
        'Второй абзац.',
        '',
        'http://kremlin.ru/events/president/news/copy/56509',
        '',
      ].join('\n'),
    );
  });

  test('a role+name label (`President of the Council Anna Hale:`) and the plain `Anna Hale:`: only the person part changes', () => {
    const changes = rename({ uri: 'file:///w/en.transcript', transcript: EN }, at(EN_TEXT, 'Anna Ha|le: Let us begin.'), 'Anna Berg', [], 'en');
    assert.deepEqual(editLines(changes['file:///w/en.transcript']), ['6:25-6:34 → Anna Berg', '8:0-8:9 → Anna Berg']);
    assert.equal(
      applyEdits(EN_TEXT, changes['file:///w/en.transcript']),
      [
        'Meeting with the Council',
        '',
        '2024-03-05 15:00:00',
        '',
        'Peter Lund met members of the Council.',
        '* * *',
        'President of the Council Anna Berg: Good afternoon, colleagues.',
        'Peter Lund: Thank you. Anna Hale has said it all.',
        'Anna Berg: Let us begin.',
        '',
      ].join('\n'),
    );
  });

  test('other sources: their labels of the speaker are renamed too, each under its URI; a source without the speaker has no entry', () => {
    const other: TranscriptSource = { uri: 'file:///w/other.transcript', transcript: parseTranscript('Д.Песков: Коротко.\nВ.Путин: Спасибо.\n') };
    const none: TranscriptSource = { uri: 'file:///w/none.transcript', transcript: parseTranscript('Д.Песков: Как сказал В.Путин, всё.\n') };
    const changes = rename(MEETING_SOURCE, at(MEETING_TEXT, 'В.Пу|тин: Пожалуйста.'), 'В.Владимиров', [other, none], 'en');
    assert.deepEqual(
      Object.fromEntries(Object.entries(changes).map(([uri, edits]) => [uri, editLines(edits)])),
      {
        [MEETING_URI]: ['10:0-10:7 → В.Владимиров', '13:0-13:7 → В.Владимиров', '17:0-17:7 → В.Владимиров'],
        'file:///w/other.transcript': ['1:0-1:7 → В.Владимиров'],
      },
    );
  });

  test('white space in the new name is normalised (`В.В.\u00A0 Владимиров ` → `В.В. Владимиров`)', () => {
    const changes = rename(MEETING_SOURCE, at(MEETING_TEXT, 'С.Лав|ров'), ` В.В.${NB} Владимиров `, [], 'en');
    assert.deepEqual(editLines(changes[MEETING_URI]), ['14:0-14:8 → В.В. Владимиров']);
  });

  test('refuses a new name that would not read as a label: prose, empty, blank, containing a colon', () => {
    const position = at(MEETING_TEXT, 'В.Пу|тин: Пожалуйста.');
    const tryName = (name: string) => refusalOf(() => rename(MEETING_SOURCE, position, name, [], 'en'));
    assert.deepEqual(tryName('прошу слова'), { refusal: true, message: '“прошу слова” would not be read as a speaker label.' });
    assert.deepEqual(tryName(''), { refusal: true, message: '“” would not be read as a speaker label.' });
    assert.deepEqual(tryName('   '), { refusal: true, message: '“   ” would not be read as a speaker label.' });
    assert.deepEqual(tryName('В.Пу:тин'), { refusal: true, message: '“В.Пу:тин” would not be read as a speaker label.' });
    assert.deepEqual(tryName('В.Путин: да'), { refusal: true, message: '“В.Путин: да” would not be read as a speaker label.' });
  });

  test('refuses off a label, as prepareRename does', () => {
    assert.deepEqual(
      refusalOf(() => rename(MEETING_SOURCE, at(MEETING_TEXT, 'Владимира Пу|тина'), 'В.Владимиров', [], 'en')),
      { refusal: true, message: 'Rename works on a speaker label: put the cursor on a label such as “В.Путин:”.' },
    );
  });
});
