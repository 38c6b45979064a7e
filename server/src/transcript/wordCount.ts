// Words as the statistics count them, over the whole text of every transcript.

/** Letters and digits: ASCII digits and letters, Latin-1 to Latin Extended-B (less `×` and `÷`),
 *  Greek and Cyrillic, Latin Extended Additional and Greek Extended, kana and CJK, Hangul. */
const LETTER_RANGES: readonly (readonly [number, number])[] = [
  [0x30, 0x39], [0x41, 0x5a], [0x61, 0x7a], [0xc0, 0x24f], [0x370, 0x52f], [0x1e00, 0x1fff], [0x3040, 0x9fff], [0xac00, 0xd7af],
];
const NOT_LETTERS = [0xd7, 0xf7];
/** `-`, `'`, `’`: joiners inside a word (`Кара-Мурза`, `don’t`). */
const JOINERS = [0x2d, 0x27, 0x2019];

/** What each UTF-16 code unit is to the word count: 1 a letter or digit, 2 a joiner inside a word
 *  (`-`, `'`, `’`), 3 `&` (an entity may follow), 0 anything else. A table, so the count reads each
 *  character once with one lookup (it reads the whole text of every transcript). */
const WORD_CLASS = (() => {
  const table = new Uint8Array(0x10000);
  for (const [from, to] of LETTER_RANGES) table.fill(1, from, to + 1);
  for (const c of NOT_LETTERS) table[c] = 0;
  for (const c of JOINERS) table[c] = 2;
  table[0x26] = 3;
  return table;
})();

/** Words as the statistics count them: runs of letters and digits, with inner hyphens and apostrophes. */
export function countWords(text: string, from = 0, to = text.length): number {
  let count = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const k = WORD_CLASS[text.charCodeAt(i)];
    if (k === 1) {
      if (!inWord) count++;
      inWord = true;
    } else if (k === 2 && inWord && i + 1 < to) {
      // keep `Кара-Мурза`, `don’t` as one word
    } else if (k === 3 && (text.startsWith('&lt;', i) || text.startsWith('&gt;', i) || text.startsWith('&amp;', i))) {
      // `&lt;…&gt;` is an omission mark, not the words `lt` and `gt`.
      i = text.indexOf(';', i);
      inWord = false;
    } else {
      inWord = false;
    }
  }
  return count;
}
