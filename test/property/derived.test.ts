// The results the cache keeps per version (server/src/derived.ts) after random edit sequences: the
// outline, the folds, the semantic tokens and who each speaker is, each updated from an earlier
// version's result through the splice, equal what the features answer for a fresh parse of the same
// text. Each result is asked for after some versions only (as VS Code asks for the outline after a
// pause in typing), so updates across several splices (composed) are checked too; and the updates
// are counted, so that a property that never reached the update path fails.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { TranscriptCache } from '../../server/src/documents';
import { cachedFoldingRanges, cachedIdentity, cachedOutline, cachedSemanticTokens } from '../../server/src/derived';
import { LineDocument } from '../../server/src/lineDocument';
import {
  documentSymbols,
  foldingRanges,
  foldsOf,
  outlineOf,
  semanticTokenData,
  semanticTokens,
  semanticTokensEdits,
  transcriptIdentity,
  updateFolds,
  updateOutline,
  updateSemanticTokens,
  type Folds,
  type Outline,
} from '../../server/src/features';
import { parseTranscript, type Transcript } from '../../server/src/transcript';
import { editSequenceArb, insertion } from './arbitraries';
import { applyChangeEvent, sampleChange } from './changes';
import { show } from './check';
import { checkProperty, runsOf } from './runs';

const FILE = 'derived.test.ts';
const URI = 'file:///property/derived.transcript';
const SAMPLES = join(__dirname, '..', '..', 'samples');

/** How often each feature's update ran (rather than a computation afresh). */
interface Counts {
  versions: number;
  outline: number;
  folds: number;
  tokens: number;
}

/** Ask the cache for every derived result whose bit is set in `ask`, and compare each with the fresh answer. */
function check(cache: TranscriptCache, server: LineDocument, ask: number, counts: Counts, where: string): void {
  const text = server.getText();
  const fresh = parseTranscript(text);
  // The server's own entry points (derived.ts)…
  if (ask & 1) assert.deepStrictEqual(cachedOutline(cache, server, 'en'), documentSymbols(fresh, 'en'), `outline ${where}`);
  if (ask & 2) assert.deepStrictEqual(cachedFoldingRanges(cache, server), foldingRanges(fresh), `folds ${where}`);
  if (ask & 4) assert.deepStrictEqual([...cachedSemanticTokens(cache, server)], semanticTokens(fresh).data, `semantic tokens ${where}`);
  if (ask & 8) {
    const identity = cachedIdentity(cache, server);
    const model = cache.get(server);
    for (const speaker of fresh.speakers.values()) {
      assert.deepStrictEqual(identity(model, model.speakers.get(speaker.key)!), transcriptIdentity(fresh, speaker), `identity of ${speaker.key} ${where}`);
    }
  }
  // …and the same updates under keys of this test's own, counted.
  if (ask & 16) {
    const counted = <T>(key: keyof Counts, update: (previous: T, transcript: Transcript, splice: Parameters<typeof updateFolds>[2]) => T | undefined) =>
      (previous: T, transcript: Transcript, splice: Parameters<typeof updateFolds>[2]) => {
        counts[key]++;
        return update(previous, transcript, splice);
      };
    const outline = cache.derive(server, 'test:outline', (t) => outlineOf(t, 'ru'), counted<Outline>('outline', (p, t, s) => updateOutline(p, t, s, 'ru')));
    assert.deepStrictEqual(outline.symbols, documentSymbols(fresh, 'ru'), `outline (ru) ${where}`);
    const folds = cache.derive(server, 'test:folds', foldsOf, counted<Folds>('folds', updateFolds));
    assert.deepStrictEqual(folds.ranges, foldingRanges(fresh), `folds ${where}`);
    const tokens = cache.derive(server, 'test:tokens', semanticTokenData, counted<number[]>('tokens', updateSemanticTokens));
    assert.deepStrictEqual(tokens, semanticTokens(fresh).data, `semantic tokens ${where}`);
  }
}

describe('results kept per version', () => {
  test('after random edit sequences, the cached outline, folds, semantic tokens and identities equal a fresh parse’s', async (t) => {
    const counts: Counts = { versions: 0, outline: 0, folds: 0, tokens: 0 };
    await checkProperty(
      t,
      fc.property(editSequenceArb, fc.array(fc.nat(31), { minLength: 8, maxLength: 8 }), ({ start, events }, asks) => {
        const cache = new TranscriptCache();
        let client = TextDocument.create(URI, 'transcript', 1, start);
        const server = LineDocument.create(URI, 'transcript', 1, start);
        check(cache, server, 31, counts, 'on opening');
        const history = [start];
        events.forEach((event, k) => {
          const { changes, next } = applyChangeEvent(client, event);
          cache.update(server, changes, next.version);
          client = next;
          history.push(server.getText());
          counts.versions++;
          check(cache, server, asks[k], counts, `after ${history.map((h) => show(h, 200)).join(' → ')}`);
        });
      }),
      { numRuns: runsOf(200), unit: 'edit sequences', file: FILE },
    );
    t.diagnostic(`${counts.versions} versions; updated rather than made afresh: outline ${counts.outline}, folds ${counts.folds}, tokens ${counts.tokens}`);
  });

  // Typing in real transcripts: most edits are spliced, so most results are updates.
  test('typing anywhere in a real transcript: every result updated through the splices equals a fresh parse’s', async (t) => {
    const samples = readdirSync(SAMPLES)
      .filter((n) => n.endsWith('.transcript'))
      .sort()
      .map((n) => readFileSync(join(SAMPLES, n), 'utf8'));
    const edit = fc.record({
      at: fc.integer({ min: 0, max: 1_000_000 }),
      length: fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 40 }) }),
      text: insertion,
      ask: fc.nat(31),
    });
    const sequence = fc.record({ sample: fc.nat(samples.length - 1), edits: fc.array(edit, { minLength: 1, maxLength: 12 }) });
    const counts: Counts = { versions: 0, outline: 0, folds: 0, tokens: 0 };
    await checkProperty(
      t,
      fc.property(sequence, ({ sample, edits }) => {
        const cache = new TranscriptCache();
        const server = LineDocument.create(URI, 'transcript', 1, samples[sample]);
        check(cache, server, 31, counts, 'on opening');
        const history: string[] = [];
        for (const e of edits) {
          const change = sampleChange(server, e);
          history.push(`${JSON.stringify(change.range)} ${show(e.text, 40)}`);
          cache.update(server, [change], server.version + 1);
          counts.versions++;
          check(cache, server, e.ask, counts, `after ${history.join(' → ')} on sample ${sample}`);
        }
      }),
      { numRuns: runsOf(100), unit: 'edit sequences', file: FILE },
    );
    t.diagnostic(`${counts.versions} versions; updated rather than made afresh: outline ${counts.outline}, folds ${counts.folds}, tokens ${counts.tokens}`);
    // Half the versions ask for the counted results; most of those are spliced.
    for (const key of ['outline', 'folds', 'tokens'] as const) {
      assert.ok(counts[key] > counts.versions / 5, `${key} updated only ${counts[key]} times in ${counts.versions} versions: the update path is not exercised`);
    }
  });
});

describe('semanticTokensEdits', () => {
  const apply = (data: readonly number[], edits: ReturnType<typeof semanticTokensEdits>) => {
    const out = [...data];
    for (const e of edits) out.splice(e.start, e.deleteCount, ...(e.data ?? []));
    return out;
  };

  test('one edit, of the integers between the common start and the common end', () => {
    assert.deepEqual(semanticTokensEdits([1, 2, 3, 4, 5], [1, 2, 9, 4, 5]), [{ start: 2, deleteCount: 1, data: [9] }]);
    assert.deepEqual(semanticTokensEdits([1, 2, 3], [1, 2, 3, 4, 5]), [{ start: 3, deleteCount: 0, data: [4, 5] }]);
    assert.deepEqual(semanticTokensEdits([1, 2, 3, 4, 5], [1, 5]), [{ start: 1, deleteCount: 3, data: [] }]);
    assert.deepEqual(semanticTokensEdits([1, 1, 1], [1, 1, 1, 1]), [{ start: 3, deleteCount: 0, data: [1] }]);
    assert.deepEqual(semanticTokensEdits([], [0, 0, 4, 1, 0]), [{ start: 0, deleteCount: 0, data: [0, 0, 4, 1, 0] }]);
  });

  test('none when the tokens are the same', () => {
    assert.deepEqual(semanticTokensEdits([0, 0, 4, 1, 0], [0, 0, 4, 1, 0]), []);
    assert.deepEqual(semanticTokensEdits([], []), []);
  });

  test('applied to the previous integers, the edits give the next ones', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(3)), fc.array(fc.nat(3)), (previous, next) => {
        assert.deepEqual(apply(previous, semanticTokensEdits(previous, next)), next);
      }),
      { numRuns: runsOf(500) },
    );
  });
});
