// User-facing text in both languages (server/src/l10n.ts, and the CLI's own in cli/messages.ts):
// every message id has an English and a Russian text, neither empty, with the same `{n}`
// placeholders (a Russian text that drops `{1}` would silently lose the value); quotes follow each
// language (“ ” in English, «ёлочки» in Russian, FORMAT.md).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { RULE_CODES } from '../../server/src/features';
import { allCliMessages } from '../../server/src/cli/messages';
import { allMessages, message } from '../../server/src/l10n';

/** The distinct placeholders of a template, in order: `{1} … {0} … {1}` → `{0} {1}`. */
function placeholders(template: string): string {
  return [...new Set(template.match(/\{\d+\}/g) ?? [])].sort().join(' ');
}

describe('l10n: every message in English and Russian', () => {
  // The server's messages and the command line's own (cli/messages.ts), under one rule.
  const messages = { ...allMessages(), ...allCliMessages() };

  test('there are messages, and each has exactly the languages en and ru', () => {
    assert.ok(Object.keys(messages).length > 0);
    assert.deepEqual(
      Object.entries(messages).filter(([, texts]) => Object.keys(texts).sort().join(' ') !== 'en ru').map(([id]) => id),
      [],
    );
  });

  test('no text is empty or blank', () => {
    const blank = Object.entries(messages).flatMap(([id, texts]) =>
      Object.entries(texts).filter(([, s]) => typeof s !== 'string' || s.trim() === '').map(([locale]) => `${id} ${locale}`),
    );
    assert.deepEqual(blank, []);
  });

  test('English and Russian use the same {n} placeholders', () => {
    const mismatched = Object.entries(messages)
      .filter(([, { en, ru }]) => placeholders(en) !== placeholders(ru))
      .map(([id, { en, ru }]) => `${id}: en ${placeholders(en) || '(none)'} / ru ${placeholders(ru) || '(none)'}`);
    assert.deepEqual(mismatched, []);
  });

  test('quotes: no «» in English texts, no “ ” in Russian ones', () => {
    const wrong = Object.entries(messages).flatMap(([id, { en, ru }]) => [
      ...(/[«»]/.test(en) ? [`${id} en`] : []),
      ...(/[“”]/.test(ru) ? [`${id} ru`] : []),
    ]);
    assert.deepEqual(wrong, []);
  });

  test('every diagnostic rule has its message (or messages `<code>.<variant>`)', () => {
    const ids = Object.keys(messages);
    assert.deepEqual(
      RULE_CODES.filter((code) => !ids.some((id) => id === code || id.startsWith(`${code}.`))),
      [],
    );
  });

  test('message() fills the placeholders in either language', () => {
    assert.equal(message('en', 'turn-repeated-speaker', 'Т.Гараев'), '“Т.Гараев” speaks twice in a row.');
    assert.equal(message('ru', 'turn-repeated-speaker', 'Т.Гараев'), '«Т.Гараев» выступает два раза подряд.');
    assert.equal(
      message('ru', 'speaker-inconsistent-form', 'Т.Р.Гараев', 'Т.Гараев', 3, 5),
      '«Т.Р.Гараев» в остальном файле записан как «Т.Гараев» (3 из 5 реплик).',
    );
  });
});
