// findLeadMentions: where the lead names a speaker of the file, whatever the case ending. Each
// transcript is one or two lead lines (a line directly followed by a label is lead, not title) and
// the turns whose speakers are looked for. Expected mentions are written out in full.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { findLeadMentions, parseTranscript } from '../../server/src/transcript';
import { rangeText } from '../helpers/view';

const NB = '\u00A0';

interface MentionView {
  key: string;
  text: string;
  range: string;
  before: string;
}

function mentions(text: string): MentionView[] {
  return findLeadMentions(parseTranscript(text)).map((m) => ({ key: m.key, text: m.text, range: rangeText(m.range), before: m.before }));
}

// `before` is the sentence before the name, up to eight words, punctuation kept: findRole reads the
// title from its end (`… с Президентом Казахстана`), so an earlier name in it does no harm.
describe('findLeadMentions: Russian case forms', () => {
  test('genitive `Владимира Путина` and instrumental `Нурсултаном Назарбаевым` name В.Путин and Н.Назарбаев', () => {
    const text = [
      'Состоялась встреча Владимира Путина с Президентом Казахстана Нурсултаном Назарбаевым.',
      'В.Путин: Уважаемый Нурсултан Абишевич!',
      'Н.Назарбаев: Спасибо.',
    ].join('\n');
    assert.deepEqual(mentions(text), [
      { key: 'в.путин', text: 'Владимира Путина', range: '0:19-0:35', before: 'Состоялась встреча' },
      { key: 'н.назарбаев', text: 'Нурсултаном Назарбаевым', range: '0:61-0:84', before: 'Состоялась встреча Владимира Путина с Президентом Казахстана' },
    ]);
  });

  test('dative `Ирине Лебедевой` names И.Лебедева', () => {
    assert.deepEqual(mentions('Слово было предоставлено Ирине Лебедевой.\nИ.Лебедева: Спасибо.'), [
      { key: 'и.лебедева', text: 'Ирине Лебедевой', range: '0:25-0:40', before: 'Слово было предоставлено' },
    ]);
  });

  test('the initial written in the lead (`с\u00A0В.Путиным`) and a no-break space between name and surname', () => {
    assert.deepEqual(mentions(`Встреча с${NB}В.Путиным и беседа с Владимиром${NB}Путиным.\nВ.Путин: Добрый день.`), [
      { key: 'в.путин', text: 'В.Путиным', range: '0:10-0:19', before: 'Встреча с' },
      { key: 'в.путин', text: `Владимиром${NB}Путиным`, range: '0:31-0:49', before: `Встреча с${NB}В.Путиным и беседа с` },
    ]);
  });

  test('a hyphenated surname: `Владимиром Кара-Мурзой` names В.Кара-Мурза', () => {
    assert.deepEqual(mentions('Беседа с Владимиром Кара-Мурзой.\nВ.Кара-Мурза: Добрый день.'), [
      { key: 'в.кара-мурза', text: 'Владимиром Кара-Мурзой', range: '0:9-0:31', before: 'Беседа с' },
    ]);
  });

  test('two initials `Р.Т.Гайнуллин`: matched by `Рустама Гайнуллина` and by `Рустама Тимуровича Гайнуллина`', () => {
    const text = ['Слово Рустама Гайнуллина.', 'Доклад Рустама Тимуровича Гайнуллина.', 'Р.Т.Гайнуллин: Коллеги, добрый день.'].join('\n');
    assert.deepEqual(mentions(text), [
      { key: 'р.гайнуллин', text: 'Рустама Гайнуллина', range: '0:6-0:24', before: 'Слово' },
      { key: 'р.гайнуллин', text: 'Рустама Тимуровича Гайнуллина', range: '1:7-1:36', before: 'Доклад' },
    ]);
  });

  test('names without initials: `Мин Аун Хлайном`, `Си Цзиньпином`', () => {
    const text = ['Переговоры со Старшим генералом Мин Аун Хлайном и с Си Цзиньпином.', 'Мин Аун Хлайн: Спасибо.', 'Си Цзиньпин: Благодарю.'].join('\n');
    assert.deepEqual(mentions(text), [
      { key: 'мин аун хлайн', text: 'Мин Аун Хлайном', range: '0:32-0:47', before: 'Переговоры со Старшим генералом' },
      { key: 'си цзиньпин', text: 'Си Цзиньпином', range: '0:52-0:65', before: 'со Старшим генералом Мин Аун Хлайном и с' },
    ]);
  });

  test('a woman’s surname in the label (`В.Путина`) is named by `Валентины Путиной`', () => {
    assert.deepEqual(mentions('Выступление Валентины Путиной.\nВ.Путина: Добрый день.'), [
      { key: 'в.путина', text: 'Валентины Путиной', range: '0:12-0:29', before: 'Выступление' },
    ]);
  });
});

describe('findLeadMentions: English', () => {
  test('`Peter Lund` and `Vladimir Putin` as written', () => {
    const text = ['Vladimir Putin met with Peter Lund.', 'Peter Lund: Good afternoon.', 'Vladimir Putin: Welcome.'].join('\n');
    assert.deepEqual(mentions(text), [
      { key: 'vladimir putin', text: 'Vladimir Putin', range: '0:0-0:14', before: '' },
      { key: 'peter lund', text: 'Peter Lund', range: '0:24-0:34', before: 'Vladimir Putin met with' },
    ]);
  });

  test('a possessive names the person: `Vladimir Putin’s meeting` → `Vladimir Putin`', () => {
    assert.deepEqual(mentions('Vladimir Putin’s meeting with Peter Lund.\nVladimir Putin: Welcome.'), [
      { key: 'vladimir putin', text: 'Vladimir Putin', range: '0:0-0:14', before: '' },
    ]);
  });

  test('English names match exactly: `Peter Lunde` is not `Peter Lund`', () => {
    assert.deepEqual(mentions('Peter Lunde chaired the meeting.\nPeter Lund: Good afternoon.'), []);
  });
});

describe('findLeadMentions: near-misses', () => {
  test('`Путиловский завод` does not name В.Путин', () => {
    assert.deepEqual(mentions('Визит на Путиловский завод.\nВ.Путин: Добрый день.'), []);
  });

  test('`Путиловский завод посетил Владимир Путин.`: only the name is a mention', () => {
    assert.deepEqual(mentions('Путиловский завод посетил Владимир Путин.\nВ.Путин: Добрый день.'), [
      { key: 'в.путин', text: 'Владимир Путин', range: '0:26-0:40', before: 'Путиловский завод посетил' },
    ]);
  });

  test('a different first initial: `Анатолием Путиным` is not В.Путин; a surname alone is no mention', () => {
    assert.deepEqual(mentions('Беседа с Анатолием Путиным. Путин ответил.\nВ.Путин: Добрый день.'), []);
  });

  test('roles are never looked for in the lead', () => {
    assert.deepEqual(mentions('Вопрос о дорогах задал Рустам Гайнуллин.\nВопрос: Когда?\nР.Гайнуллин: Скоро.'), [
      { key: 'р.гайнуллин', text: 'Рустам Гайнуллин', range: '0:23-0:39', before: 'Вопрос о дорогах задал' },
    ]);
  });

  test('a woman of the same initial and surname stem is not the man: `Валентины Путиной` is not В.Путин', () => {
    assert.deepEqual(mentions('Выступление Валентины Путиной.\nВ.Путин: Добрый день.'), []);
  });

  test('a longer surname that starts with the label’s: `Виктор Путинцев` is not В.Путин', () => {
    assert.deepEqual(mentions('Приехал Виктор Путинцев.\nВ.Путин: Добрый день.'), []);
  });

  test('with two initials the mention starts at the first name, not at a capitalised word before it', () => {
    assert.deepEqual(mentions('Встреча Владимира Путина с жителями.\nПутин В.В.: Добрый день.'), [
      { key: 'в.путин', text: 'Владимира Путина', range: '0:8-0:24', before: 'Встреча' },
    ]);
    assert.deepEqual(mentions('Беседа с Главой Республики Рустамом Миннихановым.\nР.Н.Минниханов: Добрый день.'), [
      { key: 'р.минниханов', text: 'Рустамом Миннихановым', range: '0:27-0:48', before: 'Беседа с Главой Республики' },
    ]);
  });
});

describe('findLeadMentions: once per parsed transcript', () => {
  test('asked twice of one parse, the same list; no lead, no mentions', () => {
    const t = parseTranscript('Встреча Владимира Путина.\nВ.Путин: Добрый день.');
    assert.equal(findLeadMentions(t), findLeadMentions(t));
    assert.deepEqual(mentions('В.Путин: Добрый день.\nВладимира Путина ждут.'), []);
  });
});
