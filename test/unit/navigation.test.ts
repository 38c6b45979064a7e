// The navigation features as pure functions of the parsed model: folding, selection ranges, the
// source link, speaker highlights / definition / references / rename, label completion, workspace
// symbols, turn navigation and the speakers tree. Fixtures are nav-*.transcript (shown below with
// their zero-based line numbers where positions matter); expected results are written out in full,
// ranges as `line:col-line:col`. Outputs we believe are wrong are asserted as they should be and
// marked todo.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CompletionItemKind, type CompletionItem, type FoldingRange } from 'vscode-languageserver-types';
import { TranscriptCache } from '../../server/src/documents';
import {
  completeLabels,
  definition,
  documentHighlights,
  documentLinks,
  foldingRanges,
  navigateTurns,
  prepareRename,
  references,
  rename,
  RenameRefusal,
  selectionRanges,
  speakersTree,
  workspaceSymbols,
  type SpeakerTreeItem,
  type TranscriptSource,
} from '../../server/src/features';
import { findLeadMentions, parseTranscript, type Position, type Transcript } from '../../server/src/transcript';
import { positionOf, withCursor } from '../helpers/cursor';
import { readFixture } from '../helpers/fixtures';
import { applyEdits } from '../helpers/edits';
import { editLines, highlightLines, locationLines, selectionChain, symbolInformationLines } from '../helpers/navigation';
import { rangeText } from '../helpers/view';

const NB = '\u00A0';

/*
nav-meeting.transcript
 0 Встреча с Президентом Казахстана Нурсултаном Назарбаевым
 2 2017-12-27 12:40:00
 4 Москва, Кремль
 6 Состоялась встреча Владимира Путина с Президентом Казахстана Нурсултаном Назарбаевым.
 7 Переговоры продолжились в расширенном составе.
 8 * * *
 9 Стенограмма начала встречи
10 В.Путин: Уважаемый Нурсултан Абишевич! Рад вас видеть. Как доехали?
11 Мне очень приятно иметь возможность поговорить.
12 Н.Назарбаев: Спасибо, Владимир Владимирович.
13 В.Путин: Пожалуйста.
14 С.Лавров: Позвольте добавить.
15 Н.Назарбаев: Конечно. Как говорит В.Путин, работы много.
16 * * *
17 В.Путин: Продолжим.
18 Н.Назарбаев: Да.
19 Второй абзац.
21 http://kremlin.ru/events/president/news/copy/56509
22 (empty: the file ends with a line break)
*/
const MEETING_TEXT = readFixture('nav-meeting.transcript');
const MEETING = parseTranscript(MEETING_TEXT);
const MEETING_URI = 'file:///w/nav-meeting.transcript';
const MEETING_SOURCE: TranscriptSource = { uri: MEETING_URI, transcript: MEETING };

/*
nav-en.transcript
 0 Meeting with the Council
 2 2024-03-05 15:00:00
 4 Peter Lund met members of the Council.
 5 * * *
 6 President of the Council Anna Hale: Good afternoon, colleagues.
 7 Peter Lund: Thank you. Anna Hale has said it all.
 8 Anna Hale: Let us begin.
*/
const EN_TEXT = readFixture('nav-en.transcript');
const EN = parseTranscript(EN_TEXT);

/*
nav-dialogue.transcript
 0 Н.Абдуллаев: Доброе утро.
 1 В.Соколов: Начнём.
 2 Н.Абдуллаев: Хорошо.
 3 В.Соколов: Первый вопрос.
 4 К.Лаптева: Можно мне?
 5 В.Соколов: Да, пожалуйста.
 6 (empty)
*/
const DIALOGUE_TEXT = readFixture('nav-dialogue.transcript');
const DIALOGUE = parseTranscript(DIALOGUE_TEXT);

const at = (text: string, marked: string): Position => positionOf(text, marked);

/** What a refused prepareRename/rename threw: its class and message. */
function refusalOf(fn: () => unknown): { refusal: boolean; message: string } | 'no refusal' {
  try {
    fn();
  } catch (error) {
    return { refusal: error instanceof RenameRefusal, message: (error as Error).message };
  }
  return 'no refusal';
}

describe('foldingRanges', () => {
  test('nav-meeting: the lead, each `* * *` section, each turn with continuation lines; one-line turns do not fold', () => {
    const expected: FoldingRange[] = [
      { startLine: 6, endLine: 7 },
      { startLine: 8, endLine: 15, collapsedText: 'Стенограмма начала встречи' },
      { startLine: 10, endLine: 11, collapsedText: 'В.Путин: Уважаемый Нурсултан Абишевич! Рад вас видеть. Как доехали?' },
      { startLine: 16, endLine: 19, collapsedText: '* * *' },
      { startLine: 18, endLine: 19, collapsedText: 'Н.Назарбаев: Да.' },
    ];
    assert.deepEqual(foldingRanges(MEETING), expected);
  });

  test('a fragment of bare turns: a one-line lead, the implicit section and one-line turns do not fold', () => {
    const text = ['Совещание началось.', 'В.Соколов: Начнём.', 'Н.Абдуллаев: По дорогам три пункта.', 'Первый – мост.', 'Второй – объезд.', 'В.Соколов: Спасибо.', ''].join('\n');
    assert.deepEqual(foldingRanges(parseTranscript(text)), [{ startLine: 2, endLine: 4, collapsedText: 'Н.Абдуллаев: По дорогам три пункта.' }]);
  });

  test('an empty text folds nothing', () => {
    assert.deepEqual(foldingRanges(parseTranscript('')), []);
  });
});

describe('selectionRanges', () => {
  const chainAt = (t: Transcript, p: Position) => selectionChain(selectionRanges(t, [p])[0]);

  test('in a turn’s second sentence: word → sentence → the turn’s text → its line → turn → section → document', () => {
    assert.deepEqual(chainAt(MEETING, at(MEETING_TEXT, 'Рад в|ас видеть.')), [
      '10:43-10:46', // вас
      '10:39-10:54', // Рад вас видеть.
      '10:9-10:67', // Уважаемый … Как доехали?
      '10:0-10:67', // В.Путин: Уважаемый … Как доехали?
      '10:0-11:47', // the turn with its continuation line
      '8:0-15:56', // the first `* * *` section
      '0:0-22:0', // the document
    ]);
  });

  test('on `В.Путин` inside turn text the word keeps its initial’s dot; a one-line turn is its line', () => {
    assert.deepEqual(chainAt(MEETING, at(MEETING_TEXT, 'Как говорит В.Пу|тин, работы много.')), [
      '15:34-15:41', // В.Путин
      '15:22-15:56', // Как говорит В.Путин, работы много.
      '15:13-15:56', // Конечно. Как говорит В.Путин, работы много.
      '15:0-15:56', // the line = the turn
      '8:0-15:56',
      '0:0-22:0',
    ]);
  });

  test('several positions answer one chain each, in order', () => {
    const chains = selectionRanges(MEETING, [at(MEETING_TEXT, 'Второй аб|зац.'), at(MEETING_TEXT, 'Переговоры продолжились| в')]).map(selectionChain);
    assert.deepEqual(chains, [
      ['19:7-19:12', '19:0-19:13', '18:0-19:13', '16:0-19:13', '0:0-22:0'],
      ['7:11-7:23', '7:0-7:46', '0:0-22:0'],
    ]);
  });

  test(
    'on a label: the name (dot kept) → the label line → turn → section → document; no “sentence” that runs from the label into the text',
    () => {
      assert.deepEqual(chainAt(MEETING, at(MEETING_TEXT, 'В.П|утин: Уважаемый')), ['10:0-10:7', '10:0-10:67', '10:0-11:47', '8:0-15:56', '0:0-22:0']);
    },
  );
});

describe('documentLinks', () => {
  test('the source URL on the last line links to itself, with host and document id as the tooltip', () => {
    assert.deepEqual(documentLinks(MEETING), [
      {
        range: { start: { line: 21, character: 0 }, end: { line: 21, character: 50 } },
        target: 'http://kremlin.ru/events/president/news/copy/56509',
        tooltip: 'kremlin.ru · 56509',
      },
    ]);
  });

  test('a URL with no document id has the host as the tooltip; a URL inside a turn is no link; no URL, no link', () => {
    assert.deepEqual(documentLinks(parseTranscript('В.Соколов: Смотрите http://example.org/a.\n\nhttps://example.org/about\n')), [
      { range: { start: { line: 2, character: 0 }, end: { line: 2, character: 25 } }, target: 'https://example.org/about', tooltip: 'example.org' },
    ]);
    assert.deepEqual(documentLinks(parseTranscript('В.Соколов: Смотрите http://example.org/a.\n')), []);
  });
});

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

describe('completeLabels', () => {
  /** An item for the empty line 6 of nav-dialogue (its text edit inserts at 6:0). */
  const item = (label: string, kind: CompletionItemKind, detail: string, sortText: string): CompletionItem => ({
    label,
    kind,
    detail,
    sortText,
    filterText: label,
    textEdit: { range: { start: { line: 6, character: 0 }, end: { line: 6, character: 0 } }, newText: `${label}: ` },
  });
  /** A speaker's item carries `preselect`: true on the first, undefined (dropped on the wire) on the others. */
  const person = (label: string, detail: string, sortText: string, preselect: true | undefined): CompletionItem => ({
    ...item(label, CompletionItemKind.Reference, detail, sortText),
    ...(preselect ? { preselect } : {}),
  });

  test('at the start of an empty line after a dialogue: the likely next speaker, then by turn count, then role labels', () => {
    // В.Соколов spoke last, and before him К.Лаптева: she is likely next. В.Соколов has more turns
    // than Н.Абдуллаев, who spoke first.
    const items = completeLabels(DIALOGUE, { line: 6, character: 0 }, 'en');
    assert.deepEqual(items, [
      person('К.Лаптева', 'likely next speaker', '00000', true),
      person('В.Соколов', '3 turns · 5 words', '00001', undefined),
      person('Н.Абдуллаев', '2 turns · 3 words', '00002', undefined),
      item('Вопрос', CompletionItemKind.Keyword, 'role label', '10000'),
      item('Реплика', CompletionItemKind.Keyword, 'role label', '10001'),
      item('Голос из зала', CompletionItemKind.Keyword, 'role label', '10002'),
      item('Ведущий', CompletionItemKind.Keyword, 'role label', '10003'),
    ]);
  });

  test('while a label is typed (`Н.Аб|`): the same order, each item replacing what was typed, in Russian', () => {
    // Until its colon is typed, `Н.Аб` is a continuation line of В.Соколов's turn: two more words of his.
    const { text, position } = withCursor(`${DIALOGUE_TEXT}Н.Аб|`);
    const items = completeLabels(parseTranscript(text), position, 'ru');
    assert.deepEqual(
      items.map((i) => [i.label, i.detail, i.textEdit && 'range' in i.textEdit ? rangeText(i.textEdit.range) : '', i.textEdit?.newText]),
      [
        ['К.Лаптева', 'вероятно, следующий', '6:0-6:4', 'К.Лаптева: '],
        ['В.Соколов', '3 реплики · 7 слов', '6:0-6:4', 'В.Соколов: '],
        ['Н.Абдуллаев', '2 реплики · 3 слова', '6:0-6:4', 'Н.Абдуллаев: '],
        ['Вопрос', 'метка роли', '6:0-6:4', 'Вопрос: '],
        ['Реплика', 'метка роли', '6:0-6:4', 'Реплика: '],
        ['Голос из зала', 'метка роли', '6:0-6:4', 'Голос из зала: '],
        ['Ведущий', 'метка роли', '6:0-6:4', 'Ведущий: '],
      ],
    );
  });

  test('an English transcript offers English role labels', () => {
    assert.deepEqual(
      completeLabels(parseTranscript(`${EN_TEXT}`), { line: 9, character: 0 }, 'en').map((i) => `${i.label} (${i.detail})`),
      ['Peter Lund (likely next speaker)', 'Anna Hale (2 turns · 6 words)', 'Question (role label)', 'Remark (role label)', 'Response (role label)', 'Moderator (role label)'],
    );
  });

  test('nothing after a colon, nor in the middle of prose after a comma', () => {
    assert.deepEqual(completeLabels(DIALOGUE, at(DIALOGUE_TEXT, 'В.Соколов: |Да, пожалуйста.'), 'en'), []);
    assert.deepEqual(completeLabels(DIALOGUE, at(DIALOGUE_TEXT, 'Да, |пожалуйста.'), 'en'), []);
  });

  test(
    'nothing in the middle of a prose line of plain words',
    () => {
      const text = `${DIALOGUE_TEXT}Это важно и нужно.\n`;
      assert.deepEqual(completeLabels(parseTranscript(text), at(text, 'Это важно |и нужно.'), 'en'), []);
    },
  );

  test(
    'in a press conference, after the answer the likely next label is the role that asks: `Вопрос` first, preselected',
    () => {
      const text = ['Вопрос: Когда откроют мост?', 'В.Путин: В июле.', 'Вопрос: А дорогу?', 'В.Путин: Тоже летом.', ''].join('\n');
      const items = completeLabels(parseTranscript(text), { line: 4, character: 0 }, 'en');
      assert.deepEqual(
        items.filter((i) => i.preselect).map((i) => `${i.label} (${i.detail})`),
        ['Вопрос (likely next speaker)'],
      );
    },
  );

  test(
    'counts in the detail agree in number: `1 turn · 1 word`',
    () => {
      const text = 'К.Лаптева: Можно?\nВ.Соколов: Начнём.\nН.Абдуллаев: Да.\nВ.Соколов: Хорошо.\n';
      assert.deepEqual(
        completeLabels(parseTranscript(text), { line: 4, character: 0 }, 'en')
          .filter((i) => i.kind === CompletionItemKind.Reference)
          .map((i) => `${i.label} (${i.detail})`),
        ['Н.Абдуллаев (likely next speaker)', 'В.Соколов (2 turns · 2 words)', 'К.Лаптева (1 turn · 1 word)'],
      );
    },
  );
});

describe('workspaceSymbols', () => {
  const A = 'file:///w/a.transcript';
  const B = 'file:///w/b.transcript';
  const sources: TranscriptSource[] = [
    { uri: A, transcript: parseTranscript(`Совет\n\n2023-03-14 10:00:00\n\nН.Соколов: Начнём.\nП.Королёв: Да.\nPeter${NB}Lund: Hello.\n`) },
    { uri: B, transcript: parseTranscript('Н.Соколов: Продолжим.\nPeter Lund: Thanks.\n') },
  ];
  const names = { a: A, b: B };
  const query = (q: string) => symbolInformationLines(workspaceSymbols(sources, q), names);

  test('every turn whose speaker matches, case-insensitively; the container is the title, else the file name', () => {
    const expected = ['Event Н.Соколов: Начнём. — Совет — a 4:0-4:18', 'Event Н.Соколов: Продолжим. — b.transcript — b 0:0-0:21'];
    assert.deepEqual(query('Соколов'), expected);
    assert.deepEqual(query('СОКОЛОВ'), expected);
    assert.deepEqual(query('н.соколов'), expected);
  });

  test('ё and е match each other, either way', () => {
    assert.deepEqual(query('королев'), ['Event П.Королёв: Да. — Совет — a 5:0-5:14']);
    assert.deepEqual(query('КОРОЛЁВ'), ['Event П.Королёв: Да. — Совет — a 5:0-5:14']);
    const plain = [{ uri: B, transcript: parseTranscript('П.Королев: Да.\n') }];
    assert.deepEqual(symbolInformationLines(workspaceSymbols(plain, 'Королёв'), names), ['Event П.Королев: Да. — b.transcript — b 0:0-0:14']);
  });

  test('a no-break space matches a space, either way, and runs of white space count as one', () => {
    const expected = [`Event Peter${NB}Lund: Hello. — Совет — a 6:0-6:18`, 'Event Peter Lund: Thanks. — b.transcript — b 1:0-1:19'];
    assert.deepEqual(query('peter lund'), expected);
    assert.deepEqual(query(`Peter${NB}Lund`), expected);
    assert.deepEqual(query('  peter   lund '), expected);
  });

  test(
    'with no title the container is the file name as the user wrote it, not percent-encoded',
    () => {
      const uri = 'file:///w/%D1%81%D0%BE%D0%B2%D0%B5%D1%82%20(%D1%87%D0%B5%D1%80%D0%BD%D0%BE%D0%B2%D0%B8%D0%BA).transcript';
      const found = workspaceSymbols([{ uri, transcript: parseTranscript('Н.Соколов: Начнём.\n') }], 'Соколов');
      assert.deepEqual(
        found.map((s) => s.containerName),
        ['совет (черновик).transcript'],
      );
    },
  );

  test('an empty query lists every turn; a query nobody matches, none', () => {
    assert.deepEqual(query(''), [
      'Event Н.Соколов: Начнём. — Совет — a 4:0-4:18',
      'Event П.Королёв: Да. — Совет — a 5:0-5:14',
      `Event Peter${NB}Lund: Hello. — Совет — a 6:0-6:18`,
      'Event Н.Соколов: Продолжим. — b.transcript — b 0:0-0:21',
      'Event Peter Lund: Thanks. — b.transcript — b 1:0-1:19',
    ]);
    assert.deepEqual(query('Назарбаев'), []);
  });
});

describe('navigateTurns', () => {
  const go = (marked: string, direction: 'next' | 'previous', sameSpeaker = false) => {
    const found = navigateTurns(MEETING, { uri: MEETING_URI, position: at(MEETING_TEXT, marked), direction, sameSpeaker });
    return found && rangeText(found);
  };

  test('next: the following turn’s label; from the lead, the first turn’s; from the last turn, null', () => {
    assert.equal(go('Рад в|ас видеть.', 'next'), '12:0-12:11');
    assert.equal(go('Переговоры| продолжились', 'next'), '10:0-10:7');
    assert.equal(go('Второй аб|зац.', 'next'), null);
  });

  test('previous: from a continuation line, the turn’s own label; from the first label, null; from the lead, null; from the source line, the last turn', () => {
    assert.equal(go('Мне оч|ень приятно', 'previous'), '10:0-10:7');
    assert.equal(go('В.П|утин: Уважаемый', 'previous'), null);
    assert.equal(go('Переговоры| продолжились', 'previous'), null);
    assert.equal(go('http://kremlin.ru/|events', 'previous'), '18:0-18:11');
  });

  test('sameSpeaker: the next / previous turn of the speaker at the cursor; null past their last / first turn, and outside any turn', () => {
    assert.equal(go('Рад в|ас видеть.', 'next', true), '13:0-13:7');
    assert.equal(go('В.Пу|тин: Продолжим.', 'previous', true), '13:0-13:7');
    assert.equal(go('В.Пу|тин: Продолжим.', 'next', true), null);
    assert.equal(go('С.Лав|ров', 'next', true), null);
    assert.equal(go('С.Лав|ров', 'previous', true), null);
    assert.equal(go('Переговоры| продолжились', 'next', true), null);
  });

  test(
    'previous from the text on a label line goes to that turn’s own label first, as from its continuation lines',
    () => {
      assert.equal(go('Пожа|луйста.', 'previous'), '13:0-13:7');
    },
  );
});

describe('speakersTree', () => {
  test('nav-meeting: speakers in order of first appearance, each with words and turns (label range, label, detail)', () => {
    const turn = (line: number, label: string, detail: string) => ({
      range: { start: { line, character: 0 }, end: { line, character: label.length } },
      label,
      detail,
    });
    const expected: SpeakerTreeItem[] = [
      {
        key: 'в.путин',
        name: 'В.Путин',
        isRole: false,
        words: 16,
        turns: [
          turn(10, 'В.Путин', 'Уважаемый Нурсултан Абишевич! Рад вас видеть. Как доехали?'),
          turn(13, 'В.Путин', 'Пожалуйста.'),
          turn(17, 'В.Путин', 'Продолжим.'),
        ],
      },
      {
        key: 'н.назарбаев',
        name: 'Н.Назарбаев',
        isRole: false,
        words: 13,
        turns: [
          turn(12, 'Н.Назарбаев', 'Спасибо, Владимир Владимирович.'),
          turn(15, 'Н.Назарбаев', 'Конечно. Как говорит В.Путин, работы много.'),
          turn(18, 'Н.Назарбаев', 'Да.'),
        ],
      },
      { key: 'с.лавров', name: 'С.Лавров', isRole: false, words: 2, turns: [turn(14, 'С.Лавров', 'Позвольте добавить.')] },
    ];
    assert.deepEqual(speakersTree(MEETING), expected);
  });

  test('a role label is a speaker of its own, marked isRole', () => {
    assert.deepEqual(speakersTree(parseTranscript('Вопрос: Когда?\nР.Мансуров: В июле.\nВопрос: А мост?\n')), [
      {
        key: 'вопрос',
        name: 'Вопрос',
        isRole: true,
        words: 3,
        turns: [
          { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 6 } }, label: 'Вопрос', detail: 'Когда?' },
          { range: { start: { line: 2, character: 0 }, end: { line: 2, character: 6 } }, label: 'Вопрос', detail: 'А мост?' },
        ],
      },
      {
        key: 'р.мансуров',
        name: 'Р.Мансуров',
        isRole: false,
        words: 2,
        turns: [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 10 } }, label: 'Р.Мансуров', detail: 'В июле.' }],
      },
    ]);
  });
});

describe('one parse per document version', () => {
  // The server answers every request from TranscriptCache; the protocol does not expose its parse
  // count, so this is checked here, on the cache the server uses.
  test('two features asked of the same version read one parse; the lead mentions are found once for it', () => {
    const cache = new TranscriptCache();
    const document = { uri: MEETING_URI, version: 3, getText: () => MEETING_TEXT };
    const first = cache.get(document);
    foldingRanges(first);
    const second = cache.get(document);
    documentHighlights(second, at(MEETING_TEXT, 'В.Пу|тин: Пожалуйста.'));
    assert.equal(cache.parses, 1);
    assert.equal(second, first);
    assert.equal(findLeadMentions(second), findLeadMentions(first));
    cache.get({ ...document, version: 4 });
    assert.equal(cache.parses, 2);
  });
});
