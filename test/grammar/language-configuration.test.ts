// language-configuration.json: the brackets and quotes the editor pairs, the word VS Code takes at a
// position (hover ranges, Ctrl+D, word highlights, word-based suggestions), and no folding or
// indentation rules: folds come from the server's model, and indentation means nothing here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../helpers/fixtures';

interface LanguageConfiguration {
  brackets: [string, string][];
  autoClosingPairs: { open: string; close: string; notIn?: string[] }[];
  surroundingPairs: [string, string][];
  autoCloseBefore: string;
  wordPattern: string;
  [key: string]: unknown;
}

const config = JSON.parse(readFileSync(join(REPO_ROOT, 'language-configuration.json'), 'utf8')) as LanguageConfiguration;

test('brackets: [ ], ( ), « », “ ” match and colour as pairs', () => {
  assert.deepEqual(config.brackets, [
    ['[', ']'],
    ['(', ')'],
    ['«', '»'],
    ['“', '”'],
  ]);
});

test('auto-closing and surrounding pairs: the brackets and the three quotes', () => {
  const pairs = [
    ['[', ']'],
    ['(', ')'],
    ['«', '»'],
    ['“', '”'],
    ['"', '"'],
  ];
  assert.deepEqual(
    config.autoClosingPairs.map((p) => [p.open, p.close]),
    pairs,
  );
  assert.deepEqual(config.surroundingPairs, pairs);
  for (const c of [' ', '\u00a0', '\t', '\n', '.', ',', ':', ';', ']', ')', '»', '”']) {
    assert.ok(config.autoCloseBefore.includes(c), `closes before ${JSON.stringify(c)}`);
  }
});

test('no folding markers, indentation or on-enter rules: folding comes from the server', () => {
  for (const key of ['folding', 'indentationRules', 'onEnterRules', 'comments']) assert.equal(config[key], undefined, key);
});

// VS Code's getWordAtText (src/vs/editor/common/core/wordHelper.ts): the word pattern runs from
// windows ever further left of the position, and the last match that encloses it wins.
function wordAt(text: string, column: number): string | undefined {
  const pattern = new RegExp(config.wordPattern, 'g');
  const windowSize = 15;
  let previous = -1;
  let match: RegExpExecArray | null = null;
  for (let i = 1; ; i++) {
    const start = column - windowSize * i;
    pattern.lastIndex = Math.max(0, start);
    let found: RegExpExecArray | null = null;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (m.index <= column && pattern.lastIndex >= column) {
        found = m;
        break;
      }
      if (previous > 0 && m.index > previous) break;
    }
    if (!found && match) break;
    match = found;
    if (start <= 0) break;
    previous = start;
  }
  return match?.[0];
}

test('the word at a position keeps initials, hyphenated names and Cyrillic words together', () => {
  const cases: [string, string][] = [
    ['В.Путин: Уважаемый коллега', 'В.Путин'],
    ['Р.Т.Эрдоган: Спасибо', 'Р.Т.Эрдоган'],
    ['А.Кара-Мурза: Да', 'А.Кара-Мурза'],
    ['встреча с А.Кара-Мурзой.', 'А.Кара-Мурзой'],
    ['Путин В.В.: Добрый день', 'Путин'],
    ['М.Диас-Канель Бермудес', 'М.Диас-Канель'],
    ['Газета «Интерфакс» пишет', 'Интерфакс'],
    ['He said “Hello” and left', 'Hello'],
    ['Vladimir Putin: I’m sure', 'I’m'],
    ['во-первых, это важно', 'во-первых'],
    ['Ещё раз: ёлка', 'Ещё'],
    ['за́мок на горе', 'за́мок'],
    ['с [космодрому] рядом', 'космодрому'],
    ['(Смех.) Да', 'Смех'],
    ['COVID-19 и 2017-12-27', 'COVID-19'],
    ['в США.Потом', 'США'],
    ['Hans-Friedrich von Ploetz', 'Hans-Friedrich'],
  ];
  for (const [text, word] of cases) {
    const at = text.indexOf(word);
    for (let column = at; column < at + word.length; column++) {
      assert.equal(wordAt(text, column), word, `${JSON.stringify(text)} at ${column}`);
    }
  }
});

test('the word at a position deep in a long paragraph is whole', () => {
  const text = `${'Это очень длинная строка, в которой встречаются фамилии '.repeat(4)}Р.Т.Эрдоган и А.Кара-Мурза.`;
  for (const word of ['Р.Т.Эрдоган', 'А.Кара-Мурза']) {
    const at = text.indexOf(word);
    for (let column = at; column < at + word.length; column++) assert.equal(wordAt(text, column), word, `${word} at ${column - at}`);
  }
});

test('the word pattern never matches an empty string and stays linear on long runs', () => {
  assert.equal(new RegExp(config.wordPattern).test(''), false);
  for (const run of ['А.'.repeat(50_000), 'а-'.repeat(50_000), `${'В.'.repeat(30_000)}путин`, `${'a'.repeat(100_000)}.`]) {
    const pattern = new RegExp(config.wordPattern, 'g');
    let n = 0;
    while (pattern.exec(run) && n < 200_000) n++;
    assert.ok(n > 0);
  }
});
