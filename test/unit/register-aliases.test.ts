// stenogram.speakers.json aliases feed speaker-inconsistent-form and rename.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseTranscript } from '../../server/src/transcript';
import { computeFindings, rename } from '../../server/src/features';
import { readRegister } from '../../server/src/register';
import { applyEdits } from '../helpers/edits';

const TEXT = ['В.Соколов: Начнём заседание.', 'Председатель: Слово предоставляется Н.Абдуллаеву.', 'Н.Абдуллаев: Спасибо.', 'В.Соколов: Продолжим.', ''].join('\n');
const REGISTER = JSON.stringify({ 'В.Соколов': { name: 'Виктор Соколов', aliases: ['Председатель', 'Соколов В.В.'] } });

function register() {
  const { entries } = readRegister(REGISTER);
  const aliases = new Map<string, string>();
  for (const [key, entry] of entries) if (key !== 'в.соколов') aliases.set(key, entry.label);
  const samePerson = (key: string) => {
    const entry = entries.get(key);
    return new Set([key, ...[...entries].filter(([, e]) => e === entry).map(([k]) => k)]);
  };
  return { aliases, samePerson };
}

describe('register aliases', () => {
  test('an alias label beside the person’s own label is an inconsistent form, with a fix to the register’s label', () => {
    const findings = computeFindings(parseTranscript(TEXT), { aliases: register().aliases });
    const alias = findings.filter((f) => f.code === 'speaker-inconsistent-form');
    assert.deepEqual(
      alias.map((f) => ({ range: f.range, message: f.message, fixes: f.fixes.map((x) => ({ title: x.title, edits: x.edits, safe: x.safe })) })),
      [
        {
          range: { start: { line: 1, character: 0 }, end: { line: 1, character: 12 } },
          message: '“Председатель” is an alias of “В.Соколов” in stenogram.speakers.json, and this file labels that speaker “В.Соколов”.',
          fixes: [
            {
              title: 'Change to “В.Соколов”',
              edits: [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 12 } }, newText: 'В.Соколов' }],
              safe: false,
            },
          ],
        },
      ],
    );
    assert.equal(applyEdits(TEXT, alias[0].fixes[0].edits), TEXT.replace('Председатель:', 'В.Соколов:'));
  });

  test('without the register nothing is said about the alias', () => {
    assert.deepEqual(
      computeFindings(parseTranscript(TEXT)).filter((f) => f.code === 'speaker-inconsistent-form'),
      [],
    );
  });

  test('renaming the person renames the alias labels too, and no text inside turns', () => {
    const transcript = parseTranscript(TEXT);
    const changes = rename({ uri: 'file:///a.transcript', transcript }, { line: 0, character: 2 }, 'В.Сокол', [], 'en', register().samePerson);
    assert.equal(
      applyEdits(TEXT, changes['file:///a.transcript']),
      ['В.Сокол: Начнём заседание.', 'В.Сокол: Слово предоставляется Н.Абдуллаеву.', 'Н.Абдуллаев: Спасибо.', 'В.Сокол: Продолжим.', ''].join('\n'),
    );
  });
});
