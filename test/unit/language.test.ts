// languageOf: the language a transcript is written in, which the features use for what they say
// about its content (a date's weekday and month, "Lead" / "Вводная часть", a new section's
// placeholders, an export's xml:lang), whatever the UI's language.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { languageOf, parseTranscript } from '../../server/src/transcript';

const of = (...lines: string[]) => languageOf(parseTranscript(lines.join('\n')));

describe('languageOf', () => {
  test('most letters of the turns decide: Cyrillic → ru, Latin → en', () => {
    assert.equal(of('В.Путин: Добрый день, уважаемые коллеги!', 'Э.Макрон: Bonjour.'), 'ru');
    assert.equal(of('Anna Hale: Good morning, everyone.', 'В.Путин: Да.'), 'en');
  });

  test('an English title over Russian turns: the turns decide', () => {
    assert.equal(of('Meeting with volunteers', '', 'В.Путин: Добрый день, уважаемые друзья!'), 'ru');
  });

  test('no turns yet: the title and the lead decide', () => {
    assert.equal(of('Совещание по вопросам паводка', '', 'Губернатор провела совещание.'), 'ru');
    assert.equal(of('Briefing', '', 'The minister met the press.'), 'en');
  });

  test('no letters at all (an empty document, digits only): en', () => {
    assert.equal(of(''), 'en');
    assert.equal(of('2023-04-11 09:00:00'), 'en');
  });
});
