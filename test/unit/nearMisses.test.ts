// Near misses (transcript/nearMisses.ts): a name a small edit away from a speaker who speaks more is
// a slip (`В.Пути` beside `В.Путин`); speakers a transcriber numbered or lettered apart are not,
// however unevenly they speak (`Speaker 1` ten times, `Speaker 2` once).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nearMisses, parseTranscript } from '../../server/src/transcript';

function missesIn(a: string, b: string): string[][] {
  const text = ['Interview', '', `${a}: One.`, `${a}: Two.`, `${b}: Three.`, `${a}: Four.`, ''].join('\n');
  return nearMisses(parseTranscript(text)).map((n) => [n.speaker.displayName, ...n.candidates.map((c) => c.displayName)]);
}

test('a slip of one letter is a near miss of the speaker who speaks more', () => {
  assert.deepEqual(missesIn('В.Путин', 'В.Пути'), [['В.Пути', 'В.Путин']]);
  assert.deepEqual(missesIn('Н.Назарбаев', 'Н.Назарбаевв'), [['Н.Назарбаевв', 'Н.Назарбаев']]);
});

test('numbered and lettered speakers are different people, however unevenly they speak', () => {
  for (const [a, b] of [
    ['Speaker 1', 'Speaker 2'],
    ['Speaker A', 'Speaker B'],
    ['SPEAKER_00', 'SPEAKER_01'],
    ['Guest 1', 'Guest 2'],
    ['Спикер 1', 'Спикер 2'],
  ]) {
    assert.deepEqual(missesIn(a, b), [], `${a} / ${b}`);
  }
});
