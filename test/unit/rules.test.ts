// Every diagnostic rule of the malformed-speaker-lines issue, each on a fixture named after it:
// `rule-<code>.transcript` triggers it and gives exactly the findings written out in rule-cases/
// (code, severity, range as line:col-line:col, message), and every fix of every finding, applied
// alone to that fixture, gives exactly the whole text written out there; `rule-<code>.near-miss.transcript`
// is what a careful user writes correctly, and gives no finding at all. The options (Russian,
// severities, enable, initials) are in rules-options.test.ts, the outputs we believe are wrong, as
// todo tests, in rules-suspected.test.ts.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULE_CODES } from '../../server/src/features';
import { fixturePath } from '../helpers/fixtures';
import { fixesOf, lint, nearMiss, trigger } from '../helpers/rules';
import { RULES } from './rule-cases';

describe('every rule has a trigger fixture and a near-miss fixture named after it', () => {
  test('RULE_CODES and the cases below are the same list, and both fixtures of each exist', () => {
    assert.deepEqual(Object.keys(RULES), [...RULE_CODES]);
    assert.deepEqual(
      RULE_CODES.filter((code) => !existsSync(fixturePath(`rule-${code}.transcript`)) || !existsSync(fixturePath(`rule-${code}.near-miss.transcript`))),
      [],
    );
  });

  test('each rule has its setting in the manifest, its section in docs/rules.md (the link target) and a row in README', () => {
    const root = join(__dirname, '../..');
    const settings = Object.keys(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).contributes.configuration.properties);
    const sections = readFileSync(join(root, 'docs/rules.md'), 'utf8').split('\n').filter((l) => l.startsWith('## ')).map((l) => l.slice(3));
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const missing = RULE_CODES.flatMap((code) => [
      ...(settings.includes(`stenogram.diagnostics.${code}`) ? [] : [`package.json: stenogram.diagnostics.${code}`]),
      ...(sections.includes(code) ? [] : [`docs/rules.md: ## ${code}`]),
      ...(readme.includes(`| [\`${code}\`](docs/rules.md#${code}) |`) ? [] : [`README.md: the row of ${code}`]),
    ]);
    assert.deepEqual(missing, []);
  });
});

for (const code of RULE_CODES) {
  const rule = RULES[code];
  describe(code, () => {
    test(`rule-${code}.transcript: ${rule.shows}`, () => {
      assert.deepEqual(lint(trigger(code), rule.options), rule.findings);
    });
    test(`rule-${code}.transcript: each fix, applied alone, gives the whole expected text`, () => {
      assert.deepEqual(fixesOf(trigger(code), rule.options), rule.fixes);
    });
    test(`rule-${code}.near-miss.transcript: no finding at all for ${rule.nearMiss}`, () => {
      assert.deepEqual(lint(nearMiss(code), rule.options), []);
    });
  });
}
