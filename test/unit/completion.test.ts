// completeLabels, what issue 20 asked of it (the speakers' order is in navigation.test.ts): the role
// labels the file uses come right after its speakers, the common roles it does not use come last;
// a new section (`* * *`, heading, first turn) is one item whose placeholders are in the
// transcript's language and whose detail is in the UI's.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CompletionItem } from 'vscode-languageserver-types';
import { completeLabels } from '../../server/src/features';
import { parseTranscript } from '../../server/src/transcript';
import { withCursor } from '../helpers/cursor';

/** The items at the `|` of `marked`, in the UI language `locale`. */
function complete(marked: string, locale: 'en' | 'ru' = 'en'): CompletionItem[] {
  const { text, position } = withCursor(marked);
  return completeLabels(parseTranscript(text), position, locale);
}

/** The items in the order VS Code lists them (by sortText), each with its detail. */
const summary = (items: CompletionItem[]) =>
  [...items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? '')).map((i) => `${i.sortText} ${i.label} (${i.detail})`);
const newText = (item: CompletionItem | undefined) => (item?.textEdit && 'newText' in item.textEdit ? item.textEdit.newText : undefined);

const PRESS = ['В.Путин: Добрый день.', 'Вопрос: Когда откроют мост?', 'В.Путин: В июле.', 'Реплика: Спасибо.', 'Вопрос: А дорогу?', 'В.Путин: Тоже летом.', '|'].join('\n');

describe('completeLabels: roles', () => {
  test('the roles the file uses (most turns first) follow its speakers; the common roles it does not use come after them', () => {
    assert.deepEqual(summary(complete(PRESS)), [
      ' Вопрос (likely next speaker)',
      '00000 В.Путин (3 turns · 6 words)',
      '10001 Реплика (role label)',
      '20002 Голос из зала (role label, not in this file yet)',
      '20003 Ведущий (role label, not in this file yet)',
      '30000 * * * (new section: separator, heading, first turn)',
    ]);
  });

  test('a role written in another case than the common list is the file’s role, not offered twice', () => {
    assert.deepEqual(summary(complete('ВЕДУЩИЙ: Начинаем.\nВ.Путин: Добрый день.\nЕ.Корочкина: Спасибо.\n|')), [
      '00000 В.Путин (likely next speaker)',
      '00001 Е.Корочкина (1 turn · 1 word)',
      '10000 ВЕДУЩИЙ (role label)',
      '20001 Вопрос (role label, not in this file yet)',
      '20002 Реплика (role label, not in this file yet)',
      '20003 Голос из зала (role label, not in this file yet)',
      '30000 * * * (new section: separator, heading, first turn)',
    ]);
  });
});

describe('completeLabels: a new section', () => {
  const RU = 'Совещание\n\nВ.Соколов: Начнём.\n';
  const EN = 'Briefing\n\nAnna Hale: Good morning.\n';

  test('`***`, `* * *` or `*` at the start of a line: the section item alone, replacing what was typed', () => {
    for (const typed of ['***', '* * *', '*']) {
      const items = complete(`${RU}${typed}|`);
      assert.deepEqual(
        items.map((i) => ({ label: i.label, filterText: i.filterText, range: i.textEdit && 'range' in i.textEdit ? i.textEdit.range : undefined })),
        [{ label: '* * *', filterText: typed, range: { start: { line: 3, character: 0 }, end: { line: 3, character: typed.length } } }],
        typed,
      );
    }
  });

  test('its placeholders follow the transcript’s language, its detail the UI’s', () => {
    const ruInEnglishUi = complete(`${RU}***|`, 'en')[0];
    assert.equal(newText(ruInEnglishUi), '* * *\n${1:Заголовок раздела}\n${2:Спикер}: $0');
    assert.equal(ruInEnglishUi.detail, 'new section: separator, heading, first turn');
    const enInRussianUi = complete(`${EN}***|`, 'ru')[0];
    assert.equal(newText(enInRussianUi), '* * *\n${1:Section heading}\n${2:Speaker}: $0');
    assert.equal(enInRussianUi.detail, 'новый раздел: разделитель, заголовок, первая реплика');
  });

  test('expanded after a header, with a speaker typed over the placeholder: a section with its heading and a first turn', () => {
    const snippet = newText(complete(`${RU}***|`)[0])!;
    const expanded = snippet.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace('Спикер: $0', 'В.Путин: Добрый день!');
    const t = parseTranscript(`${RU}${expanded}\n`);
    assert.deepEqual(
      t.sections.map((s) => ({ heading: s.heading?.text, separator: s.separator !== undefined, turns: s.turns.map((turn) => turn.label.text) })),
      [
        { heading: undefined, separator: false, turns: ['В.Соколов'] },
        { heading: 'Заголовок раздела', separator: true, turns: ['В.Путин'] },
      ],
    );
  });

  test('not after text, nor with text after the cursor, nor a `*` inside a line', () => {
    assert.deepEqual(complete(`${RU}***|Текст`), []);
    assert.deepEqual(complete('В.Соколов: Сноска *|\n'), []);
  });
});
