// The grammar's scopes, asserted on fixture lines (test/grammar/fixtures/*.txt, format in fixture.ts):
// every scope the grammar can give is asserted somewhere, and every near-miss the format names
// (prose with an early colon, brackets that are no remark, lines that are no header) has its line.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkAssertions, readFixtureFile } from './fixture';
import { GRAMMAR_PATH, tokenizeLines, transcriptGrammar } from './tokenize';

const FIXTURES = join(__dirname, 'fixtures');
const files = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.txt'))
  .sort();

for (const file of files) {
  describe(`grammar fixture ${file}`, () => {
    for (const doc of readFixtureFile(join(FIXTURES, file))) {
      test(doc.name, async () => {
        const tokenized = tokenizeLines(await transcriptGrammar(), doc.lines);
        const problems = checkAssertions(doc, tokenized, `test/grammar/fixtures/${file}`);
        assert.deepEqual(problems, [], problems.join('\n'));
      });
    }
  });
}

/** Every scope name the grammar gives: rule names, content names and capture names. */
function grammarScopes(node: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const n of node) grammarScopes(n, out);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'name' || key === 'contentName') && typeof value === 'string') {
        for (const s of value.split(' ')) if (s !== 'Transcript') out.add(s);
      } else grammarScopes(value, out);
    }
  }
  return out;
}

test('every scope of the grammar is asserted by a fixture, and no fixture asserts a scope the grammar lacks', () => {
  const grammar = JSON.parse(readFileSync(GRAMMAR_PATH, 'utf8')) as { name: string };
  const scopes = grammarScopes({ ...grammar, name: undefined });
  const asserted = new Set<string>();
  for (const file of files) for (const doc of readFixtureFile(join(FIXTURES, file))) for (const a of doc.assertions) for (const s of a.present) asserted.add(s);
  assert.deepEqual([...scopes].filter((s) => !asserted.has(s)).sort(), [], 'scopes no fixture asserts');
  assert.deepEqual([...asserted].filter((s) => !scopes.has(s)).sort(), [], 'asserted scopes the grammar never gives');
});
