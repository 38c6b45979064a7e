// Who a speaker is "as the lead names them", in the nominative: the name from the lead's mention and
// the speaker label, the role from the words before the name. Name shapes are those of FORMAT.md and
// the corpus notes; the people and sentences, where a real one is not needed for the shape, are ours.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { findRole, nominativePersonName, nominativeRole } from '../../server/src/transcript';

const NB = '\u00A0';

const NAMES: [mention: string, label: string, expected: string | undefined, why: string][] = [
  // Genitive
  ['Владимира Путина', 'В.Путин', 'Владимир Путин', 'genitive, masculine -ов/-ин surname'],
  ['Ирины Лебедевой', 'И.Лебедева', 'Ирина Лебедева', 'genitive, feminine'],
  ['Алексея Кара-Мурзаева', 'А.Кара-Мурзаев', 'Алексей Кара-Мурзаев', 'genitive of a name in -ей, hyphenated surname'],
  ['Натальи Орловой', 'Н.Орлова', 'Наталья Орлова', 'genitive of a name in -ья'],
  ['Ольги Горбуновой', 'О.Горбунова', 'Ольга Горбунова', 'genitive -и after г'],
  ['Марии Зуевой', 'М.Зуева', 'Мария Зуева', 'genitive of a name in -ия, a woman'],
  ['Валерия Герасимова', 'В.Герасимов', 'Валерий Герасимов', '-ия of a man is the genitive of -ий'],
  ['Павла Сомова', 'П.Сомов', 'Павел Сомов', 'a first name that loses its vowel'],
  ['Никиты Белова', 'Н.Белов', 'Никита Белов', 'a man in the -а declension'],
  ['Фёдора Достоевского', 'Ф.Достоевский', 'Фёдор Достоевский', 'adjectival surname'],
  // Instrumental
  ['Нурсултаном Назарбаевым', 'Н.Назарбаев', 'Нурсултан Назарбаев', 'instrumental'],
  ['Ириной Лебедевой', 'И.Лебедева', 'Ирина Лебедева', 'instrumental, feminine'],
  ['Клаусом Валлентером', 'К.Валлентер', 'Клаус Валлентер', 'foreign surname declined as a noun'],
  ['Евгением Смирновым', 'Е.Смирнов', 'Евгений Смирнов', 'instrumental of -ий'],
  ['Игорем Сомовым', 'И.Сомов', 'Игорь Сомов', 'instrumental of a soft-sign name'],
  ['Любовью Орловой', 'Л.Орлова', 'Любовь Орлова', 'feminine name in -ь'],
  ['Анной Лисовской', 'А.Лисовская', 'Анна Лисовская', 'feminine adjectival surname'],
  ['Бадрой Гунбой', 'Б.Гунба', 'Бадра Гунба', 'a man whose name and surname end in -а'],
  ['Ангелой Меркель', 'А.Меркель', 'Ангела Меркель', 'a woman’s surname in a consonant does not decline'],
  ['Николасом Мадуро', 'Н.Мадуро', 'Николас Мадуро', 'indeclinable surname: the first name alone shows the case'],
  ['Хейсамом Бен Тареком Аль Саидом', 'Х.Бен Тарек Аль Саид', 'Хейсам Бен Тарек Аль Саид', 'several surname words; Бен and Аль do not decline'],
  ['Мигелем Диас-Канелем Бермудесом', 'М.Диас-Канель Бермудес', 'Мигель Диас-Канель Бермудес', 'hyphenated and two-word surname'],
  ['Си Цзиньпином', 'Си Цзиньпин', 'Си Цзиньпин', 'a label without initials gives every word'],
  ['Ухнагийн Хурэлсухом', 'У.Хурэлсух', 'Ухнагийн Хурэлсух', 'a first name with no Russian ending stays'],
  // Dative, accusative, prepositional
  ['Ирине Лебедевой', 'И.Лебедева', 'Ирина Лебедева', 'dative, feminine'],
  ['Сергею Прохорову', 'С.Прохоров', 'Сергей Прохоров', 'dative of a name in -ей'],
  ['Ирину Лебедеву', 'И.Лебедева', 'Ирина Лебедева', 'accusative, feminine'],
  ['Владимире Путине', 'В.Путин', 'Владимир Путин', 'prepositional'],
  // Patronymics
  ['Рустама Тимуровича Гайнуллина', 'Р.Т.Гайнуллин', 'Рустам Тимурович Гайнуллин', 'genitive patronymic'],
  ['Ирины Сергеевны Лебедевой', 'И.С.Лебедева', 'Ирина Сергеевна Лебедева', 'feminine patronymic'],
  ['Ирины Сергеевны', 'И.С.Лебедева', 'Ирина Сергеевна', 'first name and patronymic, initials agree'],
  ['Владимира Владимировича Путина', 'В.Путин', 'Владимир Владимирович Путин', 'a patronymic the label does not show'],
  ['Владимира Владимировича Путина', 'Путин В.В.', 'Владимир Владимирович Путин', 'a label with the surname first'],
  ['Мигелем Диас-Канелем', 'М.Диас-Канель (как переведено)', 'Мигель Диас-Канель', 'the label’s translation note is not part of the name'],
  ['Реджепом Тайипом Эрдоганом', 'Р.Т.Эрдоган', 'Реджеп Тайип Эрдоган', 'two first names, two initials'],
  // Already nominative; English
  ['Владимир Путин', 'В.Путин', 'Владимир Путин', 'nominative stays'],
  ['Ирина Лебедева', 'И.Лебедева', 'Ирина Лебедева', 'nominative stays, feminine'],
  ['Мин Аун Хлайн', 'Мин Аун Хлайн', 'Мин Аун Хлайн', 'a name without initials'],
  ['Peter Lund', 'Peter Lund', 'Peter Lund', 'English unchanged'],
  ['Alexei Repik', 'A. Repik', 'Alexei Repik', 'English with an initial'],
  [`Владимира${NB}Путина`, 'В.Путин', `Владимир${NB}Путин`, 'the lead’s no-break space is kept'],
  // An ambiguous ending settled by a common first name
  ['Виталия Мутко', 'В.Мутко', 'Виталий Мутко', 'indeclinable surname: Виталия could be a woman, Виталий is the known name'],
  ['Игоре Черных', 'И.Черных', 'Игорь Черных', 'Игоре: Игорь or Игор, and only Игорь is a name'],
  // Ambiguous: kept as written
  ['Тани Ивановой', 'Т.Иванова', 'Тани Иванова', 'Тани: Таня, or an indeclinable Тани — kept'],
  ['Дарине Ивановой', 'Д.Иванова', 'Дарине Иванова', 'Дарине: Дарина or Дариня, neither a common name — kept'],
  ['Бадра Гунба', 'Б.Гунба', 'Бадра Гунба', 'Бадра: a nominative, or the genitive of Бадр — kept'],
  // Near-misses: not this speaker
  ['Владимира Путинцева', 'В.Путин', undefined, 'another surname on the same stem'],
  ['Виктора Путина', 'А.Путин', undefined, 'first name does not start with the initial'],
  ['Ивана Лебедева', 'И.Лебедева', undefined, 'a man’s first name beside a woman’s surname'],
  ['Вадимом Лебедевым', 'В.Лебедева', undefined, 'a man of the same family'],
  ['Владимировича Путина', 'В.Путин', undefined, 'a patronymic where the first name should be'],
  ['Peter Lundgren', 'Peter Lund', undefined, 'English: another surname'],
  ['Сомов Сомова', 'С.Сомов', undefined, 'the surname again where the first name should be'],
  ['Ирины Петровны', 'И.С.Лебедева', undefined, 'no surname, and the patronymic has another initial'],
];

describe('nominativePersonName: the lead’s mention in the nominative, surname from the label', () => {
  for (const [mention, label, expected, why] of NAMES) {
    test(`${mention} + ${label} → ${expected} (${why})`, () => {
      assert.equal(nominativePersonName(mention, label), expected);
    });
  }
});

const ROLES: [before: string, expected: string | undefined, why: string][] = [
  ['Состоялась встреча Владимира Путина с Президентом Республики Казахстан', 'Президентом Республики Казахстан', 'title and genitive complement'],
  ['Состоялась встреча Владимира Путина с', undefined, 'a preposition right before the name'],
  ['пресс-конференция губернатора Северо-Озёрской области', 'губернатора Северо-Озёрской области', 'the event noun before the title is not part of it'],
  ['отвечали первый заместитель губернатора', 'первый заместитель губернатора', 'an agreeing adjective; a title in the genitive as complement'],
  ['заслушал доклад начальника штаба округа – первого заместителя командующего', 'первого заместителя командующего', 'a dash ends the earlier title'],
  ['встретился с избранным Президентом Северо-Озёрской республики', 'избранным Президентом Северо-Озёрской республики', 'a participle agreeing with the title'],
  ['провёл встречу с председателем правления компании «Северный путь»', 'председателем правления компании «Северный путь»', 'a quoted name in the complement'],
  ['с главой района, председателем местного совета', 'председателем местного совета', 'a comma: the title nearest the name'],
  ['с Министром промышленности и торговли', 'Министром промышленности и торговли', '`и` inside the complement'],
  ['с Министром экономики Ивановым и Министром финансов', 'Министром финансов', '`и` before another title: two people'],
  ['с Уполномоченным по правам человека в Российской Федерации', 'Уполномоченным по правам человека в Российской Федерации', 'prepositions inside a title'],
  ['принял Чрезвычайного и Полномочного Посла Франции', 'Чрезвычайного и Полномочного Посла Франции', 'two adjectives joined by `и`'],
  ['с временно исполняющим обязанности губернатора Северо-Озёрской области', 'временно исполняющим обязанности губернатора Северо-Озёрской области', 'врио in full'],
  ['с и.о. губернатора Северо-Озёрской области', 'и.о. губернатора Северо-Озёрской области', 'abbreviated title keeps its dot'],
  ['Председатель Правительства Михаил Мишустин мэр Москвы', 'мэр Москвы', 'a nominative title after a name is a new person'],
  ['Президент вручил награду', undefined, 'a verb between the title and the name'],
  ['по итогам визита Президента Северной Озёрии в Российскую Федерацию', undefined, '`в` with the accusative is a direction, not part of a title'],
  ['встреча с Президентом Северной Озёрии в Москву', undefined, 'the same with a place name in -у'],
  ['выступил Председатель Государственной Думы Вячеслав', undefined, 'a first name after the title: the name has begun'],
  ['встреча с командующим Северным флотом', 'командующим Северным флотом', 'a title governing the instrumental'],
  ['провёл совещание с его заместителем', 'заместителем', 'a pronoun is not part of the title'],
  ['Chairman of the State Council', 'Chairman of the State Council', 'English title with `of` complement'],
  ['Vladimir Putin met with President of Mongolia', 'President of Mongolia', 'English: `met with` ends it'],
  ['Vladimir Putin met with Deputy Prime Minister', 'Deputy Prime Minister', 'English: a title inside a title'],
  ['The President was accompanied by Industry and Trade Minister', 'Industry and Trade Minister', 'English capitalised words before the title'],
  ['Vladimir Putin and Prime Minister', 'Prime Minister', 'English: `and` between two people'],
  ['Deputy Prime Minister Tatyana Golikova Moscow Mayor', 'Mayor', 'English: a name before the modifiers, they are dropped'],
  ['Direct Line with', undefined, 'no title at all'],
];

describe('findRole: the role phrase right before a name in the lead', () => {
  for (const [before, expected, why] of ROLES) {
    test(`${before} → ${expected} (${why})`, () => {
      assert.equal(findRole(before), expected);
    });
  }
});

const NOMINATIVE_ROLES: [role: string, expected: string, why: string][] = [
  ['Президентом Республики Казахстан', 'Президент Республики Казахстан', 'instrumental title'],
  ['губернатора Северо-Озёрской области', 'губернатор Северо-Озёрской области', 'genitive title'],
  ['первым заместителем губернатора', 'первый заместитель губернатора', 'adjective and title; the second title stays genitive'],
  ['министру финансов', 'министр финансов', 'dative'],
  ['Председателем Правительства', 'Председатель Правительства', 'soft-sign title'],
  ['руководителя пресс-службы', 'руководитель пресс-службы', 'genitive, hyphenated complement'],
  ['главу Республики Северная Озёрия', 'глава Республики Северная Озёрия', 'accusative of глава'],
  ['Премьер-министром Северной Озёрии', 'Премьер-министр Северной Озёрии', 'hyphenated title declines its last part'],
  ['Послом России в Северной Озёрии', 'Посол России в Северной Озёрии', 'a title that loses its vowel'],
  ['Генерального директора компании', 'Генеральный директор компании', 'capitalised adjective'],
  ['второго секретаря посольства', 'второй секретарь посольства', 'adjective with stressed -ой'],
  ['временно исполняющим обязанности губернатора', 'временно исполняющий обязанности губернатора', 'participle title'],
  ['управляющего директора банка', 'управляющий директор банка', 'a participle title before a title noun is its adjective'],
  ['Верховным Главнокомандующим', 'Верховный Главнокомандующий', 'adjective-declined title'],
  ['командующим Северным флотом', 'командующий Северным флотом', 'its instrumental complement stays'],
  ['судьёй Конституционного Суда', 'судья Конституционного Суда', 'title in -ья'],
  ['Председатель Верховного Суда', 'Председатель Верховного Суда', 'already nominative'],
  ['ПРЕЗИДЕНТОМ РЕСПУБЛИКИ', 'ПРЕЗИДЕНТ РЕСПУБЛИКИ', 'capitalisation kept'],
  ['President of Mongolia', 'President of Mongolia', 'English unchanged'],
];

describe('nominativeRole: the head of a role phrase in the nominative, its complement as it stands', () => {
  for (const [role, expected, why] of NOMINATIVE_ROLES) {
    test(`${role} → ${expected} (${why})`, () => {
      assert.equal(nominativeRole(role), expected);
    });
  }
});

describe('together: the hover’s “as the lead names them”', () => {
  test('Н.Назарбаев in `Состоялась встреча Владимира Путина с Президентом Республики Казахстан Нурсултаном Назарбаевым`', () => {
    const before = 'Состоялась встреча Владимира Путина с Президентом Республики Казахстан';
    const role = findRole(before);
    assert.equal(role, 'Президентом Республики Казахстан');
    const name = nominativePersonName('Нурсултаном Назарбаевым', 'Н.Назарбаев');
    assert.equal(`${nominativeRole(role!)} ${name}`, 'Президент Республики Казахстан Нурсултан Назарбаев');
  });
  test('В.Путин in the same lead has no role: `встреча` is not a title', () => {
    assert.equal(findRole('Состоялась встреча'), undefined);
    assert.equal(nominativePersonName('Владимира Путина', 'В.Путин'), 'Владимир Путин');
  });
});
