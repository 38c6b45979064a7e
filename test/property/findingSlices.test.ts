// A large file's diagnostics are computed a slice of lines at a time (findingSlices), the lines on
// screen first: the findings must be exactly those of one pass (findingsOf), whatever the slice
// size and wherever the screen is — on the repository's transcripts and on generated documents.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { findingSlices, findingsOf, type Finding, type FindingsResult, type SliceProgress } from '../../server/src/features';
import { parseTranscript, type Transcript } from '../../server/src/transcript';
import { documentArb } from './arbitraries';
import { show } from './check';
import { checkProperty, runsOf } from './runs';

const FILE = 'findingSlices.test.ts';
const ROOT = join(__dirname, '../..');

function transcriptsUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return transcriptsUnder(path);
    return name.endsWith('.transcript') ? [path] : [];
  });
}

/** Drive the generator to its end: every step's progress, and what it returned. */
function runSlices(transcript: Transcript, first: { from: number; to: number } | undefined, sliceLines: number): { steps: SliceProgress[]; result: FindingsResult } {
  const slices = findingSlices(transcript, { locale: 'en' }, first, sliceLines);
  const steps: SliceProgress[] = [];
  for (;;) {
    const step = slices.next();
    if (step.done) return { steps, result: step.value };
    steps.push(step.value);
  }
}

/** What a finding says, without its fixes' closures (there are none: fixes are data). */
const plain = (findings: readonly Finding[]) => JSON.parse(JSON.stringify(findings)) as unknown;

describe('findingSlices', () => {
  const files = [...transcriptsUnder(join(ROOT, 'test/fixtures')), ...transcriptsUnder(join(ROOT, 'samples'))];

  test('on every fixture and sample: the same findings as one pass, for slices of 1, 3 and 500 lines and the screen anywhere', () => {
    assert.ok(files.length > 20, `found ${files.length} transcripts`);
    for (const file of files) {
      const transcript = parseTranscript(readFileSync(file, 'utf8'));
      const expected = plain(findingsOf(transcript, { locale: 'en' }).findings);
      const n = transcript.lines.length;
      for (const sliceLines of [1, 3, 500]) {
        for (const first of [undefined, { from: 0, to: Math.min(n, 40) }, { from: Math.floor(n / 3), to: Math.floor(n / 3) + 7 }, { from: n - 2, to: n + 10 }]) {
          const { result } = runSlices(transcript, first, sliceLines);
          assert.deepEqual(plain(result.findings), expected, `${file}, slices of ${sliceLines}, first ${JSON.stringify(first)}`);
        }
      }
    }
  });

  test('the first step gives the findings of the screen alone; progress grows to every line', () => {
    const text = ['Встреча', '', 'Д.Песков: Спасибо.', '', 'В.Путин: Да.', '', 'В.Путин Добрый день.', '', 'Д.Песков : Ещё.'].join('\n');
    const transcript = parseTranscript(text);
    const { steps, result } = runSlices(transcript, { from: 8, to: 9 }, 2);
    assert.deepEqual(
      steps[0].first?.map((f) => [f.code, f.range.start.line]),
      [['speaker-space-before-colon', 8]],
    );
    assert.deepEqual(
      steps.map((s) => s.checked),
      [1, 3, 5, 7, 9, 9],
    );
    assert.ok(steps.every((s) => s.total === 9));
    assert.deepEqual(
      result.findings.map((f) => [f.code, f.range.start.line]),
      [
        ['speaker-missing-colon', 6],
        ['speaker-space-before-colon', 8],
      ],
    );
  });

  test('on generated documents: the same findings as one pass', async (t) => {
    await checkProperty(
      t,
      fc.property(documentArb(), fc.integer({ min: 1, max: 9 }), fc.nat(), fc.nat({ max: 12 }), (text, sliceLines, at, height) => {
        const transcript = parseTranscript(text);
        const n = transcript.lines.length;
        const from = at % (n + 1);
        const { result } = runSlices(transcript, { from, to: from + height }, sliceLines);
        assert.deepEqual(plain(result.findings), plain(findingsOf(transcript, { locale: 'en' }).findings), `slices of ${sliceLines} from ${from}: ${show(text)}`);
      }),
      { numRuns: runsOf(200), unit: 'documents', file: FILE },
    );
  });
});
