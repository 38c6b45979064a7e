// The persistent lists of a spliced model (transcript/shiftedList.ts): pieces of earlier versions'
// arrays, items moved when first read. To whoever reads the model they are arrays.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { isSpliced, pieceCount, splicedList, sublist } from '../../server/src/transcript/shiftedList';

interface Item {
  line: number;
  name: string;
}

let shifts = 0;
const shift = (item: Item, delta: number): Item => {
  shifts++;
  return { line: item.line + delta, name: item.name };
};
const items = (...lines: number[]): Item[] => lines.map((line) => ({ line, name: `at ${line}` }));

describe('splicedList', () => {
  test('head as it was, the fresh items, the tail moved — read as a plain array is read', () => {
    const v1 = items(0, 2, 4, 6, 8);
    const v2 = splicedList(v1, 2, items(4, 5), 3, 1, shift);
    const expected = [...items(0, 2, 4, 5), { line: 7, name: 'at 6' }, { line: 9, name: 'at 8' }];
    assert.ok(isSpliced(v2));
    assert.ok(Array.isArray(v2));
    assert.equal(v2.length, 6);
    assert.deepStrictEqual(v2, expected);
    assert.deepStrictEqual([...v2], expected);
    assert.deepStrictEqual(v2.slice(3), expected.slice(3));
    assert.deepStrictEqual(v2.map((i) => i.line), [0, 2, 4, 5, 7, 9]);
    assert.equal(JSON.stringify(v2), JSON.stringify(expected));
    assert.deepStrictEqual(Object.keys(v2), ['0', '1', '2', '3', '4', '5']);
    assert.equal(v2[6], undefined);
    assert.equal(v2.at(-1)!.line, 9);
    assert.equal(v2.findIndex((i) => i.line === 7), 4);
    assert.ok(3 in v2 && !(6 in v2));
  });

  test('an item before the edit is the same object; one after is moved once, on its first read', () => {
    const v1 = items(0, 2, 4, 6, 8);
    shifts = 0;
    const v2 = splicedList(v1, 2, items(4), 3, 1, shift);
    assert.equal(shifts, 0);
    assert.equal(v2[0], v1[0]);
    assert.equal(v2[3], v2[3]);
    assert.equal(shifts, 1);
    assert.notEqual(v2[3], v1[3]);
  });

  test('splices of splices: moves add up, each item moved from its first version once', () => {
    const v1 = items(0, 10, 20, 30, 40, 50);
    const v2 = splicedList(v1, 1, items(10), 2, 2, shift); // lines from 20 on moved by 2
    const v3 = splicedList(v2, 4, items(42), 5, -1, shift); // the item at 42 re-read; from 52 on moved by -1
    shifts = 0;
    assert.equal(v3[5].name, 'at 50');
    assert.equal(v3[5].line, 51);
    assert.equal(shifts, 1);
    assert.deepStrictEqual(
      v3.map((i) => i.line),
      [0, 10, 22, 32, 42, 51],
    );
    // Items v2 read and v3 kept where they were are the same objects.
    assert.equal(v3[2], v2[2]);
    const v4 = splicedList(v3, 6, [], 6, 0, shift);
    assert.deepStrictEqual(v4, v3);
  });

  test('a list cannot be changed', () => {
    const v2 = splicedList(items(0, 1, 2), 1, items(1), 2, 1, shift) as Item[];
    assert.throws(() => {
      v2[0] = { line: 9, name: 'x' };
    }, TypeError);
    assert.throws(() => v2.push({ line: 9, name: 'x' }), TypeError);
  });

  test('a list of many pieces is copied into a plain array', () => {
    const n = 5000;
    let list: readonly Item[] = items(...Array.from({ length: n }, (_, i) => i * 2));
    let most = 0;
    let copied = 0;
    for (let k = 0; k < 60; k++) {
      list = splicedList(list, 3 * k + 1, items(6 * k + 2), 3 * k + 2, 0, shift);
      most = Math.max(most, pieceCount(list));
      if (!isSpliced(list)) copied++;
    }
    assert.ok(most <= 48, `${most} pieces`);
    assert.equal(copied, 2);
    assert.equal(list.length, n);
    assert.deepStrictEqual(
      list.map((i) => i.line),
      Array.from({ length: n }, (_, i) => i * 2),
    );
  });

  test('a short list whose items stay where they were is a plain copy; one whose items move is not', () => {
    const v1 = items(0, 2, 4);
    const still = splicedList(v1, 1, items(2), 2, 0, shift);
    assert.equal(isSpliced(still), false);
    assert.deepStrictEqual(still, v1);
    assert.equal(still[2], v1[2]);
    assert.equal(isSpliced(splicedList(v1, 1, items(2), 2, 1, shift)), true);
  });
});

describe('sublist', () => {
  test('shares the items of the list it is cut from (the same objects)', () => {
    const v2 = splicedList(items(0, 2, 4, 6, 8), 1, items(2), 2, 3, shift);
    const part = sublist(v2, 2, 5, shift);
    assert.deepStrictEqual(
      part.map((i) => i.line),
      [7, 9, 11],
    );
    assert.equal(part[0], v2[2]);
    assert.equal(part[2], v2[4]);
    assert.deepStrictEqual(sublist(v2, 0, 0, shift), []);
  });
});
