// Format Document / Selection / on-type formatting over the model: each `stenogram.format.*` step on
// fixtures with its whole resulting text written out, the edits themselves (small, one per change,
// never a whole-document replace), line endings and the BOM kept, NBSP inside text never touched.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_FORMAT_SETTINGS, formatOnType, formatOptions, formatTranscript, type FormatOptions } from '../../server/src/features';
import { readSettings } from '../../server/src/settings';
import { parseTranscript, type Range } from '../../server/src/transcript';
import { positionOf, withCursor } from '../helpers/cursor';
import { applyEdits, type Edit } from '../helpers/edits';
import { readFixture } from '../helpers/fixtures';
import { rangeText } from '../helpers/view';

const NONE: FormatOptions = {
  trimTrailingWhitespace: false,
  labelSpacing: false,
  collapseBlankLines: false,
  normalizeLabels: false,
  omissionMarks: 'keep',
  insertFinalNewline: false,
  trimFinalNewlines: false,
};
const DEFAULTS: FormatOptions = { ...DEFAULT_FORMAT_SETTINGS, insertFinalNewline: false, trimFinalNewlines: false };

function edits(text: string, options: Partial<FormatOptions> = {}, range?: Range): Edit[] {
  return formatTranscript(parseTranscript(text), { ...DEFAULTS, ...options }, range);
}

function format(text: string, options: Partial<FormatOptions> = {}, range?: Range): string {
  return applyEdits(text, edits(text, options, range));
}

/** Only the named steps. */
function only(text: string, options: Partial<FormatOptions>): string {
  return format(text, { ...NONE, ...options });
}

/** `line:col-line:col → "text"`, one per edit. */
const shown = (list: Edit[]) => list.map((e) => `${rangeText(e.range)} → ${JSON.stringify(e.newText)}`);

const lines = (...l: string[]) => l.join('\n');
const NBSP = '\u00A0';

const MESSY = readFixture('format-messy.transcript');

describe('Format Document with the default settings', () => {
  test('format-messy: trailing white space, label spacing, blank-line runs; the header layout and the lines before the URL kept', () => {
    assert.equal(
      format(MESSY),
      lines(
        '',
        'Заседание комиссии',
        '',
        '',
        '2023-04-11 09:00:00',
        '',
        'Москва, Кремль',
        '',
        `Состоялось заседание комиссии по${NBSP}вопросам транспорта.`,
        '',
        'В.Соколов: Начнём.',
        `Н.Абдуллаев: Да, коллеги${NBSP}– всё готово.`,
        '',
        `Соколов В.В.: «Итак»,${NBSP}тридцать${NBSP}процентов. <…>`,
        `Н.Абдуллаев:${NBSP}Спасибо.`,
        '',
        '* * *',
        'В.Соколов: Второй вопрос &lt;…&gt; решён. Note: всё.',
        'Вопрос: Когда?',
        'В.Соколов:',
        'Ответ будет позже.',
        '',
        '',
        '',
        'http://kremlin.ru/events/president/news/copy/70001',
      ),
    );
  });

  test('one small edit per change, in document order: never a whole-document replace', () => {
    assert.deepEqual(shown(edits(MESSY)), [
      '1:18-1:20 → ""', // `Заседание комиссии␣␣`
      '8:53-8:54 → ""', // the tab after the lead
      '10:0-12:0 → ""', // two of three blank lines
      '12:9-12:10 → ""', // `В.Соколов :`
      '12:19-12:21 → ""',
      '13:12-13:12 → " "', // `Н.Абдуллаев:Да`
      '15:0-16:0 → ""',
      '16:13-16:16 → " "', // `Соколов В.В.:␣␣␣«Итак»`
      '17:21-17:22 → ""', // the NBSP at the end; the one after the colon stays
      '18:0-18:3 → ""', // a line of spaces becomes a blank line
      '21:7-21:9 → " "', // `Вопрос:␣␣Когда?`
    ]);
  });

  test('formatting the result again changes nothing', () => {
    assert.deepEqual(edits(format(MESSY)), []);
  });

  test('a clean transcript gets no edits', () => {
    const clean = lines('Заседание', '', '', '2023-04-11 09:00:00', '', 'Москва', '', 'Лид.', '', 'В.Соколов: Начнём.', `Н.Абдуллаев:${NBSP}Да.`, '', '', '', 'http://x.ru/1');
    assert.deepEqual(edits(clean), []);
  });
});

describe('each step on its own', () => {
  test('trimTrailingWhitespace: spaces, tabs and NBSP at line ends only', () => {
    assert.equal(
      only(`Один${NBSP}два.  \nТри\t\n${NBSP}\nВ.Соколов :  Да. ${NBSP}\n`, { trimTrailingWhitespace: true }),
      `Один${NBSP}два.\nТри\n\nВ.Соколов :  Да.\n`,
    );
  });

  test('labelSpacing: none before the colon, one after it; a single NBSP after it stays; a label with no text is left', () => {
    assert.equal(
      only(lines('В.Соколов :Начнём.', 'Н.Абдуллаев:\t Да.', `В.Соколов:${NBSP}Итак.`, 'Э.Макрон (как переведено) : Спасибо.', 'В.Соколов:   ', 'Всем нам известно:так.'), {
        labelSpacing: true,
      }),
      lines('В.Соколов: Начнём.', 'Н.Абдуллаев: Да.', `В.Соколов:${NBSP}Итак.`, 'Э.Макрон (как переведено): Спасибо.', 'В.Соколов:   ', 'Всем нам известно:так.'),
    );
  });

  test('labelSpacing follows the label the rules see: the space goes after the last colon of `В.Соколов::`, which stay', () => {
    assert.equal(only('В.Соколов::Начнём.\nН.Абдуллаев: Да.', { labelSpacing: true }), 'В.Соколов:: Начнём.\nН.Абдуллаев: Да.');
  });

  test('collapseBlankLines: body runs become one blank line; the header and the lines before the URL keep theirs', () => {
    assert.equal(
      only(lines('', '', 'Заседание', '', '', '', '2023-04-11 09:00:00', '', '', 'Москва', '', '', 'Лид.', '', '', 'В.Соколов: Да.', ' ', '\t', 'Ещё.', '', '', '', 'http://x.ru/1', '', ''), {
        collapseBlankLines: true,
      }),
      lines('', '', 'Заседание', '', '', '', '2023-04-11 09:00:00', '', '', 'Москва', '', '', 'Лид.', '', 'В.Соколов: Да.', ' ', 'Ещё.', '', '', '', 'http://x.ru/1', '', ''),
    );
  });

  test('collapseBlankLines in a fragment of bare turns: runs between turns collapse, leading ones stay', () => {
    assert.equal(only('\n\nВ.Соколов: Да.\n\n\n\nН.Абдуллаев: Нет.\n', { collapseBlankLines: true }), '\n\nВ.Соколов: Да.\n\nН.Абдуллаев: Нет.\n');
  });

  test('normalizeLabels: each speaker’s labels in their dominant form, as speaker-inconsistent-form proposes', () => {
    assert.equal(
      only(lines('В.Соколов: Начнём.', 'Соколов В.В.: Итак.', 'В.Соколов: Дальше.', 'President of Russia Vladimir Putin: Hello.', 'Vladimir Putin: Yes.', 'В. Соколов: Всё.'), {
        normalizeLabels: true,
      }),
      lines('В.Соколов: Начнём.', 'В.Соколов: Итак.', 'В.Соколов: Дальше.', 'President of Russia Vladimir Putin: Hello.', 'Vladimir Putin: Yes.', 'В. Соколов: Всё.'),
    );
  });

  test('normalizeLabels keeps the note after the name: `Путин В.В. (как переведено):` → `В.Путин (как переведено):`', () => {
    assert.equal(
      only(lines('В.Путин: Да.', 'В.Путин: Нет.', 'Путин В.В. (как переведено): Итак.'), { normalizeLabels: true }),
      lines('В.Путин: Да.', 'В.Путин: Нет.', 'В.Путин (как переведено): Итак.'),
    );
  });

  const MARKS = 'В.Соколов: Раз <…> два &lt;…&gt; три <...> четыре &lt;...&gt; пять […] шесть (…).';

  test('omissionMarks entity: the angle-bracket omissions become &lt;…&gt;; […] and (…) stay', () => {
    assert.equal(only(MARKS, { omissionMarks: 'entity' }), 'В.Соколов: Раз &lt;…&gt; два &lt;…&gt; три &lt;…&gt; четыре &lt;…&gt; пять […] шесть (…).');
  });

  test('omissionMarks angle: they become <…>', () => {
    assert.equal(only(MARKS, { omissionMarks: 'angle' }), 'В.Соколов: Раз <…> два <…> три <…> четыре <…> пять […] шесть (…).');
  });

  test('omissionMarks keep (the default): nothing', () => {
    assert.deepEqual(edits(MARKS), []);
  });

  test('every step off: no edits at all on format-messy', () => {
    assert.deepEqual(formatTranscript(parseTranscript(MESSY), NONE), []);
  });
});

describe('the final newline (the client’s files.insertFinalNewline / files.trimFinalNewlines)', () => {
  test('insertFinalNewline adds the file’s own line ending', () => {
    assert.equal(only('В.Соколов: Да.\nН.Абдуллаев: Нет.', { insertFinalNewline: true }), 'В.Соколов: Да.\nН.Абдуллаев: Нет.\n');
    assert.equal(only('В.Соколов: Да.\r\nН.Абдуллаев: Нет.', { insertFinalNewline: true }), 'В.Соколов: Да.\r\nН.Абдуллаев: Нет.\r\n');
    assert.equal(only('В.Соколов: Да.\rН.Абдуллаев: Нет.', { insertFinalNewline: true }), 'В.Соколов: Да.\rН.Абдуллаев: Нет.\r');
  });

  test('insertFinalNewline with trailing white space on the last line: one edit replaces the spaces with the line break', () => {
    assert.deepEqual(shown(edits('В.Соколов: Да.  ', { insertFinalNewline: true })), ['0:14-0:16 → "\\n"']);
  });

  test('trimFinalNewlines leaves one line break after the last paragraph; none added where there was none', () => {
    assert.equal(only('В.Соколов: Да.\n\n \n\n', { trimFinalNewlines: true }), 'В.Соколов: Да.\n');
    assert.equal(only('В.Соколов: Да.\r\n\r\n', { trimFinalNewlines: true }), 'В.Соколов: Да.\r\n');
    assert.equal(only('В.Соколов: Да.', { trimFinalNewlines: true }), 'В.Соколов: Да.');
    assert.deepEqual(edits('В.Соколов: Да.\n', { trimFinalNewlines: true, insertFinalNewline: true }), []);
  });

  test('both together on a file ending in blank lines', () => {
    assert.equal(only('В.Соколов: Да.\n\n\n', { trimFinalNewlines: true, insertFinalNewline: true }), 'В.Соколов: Да.\n');
  });

  test('a file of nothing but white space keeps its lines', () => {
    assert.equal(format('\n \n\n', { trimFinalNewlines: true, insertFinalNewline: true }), '\n\n\n');
    assert.deepEqual(edits('', { trimFinalNewlines: true, insertFinalNewline: true }), []);
  });
});

describe('line endings and the BOM', () => {
  test('format-crlf-bom: CRLF kept, the BOM kept, every step applied', () => {
    const text = readFixture('format-crlf-bom.transcript');
    assert.equal(
      format(text, { normalizeLabels: true, omissionMarks: 'entity', insertFinalNewline: true }),
      '\uFEFFВ.Соколов: Начнём.\r\nН.Абдуллаев: Да.\r\n\r\nВ.Путин: Продолжим. &lt;…&gt;\r\nВ.Путин: Итак.\r\nВ.Путин: Всё.\r\n',
    );
  });

  test('a white-space line between a lone CR and an LF keeps its white space: emptied, CR and LF would become one CRLF (found by the property test)', () => {
    assert.deepEqual(edits('\n\r\t\nhttp://kremlin.ru/events/president/news/copy/56509'), []);
    assert.equal(format('В.Соколов: Да.\r \n\r\n \nН.Абдуллаев: Нет.'), 'В.Соколов: Да.\r \nН.Абдуллаев: Нет.');
    assert.equal(only('В.Соколов: Да.\r \n\r\n \nН.Абдуллаев: Нет.', { trimTrailingWhitespace: true }), 'В.Соколов: Да.\r \n\r\n\nН.Абдуллаев: Нет.');
  });

  test('mixed line endings: each stays as it was', () => {
    assert.equal(format('В.Соколов: Да. \r\n\r\n\nН.Абдуллаев: Нет. \r\r\n\rВ.Соколов: Всё.'), 'В.Соколов: Да.\r\n\r\nН.Абдуллаев: Нет.\r\r\nВ.Соколов: Всё.');
  });
});

describe('Format Selection: only the edits on the lines the range covers', () => {
  test('a selection over two turns', () => {
    const range = { start: positionOf(MESSY, '|В.Соколов : Начнём.'), end: positionOf(MESSY, 'Н.Абдуллаев:Да, коллеги|') };
    assert.deepEqual(shown(edits(MESSY, {}, range)), ['12:9-12:10 → ""', '12:19-12:21 → ""', '13:12-13:12 → " "']);
  });

  test('a range that ends at column 0 does not cover that line; part of a line covers the whole line', () => {
    const text = 'В.Соколов :Да.\nН.Абдуллаев :Нет.\n';
    assert.equal(format(text, {}, { start: { line: 0, character: 3 }, end: { line: 1, character: 0 } }), 'В.Соколов: Да.\nН.Абдуллаев :Нет.\n');
  });

  test('a selection over blank lines collapses the run inside it', () => {
    // From the blank line after `…всё готово.` to the start of `Соколов В.В.:` (not covering that line).
    const range = { start: { line: positionOf(MESSY, 'всё готово.|').line + 1, character: 0 }, end: positionOf(MESSY, '|Соколов В.В.') };
    assert.deepEqual(shown(edits(MESSY, {}, range)), ['15:0-16:0 → ""']);
  });
});

describe('on-type formatting: `:` typed after a speaker label', () => {
  const typed = (marked: string, ch = ':', settings = DEFAULT_FORMAT_SETTINGS) => {
    const { text, position } = withCursor(marked);
    return applyEdits(text, formatOnType(parseTranscript(text), position, ch, settings));
  };

  test('at the end of the line: one space after the colon', () => {
    assert.equal(typed('Лид.\nВ.Соколов:|'), 'Лид.\nВ.Соколов: ');
    assert.equal(typed('В.Соколов: Да.\r\nН.Абдуллаев:|\r\nВ.Соколов: Нет.'), 'В.Соколов: Да.\r\nН.Абдуллаев: \r\nВ.Соколов: Нет.');
  });

  test('before text: the space goes between colon and text', () => {
    assert.equal(typed('В.Соколов:|Начнём.'), 'В.Соколов: Начнём.');
  });

  test('nothing when a space is there already, in prose, on a second colon, for another character, or with labelSpacing off', () => {
    assert.equal(typed('В.Соколов:| Начнём.'), 'В.Соколов: Начнём.');
    assert.equal(typed('Всем нам известно:|'), 'Всем нам известно:');
    assert.equal(typed('В.Соколов: Итак, вопрос:|'), 'В.Соколов: Итак, вопрос:');
    assert.equal(typed('В.Соколов::|'), 'В.Соколов::');
    assert.equal(typed('В.Соколов:|', '\n'), 'В.Соколов:');
    assert.equal(typed('В.Соколов:|', ':', { ...DEFAULT_FORMAT_SETTINGS, labelSpacing: false }), 'В.Соколов:');
  });
});

describe('formatOptions: the settings with the client’s FormattingOptions', () => {
  test('VS Code leaves trimTrailingWhitespace out unless files.trimTrailingWhitespace is on: the setting decides', () => {
    const off = { ...DEFAULT_FORMAT_SETTINGS, trimTrailingWhitespace: false };
    assert.deepEqual(formatOptions(DEFAULT_FORMAT_SETTINGS, { tabSize: 4, insertSpaces: true }), { ...DEFAULT_FORMAT_SETTINGS, insertFinalNewline: false, trimFinalNewlines: false });
    assert.equal(formatOptions(off, { tabSize: 4, insertSpaces: true, trimTrailingWhitespace: true }).trimTrailingWhitespace, true);
    assert.equal(formatOptions(DEFAULT_FORMAT_SETTINGS, { tabSize: 4, insertSpaces: true, trimTrailingWhitespace: false }).trimTrailingWhitespace, false);
  });

  test('the final-newline steps come from the client only', () => {
    const options = formatOptions(DEFAULT_FORMAT_SETTINGS, { tabSize: 4, insertSpaces: true, insertFinalNewline: true, trimFinalNewlines: true });
    assert.deepEqual([options.insertFinalNewline, options.trimFinalNewlines], [true, true]);
  });
});

describe('stenogram.format.* as the server reads them', () => {
  test('the values given, and the default for a missing or wrong one', () => {
    assert.deepEqual(readSettings({ format: { normalizeLabels: true, omissionMarks: 'angle', labelSpacing: false } }).format, {
      trimTrailingWhitespace: true,
      labelSpacing: false,
      collapseBlankLines: true,
      normalizeLabels: true,
      omissionMarks: 'angle',
    });
    assert.deepEqual(readSettings({ format: { trimTrailingWhitespace: 'no', omissionMarks: 'brackets', collapseBlankLines: null } }).format, DEFAULT_FORMAT_SETTINGS);
    assert.deepEqual(readSettings(undefined).format, DEFAULT_FORMAT_SETTINGS);
  });
});
