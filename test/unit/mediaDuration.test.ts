// The recording's length as an input of a document's findings (`timestamp-beyond-media`): the cache
// forgets the findings of that one document when it changes, and a result computed before the change
// (a large file's first analysis, in slices) is not kept after it.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cachedFindings, FINDINGS, TranscriptCache } from '../../server/src/documents';
import { findingsOf } from '../../server/src/features';
import { text } from '../helpers/rules';

const TALK = text('Speaker 1 (00:00:05): Hello.', 'Speaker 2 (00:02:01): Past the end.');
const OTHER = text('Speaker 1 (00:00:05): Hello.', 'Speaker 2 (00:03:00): Later still.');
const talk = { uri: 'file:///talk.transcript', version: 1, getText: () => TALK };
const other = { uri: 'file:///other.transcript', version: 1, getText: () => OTHER };
const codes = (findings: { code: string }[]) => findings.map((f) => f.code);

describe('the recording’s length and the cached findings', () => {
  test('clearDerived(uri) forgets that document’s findings only: the next ask reads the new length', () => {
    const cache = new TranscriptCache();
    assert.deepEqual([codes(cachedFindings(cache, talk, {})), codes(cachedFindings(cache, other, {}))], [[], []]);
    cache.clearDerived(talk.uri);
    assert.deepEqual(codes(cachedFindings(cache, talk, { mediaDuration: 120 })), ['timestamp-beyond-media']);
    // The other document's findings were kept: computed without a length, as they were.
    assert.deepEqual(codes(cachedFindings(cache, other, { mediaDuration: 120 })), []);
  });

  test('a result whose work began before a clear is not stored after it; one begun after is', () => {
    const cache = new TranscriptCache();
    const transcript = cache.get(talk);
    const begun = cache.clears(talk.uri);
    cache.clearDerived(talk.uri);
    cache.store(talk, FINDINGS, findingsOf(transcript, {}), begun);
    assert.deepEqual(codes(cachedFindings(cache, talk, { mediaDuration: 120 })), ['timestamp-beyond-media']);

    cache.clearDerived();
    const now = cache.clears(talk.uri);
    cache.store(talk, FINDINGS, findingsOf(transcript, {}), now);
    assert.deepEqual(codes(cachedFindings(cache, talk, { mediaDuration: 120 })), []);
  });
});
