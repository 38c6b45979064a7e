// Properties of the model over random transcripts (test/property/arbitraries.ts): whatever the text,
// parseTranscript returns, every non-blank line lands in exactly one part, every range is well-formed,
// inside the document and holds its text, turns are in order and do not overlap, the speaker register
// agrees with the turns, and the same text always parses to the same model.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseTranscript, type Transcript } from '../../server/src/transcript';
import { lineCoverageProblems, rangeProblems } from '../helpers/invariants';
import { anyText, documentArb } from './arbitraries';
import { modelTextProblems, rangeProblemsIn, show } from './check';
import { checkProperty, runsOf } from './runs';

const FILE = 'model.test.ts';
const documents = documentArb();

/** Turns in document order, one after another; each in its section; sections in order. */
function structureProblems(t: Transcript): string[] {
  const problems: string[] = [];
  t.turns.forEach((turn, i) => {
    if (turn.index !== i) problems.push(`turn ${i} has index ${turn.index}`);
    if (turn.endLine < turn.startLine) problems.push(`turn ${i} ends (line ${turn.endLine}) before it starts (line ${turn.startLine})`);
    if (turn.label.range.start.line !== turn.startLine) problems.push(`turn ${i}'s label is not on its first line`);
    if (turn.range.start.line !== turn.startLine || turn.range.end.line !== turn.endLine) problems.push(`turn ${i}'s range does not span lines ${turn.startLine}-${turn.endLine}`);
    const next = t.turns[i + 1];
    if (next && next.startLine <= turn.endLine) problems.push(`turn ${i + 1} (line ${next.startLine}) starts inside turn ${i} (lines ${turn.startLine}-${turn.endLine})`);
    const section = t.sections[turn.section];
    if (!section) problems.push(`turn ${i} is in section ${turn.section}, which does not exist`);
    else if (!section.turns.includes(turn)) problems.push(`turn ${i} is not listed in its section ${turn.section}`);
    if (!Number.isInteger(turn.words) || turn.words < 0) problems.push(`turn ${i} has ${turn.words} words`);
  });
  const listed = t.sections.flatMap((s) => s.turns);
  if (listed.length !== t.turns.length || listed.some((turn, i) => turn !== t.turns[i])) problems.push('the sections do not list the turns once each, in order');
  t.sections.forEach((s, i) => {
    const next = t.sections[i + 1];
    if (next && next.range.start.line <= s.range.end.line) problems.push(`section ${i + 1} starts inside section ${i}`);
  });
  return problems;
}

/** The register holds each turn once, under the turn's key; words add up. */
function registerProblems(t: Transcript): string[] {
  const problems: string[] = [];
  const seen = new Map<number, string>();
  let words = 0;
  for (const [key, s] of t.speakers) {
    if (s.key !== key) problems.push(`speaker under ${JSON.stringify(key)} has key ${JSON.stringify(s.key)}`);
    if (s.turns.length === 0) problems.push(`speaker ${JSON.stringify(key)} has no turns`);
    let own = 0;
    for (const i of s.turns) {
      const turn = t.turns[i];
      if (!turn) {
        problems.push(`speaker ${JSON.stringify(key)} lists turn ${i}, which does not exist`);
        continue;
      }
      if (seen.has(i)) problems.push(`turn ${i} is listed under ${JSON.stringify(seen.get(i))} and ${JSON.stringify(key)}`);
      seen.set(i, key);
      if (turn.label.key !== key) problems.push(`turn ${i} (key ${JSON.stringify(turn.label.key)}) is listed under ${JSON.stringify(key)}`);
      own += turn.words;
    }
    if (s.words !== own) problems.push(`speaker ${JSON.stringify(key)} has ${s.words} words, their turns ${own}`);
    if (!s.forms.some((f) => f.label === s.displayName)) problems.push(`speaker ${JSON.stringify(key)}'s display name is none of its forms`);
    const formTurns = s.forms.reduce((n, f) => n + f.count, 0);
    if (formTurns !== s.turns.length) problems.push(`speaker ${JSON.stringify(key)}: forms count ${formTurns} turns, it has ${s.turns.length}`);
    words += s.words;
  }
  if (seen.size !== t.turns.length) problems.push(`the register lists ${seen.size} of ${t.turns.length} turns`);
  const total = t.turns.reduce((n, turn) => n + turn.words, 0);
  if (t.words !== total) problems.push(`the transcript has ${t.words} words, its turns ${total}`);
  if (words !== total) problems.push(`the speakers have ${words} words, the turns ${total}`);
  return problems;
}

function modelProblems(text: string): string[] {
  const t = parseTranscript(text);
  return [
    ...modelTextProblems(t, text),
    ...rangeProblemsIn({ ...t, lines: [] }, text, 'model'),
    ...rangeProblems(t),
    ...lineCoverageProblems(t),
    ...structureProblems(t),
    ...registerProblems(t),
  ];
}

describe('regressions found by the model properties', () => {
  // Found by the first property below (shrunk to one character). The blank-line test of parse.ts knows
  // space, tab, U+00A0, U+FEFF, U+200B, U+3000 and U+2000–U+200A; the trimming of spanOf uses \\s. A
  // line of only U+000B, U+000C, U+1680, U+2028, U+2029, U+202F or U+205F is therefore not blank, yet
  // trims to nothing: it becomes a lead (or turn, or section) paragraph with empty text.
  for (const [name, ws] of [
    ['U+000B', '\u000B'],
    ['U+000C', '\u000C'],
    ['U+2028', '\u2028'],
    ['U+202F', '\u202F'],
  ] as const) {
    test(`a line of only ${name} is blank, as a line of spaces is`, () => {
      const t = parseTranscript(`В.Соколов: Начнём.\n${ws}\nН.Абдуллаев: Да.`);
      assert.deepEqual(lineCoverageProblems(t), []);
      assert.deepEqual(t.turns[0].paragraphs, []);
    });
  }
});

describe('model properties over random transcripts', () => {
  test('every non-blank line is claimed by exactly one part; every range is well-formed, inside the document and holds its text; the model text is the document text', async (t) => {
    await checkProperty(
      t,
      fc.property(documents, (text) => {
        const problems = modelProblems(text);
        assert.deepEqual(problems, [], `problems in ${show(text)}`);
      }),
      { numRuns: runsOf(300), unit: 'documents', file: FILE },
    );
  });

  test('turns are in order and do not overlap; the speaker register agrees with the turns; words ≥ 0 — on any string at all', async (t) => {
    await checkProperty(
      t,
      fc.property(anyText, (text) => {
        assert.deepEqual(modelProblems(text), [], `problems in ${show(text)}`);
      }),
      { numRuns: runsOf(300), unit: 'documents', file: FILE },
    );
  });

  test('parsing is deterministic: the same text gives the same model', async (t) => {
    await checkProperty(
      t,
      fc.property(documents, (text) => {
        assert.deepStrictEqual(parseTranscript(text), parseTranscript(text));
      }),
      { numRuns: runsOf(150), unit: 'documents', file: FILE },
    );
  });

  test('parseTranscript(a + b) never throws and keeps every invariant, whatever a and b are', async (t) => {
    await checkProperty(
      t,
      fc.property(fc.oneof(documents, anyText), fc.oneof(documents, anyText), (a, b) => {
        assert.deepEqual(modelProblems(a + b), [], `problems in ${show(a + b)}`);
      }),
      { numRuns: runsOf(150), unit: 'documents', file: FILE },
    );
  });
});
