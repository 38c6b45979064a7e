// The results the cache derives from a version's model (documents.ts `derive`): one computation per
// version and key; after an edit spliced into the turns, each key's result is updated from that key's
// latest earlier result, whichever key is asked first and however many versions ago it was asked.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { TranscriptCache } from '../../server/src/documents';
import { LineDocument } from '../../server/src/lineDocument';
import type { Splice } from '../../server/src/transcript';

// (An edit on the first turn's label line is parsed whole: the splice starts at the turn before it.)
const TEXT = ['Заседание совета', '', 'Н.Громов: Начнём.', '', 'В.Путин: Раз, два.', '', 'Н.Громов: Три.', '', 'В.Путин: Четыре.', ''].join('\n');

const at = (line: number, character: number) => ({ start: { line, character }, end: { line, character } });

/** A document, its cache, and a log of what `derive` ran for keys `a` and `b`. */
function setUp() {
  const cache = new TranscriptCache();
  const document = LineDocument.create('file:///unit/documents.transcript', 'transcript', 1, TEXT);
  const log: string[] = [];
  const ask = (key: string) =>
    cache.derive(
      document,
      key,
      () => {
        log.push(`${key}: computed for v${document.version}`);
        return `${key}@v${document.version}`;
      },
      (previous: string, _transcript, splice: Splice) => {
        log.push(`${key}: updated from ${previous} (${splice.steps?.length ?? 1} splice(s), ${splice.lineDelta} line(s) added)`);
        return `${key}@v${document.version}`;
      },
    );
  /** Type `text` at a place inside the turns' text (spliced), as the next version. */
  const type = (line: number, character: number, text: string) => cache.update(document, [{ range: at(line, character), text }], document.version + 1);
  return { cache, document, log, ask, type };
}

describe('results derived per version', () => {
  test('once per version and key', () => {
    const { log, ask } = setUp();
    assert.equal(ask('a'), 'a@v1');
    assert.equal(ask('a'), 'a@v1');
    assert.deepEqual(log, ['a: computed for v1']);
  });

  test('after an edit inside a turn, each key is updated from its own earlier result, whichever is asked first', () => {
    const { cache, log, ask, type } = setUp();
    ask('a');
    ask('b');
    type(4, 13, ' три');
    assert.equal(ask('b'), 'b@v2');
    assert.equal(ask('a'), 'a@v2');
    assert.equal(cache.splices, 1);
    assert.deepEqual(log, [
      'a: computed for v1',
      'b: computed for v1',
      'b: updated from b@v1 (1 splice(s), 0 line(s) added)',
      'a: updated from a@v1 (1 splice(s), 0 line(s) added)',
    ]);
  });

  test('a key not asked for during some versions is updated from its last result through the splices since', () => {
    const { log, ask, type } = setUp();
    ask('a');
    ask('b');
    type(4, 13, ' три');
    ask('b');
    type(6, 13, '\nЧетыре.'); // not asked for: spliced with the next edit, as one
    type(4, 10, 'ну, ');
    ask('b');
    type(9, 9, 'Пять. ');
    assert.equal(ask('a'), 'a@v5');
    assert.equal(ask('b'), 'b@v5');
    assert.deepEqual(log, [
      'a: computed for v1',
      'b: computed for v1',
      'b: updated from b@v1 (1 splice(s), 0 line(s) added)',
      'b: updated from b@v2 (1 splice(s), 1 line(s) added)',
      'a: updated from a@v1 (3 splice(s), 1 line(s) added)',
      'b: updated from b@v4 (1 splice(s), 0 line(s) added)',
    ]);
  });

  test('a key not asked for during 64 splices is updated; during 65, computed afresh', () => {
    for (const edits of [64, 65]) {
      const { log, ask, type } = setUp();
      ask('a');
      for (let i = 0; i < edits; i++) {
        type(4, 13, 'ы');
        ask('b');
      }
      ask('a');
      assert.equal(log[log.length - 1], edits === 64 ? 'a: updated from a@v1 (64 splice(s), 0 line(s) added)' : 'a: computed for v66');
    }
  });

  test('a version parsed whole (a label changed) computes every key afresh', () => {
    const { log, ask, type } = setUp();
    ask('a');
    type(6, 0, 'А.');
    assert.equal(ask('a'), 'a@v2');
    assert.deepEqual(log, ['a: computed for v1', 'a: computed for v2']);
  });

  test('clearDerived: every key computed afresh, not updated', () => {
    const { cache, log, ask, type } = setUp();
    ask('a');
    type(4, 13, ' три');
    cache.clearDerived();
    ask('a');
    assert.deepEqual(log, ['a: computed for v1', 'a: computed for v2']);
  });
});
