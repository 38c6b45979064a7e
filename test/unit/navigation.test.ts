// The navigation features as pure functions of the parsed model: folding, selection ranges, the
// source link, label completion, workspace symbols, turn navigation and the speakers tree (speaker
// highlights / definition / references / rename: speakerOccurrences.test.ts). Fixtures are
// nav-*.transcript (helpers/navFixtures.ts shows them with their zero-based line numbers where
// positions matter); expected results are written out in full, ranges as `line:col-line:col`.
// Outputs we believe are wrong are asserted as they should be and marked todo.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type FoldingRange } from 'vscode-languageserver-types';
import type { SpeakerTreeItem } from '../../protocol';
import { TranscriptCache } from '../../server/src/documents';
import {
  completeLabels,
  documentHighlights,
  documentLinks,
  foldingRanges,
  navigateTurns,
  selectionRanges,
  speakersTree,
  workspaceSymbols,
  type TranscriptSource,
} from '../../server/src/features';
import { findLeadMentions, parseTranscript, type Position, type Transcript } from '../../server/src/transcript';
import { positionOf as at, withCursor } from '../helpers/cursor';
import { DIALOGUE, DIALOGUE_TEXT, EN_TEXT, MEETING, MEETING_TEXT, MEETING_URI } from '../helpers/navFixtures';
import { selectionChain, symbolInformationLines } from '../helpers/navigation';
import { rangeText } from '../helpers/view';

const NB = '\u00A0';

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
      item('Вопрос', CompletionItemKind.Keyword, 'role label, not in this file yet', '20000'),
      item('Реплика', CompletionItemKind.Keyword, 'role label, not in this file yet', '20001'),
      item('Голос из зала', CompletionItemKind.Keyword, 'role label, not in this file yet', '20002'),
      item('Ведущий', CompletionItemKind.Keyword, 'role label, not in this file yet', '20003'),
      {
        label: '* * *',
        kind: CompletionItemKind.Snippet,
        detail: 'new section: separator, heading, first turn',
        sortText: '30000',
        filterText: 'section раздел',
        insertTextFormat: InsertTextFormat.Snippet,
        textEdit: { range: { start: { line: 6, character: 0 }, end: { line: 6, character: 0 } }, newText: '* * *\n${1:Заголовок раздела}\n${2:Спикер}: $0' },
      },
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
        ['Вопрос', 'метка роли, в файле пока нет', '6:0-6:4', 'Вопрос: '],
        ['Реплика', 'метка роли, в файле пока нет', '6:0-6:4', 'Реплика: '],
        ['Голос из зала', 'метка роли, в файле пока нет', '6:0-6:4', 'Голос из зала: '],
        ['Ведущий', 'метка роли, в файле пока нет', '6:0-6:4', 'Ведущий: '],
        ['* * *', 'новый раздел: разделитель, заголовок, первая реплика', '6:0-6:4', '* * *\n${1:Заголовок раздела}\n${2:Спикер}: $0'],
      ],
    );
  });

  test('an English transcript offers English role labels', () => {
    assert.deepEqual(
      completeLabels(parseTranscript(`${EN_TEXT}`), { line: 9, character: 0 }, 'en').map((i) => `${i.label} (${i.detail})`),
      [
        'Peter Lund (likely next speaker)',
        'Anna Hale (2 turns · 6 words)',
        'Question (role label, not in this file yet)',
        'Remark (role label, not in this file yet)',
        'Response (role label, not in this file yet)',
        'Moderator (role label, not in this file yet)',
        '* * * (new section: separator, heading, first turn)',
      ],
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
  test('nav-meeting: speakers in order of first appearance, each with words, share of the words and turns (label range, label, detail)', () => {
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
        share: 16 / 31,
        rank: 0,
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
        share: 13 / 31,
        rank: 1,
        turns: [
          turn(12, 'Н.Назарбаев', 'Спасибо, Владимир Владимирович.'),
          turn(15, 'Н.Назарбаев', 'Конечно. Как говорит В.Путин, работы много.'),
          turn(18, 'Н.Назарбаев', 'Да.'),
        ],
      },
      { key: 'с.лавров', name: 'С.Лавров', isRole: false, words: 2, share: 2 / 31, rank: 2, turns: [turn(14, 'С.Лавров', 'Позвольте добавить.')] },
    ];
    assert.deepEqual(speakersTree(MEETING), expected);
  });

  test('rank: most words first, a tie to who spoke first (the statistics’ order, the speakers’ colours)', () => {
    const tree = speakersTree(parseTranscript('А.Егоров: Раз.\nБ.Белов: Два три.\nВ.Волков: Четыре.\nА.Егоров: Пять.\n'));
    assert.deepEqual(
      tree.map((s) => [s.name, s.words, s.rank]),
      [
        ['А.Егоров', 2, 0],
        ['Б.Белов', 2, 1],
        ['В.Волков', 1, 2],
      ],
    );
  });

  test('a role label is a speaker of its own, marked isRole', () => {
    assert.deepEqual(speakersTree(parseTranscript('Вопрос: Когда?\nР.Мансуров: В июле.\nВопрос: А мост?\n')), [
      {
        key: 'вопрос',
        name: 'Вопрос',
        isRole: true,
        words: 3,
        share: 3 / 5,
        rank: 0,
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
        share: 2 / 5,
        rank: 1,
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
