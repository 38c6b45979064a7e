// languageOf: the language a transcript is written in, which the features use for what they say
// about its content (a date's weekday and month, "Lead" / "Вводная часть", a new section's
// placeholders, an export's xml:lang), whatever the UI's language.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { TranscriptCache } from '../../server/src/documents';
import { LineDocument } from '../../server/src/lineDocument';
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

describe('languageOf a model spliced from an edited one', () => {
  /** Lines as given, then the text of `line` after its label (`at` its first character) replaced. */
  const spliced = (lines: string[], line: number, at: number, text: string) => {
    const cache = new TranscriptCache();
    const document = LineDocument.create('file:///language.transcript', 'transcript', 1, lines.join('\n'));
    assert.equal(languageOf(cache.get(document)), 'ru');
    const range = { start: { line, character: at }, end: { line, character: lines[line].length } };
    cache.update(document, [{ range, text }], 2);
    const model = cache.get(document);
    assert.equal(cache.splices, 1, 'the edit was spliced');
    return model;
  };

  test('an edit of a turn the count samples counts again: the language follows the new text', () => {
    // Three turns: every one is sampled.
    const lines = ['В.Путин: Добрый день.', '', 'Д.Песков: Да.', '', 'В.Путин: Хорошо, продолжим.'];
    const model = spliced(lines, 4, 9, 'Good afternoon to all of you, ladies and gentlemen, and thank you.');
    assert.equal(languageOf(model), 'en');
  });

  test('an edit of a turn the count does not sample keeps the language counted before', () => {
    // A title, then 400 turns: every second one is sampled; turn 1 (line 4) is not.
    const lines = ['Встреча', '', ...Array.from({ length: 400 }, (_, i) => [`${i % 2 ? 'Д.Песков' : 'В.Путин'}: Добрый день, коллеги.`, '']).flat()];
    const model = spliced(lines, 4, 10, 'Good afternoon to all of you.');
    assert.equal(languageOf(model), 'ru');
    assert.equal(languageOf(model), languageOf(parseTranscript(model.lines.map((l) => l.text + l.terminator).join(''))));
  });
});
