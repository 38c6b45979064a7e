// Persistent lists of the model's line-numbered items (turns, marks) across versions of an edited
// document. An edit that adds or removes lines moves every item after it; copying tens of thousands
// of turns with new line numbers on each Enter would make a keystroke cost the whole file. So a
// spliced version's list is a read-only array made of pieces of earlier versions' arrays, each piece
// with the number of lines its items moved by: an item is moved (and kept, so that it is the same
// object on every read) when it is first read. What no one reads is never copied, and a version
// shares what did not change with the one before.
//
// To the code that reads the model, such a list is an array: indexing, `length`, iteration, the
// Array methods, `Array.isArray`, JSON and deep equality behave as on a plain array (it is a Proxy of
// one); it cannot be changed.

/** Items of `base` moved by `delta` lines, each moved once and kept. Pieces of one version's list
 *  that share a source share the moved items too. */
interface Source<T> {
  base: readonly T[];
  delta: number;
  moved: (T | undefined)[];
}

/** Items `[from, to)` of a source. */
interface Piece<T> {
  source: Source<T>;
  from: number;
  to: number;
}

interface List<T> {
  pieces: Piece<T>[];
  /** Where each piece starts in the list. */
  starts: number[];
  length: number;
  shift: (item: T, delta: number) => T;
}

/** A list of more pieces than this is copied whole into a plain array when it is next spliced (the
 *  copy costs what one more piece would save many times over). */
const MAX_PIECES = 48;

/** Lists of at most this many items whose items stay where they were are plain copies. */
let SMALL = 4096;

/** Set the length up to which an unmoved list is a plain copy; returns the one before (tests set 0,
 *  so that every list is a persistent one). */
export function setShortListLimit(items: number): number {
  const before = SMALL;
  SMALL = items;
  return before;
}

const lists = new WeakMap<object, List<unknown>>();

function pieceOf<T>(array: readonly T[]): Piece<T>[] {
  const list = lists.get(array) as List<T> | undefined;
  if (list) return list.pieces;
  return array.length === 0 ? [] : [{ source: { base: array, delta: 0, moved: [] }, from: 0, to: array.length }];
}

/** Pieces of `pieces` (a list's, in order) covering items `[from, to)` of the list they make. */
function slicePieces<T>(pieces: readonly Piece<T>[], from: number, to: number): Piece<T>[] {
  const out: Piece<T>[] = [];
  let at = 0;
  for (const p of pieces) {
    const n = p.to - p.from;
    const a = Math.max(from, at);
    const b = Math.min(to, at + n);
    if (a < b) out.push(a === at && b === at + n ? p : { source: p.source, from: p.from + (a - at), to: p.from + (b - at) });
    at += n;
    if (at >= to) break;
  }
  return out;
}

/** The pieces moved by `delta` more lines: each source once (its pieces share the new source). */
function movePieces<T>(pieces: readonly Piece<T>[], delta: number): Piece<T>[] {
  if (delta === 0) return [...pieces];
  const moved = new Map<Source<T>, Source<T>>();
  return pieces.map((p) => {
    let source = moved.get(p.source);
    if (!source) moved.set(p.source, (source = { base: p.source.base, delta: p.source.delta + delta, moved: [] }));
    return { source, from: p.from, to: p.to };
  });
}

function itemAt<T>(list: List<T>, index: number): T {
  // The piece holding `index`: the last whose start is ≤ index.
  const { starts, pieces } = list;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (starts[mid] <= index) lo = mid;
    else hi = mid - 1;
  }
  const piece = pieces[lo];
  const i = piece.from + (index - starts[lo]);
  const source = piece.source;
  if (source.delta === 0) return source.base[i];
  let item = source.moved[i];
  if (item === undefined) source.moved[i] = item = list.shift(source.base[i], source.delta);
  return item;
}

/** Whether `key` (a property key of an array) is an index below `length`, and which. */
function indexOf(key: string | symbol, length: number): number {
  if (typeof key !== 'string') return -1;
  const c = key.charCodeAt(0);
  if (c < 48 || c > 57) return -1; // not a digit: `length`, a method's name
  const n = Number(key);
  return Number.isInteger(n) && n < length && String(n) === key ? n : -1;
}

function listOf<T>(pieces: Piece<T>[], shift: (item: T, delta: number) => T): readonly T[] {
  if (pieces.length === 1 && pieces[0].source.delta === 0 && pieces[0].from === 0 && pieces[0].to === pieces[0].source.base.length) {
    return pieces[0].source.base;
  }
  const starts: number[] = [];
  let length = 0;
  for (const p of pieces) {
    starts.push(length);
    length += p.to - p.from;
  }
  // A short list whose items need no moving is copied: a copy of a few thousand entries costs less
  // than reading them through the proxy does (tradition detection reads a small file's lines often).
  if (length <= SMALL && pieces.every((p) => p.source.delta === 0)) {
    const copy: T[] = [];
    for (const p of pieces) for (let i = p.from; i < p.to; i++) copy.push(p.source.base[i]);
    return copy;
  }
  if (pieces.length > MAX_PIECES) {
    const list: List<T> = { pieces, starts, length, shift };
    return Array.from({ length }, (_, i) => itemAt(list, i));
  }
  const list: List<T> = { pieces, starts, length, shift };
  // The target is an empty array: a proxy of an array is an array (`Array.isArray`, JSON), and the
  // length it reports is its own (the target's `length` is writable, so it may differ).
  const target: T[] = [];
  const proxy = new Proxy(target, {
    get(t, key, receiver) {
      if (key === 'length') return length;
      const i = indexOf(key, length);
      return i >= 0 ? itemAt(list, i) : Reflect.get(t, key, receiver);
    },
    has(t, key) {
      return indexOf(key, length) >= 0 || Reflect.has(t, key);
    },
    ownKeys(t) {
      const keys: (string | symbol)[] = [];
      for (let i = 0; i < length; i++) keys.push(String(i));
      return keys.concat(Reflect.ownKeys(t));
    },
    getOwnPropertyDescriptor(t, key) {
      if (key === 'length') return { value: length, writable: true, enumerable: false, configurable: false };
      const i = indexOf(key, length);
      return i >= 0 ? { value: itemAt(list, i), writable: false, enumerable: true, configurable: true } : Reflect.getOwnPropertyDescriptor(t, key);
    },
    set() {
      throw new TypeError('a transcript model is read-only');
    },
    defineProperty() {
      throw new TypeError('a transcript model is read-only');
    },
    deleteProperty() {
      throw new TypeError('a transcript model is read-only');
    },
  });
  lists.set(proxy, list as List<unknown>);
  return proxy;
}

/** Items `[0, head)` of `previous` as they were, then `fresh`, then items `[tail, previous.length)` of
 *  `previous` moved by `delta` lines (`shift` moves one item, when it is first read). */
export function splicedList<T>(
  previous: readonly T[],
  head: number,
  fresh: readonly T[],
  tail: number,
  delta: number,
  shift: (item: T, delta: number) => T,
): readonly T[] {
  const pieces = pieceOf(previous);
  const after = slicePieces(pieces, tail, previous.length);
  return listOf(
    [...slicePieces(pieces, 0, head), ...pieceOf(fresh), ...movePieces(after, delta)],
    shift,
  );
}

/** Items `[from, to)` of `list`, sharing its items (the same objects). */
export function sublist<T>(list: readonly T[], from: number, to: number, shift: (item: T, delta: number) => T): readonly T[] {
  return listOf(slicePieces(pieceOf(list), from, to), shift);
}

/** Whether `list` is made of pieces of earlier versions (tests ask). */
export function isSpliced(list: readonly unknown[]): boolean {
  return lists.has(list);
}

/** How many pieces `list` is made of (1 for a plain array; tests ask). */
export function pieceCount(list: readonly unknown[]): number {
  return lists.get(list)?.pieces.length ?? 1;
}
